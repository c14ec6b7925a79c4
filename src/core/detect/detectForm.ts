import { CellGrid } from '../grid/cellGrid';
import { RangeRef } from '../grid/address';
import { classifyForm } from './classifyForm';
import { findBudgetBlock, readBudgetHeader } from './findBudgetBlock';
import { findFooters, findHeaderFields } from './findHeaderFields';
import { BlockScan, findIndicatorHeaders, scanBlock } from './findIndicatorBlocks';
import { FormMarker, rowMarker } from './formMarkers';
import { FormModel, IndicatorBlock } from './formModel';
import { MAX_FORM_COLUMNS } from './limits';
import { SheetLabels } from './sheetLabels';

/** What `form-not-found` says was looked for. */
export const LOOKED_FOR = '三级指标/指标名称 + 年度指标值/年初目标值/实际完成值';

/** Rows of the sheet that one form occupies, and the indicator blocks found there. */
interface Region {
  top: number;
  bottom: number;
  scans: BlockScan[];
  markers: FormMarker[];
  /** A budget header was seen in the region (before any block: a form cut off after its funds). */
  budgetRow: number | null;
}

/**
 * Finds every self-evaluation form on a sheet by its labels, never by fixed coordinates, in sheet
 * order. A form is an indicator block (an indicator-name column plus a target or actual column)
 * with what belongs to it: header fields, budget block, total row and footers. Forms stacked on
 * one sheet are told apart by what opens a form — its title (…绩效自评表) or the field naming its
 * project or department (项目名称, 部门（单位）名称) — after the previous form's indicator block or
 * budget block, and by a new indicator header after a total row. A form whose indicator rows are
 * missing (cut off after its budget block) is still a form when the sheet names it as one: a
 * title and a name field or a budget block, without an indicator block (`blocks` empty).
 */
export function detectForms(grid: CellGrid, labels = new SheetLabels(grid)): FormModel[] {
  // Per-row flags in typed arrays rather than Maps and Sets: detection asks about every row.
  const budgetHeaderKnown = new Uint8Array(grid.rowCount); // 0 not read yet, 1 no, 2 yes
  const isBudgetHeader = (row: number): boolean => {
    if (row < 0 || row >= grid.rowCount) return readBudgetHeader(labels, row) !== null;
    if (budgetHeaderKnown[row] === 0) budgetHeaderKnown[row] = readBudgetHeader(labels, row) !== null ? 2 : 1;
    return budgetHeaderKnown[row] === 2;
  };
  const headers = findIndicatorHeaders(labels);
  const headerAt = new Map(headers.map((h, i) => [h.row, i]));
  const regions: Region[] = [];
  let cur: Region = { top: 0, bottom: grid.rowCount - 1, scans: [], markers: [], budgetRow: null };
  const open = (top: number): void => {
    cur.bottom = top - 1;
    regions.push(cur);
    cur = { top, bottom: grid.rowCount - 1, scans: [], markers: [], budgetRow: null };
  };
  for (let r = 0; r < grid.rowCount; r++) {
    const hi = headerAt.get(r);
    if (hi !== undefined) {
      const h = headers[hi];
      const prev = cur.scans[cur.scans.length - 1];
      if (prev && prev.total) open(blockTop(labels, h.row, prev.block.lastRow));
      const scan = scanBlock(labels, h, hi + 1 < headers.length ? headers[hi + 1].row : grid.rowCount, isBudgetHeader);
      cur.scans.push(scan);
      // Skip the block's rows: a marker inside them ended the block and is met again below.
      r = Math.max(r + h.headerRows - 1, scan.block.lastRow);
      continue;
    }
    const m = rowMarker(labels, r);
    if (m) {
      if (cur.scans.length > 0 || cur.budgetRow !== null) open(r);
      else if (m.kind === 'title' && !cur.markers.some((x) => x.kind === 'title')) cur.top = r; // rows above belong to no form
      cur.markers.push(m);
      continue;
    }
    if (cur.budgetRow === null && cur.scans.length === 0 && isBudgetHeader(r)) cur.budgetRow = r;
  }
  regions.push(cur);

  const forms: FormModel[] = [];
  for (const region of regions) {
    const form = formIn(grid, labels, region, isBudgetHeader);
    if (form) forms.push(form);
  }
  return forms;
}

/** The first form of the sheet, or null (see {@link detectForms}). */
export function detectForm(grid: CellGrid, labels = new SheetLabels(grid)): FormModel | null {
  return detectForms(grid, labels)[0] ?? null;
}

/** The first row of a block's own rows: its header, or the block label right above it. */
function blockTop(labels: SheetLabels, headerRow: number, after: number): number {
  for (let r = headerRow - 1; r > after && r >= headerRow - 2; r--) {
    if (!labels.grid.isRowEmpty(r, 0, Math.min(labels.grid.colCount, MAX_FORM_COLUMNS) - 1)) return r;
  }
  return headerRow;
}

function formIn(grid: CellGrid, labels: SheetLabels, region: Region, isBudgetHeader: (row: number) => boolean): FormModel | null {
  const { top, bottom, scans } = region;
  const title = region.markers.find((m) => m.kind === 'title') ?? null;
  const blockRows = new Uint8Array(grid.rowCount);
  for (const s of scans) blockRows.fill(1, s.block.headerRow, s.block.lastRow + 1);
  const budgetHeaderRows: number[] = [];
  for (let r = top; r <= bottom; r++) {
    if (blockRows[r] === 1) continue;
    if (isBudgetHeader(r)) budgetHeaderRows.push(r);
    if (budgetHeaderRows.length > 0 && r > budgetHeaderRows[0] + 10) break;
  }
  const budget = findBudgetBlock(labels, budgetHeaderRows, bottom);
  if (scans.length === 0) {
    // No indicator block: a form only when the sheet says so (a title, and its name or its funds).
    const named = region.markers.some((m) => m.kind === 'identity');
    if (!title || (!named && !budget)) return null;
  }
  const firstBlockRow = scans.length > 0 ? scans[0].block.headerRow : bottom + 1;
  // Header fields sit anywhere above the first indicator block: the national template puts
  // 年度总体目标 between the budget block and the indicators.
  // (A value below its label past the form's last row belongs to the next form.)
  const header = findHeaderFields(labels, top, firstBlockRow).filter((f) => f.value.row <= bottom);
  const skip = blockRows;
  if (budget) {
    skip[budget.headerRow] = 1;
    for (const r of budget.rows) skip[r.row] = 1;
  }
  const footersFrom = scans.length > 0 ? firstBlockRow : budget ? budget.headerRow : top;
  const footers = findFooters(labels, footersFrom, bottom, { has: (row) => skip[row] === 1 });
  // Built by push, not map: an optimised map makes holey arrays where the unoptimised one makes
  // packed ones, and the checks looping over the blocks deoptimised when the kind changed.
  const blocks: IndicatorBlock[] = [];
  for (const s of scans) blocks.push(s.block);
  const total = [...scans].reverse().find((s) => s.total)?.total ?? null;
  const titleText = title ? grid.text(title.row, title.col).trim() : null;
  const kind = classifyForm(labels, scans, budget, header, title?.label ?? null);
  const range = formRange(grid, { header, budget, blocks, total, footers }, title, region);
  return { kind, range, title: titleText, header, budget, blocks, total, footers };
}

function formRange(grid: CellGrid, f: Pick<FormModel, 'header' | 'budget' | 'blocks' | 'total' | 'footers'>, title: FormMarker | null, region: Region): RangeRef {
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
  if (rows.length === 0 && title) add(title.row, title.col);
  if (cols.length === 0 && title) cols.push(title.col);
  let top = Math.min(...rows);
  let bottom = Math.max(...rows);
  let left = Math.min(...cols);
  let right = Math.max(...cols);
  // Widen to the merges that straddle the range's edge (a title or label merged across the form),
  // within the form's own rows.
  for (const m of grid.merges) {
    if (m.bottom < top || m.top > bottom || m.right < left || m.left > right) continue;
    if (m.right >= MAX_FORM_COLUMNS || m.top < region.top || m.bottom > region.bottom) continue;
    top = Math.min(top, m.top);
    bottom = Math.max(bottom, m.bottom);
    left = Math.min(left, m.left);
    right = Math.max(right, m.right);
  }
  return { top: Math.max(top, region.top), left, bottom: Math.min(bottom, region.bottom), right };
}
