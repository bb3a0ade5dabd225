import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langOfTag, langTag } from "../core/model";
import { App, LANG_KEY } from "./App";
import { webStrings } from "./strings";
import { fileClient } from "./worker/fileClient";

// The browser page's entry (web.html). Nothing runs where the legacy guard has turned the
// browser away (IE11, Edge Legacy): it has shown its message instead.

/** Chinese system fonts first; only installed fonts (no web fonts: the page runs offline). */
const FONTS =
  '"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Segoe UI", sans-serif';
const theme = { ...webLightTheme, fontFamilyBase: FONTS };

const turnedAway = Boolean(
  (window as { taizhangUnsupportedEngine?: string }).taizhangUnsupportedEngine,
);

function storedLang(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

if (!turnedAway) {
  const container = document.getElementById("root");
  if (!container) throw new Error("web.html has no #root element");
  // Chinese unless English is asked for (?lang=en, or chosen earlier with the page's button):
  // the page's readers are Chinese whatever language their browser was installed in.
  const lang = langOfTag(new URLSearchParams(location.search).get("lang") ?? storedLang());
  document.documentElement.lang = langTag(lang);
  document.title = webStrings[lang].title;
  // Two workers of the same script (one chunk: webpack names it from the literal options): one
  // for the open files, one for consolidation, so cancelling either leaves the other alone.
  const startWorker = () =>
    new Worker(new URL("./worker/fileWorker.ts", import.meta.url), { name: "taizhang-files" });
  const onPage = () => import("./worker/fileSessions").then((m) => m.createFileSessions());
  const client = fileClient(startWorker, onPage);
  const merger = fileClient(startWorker, onPage);
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <App client={client} merger={merger} initialLang={lang} />
    </FluentProvider>,
  );
}
