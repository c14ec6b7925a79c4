import { CellGrid } from '../grid/cellGrid';
import { CellRef } from '../grid/address';
import { IndicatorBlock, IndicatorColumns, IndicatorRow, TotalRow } from './formModel';
import { ColumnConcept } from './labelTable';
import { MAX_FORM_COLUMNS } from './limits';
import { HeaderMatch, readIndicatorHeader } from './readIndicatorHeader';
import { rowEnd } from './rowRoles';
import { pointsOf, SheetLabels } from './sheetLabels';
import { normalizeLabel } from '../text/normalizeLabel';
import { markSubtotalRows } from './subtotalRows';
import { markBreakdownRows } from './breakdownRows';
import { inferColumns } from './inferColumns';
import { isLevelHeading } from './taxonomy';

export { MAX_FORM_COLUMNS };
export { readIndicatorHeader };
export type { HeaderMatch };

const PLACEHOLDER_NAME = /^(指标\d*[:：]?[/\-—]*|…+|\.{3,}|……)$/;

/** A block's label: 年度绩效目标1（40分）, 绩效指标（90分）, 年度绩效指标完成情况, 四、年度绩效指标完成情况. */
const BLOCK_LABEL = /^(?:[一二三四五六七八九十]+、)?(?:年度绩效目标\d*|绩效指标|年度绩效指标|年度绩效目标及完成情况)/;

function lastCol(grid: CellGrid): number {
  return Math.min(grid.colCount, MAX_FORM_COLUMNS) - 1;
}

/**
 * The row's cell in a column when it is its own anchor, else null. (A function rather than a closure
 * in the row loop: a closure capturing the loop's row makes every iteration allocate a context.)
 */
function ownCell(grid: CellGrid, row: number, col: number | null): CellRef | null {
  return col !== null && grid.anchor(row, col).row === row ? grid.anchor(row, col) : null;
}

/** Whether the row's own first- or second-level cell is merged across the name column. */
function mergedAcrossName(grid: CellGrid, row: number, cols: IndicatorColumns): boolean {
  for (const c of [cols.level1, cols.level2]) {
    if (c === null || c >= cols.name) continue;
    const m = grid.mergeAt(row, c);
    if (m && m.top === row && m.right >= cols.name) return true;
  }
  return false;
}

/** Whether the row's name cell is merged across its target or actual column. */
function spansValues(grid: CellGrid, row: number, cols: IndicatorColumns): boolean {
  const m = grid.mergeAt(row, cols.name);
  if (!m) return false;
  return [cols.target, cols.actual].some((c) => c !== null && m.left <= c && c <= m.right);
}

/** A cell holding only a dash or a slash (-, —, /): a template slot left empty on purpose ("none"). */
const DASH_ONLY = /^[\s\-—–－―─/／]+$/;
/** A score or weight of zero, which a nameless row without target or actual holds as a stray. */
const ZERO_ONLY = /^\s*0+(?:\.0+)?\s*$/;

/** A row's text in a column, '' for a dash alone (a slot marked empty is an empty slot). */
function rowText(grid: CellGrid, row: number, col: number | null): string {
  if (col === null) return '';
  const t = grid.anchorText(row, col);
  return DASH_ONLY.test(t) ? '' : t;
}

/**
 * A level column read row by row. A level label is merged down over its group's rows, so the
 * text of each merge is read and compacted once, not once per row.
 */
class LevelColumn {
  private top = -1;
  private left = -1;
  private text = '';
  /** The row whose cell holds the text last read (the merge's top row). */
  at = -1;
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
    this.at = top;
    if (top !== this.top || left !== this.left) {
      this.top = top;
      this.left = left;
      const t = this.grid.text(top, left).trim();
      this.text = DASH_ONLY.test(t) ? '' : compactLabel(t);
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
  /** Where the block stopped: a total row, another section, a note, another header, the window's end. */
  endedBy: 'total' | 'section' | 'note' | 'header' | 'end';
}

/** Every indicator header of the sheet, top to bottom. */
export function findIndicatorHeaders(labels: SheetLabels): HeaderMatch[] {
  const grid = labels.grid;
  const headers: HeaderMatch[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const h = readIndicatorHeader(labels, r);
    if (h) {
      headers.push(h);
      r += h.headerRows - 1;
    }
  }
  return headers;
}

/** The block's label (above the header, or left of it in the header row) and its points. */
function blockLabel(labels: SheetLabels, h: HeaderMatch): { label: CellRef | null; points: number | null } {
  const grid = labels.grid;
  const cols = h.columns;
  const firstCol = Math.min(...Object.values(cols).filter((c): c is number => c !== null));
  // In the header row, left of its columns (merged down the block's left: 绩效指标（90分）).
  for (let c = 0; c < firstCol; c++) {
    const at = grid.anchor(h.row, c);
    const l = labels.label(at.row, at.col);
    if (BLOCK_LABEL.test(l)) return { label: at, points: pointsOf(l) ?? h.points };
  }
  // Above the header: 年度绩效目标1（40分） on a row of its own.
  for (let r = h.row - 1; r >= Math.max(0, h.row - 2); r--) {
    for (let c = 0; c <= Math.min(lastCol(grid), cols.name + 3); c++) {
      if (!labels.isAnchor(r, c)) continue;
      const l = labels.label(r, c);
      if (BLOCK_LABEL.test(l)) return { label: { row: r, col: c }, points: pointsOf(l) ?? h.points };
    }
  }
  return { label: null, points: h.points };
}

/**
 * Reads the indicator rows under a header, from the row after it until a total row, another
 * section, a note or signature line, the next header (`limit`) or the end of the form's rows.
 * Blank rows inside a block are skipped.
 */
export function scanBlock(labels: SheetLabels, h: HeaderMatch, limit: number, isBudgetHeader: (row: number) => boolean): BlockScan {
  const grid = labels.grid;
  const start = h.row + h.headerRows;
  const cols = h.columns;
  const rows: IndicatorRow[] = [];
  let total: TotalRow | null = null;
  let lastRow = start - 1;
  let level1: string | null = null;
  let level2: string | null = null;
  let level1Row: number | undefined;
  let level2Row: number | undefined;
  let endedBy: BlockScan['endedBy'] = limit < grid.rowCount ? 'header' : 'end';
  const level1Column = new LevelColumn(grid, cols.level1);
  const level2Column = new LevelColumn(grid, cols.level2);
  // A total label may stand right of the name column, before the weight and score it totals.
  const totalUntil = Math.min(cols.weight ?? Infinity, cols.score ?? Infinity) - 1;
  for (let r = start; r < limit; r++) {
    const end = rowEnd(labels, r, cols.name, Number.isFinite(totalUntil) ? totalUntil : cols.name);
    if (end) {
      endedBy = end.end;
      if (end.end === 'total') {
        total = { row: r, label: { row: r, col: end.col }, weight: ownCell(grid, r, cols.weight), score: ownCell(grid, r, cols.score) };
        lastRow = r;
      }
      break;
    }
    if (isBudgetHeader(r)) {
      endedBy = 'section';
      break;
    }
    // A level column's cell merged across the name column is a footer or a section line (其他说明 |
    // a text over the rest of the row), never a level label: a level label stays in its column.
    if (mergedAcrossName(grid, r, cols)) {
      endedBy = 'section';
      break;
    }
    const l1Text = level1Column.read(r);
    const ownL1 = level1Column.own && l1Text !== '';
    const l2Text = level2Column.read(r);
    const ownL2 = level2Column.own && l2Text !== '';
    // One cell merged across the name and the value columns is a heading (1.数量目标), no indicator.
    if (spansValues(grid, r, cols)) {
      rows.push({ row: r, level1, level2, level1Row, level2Row, placeholder: false, groupOnly: true, subtotal: false });
      lastRow = r;
      continue;
    }
    const name = rowText(grid, r, cols.name);
    const values = rowText(grid, r, cols.target) !== '' || rowText(grid, r, cols.actual) !== '';
    // A nameless row with no target or actual whose 分值 / 得分 hold only 0 is an empty slot.
    const points = [rowText(grid, r, cols.weight), rowText(grid, r, cols.score)].filter((t) => t !== '' && !(name === '' && !values && ZERO_ONLY.test(t)));
    const others = values || points.length > 0;
    const hasData = name !== '' || others || rowText(grid, r, cols.comparator) !== '';
    // A level's name alone in the name column (1.数量目标 over its indicators, typed without the
    // merge across the row that would make it a heading): a heading, no indicator.
    if (name !== '' && !others && rowText(grid, r, cols.comparator) === '' && isLevelHeading(normalizeLabel(name))) {
      rows.push({ row: r, level1, level2, level1Row, level2Row, placeholder: false, groupOnly: true, subtotal: false });
      lastRow = r;
      continue;
    }
    if (!hasData && !ownL1 && !ownL2) continue; // blank row
    if (ownL1) {
      level1 = l1Text;
      level1Row = level1Column.at;
      level2 = null;
      level2Row = undefined;
    }
    if (ownL2 || (l2Text && cols.level2 !== null)) {
      if (l2Text) level2Row = level2Column.at;
      level2 = l2Text || level2;
    }
    if (cols.level1 === null && cols.level2 === null) {
      level1 = null;
    }
    // `others` first: a row with values is no placeholder, whatever its name (spares normalising it).
    const placeholder = !others && PLACEHOLDER_NAME.test(normalizeLabel(name));
    const groupOnly = !hasData;
    rows.push({ row: r, level1, level2, level1Row, level2Row, placeholder, groupOnly, subtotal: false });
    lastRow = r;
  }
  markSubtotalRows(grid, cols, rows);
  markBreakdownRows(grid, cols, rows);
  // Columns the header does not name but the rows show: read the block again with them.
  const inferred = inferColumns(labels, h, rows);
  if (inferred) return scanBlock(labels, { ...h, columns: inferred }, limit, isBudgetHeader);
  const { label, points } = blockLabel(labels, h);
  return {
    block: { label, headerRow: h.row, headerRows: h.headerRows, columns: cols, rows, points, lastRow },
    total,
    headerLabels: h.labels,
    endedBy,
  };
}

/**
 * Finds every indicator block: a header row, then indicator rows until a total row, another
 * section, another header or the end of the sheet.
 */
export function findIndicatorBlocks(labels: SheetLabels, isBudgetHeader: (row: number) => boolean): BlockScan[] {
  const headers = findIndicatorHeaders(labels);
  return headers.map((h, i) => scanBlock(labels, h, i + 1 < headers.length ? headers[i + 1].row : labels.grid.rowCount, isBudgetHeader));
}
