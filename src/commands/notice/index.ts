import { isFeatureId, noticeFor, type CommandLocale } from "../strings";

// The "not yet available" dialog page. Text goes in with textContent only; the feature comes
// from the query string, so anything but a known feature id is ignored.
void Office.onReady((info) => {
  const feature = new URLSearchParams(window.location.search).get("feature");
  const language = info.host ? Office.context.displayLanguage : "";
  const locale: CommandLocale = /^en(-|$)/i.test(language) ? "en" : "zh-CN";
  const text = noticeFor(isFeatureId(feature) ? feature : "validate", locale);
  document.documentElement.lang = locale;
  setText("notice-title", text.title);
  setText("notice-body", text.body);
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
