import { CellGrid } from '../grid/cellGrid';
import { CellRef } from '../grid/address';
import { BLOCK_END_PREFIXES } from './labelTable';
import { IndicatorBlock, IndicatorColumns, IndicatorRow, TotalRow } from './formModel';
import { conceptOf, pointsOf, SheetLabels } from './sheetLabels';
import { ColumnConcept } from './labelTable';
import { normalizeLabel } from '../text/normalizeLabel';

/** How far right a form's columns may reach; cells beyond are not part of any form. */
export const MAX_FORM_COLUMNS = 40;

const SUB_HEADER_CONCEPTS: ReadonlySet<ColumnConcept> = new Set(['comparator', 'target', 'unit']);

const PLACEHOLDER_NAME = /^(指标\d*[:：]?|…+|\.{3,}|……)$/;

/** A label starting with one of {@link BLOCK_END_PREFIXES} (one test instead of a loop per cell). */
const BLOCK_END = new RegExp('^(?:' + BLOCK_END_PREFIXES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')');

export interface HeaderMatch {
  row: number;
  headerRows: 1 | 2;
  columns: IndicatorColumns;
  /** The normalized header labels by concept, for telling form kinds apart. */
  labels: Partial<Record<ColumnConcept, string>>;
}

function lastCol(grid: CellGrid): number {
  return Math.min(grid.colCount, MAX_FORM_COLUMNS) - 1;
}

/** Reads one row as an indicator header (with the row below when it is a sub-header). */
export function readIndicatorHeader(labels: SheetLabels, row: number): HeaderMatch | null {
  const grid = labels.grid;
  const right = lastCol(grid);
  // Most rows of a form hold no name label (三级指标 / 指标名称): a cheap test rules them out.
  if (!labels.rowMayHold(row, 'name', right)) return null;
  let hasName = false;
  for (let c = 0; c <= right; c++) {
    if (labels.isAnchor(row, c) && labels.concept(row, c) === 'name') {
      hasName = true;
      break;
    }
  }
  if (!hasName) return null;

  // A second header row holds sub-columns (指标性质 | 指标值 | 度量单位) under a merged 年度指标值.
  let headerRows: 1 | 2 = 1;
  if (row + 1 < grid.rowCount) {
    let sub = 0;
    let name = 0;
    for (let c = 0; c <= right; c++) {
      if (grid.anchorRow(row + 1, c) !== row + 1) continue;
      const k = labels.concept(row + 1, c);
      if (k && SUB_HEADER_CONCEPTS.has(k)) sub++;
      if (k === 'name') name++;
    }
    if (sub >= 2 && name === 0) headerRows = 2;
  }

  const found: Partial<Record<ColumnConcept, number>> = {};
  const foundLabels: Partial<Record<ColumnConcept, string>> = {};
  for (let c = 0; c <= right; c++) {
    let concept: ColumnConcept | null = null;
    let label = '';
    if (headerRows === 2 && grid.anchorRow(row + 1, c) === row + 1) {
      concept = labels.concept(row + 1, c);
      label = labels.label(row + 1, c);
    }
    if (!concept && labels.isAnchor(row, c)) {
      concept = labels.concept(row, c);
      label = labels.label(row, c);
    }
    // A plain 偏差原因 / 原因 column of an indicator block (department forms) is its deviation column.
    if (concept === 'reason') concept = 'deviation';
    if (concept && found[concept] === undefined) {
      found[concept] = c;
      foundLabels[concept] = label;
    }
  }
  if (found.name === undefined || (found.target === undefined && found.actual === undefined)) return null;
  // `found[k] ?? null` written out rather than a closure over `found`: with one, every call of this
  // function (once per row of the sheet), header or not, would allocate a context.
  return {
    row,
    headerRows,
    labels: foundLabels,
    columns: {
      level1: found.level1 ?? null,
      level2: found.level2 ?? null,
      name: found.name,
      comparator: found.comparator ?? null,
      target: found.target ?? null,
      unit: found.unit ?? null,
      actual: found.actual ?? null,
      weight: found.weight ?? null,
      score: found.score ?? null,
      deviation: found.deviation ?? null,
      evidence: found.evidence ?? null,
    },
  };
}

/** Whether a row's own cells, left of and at the name column, open a new section. */
function endsBlock(labels: SheetLabels, row: number, upTo: number): { total: boolean; col: number } | null {
  for (let c = 0; c <= upTo; c++) {
    if (labels.grid.anchorRow(row, c) !== row) continue;
    const l = labels.peek(row, c, true);
    if (l && BLOCK_END.test(l)) return { total: TOTAL_LABEL.test(l), col: c };
  }
  return null;
}

/** A total row's label (a regular expression, not a closure over the loop's label: see endsBlock). */
const TOTAL_LABEL = /^(?:总分|合计|自评总分|总计)/;

/**
 * The row's cell in a column when it is its own anchor, else null. (A function rather than a closure
 * in the row loop: a closure capturing the loop's row makes every iteration allocate a context.)
 */
function ownCell(grid: CellGrid, row: number, col: number | null): CellRef | null {
  return col !== null && grid.anchor(row, col).row === row ? grid.anchor(row, col) : null;
}

function rowText(grid: CellGrid, row: number, col: number | null): string {
  return col === null ? '' : grid.anchorText(row, col);
}

/**
 * A level column read row by row. A level label is merged down over its group's rows, so the
 * text of each merge is read and compacted once, not once per row.
 */
class LevelColumn {
  private top = -1;
  private left = -1;
  private text = '';
  /** Whether the row last read is the top row of its cell (a merge's first row, or unmerged). */
  own = false;

  constructor(
    private readonly grid: CellGrid,
    private readonly col: number | null,
  ) {}

  /** The compacted text of the row's cell ('' without the column). */
  read(row: number): string {
    if (this.col === null) {
      this.own = false;
      return '';
    }
    const m = this.grid.mergeAt(row, this.col);
    const top = m ? m.top : row;
    const left = m ? m.left : this.col;
    this.own = top === row;
    if (top !== this.top || left !== this.left) {
      this.top = top;
      this.left = left;
      this.text = compactLabel(this.grid.text(top, left).trim());
    }
    return this.text;
  }
}

/** The display form of a level label: white space removed (labels are often broken over lines). */
export function compactLabel(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

export interface BlockScan {
  block: IndicatorBlock;
  total: TotalRow | null;
  /** Normalized header labels, for telling form kinds apart. */
  headerLabels: Partial<Record<ColumnConcept, string>>;
}

/**
 * Finds every indicator block: a header row, then indicator rows until a total row, another
 * section, another header or the end of the sheet. Blank rows inside a block are skipped.
 */
export function findIndicatorBlocks(labels: SheetLabels, isBudgetHeader: (row: number) => boolean): BlockScan[] {
  const grid = labels.grid;
  const headers: HeaderMatch[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const h = readIndicatorHeader(labels, r);
    if (h) {
      headers.push(h);
      r += h.headerRows - 1;
    }
  }
  const scans: BlockScan[] = [];
  headers.forEach((h, i) => {
    const start = h.row + h.headerRows;
    const limit = i + 1 < headers.length ? headers[i + 1].row : grid.rowCount;
    const cols = h.columns;
    const rows: IndicatorRow[] = [];
    let total: TotalRow | null = null;
    let lastRow = start - 1;
    let level1: string | null = null;
    let level2: string | null = null;
    const level1Column = new LevelColumn(grid, cols.level1);
    const level2Column = new LevelColumn(grid, cols.level2);
    for (let r = start; r < limit; r++) {
      const end = endsBlock(labels, r, cols.name);
      if (end) {
        if (end.total) {
          total = { row: r, label: { row: r, col: end.col }, weight: ownCell(grid, r, cols.weight), score: ownCell(grid, r, cols.score) };
          lastRow = r;
        }
        break;
      }
      if (isBudgetHeader(r)) break;
      const l1Text = level1Column.read(r);
      const ownL1 = level1Column.own && l1Text !== '';
      const l2Text = level2Column.read(r);
      const ownL2 = level2Column.own && l2Text !== '';
      const name = rowText(grid, r, cols.name);
      const others = rowText(grid, r, cols.target) !== '' || rowText(grid, r, cols.actual) !== '' || rowText(grid, r, cols.weight) !== '' || rowText(grid, r, cols.score) !== '';
      const hasData = name !== '' || others || rowText(grid, r, cols.comparator) !== '';
      if (!hasData && !ownL1 && !ownL2) continue; // blank row
      if (ownL1) {
        level1 = l1Text;
        level2 = null;
      }
      if (ownL2 || (l2Text && cols.level2 !== null)) level2 = l2Text || level2;
      if (cols.level1 === null && cols.level2 === null) {
        level1 = null;
      }
      // `others` first: a row with values is no placeholder, whatever its name (spares normalising it).
      const placeholder = !others && PLACEHOLDER_NAME.test(normalizeLabel(name));
      const groupOnly = !hasData;
      rows.push({ row: r, level1, level2, placeholder, groupOnly });
      lastRow = r;
    }
    // A block label above the header: 年度绩效目标1（40分）, 绩效指标（90分）.
    let label: IndicatorBlock['label'] = null;
    let points: number | null = null;
    for (let r = h.row - 1; r >= Math.max(0, h.row - 2) && !label; r--) {
      for (let c = 0; c <= Math.min(lastCol(grid), cols.name + 3); c++) {
        if (!labels.isAnchor(r, c)) continue;
        const l = labels.label(r, c);
        if (/^(年度绩效目标\d*|绩效指标|年度绩效目标及完成情况)/.test(l)) {
          label = { row: r, col: c };
          points = pointsOf(l);
          break;
        }
      }
    }
    // 绩效指标 merged down the left of the block also carries points: 绩效指标(90分).
    if (points === null) {
      for (let c = 0; c < cols.name; c++) {
        const l = labels.label(h.row, c, true);
        if (l.startsWith('绩效指标')) points = pointsOf(l);
      }
    }
    scans.push({
      block: { label, headerRow: h.row, headerRows: h.headerRows, columns: cols, rows, points, lastRow },
      total,
      headerLabels: h.labels,
    });
  });
  return scans;
}

export { conceptOf };
