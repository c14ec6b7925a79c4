/**
 * Checks one file, start to end: read it (or convert it with LibreOffice, then read it), check
 * every sheet, fill a copy, and render the outcome. Runs in a worker thread, or in the main
 * thread when there is a single file.
 */
import { extname } from 'path';
import { checkWorkbook } from '../core/check/checkWorkbook';
import type { FileReport } from '../core/report/reportSchema';
import { CliMessages, cliMessages } from './cliMessages';
import { convertToXlsx, removeConversion } from './convert';
import { fillWorkbook } from './fillWorkbook';
import { FileOutcome, FileTask, RunConfig, oneLine, renderOutcome, unreadableOf } from './outcome';
import { CONVERTIBLE_CODES, WorkbookReadError } from './readError';
import { readWorkbookFile } from './readWorkbook';
import { terminalSafe } from './textReport';

interface Read {
  report: FileReport;
  /** The file the report is of (a conversion's output), for --fill. */
  source: string;
  note: string | null;
  converted: string | null;
}

async function readAndCheck(task: FileTask, config: RunConfig, m: CliMessages, slot: number, notes: string[]): Promise<Read> {
  const { input } = task;
  if (input.problem) throw new WorkbookReadError(input.problem.code, input.problem.detail);
  const includeHidden = config.settings.includeHidden ?? false;
  let source = input.path;
  let converted: string | null = null;
  let note: string | null = null;
  let wb;
  try {
    wb = await readWorkbookFile(source, { includeHidden });
  } catch (e) {
    if (!(e instanceof WorkbookReadError) || !config.convert || !CONVERTIBLE_CODES.has(e.code)) throw e;
    try {
      converted = await convertToXlsx(config.convert.soffice, input.path, e.code, config.convert.workDir, slot, task.index);
    } catch (c) {
      const what = `${e.detail ? `${m.readError[e.code]} (${e.detail})` : m.readError[e.code]}${m.punct.colon}${m.convertFailed(oneLine(c))}`;
      const step = m.nextStep[e.code];
      throw new WorkbookReadError(e.code, e.detail, step ? `${what}${m.punct.semicolon}${step}` : what);
    }
    source = converted;
    note = m.converted(extname(input.path) || m.readError[e.code]);
    wb = await readWorkbookFile(source, { includeHidden });
  }
  for (const g of wb.sheets) {
    if (g.truncated) notes.push(`${input.shown} [${terminalSafe(g.name)}]: ${m.summary.truncated(g.truncated.rows, g.truncated.cols)}`);
  }
  const report: FileReport = { file: input.shown, error: null, sheets: checkWorkbook(wb.sheets, config.settings), skippedSheets: wb.skipped };
  if (converted) report.convertedFrom = extname(input.path).toLowerCase() || '(no extension)';
  return { report, source, note, converted };
}

/** Checks one file. Never throws: every failure is part of the outcome. */
export async function checkFile(task: FileTask, config: RunConfig, slot = 0): Promise<FileOutcome> {
  const m = cliMessages(config.locale);
  const notes: string[] = [];
  let read: Read;
  try {
    read = await readAndCheck(task, config, m, slot, notes);
  } catch (e) {
    const { unreadable, error } = unreadableOf(e, m, config.convertHint);
    notes.push(`${task.input.shown}: ${terminalSafe(unreadable.reason)}`);
    const report: FileReport = { file: task.input.shown, error, sheets: [] };
    return renderOutcome(task, config, { report, unreadable, notes, note: null, fillNote: null, failed: false });
  }
  let failed = false;
  let fillNote: string | null = null;
  if (task.fillOutput) {
    try {
      const r = await fillWorkbook(read.source, task.fillOutput, read.report.sheets, { overwrite: config.overwrite });
      fillNote = m.fill.written(task.fillOutput, r.written, r.highlighted);
    } catch (e) {
      notes.push(m.fill.failed(task.fillOutput, oneLine(e)));
      failed = true;
    }
  }
  if (read.converted) removeConversion(read.converted);
  return renderOutcome(task, config, { report: read.report, unreadable: null, notes, note: read.note, fillNote, failed });
}
