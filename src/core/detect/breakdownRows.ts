import { CellGrid } from '../grid/cellGrid';
import { IndicatorColumns, IndicatorRow } from './formModel';

/**
 * Breakdown rows: an indicator with its 分值 but no target or actual (★补助各类瓜果蔬菜种植面积 | 10 |
 * | | 10), followed in its group by rows holding the target and actual but no 分值 or 得分 (梨树种植面积
 * | | 6亩 | 6亩 |): the rows below are the parts of the one above, whose 分值 covers them, as rows
 * named 其中… are. The parent keeps its own findings (its target and actual are empty); the parts
 * are not asked for a 分值 of their own.
 */

function ownText(grid: CellGrid, row: number, col: number | null): string {
  if (col === null || grid.anchorRow(row, col) !== row) return '';
  return grid.anchorText(row, col).trim();
}

/** Marks the rows of a block that are breakdowns of the indicator above them (in place). */
export function markBreakdownRows(grid: CellGrid, cols: IndicatorColumns, rows: IndicatorRow[]): void {
  if (cols.weight === null) return;
  for (let i = 0; i < rows.length; i++) {
    const head = rows[i];
    if (head.groupOnly || head.placeholder) continue;
    if (ownText(grid, head.row, cols.weight) === '' || ownText(grid, head.row, cols.target) !== '' || ownText(grid, head.row, cols.actual) !== '') continue;
    const parts: IndicatorRow[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const r = rows[j];
      if (r.groupOnly || r.placeholder || r.level1 !== head.level1 || r.level2 !== head.level2) break;
      if (ownText(grid, r.row, cols.weight) !== '' || ownText(grid, r.row, cols.score) !== '') break;
      if (ownText(grid, r.row, cols.target) === '' && ownText(grid, r.row, cols.actual) === '') break;
      parts.push(r);
    }
    for (const p of parts) p.breakdown = true;
    i += parts.length;
  }
}
