import { CellRef, RangeRef, parseRangeA1, rangeContains, toA1 } from './address';

/** What a cell holds, as a host reads it: Excel numbers, text, booleans, or nothing. */
export type CellValue = string | number | boolean | null;

/** The Excel error values the engine recognises (rule `formula-error`). */
export const ERROR_VALUES = ['#DIV/0!', '#REF!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!'] as const;
export type ErrorValue = (typeof ERROR_VALUES)[number];

export interface Cell {
  value: CellValue;
  /** The displayed number format (Excel's `numberFormat`, e.g. `0.00%`), when not General. */
  format?: string;
  /** The formula, with its leading `=`, when the cell holds one. */
  formula?: string;
  /** Set when the cell shows an Excel error value; `value` then holds the same string. */
  error?: ErrorValue | string;
}

/** The plain data a host hands to the engine: one worksheet's used range. */
export interface GridData {
  name: string;
  /** Row-major cells from A1; rows may be ragged or sparse (missing = empty). */
  cells: (Cell | null | undefined)[][];
  /** Merged areas, 0-based inclusive. */
  merges: RangeRef[];
  /** Set when the host truncated a huge used range; the engine reports it. */
  truncated?: { rows: number; cols: number };
}

export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === 'string' && (ERROR_VALUES as readonly string[]).includes(value);
}

/**
 * A read-only view over a sheet's cells with merge awareness: a merged area's value belongs to
 * all of its cells when reading labels (`labelAt`), but only to its top-left cell as data.
 */
export class CellGrid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly RangeRef[];
  readonly truncated?: { rows: number; cols: number };
  private readonly rows: (Cell | null | undefined)[][];
  /** Maps "row,col" of every cell inside a merge to that merge. */
  private readonly mergeIndex = new Map<number, RangeRef>();

  constructor(data: GridData) {
    this.name = data.name;
    this.rows = data.cells;
    this.merges = data.merges;
    this.truncated = data.truncated;
    let cols = 0;
    for (const row of data.cells) if (row && row.length > cols) cols = row.length;
    let rowCount = data.cells.length;
    for (const m of data.merges) {
      if (m.bottom + 1 > rowCount) rowCount = m.bottom + 1;
      if (m.right + 1 > cols) cols = m.right + 1;
    }
    this.rowCount = rowCount;
    this.colCount = cols;
    for (const m of data.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeIndex.set(this.key(r, c), m);
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The raw cell, or undefined when empty / outside the data. */
  cell(row: number, col: number): Cell | undefined {
    const r = this.rows[row];
    const c = r ? r[col] : undefined;
    return c ?? undefined;
  }

  /** The cell's own value (a merged area's non-top-left cells read as empty). */
  value(row: number, col: number): CellValue {
    const c = this.cell(row, col);
    return c ? c.value : null;
  }

  /** The merge a cell belongs to, if any. */
  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.mergeIndex.get(this.key(row, col));
  }

  /** The top-left cell of the merge holding (row, col), or the cell itself. */
  anchor(row: number, col: number): CellRef {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The value as a label: a merged area's value for every cell inside it. */
  labelValue(row: number, col: number): CellValue {
    const a = this.anchor(row, col);
    return this.value(a.row, a.col);
  }

  /** The label value as text ('' when empty). */
  labelText(row: number, col: number): string {
    return cellText(this.labelValue(row, col));
  }

  /** The cell's own value as text ('' when empty). */
  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }

  isEmpty(row: number, col: number): boolean {
    return this.text(row, col).trim() === '';
  }

  /** True when the row has no value in any cell (merges ignored). */
  isRowEmpty(row: number, from = 0, to = this.colCount - 1): boolean {
    for (let c = from; c <= to; c++) if (!this.isEmpty(row, c)) return false;
    return true;
  }

  hasFormula(row: number, col: number): boolean {
    return !!this.cell(row, col)?.formula;
  }

  errorAt(row: number, col: number): string | undefined {
    const c = this.cell(row, col);
    if (!c) return undefined;
    if (c.error) return c.error;
    return isErrorValue(c.value) ? c.value : undefined;
  }

  format(row: number, col: number): string | undefined {
    return this.cell(row, col)?.format;
  }

  a1(row: number, col: number): string {
    return toA1(row, col);
  }

  inMerge(range: RangeRef, row: number, col: number): boolean {
    return rangeContains(range, row, col);
  }
}

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Builds grid data from a plain 2-D array of values and A1 merge addresses (tests, examples). */
export function gridFromValues(name: string, values: CellValue[][], merges: string[] = []): GridData {
  return {
    name,
    cells: values.map((row) => row.map((v) => (v === null || v === undefined ? null : { value: v }))),
    merges: merges.map(parseRangeA1),
  };
}
