/**
 * Shows a ribbon command's report to the person in an Office dialog (Dialog API,
 * `Office.context.ui.displayDialogAsync`), the documented way for a function command to "display an
 * error" (learn.microsoft.com/office/dev/add-ins/design/add-in-commands#types-of-add-in-commands).
 * The dialog page (command-dialog.html, dialogPage.ts) gets the report in its query string and
 * tells the opener when the person closes it; the command completes after that, or after
 * DIALOG_TIMEOUT_MS (a function command's runtime is ended after 5 minutes).
 */
import type { CommandReport } from '../app/hostGateway';

/** Whether a report is worth interrupting the person for: a failure, no form, cells left alone. */
export function needsAttention(report: CommandReport): boolean {
  return !report.ok || report.code === 'no-form' || (report.skipped ?? 0) > 0 || !!report.clearFailed;
}

/** Well under the 5 minutes after which Office ends a function command's runtime. */
export const DIALOG_TIMEOUT_MS = 4 * 60 * 1000;

/** The dialog page's URL for a report (next to the function file). */
export function dialogUrl(report: CommandReport, base: string): string {
  const url = new URL('command-dialog.html', base);
  url.searchParams.set('r', JSON.stringify(report));
  return url.toString();
}

type DialogUi = Pick<Office.UI, 'displayDialogAsync'>;

/** Opens the dialog and resolves once it is closed (by the person or the timeout) or could not open. */
export function showCommandDialog(
  report: CommandReport,
  ui: DialogUi | undefined = (globalThis as { Office?: typeof Office }).Office?.context?.ui,
  base: string | undefined = (globalThis as { location?: Location }).location?.href,
  timeoutMs = DIALOG_TIMEOUT_MS,
): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!ui || typeof ui.displayDialogAsync !== 'function' || !base) return resolve();
    let dialog: Office.Dialog | undefined;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        // already closed
      }
      resolve();
    };
    const timer = setTimeout(finish, timeoutMs);
    try {
      ui.displayDialogAsync(dialogUrl(report, base), { height: 30, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return finish();
        dialog = result.value;
        // The page says 'close' when its button is pressed; the person closing the window is an event.
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
      });
    } catch {
      finish();
    }
  });
}
