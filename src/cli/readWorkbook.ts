/**
 * Reads an .xlsx file into the engine's host-free GridData, one per worksheet, as the person sees
 * it: hidden sheets skipped (and listed), zh-CN date formats read as dates, formulas without a
 * cached value flagged. The file is vetted first (vetWorkbook.ts); the used range handed to the
 * engine is bounded (`truncated`).
 */
// exceljs' Workbook, with the zh-CN built-in date formats (see ./exceljs).
import * as ExcelJS from './exceljs';
// The grid's leaf modules, not the engine's index: reading a file needs no engine.
import { RangeRef, parseRangeA1 } from '../core/grid/address';
import type { Cell, GridData } from '../core/grid/cellGrid';
import type { SkippedSheet } from '../core/report/reportSchema';
import { cellFromExcel } from './cellValues';
import { WorkbookReadError } from './readError';
import { formulasWithoutValue, worksheetPartsByName } from './sheetParts';
import { DEFAULT_READ_LIMITS, ReadLimits, firstLine, loadBytes, sniffWorkbookBytes } from './vetWorkbook';
import { storedZip } from './zipInspect';

export { WorkbookReadError } from './readError';
export type { ReadErrorCode } from './readError';
export { DEFAULT_READ_LIMITS, sniffWorkbookBytes } from './vetWorkbook';
export type { ReadLimits, VettedWorkbook } from './vetWorkbook';
export { cellFromExcel, isTimeOnlyFormat, plainValue } from './cellValues';

export interface ReadOptions extends Partial<ReadLimits> {
  /** Read hidden and very hidden sheets too (by default they are skipped and listed in `skipped`). */
  includeHidden?: boolean;
}

export interface WorkbookData {
  /** The sheets read, in workbook order. */
  sheets: GridData[];
  /** Hidden and very hidden sheets left out (empty with `includeHidden`). */
  skipped: SkippedSheet[];
}

/** Parts exceljs never needs for reading values; skipping them saves time on big sheets. */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'rowBreaks',
  'picture',
  'drawing',
  'tableParts',
  'autoFilter',
  'sheetProtection',
];

/** Merged areas as 0-based RangeRefs (exceljs keeps them as 1-based Range objects in `_merges`). */
function worksheetMerges(ws: ExcelJS.Worksheet): RangeRef[] {
  const raw = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  if (raw) {
    return Object.values(raw).map((r) => ({ top: r.top - 1, left: r.left - 1, bottom: r.bottom - 1, right: r.right - 1 }));
  }
  const model = (ws.model as { merges?: string[] }).merges ?? [];
  return model.map((a) => parseRangeA1(a));
}

/**
 * Converts one worksheet, bounded by the limits. `uncached(address)` says whether a formula cell
 * exceljs gives no result has no cached value in the file (see {@link cellFromExcel}); it is
 * asked only about such cells.
 */
export function worksheetToGrid(
  ws: ExcelJS.Worksheet,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  uncached?: (address: string) => boolean,
): GridData {
  const merges = worksheetMerges(ws);

  // The used range: the last row holding a value, and the merges.
  let usedRows = 0;
  for (let r = ws.rowCount; r >= 1; r--) {
    const row = ws.findRow(r);
    if (row && row.hasValues) {
      usedRows = r;
      break;
    }
  }
  let usedCols = 0;
  for (const m of merges) {
    if (m.bottom + 1 > usedRows) usedRows = m.bottom + 1;
    if (m.right + 1 > usedCols) usedCols = m.right + 1;
  }
  // First pass (rows within the row limit): the widest row.
  const rowScan = Math.min(usedRows, limits.maxRows);
  let widest = 0;
  for (let r = 1; r <= rowScan; r++) {
    const row = ws.findRow(r);
    if (!row || !row.hasValues) continue;
    const dims = (row as unknown as { dimensions: { min: number; max: number } | null }).dimensions;
    if (dims && dims.max > widest) widest = dims.max;
  }
  if (widest > usedCols) usedCols = widest;
  const cols = Math.min(usedCols, limits.maxCols);
  const rows = Math.min(usedRows, limits.maxRows, Math.floor(limits.maxCells / Math.max(1, cols)));

  const cells: (Cell | null)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: (Cell | null)[] = [];
    cells[r] = line;
    const row = ws.findRow(r + 1);
    if (!row || !row.hasValues) continue;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (colNumber > cols) return;
      const c = cellFromExcel(cell, uncached);
      if (!c) return;
      while (line.length < colNumber - 1) line.push(null);
      line[colNumber - 1] = c;
    });
  }

  const kept: RangeRef[] = [];
  for (const m of merges) {
    if (m.top >= rows || m.left >= cols) continue;
    kept.push({ top: m.top, left: m.left, bottom: Math.min(m.bottom, rows - 1), right: Math.min(m.right, cols - 1) });
  }
  const grid: GridData = { name: ws.name, cells, merges: kept };
  if (rows < usedRows || cols < usedCols) grid.truncated = { rows, cols };
  return grid;
}

/** What `worksheet.state` says of a sheet Excel does not show, as the report names it. */
function hiddenState(ws: ExcelJS.Worksheet): SkippedSheet['reason'] | null {
  if (ws.state === 'hidden') return 'hidden';
  if (ws.state === 'veryHidden') return 'very-hidden';
  return null;
}

/**
 * Reads the worksheets of an .xlsx file as the person sees them: hidden and very hidden sheets
 * are skipped (and listed) unless `includeHidden`. Throws WorkbookReadError for any file it
 * cannot read.
 */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookData> {
  const { includeHidden = false, ...limits } = options;
  const lim: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  const vetted = sniffWorkbookBytes(await loadBytes(path, lim), lim);
  const wb = new ExcelJS.Workbook();
  try {
    // The parts already inflated, handed over uncompressed: JSZip need not inflate them again.
    const stored = storedZip([...vetted.parts].map(([name, data]) => ({ name, data })));
    await wb.xlsx.load(stored as unknown as ExcelJS.XlsxBuffer, { ignoreNodes: IGNORED_NODES });
  } catch (e) {
    throw new WorkbookReadError('corrupt', `not a readable workbook (${firstLine(e)})`);
  }
  try {
    const sheets: GridData[] = [];
    const skipped: SkippedSheet[] = [];
    // Which part holds which sheet: looked up only when a sheet has a formula without a result.
    const part = (name: string): Buffer | undefined => vetted.parts.get(name.replace(/^\//, ''));
    let parts: Map<string, string> | null = null;
    for (const ws of wb.worksheets) {
      const hidden = hiddenState(ws);
      if (hidden && !includeHidden) {
        skipped.push({ sheet: ws.name, reason: hidden });
        continue;
      }
      let missing: Set<string> | null = null;
      const uncached = (address: string): boolean => {
        if (!missing) {
          parts ??= worksheetPartsByName(part);
          const xml = part(parts.get(ws.name) ?? '');
          missing = xml ? formulasWithoutValue(xml) : new Set();
        }
        return missing.has(address);
      };
      sheets.push(worksheetToGrid(ws, lim, uncached));
    }
    return { sheets, skipped };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError('corrupt', `unexpected content (${firstLine(e)})`);
  }
}
