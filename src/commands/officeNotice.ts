import type { CommandReport } from "./strings";

/** Office's code for "a dialog of this add-in is already open" (displayDialogAsync). */
export const DIALOG_ALREADY_OPEN = 12007;
/** Tries to open after closing our earlier notice: Office closes it asynchronously, so the first
 * attempts right after `close()` may still answer 12007 (see "Open another dialog immediately
 * after closing one" in the dialog API guidance). */
const REOPEN_TRIES = 5;
const REOPEN_WAIT_MS = 200;

/** The notice this function file has open, if any: a new report replaces it. */
let openNotice: Office.Dialog | undefined;

/**
 * Opens notice.html (beside the function file) in an Office dialog with the report's title and
 * body in its query string (the page sets them as text only), and resolves as soon as it is
 * open, so the ribbon command can tell Office it has finished (`event.completed()`) instead of
 * leaving Excel "working on your request" while the notice is read. The dialog closes itself on
 * its button (the page messages "close"); the ✕ closes it too.
 * A notice of ours still open (a second click) is closed and replaced. Rejects when the dialog
 * cannot open — another Taizhang dialog (the task pane's) is open (12007), or Office refuses.
 */
export async function showNoticeDialog(report: CommandReport): Promise<void> {
  const query = new URLSearchParams({
    title: report.title,
    body: report.body,
    ...(report.hint === undefined ? {} : { hint: report.hint }),
  });
  const url = new URL(`notice.html?${query.toString()}`, window.location.href).href;
  const replacing = openNotice !== undefined;
  if (openNotice) closeNotice(openNotice);
  for (let attempt = 0; ; attempt++) {
    const result = await displayDialog(url);
    if (result.status === Office.AsyncResultStatus.Succeeded) {
      watch(result.value);
      return;
    }
    const code = result.error.code;
    if (code === DIALOG_ALREADY_OPEN && replacing && attempt + 1 < REOPEN_TRIES) {
      await new Promise((resolve) => setTimeout(resolve, REOPEN_WAIT_MS));
      continue;
    }
    throw new NoticeNotShown(code, result.error.message);
  }
}

/** The notice could not be shown; `code` is Office's (12007: another dialog is open). */
export class NoticeNotShown extends Error {
  constructor(
    readonly code: number,
    detail: string,
  ) {
    super(`displayDialogAsync failed: ${code} ${detail}`);
    this.name = "NoticeNotShown";
  }
}

function displayDialog(url: string): Promise<Office.AsyncResult<Office.Dialog>> {
  return new Promise((resolve) =>
    Office.context.ui.displayDialogAsync(
      url,
      { height: 40, width: 35, displayInIframe: true },
      resolve,
    ),
  );
}

function watch(dialog: Office.Dialog): void {
  openNotice = dialog;
  dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => closeNotice(dialog));
  // Raised when the user closes the dialog with its ✕ (12006) or the page fails to load.
  dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
    if (openNotice === dialog) openNotice = undefined;
  });
}

function closeNotice(dialog: Office.Dialog): void {
  if (openNotice === dialog) openNotice = undefined;
  dialog.close();
}
