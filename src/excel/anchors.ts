/**
 * Write anchors: every cell the add-in writes gets a hidden, sheet-scoped defined name
 * (Worksheet.names.add, ExcelApi 1.4; NamedItem.visible = false keeps it out of the Name Manager).
 * Excel adjusts a name's reference when rows or columns are inserted or deleted, and a name whose
 * cell was deleted refers to #REF! (NamedItem.getRangeOrNullObject is then a null object), so
 * 撤销写回 finds each written cell wherever it went — or knows it is gone — instead of writing old
 * values into whatever cell now has the old address (review A2).
 */
import { parseRangeA1, rangeToA1 } from '../core/grid/address';
import type { WriteEntry } from './documentRecord';

/** Where an anchor's cell is now, and what it holds (null: the name or its cell is gone). */
export interface AnchoredCell {
  address: string;
  row: number;
  col: number;
  value: unknown;
  formula: unknown;
  numberFormat: string;
  /** The cell is locked (it matters on a protected sheet). */
  locked: boolean;
}

/** The bare A1 address of a loaded range ('Sheet1!$H$13' → 'H13'). */
export function bareAddress(address: string): string {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  return rangeToA1(parseRangeA1(bare.replace(/\$/g, '')));
}

/**
 * Queues finding each entry's cell through its name, with the cell's value, formula, number format
 * and lock (the name's range is an *OrNullObject: a null object once the cell was deleted).
 */
export function queueAnchors(ws: Excel.Worksheet, entries: readonly WriteEntry[]): () => Map<string, AnchoredCell | null> {
  const found = entries.map((e) => {
    const name = ws.names.getItemOrNullObject(e.name);
    name.load('name');
    const range = name.getRangeOrNullObject();
    range.load('address,values,formulas,numberFormat');
    const protection = range.format.protection;
    protection.load('locked');
    return { e, name, range, protection };
  });
  return () => {
    const out = new Map<string, AnchoredCell | null>();
    for (const { e, name, range, protection } of found) {
      if (name.isNullObject || range.isNullObject) {
        out.set(e.name, null);
        continue;
      }
      const address = bareAddress(range.address);
      const { top, left } = parseRangeA1(address);
      out.set(e.name, {
        address,
        row: top,
        col: left,
        value: range.values?.[0]?.[0],
        formula: range.formulas?.[0]?.[0],
        numberFormat: String(range.numberFormat?.[0]?.[0] ?? 'General'),
        locked: protection.locked !== false,
      });
    }
    return out;
  };
}

/** Queues a new anchor on a cell, hidden. */
export function queueAnchorAdd(ws: Excel.Worksheet, name: string, cell: Excel.Range): void {
  const item = ws.names.add(name, cell);
  item.visible = false;
}

/** Queues deleting anchors (names that exist: looked up by queueAnchors in the same or an earlier batch). */
export function queueAnchorDeletes(ws: Excel.Worksheet, names: readonly string[]): void {
  for (const n of names) ws.names.getItem(n).delete();
}
