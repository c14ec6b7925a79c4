/*
 * Ribbon function commands (FunctionFile commands.html, webpack entry "commands"). No React here:
 * "检查表格" checks the active sheet and marks the findings on it, leaves a report for the task
 * pane (CommandReport, through the origin's localStorage: src/excel/commandReports.ts) and, when
 * the person has to know — it failed, found no form, or left cells alone — shows a small dialog
 * (commandDialog.ts), the way Microsoft documents for function commands ("a good way to display
 * an error": learn.microsoft.com/office/dev/add-ins/design/add-in-commands#types-of-add-in-commands).
 */
// First: no eval under the function file's Content-Security-Policy (zod would probe for new Function).
import '../app/noEval';
import type { CommandReport, HostGateway } from '../app/hostGateway';
import { checkAndMark, loadSettings } from '../app/useCases';
import { countIssues } from '../core/report/summarize';
import { toGatewayError } from '../excel/officeErrors';
import { sharedOfficeGateway } from '../excel/sharedGateway';
import { needsAttention, showCommandDialog } from './commandDialog';

/** The last command's report (diagnostics and tests). */
let lastReport: CommandReport | undefined;

export function lastCommandReport(): CommandReport | undefined {
  return lastReport;
}

/** The subset of Office.AddinCommands.Event the handlers use. */
export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

/** Shows a report to the person and resolves when they closed it (or it could not be shown). */
export type Notify = (report: CommandReport) => Promise<void>;

/**
 * Builds the "检查表格" handler over a gateway factory (tests pass a fake). Never throws, and
 * always calls `event.completed()` — after the dialog, if one is shown, is closed: the function
 * command's runtime (and its dialog) ends when the command completes.
 */
export function makeCheckTable(gateway: () => HostGateway, notify: Notify = showCommandDialog, now: () => Date = () => new Date()): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    const at = now().toISOString();
    let gw: HostGateway | undefined;
    let report: CommandReport;
    try {
      gw = gateway();
      const settings = await loadSettings(gw);
      const result = await checkAndMark(gw, settings);
      const s = countIssues(result.reports);
      const cleared = result.outcome.cleared;
      report = {
        command: 'checkTable',
        at,
        ok: true,
        code: result.reports.some((r) => r.form) ? 'checked' : 'no-form',
        sheet: result.reports[0].sheet,
        errors: s.errors,
        warnings: s.warnings,
        infos: s.infos,
        marked: result.outcome.marked,
        skipped: result.outcome.skipped.length + (cleared?.skipped.length ?? 0),
      };
      if (cleared?.failed) report.clearFailed = cleared.failed;
    } catch (e) {
      report = { command: 'checkTable', at, ok: false, code: e instanceof Error && !('code' in e) ? 'unexpected' : toGatewayError(e).code };
    }
    lastReport = report;
    try {
      if (gw?.postCommandReport) await gw.postCommandReport(report);
    } catch {
      // the report is a courtesy for the pane; the check itself is done
    }
    try {
      if (needsAttention(report)) await notify(report);
    } catch {
      // no dialog (an Excel without the dialog API): the pane shows the report when opened
    } finally {
      event.completed();
    }
  };
}

/** Ribbon button "检查表格" (manifest: ExecuteFunction / FunctionName checkTable). */
export const checkTable = makeCheckTable(() => sharedOfficeGateway());

/**
 * Registers the commands (guarded: Office.js may be absent). Microsoft's samples call
 * `Office.actions.associate` at the top level of the function file
 * (learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands, "Sample code for function
 * commands"); it is also called again once Office is ready, and the global function is set for
 * builds that look the handler up by name.
 */
export function registerCommands(office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office): void {
  if (!office) return;
  const handler = checkTable as unknown as (event: Office.AddinCommands.Event) => void;
  const associate = (): void => {
    try {
      if (office.actions?.associate) office.actions.associate('checkTable', handler);
    } catch {
      // Office not initialised yet: onReady below associates it
    }
  };
  (globalThis as unknown as Record<string, unknown>).checkTable = handler;
  associate();
  if (typeof office.onReady === 'function') void office.onReady(associate);
}

registerCommands();
