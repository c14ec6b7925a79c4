/** A1-style cell addresses. Rows and columns are 0-based everywhere in the engine. */

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnName(col: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new Error(`not a column name: ${name}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** Column names by index, built as asked for (every issue and report cell names a column). */
const COLUMN_NAMES: string[] = [];

export function toA1(row: number, col: number): string {
  const name = col < 16384 ? (COLUMN_NAMES[col] ??= columnName(col)) : columnName(col);
  return `${name}${row + 1}`;
}

export function refToA1(ref: CellRef): string {
  return toA1(ref.row, ref.col);
}

const A1 = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseA1(address: string): CellRef {
  const m = A1.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function rangeToA1(range: RangeRef): string {
  const a = toA1(range.top, range.left);
  const b = toA1(range.bottom, range.right);
  return a === b ? a : `${a}:${b}`;
}

/** Parses "B4:G4", "B4" or "Sheet1!B4:G4" (the sheet part is ignored). */
export function parseRangeA1(address: string): RangeRef {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second] = bare.split(':');
  const a = parseA1(first);
  const b = second ? parseA1(second) : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeContains(range: RangeRef, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}
