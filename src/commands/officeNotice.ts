import type { CommandReport } from "./strings";

/**
 * Opens notice.html (beside the function file) in an Office dialog with the report's title and
 * body in its query string (the page sets them as text only) and resolves once the user has
 * closed it, either with its button (the page messages "close") or with the dialog's ✕.
 * Rejects when the dialog cannot open (e.g. another Taizhang dialog is already open).
 */
export function showNoticeDialog(report: CommandReport): Promise<void> {
  const query = new URLSearchParams({
    title: report.title,
    body: report.body,
    ...(report.hint === undefined ? {} : { hint: report.hint }),
  });
  const url = new URL(`notice.html?${query.toString()}`, window.location.href).href;
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      url,
      { height: 40, width: 35, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          reject(
            new Error(`displayDialogAsync failed: ${result.error.code} ${result.error.message}`),
          );
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        // Raised when the user closes the dialog with its ✕ (12006) or the page fails to load.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}
