import Decimal from 'decimal.js';
import { CellGrid } from '../grid/cellGrid';
import { parseDecimalLoose } from '../parse/parseNumber';
import { compactText } from '../text/normalizeLabel';
import { IndicatorColumns, IndicatorRow } from './formModel';

/**
 * Subtotal rows: an indicator numbered with a Chinese ordinal (一、示范区建立) followed by
 * indicators numbered 1、2、3、 in the same group is their heading, not an indicator of its own,
 * when its score is the sum of theirs (or it carries none). Counting it as well would count its
 * points twice.
 */

const ORDINAL = /^[一二三四五六七八九十]+[、.]/;
const NUMBERED = /^\d{1,2}[、.)](?!\d)/;
const MAY_BE_ORDINAL = /^[\s\u3000]*[一二三四五六七八九十]/;

function nameOf(grid: CellGrid, row: number, col: number): string {
  return compactText(grid.anchorText(row, col));
}

function scoreOf(grid: CellGrid, row: number, col: number | null): Decimal | null {
  if (col === null || grid.anchorRow(row, col) !== row) return null;
  return parseDecimalLoose(grid.value(grid.anchorRow(row, col), grid.anchorCol(row, col)));
}

/** Marks the subtotal rows among a block's rows (in place). */
export function markSubtotalRows(grid: CellGrid, cols: IndicatorColumns, rows: IndicatorRow[]): void {
  for (let i = 0; i < rows.length; i++) {
    const head = rows[i];
    // The raw first character rules most rows out before the name is normalised.
    if (head.groupOnly || !MAY_BE_ORDINAL.test(grid.anchorText(head.row, cols.name)) || !ORDINAL.test(nameOf(grid, head.row, cols.name))) continue;
    const children: IndicatorRow[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const r = rows[j];
      if (r.level1 !== head.level1 || r.level2 !== head.level2 || !NUMBERED.test(nameOf(grid, r.row, cols.name))) break;
      children.push(r);
    }
    if (children.length === 0) continue;
    const own = scoreOf(grid, head.row, cols.score);
    if (own !== null) {
      let sum = new Decimal(0);
      for (const c of children) {
        const s = scoreOf(grid, c.row, cols.score);
        if (s === null) {
          sum = new Decimal(NaN);
          break;
        }
        sum = sum.plus(s);
      }
      if (sum.isNaN() || sum.minus(own).abs().greaterThan(0.01)) continue;
    }
    rows[i] = { ...head, subtotal: true };
  }
}
