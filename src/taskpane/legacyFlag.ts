declare global {
  interface Window {
    /** Set by src/legacy/unsupportedHost.js when the webview is Trident or EdgeHTML. */
    taizhangUnsupportedEngine?: string;
  }
}

/** True when the legacy-webview guard has already replaced the page with its message. */
export function turnedAwayByLegacyGuard(): boolean {
  return typeof window.taizhangUnsupportedEngine === "string";
}
