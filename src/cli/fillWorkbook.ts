/**
 * Writes a check's results into a copy of a workbook: the report's `writes` (never over a
 * formula, never outside the detected form) and its `highlights` as a fill colour plus a note.
 * The input file is only read.
 */
import { existsSync, promises as fs, realpathSync, statSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import * as ExcelJS from './exceljs';
// The leaf modules, not the engine's index: applying a report needs no engine.
import { RangeRef, parseA1, parseRangeA1 } from '../core/grid/address';
import type { SheetReport } from '../core/report/reportSchema';
import type { Severity } from '../core/report/ruleIds';

export const HIGHLIGHT_COLOURS: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

export class SameFileError extends Error {
  constructor(readonly output: string) {
    super(`output ${output} is the same file as an input`);
    this.name = 'SameFileError';
  }
}

export interface SkippedWrite {
  sheet: string;
  cell: string;
  reason: 'formula' | 'outside-form' | 'no-form' | 'no-sheet' | 'bad-address' | 'stated-value';
}

export interface FillOptions {
  /**
   * Apply writes that replace a stated value (`overwrites: true`). Off by default: only empty
   * result cells are filled, whatever the report carries (rules.md, "Writing back").
   */
  overwrite?: boolean;
}

export interface FillResult {
  written: number;
  highlighted: number;
  skipped: SkippedWrite[];
}

/** The real path of a file that may not exist yet (its directory's real path plus its name). */
function canonicalPath(p: string): string {
  const abs = resolve(p);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    try {
      real = join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      real = abs;
    }
  }
  return process.platform === 'win32' || process.platform === 'darwin' ? real.toLowerCase() : real;
}

/** True when both paths name the same file (also through symlinks or hard links). */
export function isSameFile(a: string, b: string): boolean {
  if (canonicalPath(a) === canonicalPath(b)) return true;
  try {
    if (existsSync(a) && existsSync(b)) {
      const sa = statSync(a);
      const sb = statSync(b);
      return sa.dev === sb.dev && sa.ino === sb.ino;
    }
  } catch {
    // unreadable: treat as different; the write itself will fail
  }
  return false;
}

function inside(range: RangeRef, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

/** The top-left cell of the merge holding `cell`, or the cell itself. */
function masterOf(cell: ExcelJS.Cell): ExcelJS.Cell {
  return cell.type === ExcelJS.ValueType.Merge ? cell.master : cell;
}

function holdsFormula(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula || !!cell.formula;
}

/**
 * exceljs shares one style object between all cells read with the same style id: give the cell
 * its own copy before changing it, or the change spreads to every cell that looked alike.
 */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...(cell.style ?? {}), ...change } as ExcelJS.Style;
}

function noteText(note: unknown): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}

/** Applies one sheet report to its worksheet; returns what it did. */
export function applySheetReport(ws: ExcelJS.Worksheet, report: SheetReport, result: FillResult, options: FillOptions = {}): void {
  const range = report.form ? parseRangeA1(report.form.range) : null;
  for (const w of report.writes) {
    if (!range) {
      result.skipped.push({ sheet: report.sheet, cell: w.cell, reason: 'no-form' });
      continue;
    }
    if (w.overwrites && !options.overwrite) {
      result.skipped.push({ sheet: report.sheet, cell: w.cell, reason: 'stated-value' });
      continue;
    }
    let ref;
    try {
      ref = parseA1(w.cell);
    } catch {
      result.skipped.push({ sheet: report.sheet, cell: w.cell, reason: 'bad-address' });
      continue;
    }
    if (!inside(range, ref.row, ref.col)) {
      result.skipped.push({ sheet: report.sheet, cell: w.cell, reason: 'outside-form' });
      continue;
    }
    const cell = masterOf(ws.getCell(ref.row + 1, ref.col + 1));
    if (!inside(range, Number(cell.row) - 1, Number(cell.col) - 1)) {
      result.skipped.push({ sheet: report.sheet, cell: w.cell, reason: 'outside-form' });
      continue;
    }
    if (holdsFormula(cell)) {
      result.skipped.push({ sheet: report.sheet, cell: w.cell, reason: 'formula' });
      continue;
    }
    cell.value = w.value;
    if (w.numberFormat) restyle(cell, { numFmt: w.numberFormat });
    result.written++;
  }
  for (const h of report.highlights) {
    let ref;
    try {
      ref = parseA1(h.cell);
    } catch {
      continue;
    }
    if (range && !inside(range, ref.row, ref.col)) continue;
    const cell = masterOf(ws.getCell(ref.row + 1, ref.col + 1));
    restyle(cell, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HIGHLIGHT_COLOURS[h.severity] } } });
    const before = noteText(cell.note);
    cell.note = before ? `${before}\n\n${h.text}` : h.text;
    result.highlighted++;
  }
}

/**
 * Loads `input`, applies the reports (matched to worksheets by name) and saves to `output`.
 * Refuses when `output` is the input file; writes through a temporary file beside the output.
 */
export async function fillWorkbook(
  input: string,
  output: string,
  reports: SheetReport[],
  options: FillOptions = {},
): Promise<FillResult> {
  if (isSameFile(input, output)) throw new SameFileError(output);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const result: FillResult = { written: 0, highlighted: 0, skipped: [] };
  for (const report of reports) {
    const ws = wb.getWorksheet(report.sheet);
    if (!ws) {
      for (const w of report.writes) result.skipped.push({ sheet: report.sheet, cell: w.cell, reason: 'no-sheet' });
      continue;
    }
    applySheetReport(ws, report, result, options);
  }
  const tmp = `${resolve(output)}.${process.pid}.tmp`;
  try {
    await wb.xlsx.writeFile(tmp);
    await fs.rename(tmp, output);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  return result;
}
