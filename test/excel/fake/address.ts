/** A1 helpers of the fake Excel (test/excel/fake): addresses as Excel writes and parses them. */
import { RangeRef, columnIndex, parseA1, toA1 } from '../../../src/core/grid/address';

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

/** A fake Office error: an OfficeExtension.Error-like object with a code and a localised (never shown) message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message = `本地化的错误消息 (${code})`,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export function key(row: number, col: number): number {
  return row * 16384 + col;
}

export function unkey(k: number): { row: number; col: number } {
  return { row: Math.floor(k / 16384), col: k % 16384 };
}

/** Parses "B4", "B4:C9", "Sheet1!B4", "'My sheet'!$B$4", "5:7" (rows), "B:C" (columns). */
export function parseAddress(address: string): RangeRef {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const clean = bare.replace(/\$/g, '').trim();
  const rows = /^(\d+):(\d+)$/.exec(clean);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COL };
  const cols = /^([A-Za-z]+):([A-Za-z]+)$/.exec(clean);
  if (cols) return { top: 0, bottom: MAX_ROW, left: columnIndex(cols[1]), right: columnIndex(cols[2]) };
  const [a, b, extra] = clean.split(':');
  if (extra !== undefined) throw new FakeOfficeError('InvalidArgument');
  let p: { row: number; col: number };
  let q: { row: number; col: number };
  try {
    p = parseA1(a);
    q = b ? parseA1(b) : p;
  } catch {
    throw new FakeOfficeError('InvalidArgument');
  }
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** "B4", "B4:C9", "5:7" for whole rows. */
export function rectA1(r: RangeRef): string {
  if (r.left === 0 && r.right === MAX_COL) return `${r.top + 1}:${r.bottom + 1}`;
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** A sheet name as Excel writes it in an address: quoted unless plain. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function contains(outer: RangeRef, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

export function intersect(a: RangeRef, b: RangeRef): RangeRef | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function cellsOf(r: RangeRef): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

export function cellCount(r: RangeRef): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function normColour(c: string): string {
  const named: Record<string, string> = { yellow: '#FFFF00', red: '#FF0000', white: '#FFFFFF', green: '#008000', lightgreen: '#90EE90' };
  return named[c.toLowerCase()] ?? c.toUpperCase();
}

export type Axis = 'rows' | 'cols';

/**
 * Where a band of cells [lo, hi] along an axis ends up after rows/columns are inserted (delta > 0,
 * before `at`) or deleted (delta < 0, from `at`): moved, grown when the insertion is inside it,
 * shrunk when the deletion overlaps it, or null when all of it was deleted.
 */
export function shiftBand(lo: number, hi: number, at: number, delta: number): [number, number] | null {
  if (delta > 0) {
    if (lo >= at) return [lo + delta, hi + delta];
    if (hi >= at) return [lo, hi + delta];
    return [lo, hi];
  }
  const n = -delta;
  const end = at + n - 1;
  if (hi < at) return [lo, hi];
  if (lo > end) return [lo - n, hi - n];
  const keptAbove = Math.max(0, at - lo);
  const keptBelow = Math.max(0, hi - end);
  if (keptAbove + keptBelow === 0) return null;
  const a = Math.min(lo, at);
  return [a, a + keptAbove + keptBelow - 1];
}

/** A rectangle after a shift along an axis (null when deleted). */
export function shiftRect(r: RangeRef, axis: Axis, at: number, delta: number): RangeRef | null {
  const band = axis === 'rows' ? shiftBand(r.top, r.bottom, at, delta) : shiftBand(r.left, r.right, at, delta);
  if (!band) return null;
  return axis === 'rows' ? { ...r, top: band[0], bottom: band[1] } : { ...r, left: band[0], right: band[1] };
}

/** A cell position after a shift (null when its row/column was deleted). */
export function shiftCell(row: number, col: number, axis: Axis, at: number, delta: number): { row: number; col: number } | null {
  const pos = axis === 'rows' ? row : col;
  if (delta < 0 && pos >= at && pos < at - delta) return null;
  const next = pos >= at ? pos + delta : pos;
  return axis === 'rows' ? { row: next, col } : { row, col: next };
}

export { toA1 };
