// The production base URL (TAIZHANG_URL) and the manifest rewritten onto it.

export const devBaseUrl = "https://localhost:3000/";

/** Validates TAIZHANG_URL: an https URL without query or hash; returned ending in "/". */
export function productionBaseUrl(raw) {
  const text = raw?.trim();
  if (!text) return undefined;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `TAIZHANG_URL is not a URL: "${text}" (e.g. https://intranet.example/taizhang/)`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(`TAIZHANG_URL must be https (Office loads add-ins over HTTPS only): ${text}`);
  }
  if (url.search || url.hash)
    throw new Error(`TAIZHANG_URL must not have ?query or #hash: ${text}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Every occurrence of the dev base in the manifest, pointed at `baseUrl` instead. */
export function rebaseManifest(xml, baseUrl) {
  return xml.split(devBaseUrl).join(baseUrl);
}
