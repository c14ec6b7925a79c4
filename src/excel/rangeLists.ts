/**
 * Address lists for `worksheet.getRanges('A1,B3:B9,…')` (ExcelApi 1.9): cells grouped by what is
 * applied to them, vertical runs compressed to ranges, lists chunked below a length limit.
 */
import { CellRef, columnName, toA1 } from '../core/grid/address';

/** Keep each getRanges() address list below this many characters. */
export const MAX_ADDRESS_LIST_CHARS = 8000;

/** Compresses cells to A1 areas: runs of consecutive rows in one column become `B3:B9`. */
export function compressCells(cells: readonly CellRef[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    let rows = byCol.get(c.col);
    if (!rows) byCol.set(c.col, (rows = []));
    rows.push(c.row);
  }
  const out: string[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    const flush = (): void => {
      out.push(start === prev ? toA1(start, col) : `${columnName(col)}${start + 1}:${columnName(col)}${prev + 1}`);
    };
    for (let i = 1; i < rows.length; i++) {
      if (rows[i] === prev + 1) {
        prev = rows[i];
        continue;
      }
      flush();
      start = prev = rows[i];
    }
    flush();
  }
  return out;
}

/** Joins areas into comma-separated lists, each at most `maxChars` long. */
export function chunkAddressList(areas: readonly string[], maxChars = MAX_ADDRESS_LIST_CHARS): string[] {
  const out: string[] = [];
  let current = '';
  for (const a of areas) {
    if (current && current.length + 1 + a.length > maxChars) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

/** Groups items by a key, keeping first-seen order of the keys. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(item);
  }
  return out;
}
