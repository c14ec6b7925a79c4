/**
 * What checking one file gives the command line: the text or JSON to print, lines for stderr,
 * and the small rows of the summaries — built where the file was checked, so that only strings
 * and small rows travel between threads and stay in memory, never the reports. Light on
 * purpose: the main thread of a parallel run imports this, not the engine.
 */
import type { FileReport } from '../core/report/reportSchema';
import type { Locale, SettingsInput } from '../core/report/settingsSchema';
import type { SummaryFormat } from './args';
import { CliMessages, cliMessages } from './cliMessages';
import type { InputFile } from './inputs';
import { CONVERTIBLE_CODES, ReadErrorCode, WorkbookReadError } from './readError';
import { FileRow, FindingRow, FormRow, SkippedRow, fileRow, findingRows, formRows, skippedRows } from './summaryRows';
import { formatFileText, terminalSafe } from './textReport';

export type OutputMode = 'text' | 'json' | 'jsonl';

/** What every file of a run is checked with (passed once to each worker). */
export interface RunConfig {
  locale: Locale;
  settings: SettingsInput;
  output: OutputMode;
  pretty: boolean;
  summary: SummaryFormat | null;
  overwrite: boolean;
  /** LibreOffice, when `--convert` was given and it is installed. */
  convert: { soffice: string; workDir: string } | null;
  /** Mention --convert in the next step of convertible files (LibreOffice is there, the flag was not given). */
  convertHint: boolean;
}

export interface FileTask {
  index: number;
  input: InputFile;
  /** Where --fill writes this file's copy. */
  fillOutput: string | null;
}

export interface Unreadable {
  code: ReadErrorCode | 'internal';
  /** The localized line: what the file is, and what to do. */
  reason: string;
  nextStep: string;
}

export interface FileOutcome {
  index: number;
  file: string;
  /** Set when the file could not be read (or checking it failed). */
  unreadable: Unreadable | null;
  counts: { forms: number; errors: number; warnings: number; infos: number };
  /** What goes to stdout for this file: its text block, its JSON, or its JSON line. */
  body: string;
  /** Lines for stderr. */
  notes: string[];
  fileRow: FileRow;
  /** With --summary. */
  forms: FormRow[];
  /** With --summary OUT.xlsx. */
  findings: FindingRow[];
  skipped: SkippedRow[];
  /** Writing the --fill copy failed (exit status 2). */
  failed: boolean;
}

export function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? 'unknown error').trim().slice(0, 300);
}

/** How a read error reads: what the file is (with the detail), and what to do. */
export function readErrorText(e: WorkbookReadError, m: CliMessages, convertHint = false): { reason: string; nextStep: string } {
  const step = m.nextStep[e.code];
  const hint = convertHint && CONVERTIBLE_CODES.has(e.code) ? m.convertHint : null;
  const nextStep = [step, hint].filter((x): x is string => !!x).join(m.punct.semicolon);
  const what = e.detail ? `${m.readError[e.code]} (${e.detail})` : m.readError[e.code];
  return { reason: e.shownReason ?? (nextStep ? `${what}${m.punct.colon}${nextStep}` : what), nextStep };
}

/** The outcome of a file that could not be read or checked: `e` a WorkbookReadError or anything thrown. */
export function unreadableOf(e: unknown, m: CliMessages, convertHint: boolean): { unreadable: Unreadable; error: string } {
  if (e instanceof WorkbookReadError) {
    const t = readErrorText(e, m, convertHint);
    return { unreadable: { code: e.code, ...t }, error: `${e.code}: ${t.reason}` };
  }
  return { unreadable: { code: 'internal', reason: m.internalError(oneLine(e)), nextStep: '' }, error: `internal: ${oneLine(e)}` };
}

export interface Rendered {
  report: FileReport;
  unreadable: Unreadable | null;
  notes: string[];
  /** A line under the file name (a conversion). */
  note: string | null;
  /** The --fill result line. */
  fillNote: string | null;
  failed: boolean;
}

/** Renders a file's report (or its failure) as the command line prints and keeps it. */
export function renderOutcome(task: FileTask, config: RunConfig, r: Rendered): FileOutcome {
  const m = cliMessages(config.locale);
  const notes = [...r.notes];
  let body: string;
  if (config.output === 'text') {
    body = formatFileText(r.report, m, r.unreadable?.reason ?? null, r.note);
    if (r.fillNote) body += `${r.fillNote}\n\n`;
  } else {
    if (r.fillNote) notes.push(r.fillNote);
    body = config.output === 'json' && config.pretty ? JSON.stringify(r.report, null, 2) : JSON.stringify(r.report);
  }
  const row = fileRow(r.report);
  return {
    index: task.index,
    file: task.input.shown,
    unreadable: r.unreadable,
    counts: { forms: row.forms, errors: row.errors, warnings: row.warnings, infos: row.infos },
    body,
    notes,
    fileRow: row,
    forms: config.summary ? formRows(r.report, task.index, m, r.unreadable?.reason ?? null) : [],
    findings: config.summary === 'xlsx' ? findingRows(r.report, m) : [],
    skipped: config.summary === 'xlsx' ? skippedRows(r.report, m) : [],
    failed: r.failed,
  };
}

/** The outcome of a file whose check failed outside the checker (a worker thread that died). */
export function failedOutcome(task: FileTask, config: RunConfig, e: unknown): FileOutcome {
  const m = cliMessages(config.locale);
  const outOfMemory = (e as { outOfMemory?: boolean } | null)?.outOfMemory === true;
  const { unreadable, error } = outOfMemory
    ? { unreadable: { code: 'internal' as const, reason: m.outOfMemory, nextStep: '' }, error: 'internal: out of memory' }
    : unreadableOf(e, m, false);
  const report: FileReport = { file: task.input.shown, error, sheets: [] };
  return renderOutcome(task, config, {
    report,
    unreadable,
    notes: [`${task.input.shown}: ${terminalSafe(unreadable.reason)}`],
    note: null,
    fillNote: null,
    failed: false,
  });
}
