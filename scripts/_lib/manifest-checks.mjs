// Checks of an add-in manifest that the XSD cannot express: every resid names a resource of the
// right kind, every URL shares one https base, every file a URL names exists (icons with the
// pixel size they claim). The manifest has already passed the schema, so a small tag reader is
// enough: it sees elements, their attributes and their parents.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** @returns {{ name: string, attrs: Record<string,string>, parents: string[] }[]} */
export function readElements(xml) {
  const text = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<\?[\s\S]*?\?>/g, "");
  const elements = [];
  const stack = [];
  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
  for (const m of text.matchAll(tag)) {
    const [, closing, qname, attrText, selfClosing] = m;
    const name = qname.replace(/^.*:/, "");
    if (closing) {
      stack.pop();
      continue;
    }
    const attrs = {};
    for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]] = decode(a[2]);
    elements.push({ name, attrs, parents: [...stack] });
    if (!selfClosing) stack.push(name);
  }
  return elements;
}

function decode(s) {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

// Which resource list a resid must come from, by the element that carries it.
const residKinds = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

const urlElements = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);

/**
 * @param {string} xml manifest text
 * @param {string} filesRoot folder that the manifest's base URL maps to (repo or dist)
 * @param {{ pagesMustExist: boolean }} options the source manifest's pages are built later
 * @returns {string[]} problems, empty when the manifest is sound
 */
export function checkManifest(xml, filesRoot, { pagesMustExist }) {
  const problems = [];
  const elements = readElements(xml);
  const inResources = (e) => e.parents.includes("Resources");

  const resources = new Map();
  for (const e of elements.filter(inResources)) {
    if (e.attrs.id === undefined) continue;
    const kind = e.parents[e.parents.length - 1];
    if (resources.has(e.attrs.id)) problems.push(`resource id "${e.attrs.id}" is defined twice`);
    resources.set(e.attrs.id, { kind, element: e });
  }
  for (const e of elements) {
    const resid = e.attrs.resid;
    if (resid === undefined) continue;
    const found = resources.get(resid);
    if (!found) {
      problems.push(`<${e.name} resid="${resid}"> names no resource`);
      continue;
    }
    const want = residKinds[e.name];
    if (want && found.kind !== want) {
      problems.push(`<${e.name} resid="${resid}"> should name one of ${want}, not ${found.kind}`);
    }
  }

  // Every URL: top-level *Url/SourceLocation values and their Overrides, and Images/Urls resources.
  const urls = [];
  for (const e of elements) {
    const parent = e.parents[e.parents.length - 1];
    const isUrlValue =
      (urlElements.has(e.name) && !inResources(e) && e.attrs.DefaultValue !== undefined) ||
      (inResources(e) && (parent === "Images" || parent === "Urls"));
    if (isUrlValue && e.attrs.DefaultValue !== undefined) {
      urls.push({
        url: e.attrs.DefaultValue,
        image: e.name === "Image" || /IconUrl$/.test(e.name),
        e,
      });
    }
    const overridden = e.name === "Override" ? e.parents[e.parents.length - 1] : undefined;
    if (overridden && (urlElements.has(overridden) || parent === "Image" || parent === "Url")) {
      urls.push({ url: e.attrs.Value, image: /Image|IconUrl/.test(overridden), e });
    }
  }
  const taskpane = elements.find(
    (e) => e.name === "SourceLocation" && e.parents.includes("DefaultSettings"),
  );
  const base = taskpane?.attrs.DefaultValue?.replace(/[^/]*$/, "");
  if (!base) {
    problems.push("no <DefaultSettings><SourceLocation> to take the base URL from");
    return problems;
  }
  if (!base.startsWith("https://")) problems.push(`base URL ${base} is not https`);
  for (const { url, image } of urls) {
    if (!url.startsWith(base)) {
      problems.push(`URL ${url} does not start with the base ${base}`);
      continue;
    }
    const relative = decodeURIComponent(url.slice(base.length).replace(/[?#].*$/, ""));
    const file = join(filesRoot, relative);
    if (!image && !pagesMustExist) continue;
    if (!existsSync(file)) {
      problems.push(`URL ${url} names ${relative}, which does not exist in ${filesRoot}`);
      continue;
    }
    if (image) problems.push(...checkIcon(file, url));
  }
  return [...new Set(problems)];
}

/** Icons must be PNGs whose pixels match the size they are declared at. */
function checkIcon(file, url) {
  const bytes = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) return [`${url} is not a PNG file`];
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const declared = /icon-(\d+)\.png$/.exec(url)?.[1];
  if (declared && (width !== Number(declared) || height !== Number(declared))) {
    return [`${url} is ${width}×${height} px, its name says ${declared}`];
  }
  return [];
}

/** Sizes that <bt:Image size="N" resid="..."> declares must match the image behind the resid. */
export function checkIconSizes(xml, filesRoot) {
  const elements = readElements(xml);
  const images = new Map(
    elements
      .filter((e) => e.name === "Image" && e.parents.includes("Resources"))
      .map((e) => [e.attrs.id, e.attrs.DefaultValue]),
  );
  const base = elements
    .find((e) => e.name === "SourceLocation" && e.parents.includes("DefaultSettings"))
    ?.attrs.DefaultValue?.replace(/[^/]*$/, "");
  const problems = [];
  for (const e of elements) {
    if (e.name !== "Image" || e.attrs.size === undefined || !base) continue;
    const url = images.get(e.attrs.resid);
    if (!url?.startsWith(base)) continue;
    const file = join(filesRoot, url.slice(base.length));
    if (!existsSync(file)) continue;
    const width = readFileSync(file).readUInt32BE(16);
    if (width !== Number(e.attrs.size)) {
      problems.push(`icon ${e.attrs.resid} is used at size ${e.attrs.size} but is ${width} px`);
    }
  }
  return problems;
}
