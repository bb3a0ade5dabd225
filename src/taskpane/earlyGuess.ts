import { langOfTag, type Lang } from "./i18n";
import type { ThemeName } from "./theme";

/**
 * The pane's language and theme before Office.js is ready, so its frame can be drawn while
 * Excel's library is still loading: Office names its display language in the page's query
 * (`_host_Info=Excel$Win32$16.01$zh-CN$…`, also kept in sessionStorage when the page reloads);
 * without it, the webview's language. Office's own answer replaces the guess once it is ready.
 */
export function earlyLang(search: string = window.location.search): Lang {
  const hostInfo =
    new URLSearchParams(search).get("_host_Info") ?? safeSession("hostInfoValue") ?? "";
  const tag = hostInfo.split(/[$|]/)[3];
  return langOfTag(tag !== undefined && tag !== "" ? tag : navigator.language);
}

/** Dark when the system asks for it; Office's theme replaces the guess once it is ready. */
export function earlyTheme(): ThemeName {
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function safeSession(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
