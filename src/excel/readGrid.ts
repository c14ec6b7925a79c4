/**
 * Converts what one read batch loaded (range arrays and merged-area addresses) into the engine's
 * GridData. Pure: no Office.js here, so it is tested without a host.
 */
import { RangeRef, parseRangeA1, toA1 } from '../core/grid/address';
import type { Cell, CellValue, GridData } from '../core/grid/cellGrid';

/** How much of a sheet one read loads (values, number formats, formulas and value types). */
export interface ReadLimits {
  /** Rows read from row 1. */
  maxRows: number;
  /** Columns read from column A (forms have about a dozen). */
  maxCols: number;
  /**
   * Rows per `getMergedAreasOrNullObject()` call. The call fails above 512 areas, so a band of
   * 64 rows allows 8 merged areas per row on average.
   */
  mergeBandRows: number;
}

/**
 * 5 000 rows × 40 columns = 200 000 cells. Four arrays of that many cells stay below Excel on
 * the web's 5 MB response limit for sparse forms; a dense sheet that large fails with 'too-large'.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = { maxRows: 5000, maxCols: 40, mergeBandRows: 64 };

/** The A1 address of the capped read window. */
export function windowAddress(limits: ReadLimits): string {
  return `A1:${toA1(limits.maxRows - 1, limits.maxCols - 1)}`;
}

/** Row bands (A1 addresses) covering the read window, for the merged-area calls. */
export function mergeBandAddresses(limits: ReadLimits): string[] {
  const out: string[] = [];
  const lastCol = toA1(0, limits.maxCols - 1).replace(/\d+$/, '');
  for (let top = 0; top < limits.maxRows; top += limits.mergeBandRows) {
    const bottom = Math.min(top + limits.mergeBandRows, limits.maxRows);
    out.push(`A${top + 1}:${lastCol}${bottom}`);
  }
  return out;
}

/** What the read batch loaded from the (capped) range that starts at A1. */
export interface LoadedRange {
  values: unknown[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  valueTypes: unknown[][];
}

/** The sheet's used extent as Excel reports it (1-based end row/column = index + count). */
export interface UsedExtent {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Number formats Excel reports for "no format". */
const GENERAL_FORMATS = new Set(['General', 'G/通用格式', 'G/通用']);

export function isGeneralFormat(format: unknown): boolean {
  return typeof format !== 'string' || GENERAL_FORMATS.has(format);
}

function plain(value: unknown): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/**
 * One cell: Excel errors come back as their strings (valueType 'Error'); formulas are the strings
 * starting with '=' that differ from the value (a text constant "=abc" reads back the same in
 * both arrays); 'General' is omitted. Like the in-memory gateway, a formatted empty cell is kept.
 */
export function cellFromLoaded(value: unknown, numberFormat: unknown, formula: unknown, valueType: unknown): Cell | null {
  const v = plain(value);
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  const isError = valueType === 'Error';
  const hasFormat = !isGeneralFormat(numberFormat);
  // Empty cells are left out unless formatted (a result cell's number format tells the engine
  // how to write into it).
  if (v === null && !isFormula && !isError && !hasFormat) return null;
  const cell: Cell = { value: v };
  if (isFormula) cell.formula = formula as string;
  if (isError && typeof value === 'string') cell.error = value;
  if (hasFormat) cell.format = numberFormat as string;
  return cell;
}

/** Parses merged-area addresses ("Sheet1!B4:G4", "'My sheet'!A1:B2"), clipped to the window. */
export function parseMerges(addresses: readonly string[], rows: number, cols: number): RangeRef[] {
  const seen = new Set<string>();
  const out: RangeRef[] = [];
  for (const address of addresses) {
    let r: RangeRef;
    try {
      r = parseRangeA1(address);
    } catch {
      continue;
    }
    if (r.top >= rows || r.left >= cols) continue;
    const clipped = { top: r.top, left: r.left, bottom: Math.min(r.bottom, rows - 1), right: Math.min(r.right, cols - 1) };
    if (clipped.top === clipped.bottom && clipped.left === clipped.right) continue;
    const key = `${clipped.top},${clipped.left},${clipped.bottom},${clipped.right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(clipped);
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Builds GridData from one read; `truncated` when the used range reaches beyond the window. */
export function toGridData(name: string, loaded: LoadedRange, used: UsedExtent, mergeAddresses: readonly string[], limits: ReadLimits): GridData {
  const rows = loaded.values.length;
  const cols = rows > 0 ? loaded.values[0].length : 0;
  const cells: (Cell | null)[][] = new Array(rows);
  let any = false;
  for (let r = 0; r < rows; r++) {
    const vRow = loaded.values[r] ?? [];
    const fRow = loaded.numberFormat[r] ?? [];
    const xRow = loaded.formulas[r] ?? [];
    const tRow = loaded.valueTypes[r] ?? [];
    const line: (Cell | null)[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      const cell = cellFromLoaded(vRow[c], fRow[c], xRow[c], tRow[c]);
      line[c] = cell;
      if (cell) any = true;
    }
    cells[r] = line;
  }
  const merges = parseMerges(mergeAddresses, limits.maxRows, limits.maxCols);
  const grid: GridData = { name, cells: any ? cells : [], merges };
  const usedRows = used.rowIndex + used.rowCount;
  const usedCols = used.columnIndex + used.columnCount;
  if (usedRows > limits.maxRows || usedCols > limits.maxCols) {
    grid.truncated = { rows: Math.min(usedRows, limits.maxRows), cols: Math.min(usedCols, limits.maxCols) };
  }
  return grid;
}
