import { langTag } from "../core/model";
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createOfficeHost } from "./host";
import { turnedAwayByLegacyGuard } from "./legacyFlag";
import { taizhangTheme } from "./theme";

// Task pane entry. Nothing runs in a webview the legacy guard has turned away; otherwise the UI
// mounts once Office.js is ready (outside Office, onReady still resolves, with host null).
if (!turnedAwayByLegacyGuard()) {
  void Office.onReady((info) => {
    const container = document.getElementById("root");
    if (!container) throw new Error("taskpane.html has no #root element");
    const host = createOfficeHost(info);
    document.documentElement.lang = langTag(host.lang);
    createRoot(container).render(
      <FluentProvider theme={taizhangTheme}>
        <App host={host} />
      </FluentProvider>,
    );
  });
}
