import { langOfTag, langTag } from "../../core/model";
import { dialogStrings } from "../strings";

// The ribbon commands' report dialog. Title and body come from the query string and go in with
// textContent only, so nothing in them can become markup.
void Office.onReady((info) => {
  const query = new URLSearchParams(window.location.search);
  const language = info.host ? Office.context.displayLanguage : "";
  const lang = langOfTag(language);
  const text = dialogStrings[lang];
  document.documentElement.lang = langTag(lang);
  setText("notice-title", query.get("title") ?? text.appName);
  setText("notice-body", query.get("body") ?? "");
  setText("notice-hint", query.get("hint") ?? "");
  const ok = setText("notice-ok", text.ok);
  ok.addEventListener("click", () => {
    if (info.host) Office.context.ui.messageParent("close");
    else window.close();
  });
});

function setText(id: string, text: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`notice.html has no #${id}`);
  element.textContent = text;
  return element;
}
