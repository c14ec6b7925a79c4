import { RangeRef, parseA1 } from '../core/grid/address';
import type { CellValue } from '../core/grid/cellGrid';
import { normalizeColor } from './gatewayRules';
import { MemoryCell, MemorySheet } from './memoryWorkbook';

/**
 * What a person does in Excel between two clicks of the add-in, on the in-memory workbook: type a
 * value, insert or delete whole rows or columns, recolour a cell, add a note, protect the sheet.
 * As in Excel, inserting or deleting moves each cell with everything on it — value, formats,
 * note, and the add-in's mark and write anchor — and merged areas move, grow or shrink with it.
 * The tests use these to play the person; the fake Excel (test/excel/fake) does the same.
 */

type Axis = 'rows' | 'cols';

/** Types a value (or a formula starting with '=') into a cell: the cell's own looks stay. */
export function typeInto(sheet: MemorySheet, a1: string, value: CellValue): void {
  const c = sheet.at(a1);
  delete c.error;
  if (typeof value === 'string' && value.startsWith('=')) {
    c.formula = value;
    c.value = null;
    return;
  }
  delete c.formula;
  c.value = value === '' ? null : value;
}

/** Sets (or with null, removes) the cell's own fill, as the Fill Color button does. */
export function recolour(sheet: MemorySheet, a1: string, color: string | null): void {
  sheet.at(a1).fill = normalizeColor(color) ?? undefined;
}

/** Adds, edits or (with null) deletes the cell's note. */
export function setNote(sheet: MemorySheet, a1: string, text: string | null): void {
  const c = sheet.at(a1);
  if (text === null) delete c.note;
  else c.note = text;
}

/** Protects the sheet (Review → Protect Sheet), leaving `unlocked` cells editable. */
export function protect(sheet: MemorySheet, options: { unlocked?: string[]; allowFormatCells?: boolean } = {}): void {
  for (const a1 of options.unlocked ?? []) sheet.at(a1).unlocked = true;
  sheet.protected = true;
  sheet.allowFormatCells = !!options.allowFormatCells;
}

export function unprotect(sheet: MemorySheet): void {
  sheet.protected = false;
}

/** Inserts `count` whole rows before the 0-based row `at` (Home → Insert → Insert Sheet Rows). */
export function insertSheetRows(sheet: MemorySheet, at: number, count: number): void {
  shift(sheet, 'rows', at, count);
}

/** Deletes `count` whole rows from the 0-based row `at`. */
export function deleteSheetRows(sheet: MemorySheet, at: number, count: number): void {
  shift(sheet, 'rows', at, -count);
}

/** Inserts `count` whole columns before the 0-based column `at`. */
export function insertSheetColumns(sheet: MemorySheet, at: number, count: number): void {
  shift(sheet, 'cols', at, count);
}

/** Deletes `count` whole columns from the 0-based column `at`. */
export function deleteSheetColumns(sheet: MemorySheet, at: number, count: number): void {
  shift(sheet, 'cols', at, -count);
}

/** The 0-based row of an A1 address's row number, for tests that think in A1 ("insert above row 12"). */
export function rowOf(a1: string): number {
  return parseA1(a1).row;
}

/**
 * delta > 0: `delta` rows/columns inserted before `at`; delta < 0: `-delta` of them deleted from
 * `at`. Cells move with all they carry; cells in deleted rows/columns are gone.
 */
function shift(sheet: MemorySheet, axis: Axis, at: number, delta: number): void {
  if (!Number.isInteger(at) || at < 0 || !Number.isInteger(delta) || delta === 0) throw new RangeError('bad row/column shift');
  const moved: { row: number; col: number; cell: MemoryCell }[] = [];
  for (const e of sheet.entries()) {
    const pos = axis === 'rows' ? e.row : e.col;
    if (delta < 0 && pos >= at && pos < at - delta) continue; // deleted with its row/column
    const next = pos >= at ? pos + delta : pos;
    moved.push(axis === 'rows' ? { row: next, col: e.col, cell: e.cell } : { row: e.row, col: next, cell: e.cell });
  }
  sheet.rows = [];
  const oldRows = sheet.rowCount;
  const oldCols = sheet.colCount;
  sheet.rowCount = 0;
  sheet.colCount = 0;
  for (const m of moved) sheet.put(m.row, m.col, m.cell);
  if (axis === 'rows') {
    sheet.rowCount = Math.max(sheet.rowCount, at < oldRows ? Math.max(oldRows + delta, at) : oldRows);
    sheet.colCount = Math.max(sheet.colCount, oldCols);
  } else {
    sheet.colCount = Math.max(sheet.colCount, at < oldCols ? Math.max(oldCols + delta, at) : oldCols);
    sheet.rowCount = Math.max(sheet.rowCount, oldRows);
  }
  sheet.merges = sheet.merges.map((m) => shiftArea(m, axis, at, delta)).filter((m): m is RangeRef => m !== null && !(m.top === m.bottom && m.left === m.right));
}

/** A merged area after the shift: moved, grown, shrunk, or gone (null). */
function shiftArea(m: RangeRef, axis: Axis, at: number, delta: number): RangeRef | null {
  const [lo, hi] = axis === 'rows' ? [m.top, m.bottom] : [m.left, m.right];
  let a = lo;
  let b = hi;
  if (delta > 0) {
    if (lo >= at) {
      a += delta;
      b += delta;
    } else if (hi >= at) b += delta; // inserted inside: the area grows
  } else {
    const n = -delta;
    const end = at + n - 1;
    if (hi < at) return m;
    if (lo > end) {
      a -= n;
      b -= n;
    } else {
      // Overlaps the deleted band: keep what is outside it.
      const keptAbove = Math.max(0, at - lo);
      const keptBelow = Math.max(0, hi - end);
      if (keptAbove + keptBelow === 0) return null;
      a = Math.min(lo, at);
      b = a + keptAbove + keptBelow - 1;
    }
  }
  return axis === 'rows' ? { ...m, top: a, bottom: b } : { ...m, left: a, right: b };
}
