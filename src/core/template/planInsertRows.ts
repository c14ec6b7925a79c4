import { CellGrid, GridData } from '../grid/cellGrid';
import { detectForms } from '../detect/detectForm';
import { FormModel, IndicatorBlock } from '../detect/formModel';
import { normalizeLabel } from '../text/normalizeLabel';

/**
 * Where to insert blank indicator rows: the shape of `InsertRowsRequest` (src/app/hostGateway.ts)
 * without its sheetId. Kept here, structurally, so that the engine does not depend on the app.
 */
export interface InsertRowsPlan {
  /** 0-based row before which the new rows go. */
  beforeRow: number;
  count: number;
  /** 0-based row whose formats the new rows copy. */
  copyFormatsFrom: number;
  /** The form's columns (0-based, inclusive): only these shift down. */
  fromCol: number;
  toCol: number;
  /**
   * Columns whose cell (or merged area) holding row `beforeRow − 1` grows down over the new rows
   * when it ends at that row: the 一级 / 二级 cells of the group and the block's 绩效指标 label.
   * (Areas that span the insertion point grow anyway.)
   */
  extendDown: number[];
}

/** The largest number of rows one request may insert. */
export const MAX_INSERT_ROWS = 500;

const TOTAL_PREFIXES = ['总分', '合计', '自评总分', '总计'].map((l) => normalizeLabel(l));

/** Whether a row is the block's total row (总分 / 合计 left of or at the name column). */
function isTotalRow(grid: CellGrid, block: IndicatorBlock, row: number): boolean {
  for (let c = 0; c <= block.columns.name; c++) {
    const a = grid.anchor(row, c);
    if (a.row !== row) continue;
    const l = normalizeLabel(grid.text(a.row, a.col));
    if (l && TOTAL_PREFIXES.some((p) => l.startsWith(p))) return true;
  }
  return false;
}

/**
 * The block's indicator rows, first to last: from below its header to above its total row (or to
 * its last indicator), including blank rows that its 一级/二级 merges cover (a blank template's
 * groups read as one row each, but own `rowsPerGroup` rows).
 */
export function indicatorRowSpan(grid: CellGrid, block: IndicatorBlock): { first: number; last: number } {
  const first = block.headerRow + block.headerRows;
  let last = block.lastRow;
  if (last >= first && isTotalRow(grid, block, last)) last--;
  const levelCols = [block.columns.level1, block.columns.level2].filter((c): c is number => c !== null);
  for (const m of grid.merges) {
    if (!levelCols.some((c) => m.left <= c && c <= m.right)) continue;
    if (m.top >= first && m.top <= last && m.bottom > last) last = m.bottom;
  }
  return { first, last: Math.max(last, first - 1) };
}

/** The indicator block a row belongs to (a row from below the header to the last indicator row). */
export function blockAtRow(grid: CellGrid, form: FormModel, row: number): IndicatorBlock | null {
  for (const block of form.blocks) {
    const span = indicatorRowSpan(grid, block);
    if (row >= span.first && row <= span.last) return block;
  }
  return null;
}

/**
 * Plans inserting `count` blank indicator rows right after `row` (0-based, a row inside an
 * indicator block, or its last indicator row), inside the same 二级 group: the new rows copy the
 * row's formats and the 一级/二级 cells (and 绩效指标 on the left) grow to cover them.
 * Returns null when the sheet has no form or the row is not an indicator row.
 */
export function planInsertRows(data: GridData, row: number, count = 1): InsertRowsPlan | null {
  if (!Number.isInteger(count) || count < 1 || count > MAX_INSERT_ROWS) {
    throw new RangeError(`count must be an integer from 1 to ${MAX_INSERT_ROWS}, got ${count}`);
  }
  if (!Number.isInteger(row) || row < 0) return null;
  const grid = new CellGrid(data);
  // The form (of the sheet's forms) whose indicator block holds the row.
  let form: FormModel | null = null;
  let block: IndicatorBlock | null = null;
  for (const f of detectForms(grid)) {
    block = blockAtRow(grid, f, row);
    if (block) {
      form = f;
      break;
    }
  }
  if (!form || !block) return null;

  const cols = block.columns;
  const extendDown = new Set<number>();
  for (const c of [cols.level1, cols.level2]) {
    if (c === null) continue;
    // A level cell that is merged, or that carries its group's label, grows over the new rows. A
    // blank unmerged one stays as it is: the new rows then carry its group down the same way.
    if (grid.mergeAt(row, c) || !grid.isEmpty(row, c)) extendDown.add(c);
  }
  // A label merged down the block's left (绩效指标) from its header row.
  for (let c = form.range.left; c < cols.name; c++) {
    const m = grid.mergeAt(row, c);
    if (m && m.top <= block.headerRow && m.bottom >= row) extendDown.add(c);
  }
  return {
    beforeRow: row + 1,
    count,
    copyFormatsFrom: row,
    fromCol: form.range.left,
    toCol: form.range.right,
    extendDown: [...extendDown].sort((a, b) => a - b),
  };
}
