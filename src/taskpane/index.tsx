import { langTag } from "../core/model";
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { Connecting } from "./components/Connecting";
import { earlyLang, earlyTheme } from "./earlyGuess";
import { createOfficeHost } from "./host";
import { strings } from "./i18n";
import { turnedAwayByLegacyGuard } from "./legacyFlag";
import { taizhangTheme, type ThemeName } from "./theme";
import type { Lang } from "./i18n";

// Task pane entry. Nothing runs in a webview the legacy guard has turned away. Otherwise the
// pane's frame replaces taskpane.html's placeholder as soon as this code runs, while Excel's
// library is still loading; once Office.js is ready (outside Office, onReady still resolves,
// with host null) the pane itself takes its place, in Office's language and theme.
// User Timing marks, read by `npm run bench` and the browser tests: this code running, Office
// ready, and (set by the first panel) the pane ready for work.
performance.mark("taizhang:code");

function page(lang: Lang, theme: ThemeName) {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.documentElement.dataset["theme"] = theme;
  const fluent = taizhangTheme(theme);
  document.body.style.backgroundColor = fluent.colorNeutralBackground1;
  return fluent;
}

if (!turnedAwayByLegacyGuard()) {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const root = createRoot(container);
  const guessed = earlyLang();
  const guessedTheme = earlyTheme();
  root.render(
    <FluentProvider theme={page(guessed, guessedTheme)}>
      <Connecting text={strings[guessed]} />
    </FluentProvider>,
  );
  void Office.onReady((info) => {
    performance.mark("taizhang:office-ready");
    const host = createOfficeHost(info);
    document.documentElement.lang = langTag(host.lang);
    root.render(
      <FluentProvider theme={page(host.lang, host.theme)}>
        <App host={host} />
      </FluentProvider>,
    );
  });
}
