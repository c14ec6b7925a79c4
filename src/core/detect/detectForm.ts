import { CellGrid } from '../grid/cellGrid';
import { RangeRef } from '../grid/address';
import { classifyForm } from './classifyForm';
import { findBudgetBlock, readBudgetHeader } from './findBudgetBlock';
import { findFooters, findHeaderFields } from './findHeaderFields';
import { findIndicatorBlocks, MAX_FORM_COLUMNS } from './findIndicatorBlocks';
import { FormModel, IndicatorBlock } from './formModel';
import { SheetLabels } from './sheetLabels';

/** What `form-not-found` says was looked for. */
export const LOOKED_FOR = '三级指标/指标名称 + 年度指标值/年初目标值/实际完成值';

/**
 * Finds the self-evaluation form on a sheet by its labels, never by fixed coordinates.
 * Returns null when the sheet has no indicator header (an indicator-name column plus a target or
 * actual column).
 */
export function detectForm(grid: CellGrid, labels = new SheetLabels(grid)): FormModel | null {
  const budgetHeaderRows: number[] = [];
  // Per-row flags in typed arrays rather than Maps and Sets: detection asks about every row.
  const budgetHeaderKnown = new Uint8Array(grid.rowCount); // 0 not read yet, 1 no, 2 yes
  const isBudgetHeader = (row: number): boolean => {
    if (row < 0 || row >= grid.rowCount) return readBudgetHeader(labels, row) !== null;
    if (budgetHeaderKnown[row] === 0) budgetHeaderKnown[row] = readBudgetHeader(labels, row) !== null ? 2 : 1;
    return budgetHeaderKnown[row] === 2;
  };
  const scans = findIndicatorBlocks(labels, isBudgetHeader);
  if (scans.length === 0) return null;

  // Budget headers: rows outside the indicator blocks with an executed and a budget column.
  const blockRows = new Uint8Array(grid.rowCount);
  for (const s of scans) blockRows.fill(1, s.block.headerRow, s.block.lastRow + 1);
  for (let r = 0; r < grid.rowCount; r++) {
    if (blockRows[r] === 1) continue;
    if (isBudgetHeader(r)) budgetHeaderRows.push(r);
    if (budgetHeaderRows.length > 0 && r > budgetHeaderRows[0] + 10) break;
  }
  const budget = findBudgetBlock(labels, budgetHeaderRows);
  const firstBlockRow = scans[0].block.headerRow;
  // Header fields sit anywhere above the first indicator block: the national template puts
  // 年度总体目标 between the budget block and the indicators.
  const header = findHeaderFields(labels, firstBlockRow);
  const skip = blockRows;
  if (budget) {
    skip[budget.headerRow] = 1;
    for (const r of budget.rows) skip[r.row] = 1;
  }
  const footers = findFooters(labels, firstBlockRow, { has: (row) => skip[row] === 1 });
  // Built by push, not map: an optimised map makes holey arrays where the unoptimised one makes
  // packed ones, and the checks looping over the blocks deoptimised when the kind changed.
  const blocks: IndicatorBlock[] = [];
  for (const s of scans) blocks.push(s.block);
  const total = [...scans].reverse().find((s) => s.total)?.total ?? null;
  const kind = classifyForm(labels, scans, budget, header);

  const range = formRange(grid, { header, budget, blocks, total, footers });
  return { kind, range, header, budget, blocks, total, footers };
}

function formRange(grid: CellGrid, f: Omit<FormModel, 'kind' | 'range'>): RangeRef {
  const rows: number[] = [];
  const cols: number[] = [];
  const add = (r: number, c?: number | null) => {
    rows.push(r);
    if (c !== undefined && c !== null) cols.push(c);
  };
  for (const h of f.header) {
    add(h.label.row, h.label.col);
    add(h.value.row, h.value.col);
  }
  for (const b of f.blocks) {
    add(b.headerRow, b.columns.name);
    add(b.lastRow);
    if (b.label) add(b.label.row, b.label.col);
    for (const c of Object.values(b.columns)) if (c !== null) cols.push(c);
  }
  if (f.budget) {
    add(f.budget.headerRow);
    if (f.budget.label) add(f.budget.label.row, f.budget.label.col);
    for (const r of f.budget.rows) add(r.row);
    for (const c of Object.values(f.budget.columns)) if (c !== null) cols.push(c);
  }
  if (f.total) add(f.total.row, f.total.label.col);
  for (const ft of f.footers) {
    add(ft.label.row, ft.label.col);
    for (const c of ft.cells) add(c.row, c.col);
  }
  let top = Math.min(...rows);
  let bottom = Math.max(...rows);
  let left = Math.min(...cols);
  let right = Math.max(...cols);
  // Widen to the merges that straddle the range's edge (a title or label merged across the form).
  for (const m of grid.merges) {
    if (m.bottom < top || m.top > bottom || m.right < left || m.left > right) continue;
    if (m.right >= MAX_FORM_COLUMNS) continue;
    top = Math.min(top, m.top);
    bottom = Math.max(bottom, m.bottom);
    left = Math.min(left, m.left);
    right = Math.max(right, m.right);
  }
  return { top, left, bottom, right };
}
