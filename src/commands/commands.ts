/*
 * Ribbon function commands (FunctionFile commands.html, webpack entry "commands"). No React and
 * no UI here: "检查表格" checks the active sheet and marks the findings on it.
 */
// First: no eval under the function file's Content-Security-Policy (zod would probe for new Function).
import '../app/noEval';
import type { HostGateway } from '../app/hostGateway';
import { checkAndMark, loadSettings } from '../app/useCases';
import { countIssues } from '../core/report/summarize';
import { toGatewayError } from '../excel/officeErrors';
import { sharedOfficeGateway } from '../excel/sharedGateway';

/** What the last command did, in a few words (function commands have no UI to show it). */
export interface CommandStatus {
  ok: boolean;
  /** 'checked' or a GatewayErrorCode ('protected', 'cell-edit-mode', …). */
  code: string;
  errors?: number;
  warnings?: number;
  infos?: number;
  marked?: number;
}

let lastStatus: CommandStatus | undefined;

/** The last command's status (diagnostics and tests). */
export function lastCommandStatus(): CommandStatus | undefined {
  return lastStatus;
}

/** The subset of Office.AddinCommands.Event the handlers use. */
export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

/**
 * Builds the "检查表格" handler over a gateway factory (tests pass a fake). Never throws, and
 * always calls `event.completed()`: a command that does not complete leaves the button busy.
 */
export function makeCheckTable(gateway: () => HostGateway): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      const gw = gateway();
      const settings = await loadSettings(gw);
      const result = await checkAndMark(gw, settings);
      const s = countIssues(result.reports);
      lastStatus = { ok: true, code: 'checked', errors: s.errors, warnings: s.warnings, infos: s.infos, marked: result.outcome.marked };
    } catch (e) {
      lastStatus = { ok: false, code: toGatewayError(e).code };
    } finally {
      event.completed();
    }
  };
}

/** Ribbon button "检查表格" (manifest: ExecuteFunction / FunctionName checkTable). */
export const checkTable = makeCheckTable(() => sharedOfficeGateway());

/** Registers the commands once Office is ready (guarded: Office.js may be absent). */
export function registerCommands(office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office): void {
  if (!office || typeof office.onReady !== 'function') return;
  void office.onReady(() => {
    const handler = checkTable as unknown as (event: Office.AddinCommands.Event) => void;
    if (office.actions?.associate) {
      office.actions.associate('checkTable', handler);
    } else {
      // Older Office builds look the function up by name on the global object.
      (globalThis as unknown as Record<string, unknown>).checkTable = handler;
    }
  });
}

registerCommands();
