/**
 * The fake's worksheet model: cells with their own formats, merged areas, notes, conditional
 * formats, sheet-scoped names and protection — and how each moves when rows or columns are
 * inserted or deleted (moveCells), the way Excel moves them: a cell's value, number format,
 * fill, font and note go with it (learn.microsoft.com/office/dev/add-ins/excel/
 * excel-add-ins-ranges-insert: "adds new empty cells … and shifts existing cells to make room";
 * …/excel-add-ins-notes: notes belong to their cell), a conditional format's applied ranges and a
 * defined name's reference adjust with the cells they cover, and a name whose cell was deleted
 * refers to #REF! (support.microsoft.com, "Define and use names in formulas"; Office.js:
 * NamedItem.getRangeOrNullObject returns a null object when the name is not a range).
 */
import type { RangeRef } from '../../../src/core/grid/address';
import { Axis, contains, key, shiftCell, shiftRect, toA1, unkey } from './address';
import { parseInput } from './input';

export type FakeValue = string | number | boolean | null;

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export const NO_FILL: FakeFill = { color: '#FFFFFF', pattern: 'None' };

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  /** The cell shows an Excel error value (valueType 'Error'); `value` holds its text. */
  error?: string;
  numberFormat: string;
  fill: FakeFill;
  /** Font colour '#RRGGBB'; absent = automatic. */
  fontColor?: string;
  bold?: boolean;
  align?: string;
  /** Excel's Format Cells → Protection → Locked; cells are locked unless unlocked (FormatProtection.locked). */
  locked: boolean;
}

/** A conditional format: its rule (Custom: a formula), its format and the ranges it applies to. */
export interface FakeConditionalFormat {
  uid: number;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  ranges: RangeRef[];
}

/** A sheet-scoped defined name; `ref` null once its cells were deleted (#REF!). */
export interface FakeName {
  name: string;
  ref: RangeRef | null;
  visible: boolean;
  comment?: string;
}

/** Excel.WorksheetProtectionOptions (the ones the fake honours). */
export interface FakeProtection {
  protected: boolean;
  allowFormatCells: boolean;
  allowInsertRows: boolean;
  allowDeleteRows: boolean;
}

export class FakeSheet {
  cells = new Map<number, FakeCell>();
  merges: RangeRef[] = [];
  /** A1 → note content. */
  notes = new Map<string, string>();
  /** In priority order (index 0 = priority 0, the highest). */
  conditionalFormats: FakeConditionalFormat[] = [];
  names: FakeName[] = [];
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  validations: { range: RangeRef; source: string }[] = [];
  borders: { range: RangeRef; edge: string; style: string }[] = [];
  wrapped: RangeRef[] = [];
  protection: FakeProtection = { protected: false, allowFormatCells: false, allowInsertRows: false, allowDeleteRows: false };
  selection: string | null = null;
  /** Excel.SheetVisibility: 'Visible', 'Hidden' or 'VeryHidden'. */
  visibility = 'Visible';

  constructor(
    public id: string,
    public name: string,
  ) {}

  get protected(): boolean {
    return this.protection.protected;
  }
  set protected(on: boolean) {
    this.protection.protected = on;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  ensure(row: number, col: number): FakeCell {
    let c = this.cells.get(key(row, col));
    if (!c) this.cells.set(key(row, col), (c = { value: null, numberFormat: 'General', fill: { ...NO_FILL }, locked: true }));
    return c;
  }

  /** Stores assigned input the way Excel parses it (fake/input.ts). */
  assign(row: number, col: number, input: unknown): void {
    const c = this.ensure(row, col);
    const parsed = parseInput(input, c.numberFormat);
    delete c.formula;
    delete c.error;
    c.value = parsed.value;
    if (parsed.formula) c.formula = parsed.formula;
    if (parsed.error) c.error = parsed.error;
    if (parsed.numberFormat && (c.numberFormat === 'General' || c.numberFormat === 'G/通用格式')) c.numberFormat = parsed.numberFormat;
  }

  usedRect(): RangeRef {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of this.cells) {
      if (c.value === null && !c.formula) continue;
      const { row, col } = unkey(k);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    if (bottom < 0) return { top: 0, left: 0, bottom: 0, right: 0 };
    return { top, left, bottom, right };
  }

  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.merges.find((m) => contains(m, row, col));
  }

  definedName(n: string): FakeName | undefined {
    const lower = n.toLowerCase();
    return this.names.find((x) => x.name.toLowerCase() === lower);
  }

  /** The conditional format that shows on a cell (the first, by priority, whose ranges cover it), if any. */
  conditionalFormatAt(row: number, col: number, what: 'fill' | 'fontColor'): FakeConditionalFormat | undefined {
    return this.conditionalFormats.find((cf) => cf[what] !== undefined && cf.ranges.some((r) => contains(r, row, col)));
  }

  /**
   * Rows (axis 'rows') or columns inserted before `at` (delta > 0) or deleted from `at` (delta < 0):
   * cells, notes, merged areas, conditional formats and names move with their cells.
   */
  moveCells(axis: Axis, at: number, delta: number): void {
    const cells = new Map<number, FakeCell>();
    for (const [k, c] of this.cells) {
      const { row, col } = unkey(k);
      const to = shiftCell(row, col, axis, at, delta);
      if (to) cells.set(key(to.row, to.col), c);
    }
    this.cells = cells;
    const notes = new Map<string, string>();
    for (const [a1, text] of this.notes) {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      const { row, col } = unkey(key(Number(m[2]) - 1, colIndex(m[1])));
      const to = shiftCell(row, col, axis, at, delta);
      if (to) notes.set(toA1(to.row, to.col), text);
    }
    this.notes = notes;
    this.merges = this.merges.map((m) => shiftRect(m, axis, at, delta)).filter((m): m is RangeRef => !!m && !(m.top === m.bottom && m.left === m.right));
    for (const cf of this.conditionalFormats) cf.ranges = cf.ranges.map((r) => shiftRect(r, axis, at, delta)).filter((r): r is RangeRef => !!r);
    this.conditionalFormats = this.conditionalFormats.filter((cf) => cf.ranges.length > 0);
    for (const n of this.names) if (n.ref) n.ref = shiftRect(n.ref, axis, at, delta);
  }

  /**
   * "Insert cells, shift down" over columns left..right only (what the add-in's 插入指标行 does):
   * cells at or below `at` in those columns move down by `count`, with their notes and marks.
   */
  shiftColumnsDown(at: number, count: number, left: number, right: number): void {
    const inCols = (col: number): boolean => col >= left && col <= right;
    const cells = new Map<number, FakeCell>();
    for (const [k, c] of this.cells) {
      const { row, col } = unkey(k);
      cells.set(row >= at && inCols(col) ? key(row + count, col) : k, c);
    }
    this.cells = cells;
    const notes = new Map<string, string>();
    for (const [a1, t] of this.notes) {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      const row = Number(m[2]) - 1;
      const col = colIndex(m[1]);
      notes.set(row >= at && inCols(col) ? toA1(row + count, col) : a1, t);
    }
    this.notes = notes;
    this.merges = this.merges.map((m) => {
      if (!inCols(m.left)) return m;
      if (m.top >= at) return { ...m, top: m.top + count, bottom: m.bottom + count };
      if (m.bottom >= at) return { ...m, bottom: m.bottom + count }; // inserted inside: the merge grows
      return m;
    });
    const shiftR = (r: RangeRef): RangeRef => {
      if (r.left < left || r.right > right) return r; // crossing the band: not modelled (the add-in refuses such inserts)
      if (r.top >= at) return { ...r, top: r.top + count, bottom: r.bottom + count };
      if (r.bottom >= at) return { ...r, bottom: r.bottom + count };
      return r;
    };
    for (const cf of this.conditionalFormats) cf.ranges = cf.ranges.map(shiftR);
    for (const n of this.names) if (n.ref) n.ref = shiftR(n.ref);
  }
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
