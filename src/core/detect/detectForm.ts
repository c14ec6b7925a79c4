import { CellGrid } from '../grid/cellGrid';
import { RangeRef } from '../grid/address';
import { classifyForm } from './classifyForm';
import { findBudgetBlock, readBudgetHeader } from './findBudgetBlock';
import { findFooters, findHeaderFields } from './findHeaderFields';
import { findIndicatorBlocks, MAX_FORM_COLUMNS } from './findIndicatorBlocks';
import { FormModel } from './formModel';
import { SheetLabels } from './sheetLabels';

/** What `form-not-found` says was looked for. */
export const LOOKED_FOR = '三级指标/指标名称 + 年度指标值/年初目标值/实际完成值';

/**
 * Finds the self-evaluation form on a sheet by its labels, never by fixed coordinates.
 * Returns null when the sheet has no indicator header (an indicator-name column plus a target or
 * actual column).
 */
export function detectForm(grid: CellGrid): FormModel | null {
  const labels = new SheetLabels(grid);
  const budgetHeaderRows: number[] = [];
  const isBudgetHeaderCache = new Map<number, boolean>();
  const isBudgetHeader = (row: number): boolean => {
    let v = isBudgetHeaderCache.get(row);
    if (v === undefined) {
      v = readBudgetHeader(labels, row) !== null;
      isBudgetHeaderCache.set(row, v);
    }
    return v;
  };
  const scans = findIndicatorBlocks(labels, isBudgetHeader);
  if (scans.length === 0) return null;

  // Budget headers: rows outside the indicator blocks with an executed and a budget column.
  const blockRows = new Set<number>();
  for (const s of scans) {
    for (let r = s.block.headerRow; r <= s.block.lastRow; r++) blockRows.add(r);
  }
  for (let r = 0; r < grid.rowCount; r++) {
    if (blockRows.has(r)) continue;
    if (isBudgetHeader(r)) budgetHeaderRows.push(r);
    if (budgetHeaderRows.length > 0 && r > budgetHeaderRows[0] + 10) break;
  }
  const budget = findBudgetBlock(labels, budgetHeaderRows);
  const firstBlockRow = scans[0].block.headerRow;
  // Header fields sit anywhere above the first indicator block: the national template puts
  // 年度总体目标 between the budget block and the indicators.
  const header = findHeaderFields(labels, firstBlockRow);
  const skip = new Set(blockRows);
  if (budget) {
    skip.add(budget.headerRow);
    for (const r of budget.rows) skip.add(r.row);
  }
  const footers = findFooters(labels, firstBlockRow, skip);
  const blocks = scans.map((s) => s.block);
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
