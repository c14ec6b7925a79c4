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
  /**
   * Set on a formula whose result the file does not hold (written by a program and never
   * calculated): `value` is then null, meaning unknown — not an empty cell.
   */
  uncached?: boolean;
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
  // Every error value starts with '#': one character test spares most text cells the list scan.
  return typeof value === 'string' && value.charCodeAt(0) === 35 && (ERROR_VALUES as readonly string[]).includes(value);
}

/** Rows with more merges than this are indexed by column (see CellGrid.rowMerges). */
const WIDE_ROW = 16;

/**
 * The merges covering each row, in the order given. Rows covered by the same merges share one
 * list: a form's label columns are merged down over many rows, and a list per row would cost more
 * memory than the rest of the grid. The rows are swept once, the covering set changing only where
 * a merge starts or ends.
 */
function rowMergeLists(merges: readonly RangeRef[], rowCount: number): (RangeRef[] | undefined)[] {
  const startsAt = new Map<number, number[]>(); // first row → indices of the merges starting there
  const endsAfter = new Map<number, number[]>(); // row after the last → indices of the merges ending
  merges.forEach((m, i) => {
    // Cells are whole numbers: a merge starting between them covers none.
    if (!Number.isInteger(m.top) || !Number.isInteger(m.left)) return;
    const first = Math.max(0, m.top);
    const end = Math.floor(m.bottom) + 1;
    if (!(end > first)) return; // (NaN included)
    addTo(startsAt, first, i);
    addTo(endsAfter, end, i);
  });
  const changes = [...new Set([...startsAt.keys(), ...endsAfter.keys()])].sort((a, b) => a - b);
  // Sized up front: filled out of order, a growing array could fall back to a slow dictionary.
  const lists = Number.isInteger(rowCount) && rowCount < 2 ** 24 ? new Array<RangeRef[] | undefined>(rowCount) : [];
  let active: number[] = [];
  for (let k = 0; k < changes.length; k++) {
    const from = changes[k];
    const to = Math.min(k + 1 < changes.length ? changes[k + 1] : rowCount, rowCount);
    const ended = new Set(endsAfter.get(from));
    active = [...active.filter((i) => !ended.has(i)), ...(startsAt.get(from) ?? [])].sort((a, b) => a - b);
    // Built by push, not map: an optimised Array.prototype.map makes holey arrays where the
    // unoptimised one makes packed ones, and mergeAt, once optimised for one kind, deoptimised on
    // the other (with every caller it was inlined into).
    let list: RangeRef[] | undefined;
    if (active.length > 0) {
      list = [];
      for (const i of active) list.push(merges[i]);
    }
    for (let r = from; r < to; r++) lists[r] = list;
  }
  return lists;
}

function addTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
  /**
   * The merges over each row, in the order given (a later merge wins where merges overlap). A
   * row holds few merges, so a short scan finds a cell's merge; indexing every merged cell in one
   * Map cost more to build and, on long forms, to look up. Rows covered by the same merges share
   * one list (see rowMergeLists).
   */
  private readonly rowMerges: (RangeRef[] | undefined)[];
  /** Long lists (rows with many merges), indexed by column instead. */
  private readonly wideLists = new Map<RangeRef[], Map<number, RangeRef>>();

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
    this.rowMerges = rowMergeLists(data.merges, rowCount);
    for (const list of new Set(this.rowMerges)) {
      if (list === undefined || list.length <= WIDE_ROW) continue;
      const byCol = new Map<number, RangeRef>();
      for (const m of list) for (let c = m.left; c <= m.right; c++) byCol.set(c, m);
      this.wideLists.set(list, byCol);
    }
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
    const list = this.rowMerges[row];
    if (list === undefined) return undefined;
    if (list.length > WIDE_ROW) return this.wideLists.get(list)!.get(col);
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (m.left <= col && col <= m.right) return m;
    }
    return undefined;
  }

  /** The top-left cell of the merge holding (row, col), or the cell itself. */
  anchor(row: number, col: number): CellRef {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  // Non-allocating forms of `anchor` for per-row loops: a `{ row, col }` per call was the largest
  // source of garbage when checking long forms.

  /** The row of `anchor(row, col)`. */
  anchorRow(row: number, col: number): number {
    const m = this.mergeAt(row, col);
    return m ? m.top : row;
  }

  /** The column of `anchor(row, col)`. */
  anchorCol(row: number, col: number): number {
    const m = this.mergeAt(row, col);
    return m ? m.left : col;
  }

  /** True when (row, col) is the top-left cell of its merge, or not merged. */
  isAnchor(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !m || (m.top === row && m.left === col);
  }

  /** The anchor's own text, trimmed ('' when empty): what a data cell of a row shows. */
  anchorText(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    const c = m ? this.cell(m.top, m.left) : this.cell(row, col);
    return c ? cellText(c.value).trim() : '';
  }

  /** The value as a label: a merged area's value for every cell inside it. */
  labelValue(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.value(m.top, m.left) : this.value(row, col);
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

  /** True when the cell holds a formula without a cached value: its value is unknown. */
  isUncached(row: number, col: number): boolean {
    const c = this.cell(row, col);
    return !!c?.uncached && !!c.formula;
  }

  errorAt(row: number, col: number): string | undefined {
    const c = this.cell(row, col);
    return c ? errorOf(c) : undefined;
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

/** The Excel error value a cell shows, if any (see {@link CellGrid.errorAt}). */
export function errorOf(c: Cell): string | undefined {
  if (c.error) return c.error;
  return isErrorValue(c.value) ? c.value : undefined;
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
