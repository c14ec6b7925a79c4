import { normalizeLabel } from '../text/normalizeLabel';
import { parseQuantity } from '../parse/parseNumber';
import { BudgetBlock, BudgetColumns, BudgetRow } from './formModel';
import { BUDGET_BLOCK_PREFIXES, BUDGET_SUB_ROW_LABELS, BUDGET_TOTAL_ROW_LABELS, ColumnConcept } from './labelTable';
import { MAX_FORM_COLUMNS } from './limits';
import { ConceptReading, labelCore, readConcept, Strength } from './columnConcepts';
import { bareNumber, pointsOf, SheetLabels, withoutParens } from './sheetLabels';

/**
 * The budget-execution block. Two layouts:
 * - columns: a header row (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 …) over rows
 *   labelled 年度资金总额, 其中：…, 上年结转资金 …;
 * - label / value pairs: each amount beside its label in the same row (预算数： | 2.38 | 执行数： |
 *   2.38), the rows below repeating the pattern for the 其中 rows.
 */

const BUDGET_CONCEPTS: ReadonlySet<ColumnConcept> = new Set(['original', 'adjusted', 'received', 'executed', 'rate', 'weight', 'score', 'reason']);

const TOTAL_LABELS = new Set(BUDGET_TOTAL_ROW_LABELS.map((l) => normalizeLabel(l)));
const SUB_LABELS = new Set(BUDGET_SUB_ROW_LABELS.map((l) => normalizeLabel(l)));
const BLOCK_PREFIXES = BUDGET_BLOCK_PREFIXES.map((p) => normalizeLabel(p));

/** At most this many rows under a budget header belong to the block. */
const MAX_BLOCK_ROWS = 12;

/** A source of funds named in a 其中 list (市财政, 区财政, 上级补助, 自筹资金, 其它): short, no sentence. */
const FUND_SOURCE = /^(?:[^，。；,;]{0,8}(?:财政|资金|拨款|补助|自筹|配套)|其[他它](?:资金)?)$/;

/** A breakdown row numbered by the form: ①中央及省级财政资金, 1.市级资金, (1)其他. */
const NUMBERED_ROW = /^(?:[\u2460-\u2473]|\d{1,2}[.、]|\(\d{1,2}\))/;

function budgetRowKind(label: string): BudgetRow['kind'] | null {
  // 年度资金总额(万元): the unit a row label states is no part of it.
  const l = withoutParens(label.replace(/[:]$/, '')).replace(/[:]$/, '');
  if (TOTAL_LABELS.has(l)) return 'total';
  // 财政资金小计, 其他资金小计: the sum of the numbered rows under it.
  if (/.小计$/.test(l)) return 'group';
  if (SUB_LABELS.has(l) || l.startsWith('其中') || NUMBERED_ROW.test(l)) return 'sub';
  return null;
}

export type BudgetHeader = BudgetColumns & {
  rateInPercent: boolean;
  scoreLabel: string;
  /** Amounts sit beside their labels in this row (the label / value layout). */
  pairs: boolean;
};

function right(labels: SheetLabels): number {
  return Math.min(labels.grid.colCount, MAX_FORM_COLUMNS) - 1;
}

/** The next anchor right of (row, col), or -1. */
function nextAnchorCol(labels: SheetLabels, row: number, col: number): number {
  const grid = labels.grid;
  const m = grid.mergeAt(row, col);
  const end = right(labels);
  for (let c = (m ? m.right : col) + 1; c <= end; c++) if (grid.anchorRow(row, c) === row && grid.anchorCol(row, c) === c) return c;
  return -1;
}

/**
 * The column of the value beside a label: the next anchor, or — in a form typed without merges,
 * where the label spanned two columns — the first filled cell past empty unmerged ones (预算数 | |
 * 6.84). At most a few cells away: a value further right belongs to another label.
 */
function valueColBeside(labels: SheetLabels, row: number, col: number): number {
  const grid = labels.grid;
  const next = nextAnchorCol(labels, row, col);
  let c = next;
  for (let step = 0; c >= 0 && step < 3 && grid.text(row, c).trim() === '' && !grid.mergeAt(row, c); step++) c = nextAnchorCol(labels, row, c);
  return c >= 0 && grid.text(row, c).trim() !== '' ? c : next;
}

/** A cell holding an amount: a number, or text reading as one (2.38万元). */
function isAmount(labels: SheetLabels, row: number, col: number): boolean {
  const grid = labels.grid;
  const v = grid.value(grid.anchorRow(row, col), grid.anchorCol(row, col));
  if (typeof v === 'number') return true;
  return typeof v === 'string' && parseQuantity(v, { amountColumnUnit: '万元' }) !== null;
}

/**
 * Reads a row as the budget block's header: an executed column and a budget column. In the label /
 * value layout the columns are those of the values beside the labels.
 */
export function readBudgetHeader(labels: SheetLabels, row: number): BudgetHeader | null {
  const end = right(labels);
  // A header needs an executed column (全年执行数, 执行数(B) …): a cheap test rules most rows out.
  if (!labels.rowMayHold(row, 'executed', end)) return null;
  const found: Partial<Record<ColumnConcept, number>> = {};
  const strength: Partial<Record<ColumnConcept, Strength>> = {};
  let rateInPercent = false;
  let scoreLabel = '';
  let pairs = 0;
  let labelsSeen = 0;
  for (let c = 0; c <= end; c++) {
    if (!labels.isAnchor(row, c)) continue;
    const reading = labels.reading(row, c) ?? budgetSubtotalColumn(labels, row, c, found);
    if (!reading) continue;
    let k = reading.concept;
    if (k === 'name' || k === 'target' || k === 'actual') return null; // an indicator header
    if (k === 'deviation') k = 'reason';
    if (!BUDGET_CONCEPTS.has(k)) continue;
    if (found[k] !== undefined && (strength[k] ?? 0) >= reading.strength) continue;
    labelsSeen++;
    const next = valueColBeside(labels, row, c);
    const paired = next >= 0 && labels.reading(row, next) === null && isAmount(labels, row, next);
    if (paired) pairs++;
    found[k] = paired ? next : c;
    strength[k] = reading.strength;
    const label = labels.label(row, c);
    if (k === 'rate' && /\(%\)|%\)$/.test(label)) rateInPercent = true;
    if (k === 'score') scoreLabel = label;
  }
  if (found.executed === undefined || (found.original === undefined && found.adjusted === undefined)) return null;
  if (!oneYear(labels, row, end)) return null;
  const isPairs = pairs >= 2 && pairs * 2 >= labelsSeen;
  const first = Math.min(...Object.values(found).filter((v): v is number => v !== undefined));
  return {
    label: isPairs ? null : first > 0 ? first - 1 : null,
    original: found.original ?? null,
    adjusted: found.adjusted ?? null,
    received: found.received ?? null,
    executed: found.executed,
    weight: found.weight ?? null,
    rate: found.rate ?? null,
    score: found.score ?? null,
    reason: found.reason ?? null,
    rateInPercent,
    scoreLabel,
    pairs: isPairs,
  };
}

/** The year a budget column's label names (2018年预算数 → 2018), or null. */
function yearOf(labels: SheetLabels, row: number, col: number): string | null {
  const m = /(?:^|[^\d])((?:19|20)\d{2})年/.exec(labels.label(row, col));
  return m ? m[1] : null;
}

/**
 * Whether the block's amounts are of one year. Columns labelled with different years (2017年决算数 |
 * 2018年预算数 | 2018年决算数: a basic-data sheet comparing years, whose rows nest 三公经费 over its
 * parts and sections) are no execution block: the form's execution is one year's budget and
 * spending, and reading a comparison as one would say a low rate or a wrong sum that is neither.
 */
function oneYear(labels: SheetLabels, row: number, end: number): boolean {
  let year: string | null = null;
  for (let c = 0; c <= end; c++) {
    if (!labels.isAnchor(row, c)) continue;
    const k = labels.reading(row, c)?.concept;
    if (k !== 'original' && k !== 'adjusted' && k !== 'executed') continue;
    const y = yearOf(labels, row, c);
    if (y === null) continue;
    if (year !== null && y !== year) return false;
    year = y;
  }
  return true;
}

/**
 * A 小计 column among the budget columns, left of any executed column (年初预算 | 结转 | 调整 |
 * 小计④=①+②+③ | 拨付 …), is the year's whole budget: read as the adjusted budget, weakly (a
 * column labelled 全年预算数 or 调整后预算数 wins).
 */
function budgetSubtotalColumn(labels: SheetLabels, row: number, col: number, found: Partial<Record<ColumnConcept, number>>): ConceptReading | null {
  if (found.executed !== undefined || (found.original === undefined && found.adjusted === undefined)) return null;
  return /^(?:预算)?小计$/.test(labelCore(labels.label(row, col))) ? { concept: 'adjusted', strength: 1 } : null;
}

/** Fills, in the label / value layout, rate / weight / score columns headed in the row above. */
function columnsFromRowAbove(labels: SheetLabels, row: number, h: BudgetHeader): BudgetHeader {
  if (row <= 0) return h;
  const out = { ...h };
  const used = new Set([h.original, h.adjusted, h.executed].filter((c) => c !== null));
  for (let c = 0; c <= right(labels); c++) {
    if (!labels.isAnchor(row - 1, c) || used.has(c)) continue;
    const k = labels.concept(row - 1, c);
    if (k === 'rate' && out.rate === null) {
      out.rate = c;
      if (/\(%\)|%\)$/.test(labels.label(row - 1, c))) out.rateInPercent = true;
    }
    if (k === 'weight' && out.weight === null) out.weight = c;
    if (k === 'score' && out.score === null) out.score = c;
  }
  return out;
}

/**
 * In the label / value layout, a bare number at the end of the row, past every column the block
 * uses, is the block's points (预算数： | 2.38 | 执行数： | 2.38 | | 20).
 */
function trailingPoints(labels: SheetLabels, row: number, h: BudgetHeader): number | null {
  const grid = labels.grid;
  const used = [h.original, h.adjusted, h.received, h.executed, h.rate, h.weight, h.score, h.reason].filter((c): c is number => c !== null);
  for (let c = right(labels); c > Math.max(...used); c--) {
    if (grid.anchorRow(row, c) !== row || grid.anchorCol(row, c) !== c) continue;
    const v = grid.value(row, c);
    const n = bareNumber(v);
    if (n !== null) return n;
    if (v !== null && v !== '') return null;
  }
  return null;
}

/** The row's label: its own text left of the first amount column (not a label merged down from above). */
function rowLabelOf(labels: SheetLabels, r: number, firstData: number): string {
  const grid = labels.grid;
  for (let c = firstData - 1; c >= 0; c--) {
    const a = grid.anchor(r, c);
    if (a.row !== r) continue; // the block label merged down the left
    const l = labels.label(a.row, a.col);
    if (l) return l;
  }
  return '';
}

/** The block's label (预算执行情况（10分）, 项目资金（万元）…): in the header row left of the columns, or in the row above. */
function blockLabel(labels: SheetLabels, headerRow: number, firstData: number): { label: BudgetBlock['label']; points: number | null } {
  const grid = labels.grid;
  const search: [number, number][] = [
    [headerRow, firstData],
    [headerRow - 1, right(labels) + 1],
  ];
  for (const [r, until] of search) {
    for (let c = 0; r >= 0 && c < until; c++) {
      const anchor = grid.anchor(r, c);
      const l = labels.label(anchor.row, anchor.col).replace(/^[一二三四五六七八九十]+、/, '');
      if (BLOCK_PREFIXES.some((p) => l.startsWith(p))) return { label: anchor, points: pointsOf(l) };
    }
  }
  return { label: null, points: null };
}

/** Finds the budget-execution block (the first one among the candidate header rows), within rows up to `lastRow`. */
export function findBudgetBlock(labels: SheetLabels, budgetHeaderRows: number[], lastRow = labels.grid.rowCount - 1): BudgetBlock | null {
  const grid = labels.grid;
  for (const headerRow of budgetHeaderRows) {
    let h = readBudgetHeader(labels, headerRow);
    if (!h) continue;
    if (h.pairs) h = columnsFromRowAbove(labels, headerRow, h);
    const dataCols = [h.original, h.adjusted, h.executed].filter((c): c is number => c !== null);
    const firstData = Math.min(...dataCols);
    const found = blockLabel(labels, headerRow, firstData);
    const points = found.points ?? (h.pairs ? trailingPoints(labels, headerRow, h) : null) ?? pointsOf(h.scoreLabel);
    const rows: BudgetRow[] = [];
    // In the label / value layout the header row is the total row itself.
    if (h.pairs) rows.push({ row: headerRow, label: '', kind: 'total' });
    for (let r = headerRow + 1; r <= Math.min(lastRow, grid.rowCount - 1) && r <= headerRow + MAX_BLOCK_ROWS; r++) {
      const rowLabel = h.pairs ? labelBeside(labels, r, firstData) : rowLabelOf(labels, r, firstData);
      const kind = rowLabel ? budgetRowKind(rowLabel) : null;
      const own = dataCols.filter((c) => grid.anchor(r, c).row === r);
      const hasData = own.some((c) => grid.labelText(r, c).trim() !== '');
      const amounts = own.length > 0 && own.every((c) => grid.labelText(r, c).trim() === '' || isAmount(labels, r, c));
      // A row numbering the columns (列次 | 1 | 2 | 3 …) is part of the header, not amounts.
      if (NUMBERING_LABEL.test(rowLabel) || (!kind && numbersColumns(labels, r, dataCols))) continue;
      if (kind) {
        rows.push({ row: r, label: rowLabel, kind: kind === 'total' && rows.some((x) => x.kind === 'total') ? 'sub' : kind });
      } else if (!rowLabel && rows.length === 0 && (hasData || scoredCells(labels, r, h)) && (amounts || r === headerRow + 1)) {
        // The row right under the header with no label of its own is the scored total row, even
        // when its amounts are not numbers (budget-value-invalid says so).
        rows.push({ row: r, label: '', kind: 'total' });
      } else if (rowLabel && hasData && amounts && rows.length === 0 && readConcept(rowLabel) === null) {
        // The first row of amounts under the header is the scored row, under whatever label it
        // has (年度总金额, 资金合计数): the 其中 rows come after it.
        rows.push({ row: r, label: rowLabel, kind: 'total' });
      } else if (rowLabel && hasData && amounts && rows.length > 0 && readConcept(rowLabel) === null) {
        // A 其中 row under a name the template does not list (地方资金, 彩票公益金…): amounts beside it.
        rows.push({ row: r, label: rowLabel, kind: 'sub' });
      } else if (rowLabel && !hasData && rows.length > 0 && FUND_SOURCE.test(rowLabel) && readConcept(rowLabel) === null) {
        // A fund source left empty in the 其中 list (市财政 | | 区财政 | | 其它 | 9.6): the list goes
        // on past it; ending the block there would leave the later sources out of the sums.
        continue;
      } else {
        break;
      }
    }
    if (rows.length > 0 && !rows.some((x) => x.kind === 'total')) rows[0] = { ...rows[0], kind: 'total' };
    const columns: BudgetColumns = {
      label: h.label,
      original: h.original,
      adjusted: h.adjusted,
      received: h.received,
      executed: h.executed,
      weight: h.weight,
      rate: h.rate,
      score: h.score,
      reason: h.reason,
    };
    return { label: found.label, headerRow, columns, rows, points, rateInPercent: h.rateInPercent };
  }
  return null;
}

/** The label of a row or column numbering the form's columns or rows. */
const NUMBERING_LABEL = /^(?:列次|栏次|行次|栏目|序号)$/;

/**
 * Whether the row's cells under the amount columns number them: whole numbers counting up by one
 * column by column (列次 | 1 | 2 | 3), which no real amounts do.
 */
function numbersColumns(labels: SheetLabels, r: number, cols: readonly number[]): boolean {
  if (cols.length < 2) return false;
  if (countsAcross(labels, r)) return true;
  const sorted = [...cols].sort((a, b) => a - b);
  const n = sorted.map((c) => {
    const v = labels.grid.value(r, c);
    return typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,2}$/.test(v.trim()) ? Number(v) : NaN;
  });
  return n.every((v, i) => Number.isInteger(v) && v - n[0] === sorted[i] - sorted[0]);
}

/**
 * A row counting its columns left to right (列次 | 0 | 1 | 2 | 3 …) with a column inserted or left
 * empty among them: three or more whole numbers up to 99, rising one by one, and no other number.
 */
function countsAcross(labels: SheetLabels, r: number): boolean {
  const grid = labels.grid;
  const end = Math.min(grid.colCount, MAX_FORM_COLUMNS);
  const seen: number[] = [];
  for (let c = 0; c < end; c++) {
    if (grid.anchorRow(r, c) !== r || grid.anchorCol(r, c) !== c) continue;
    const v = grid.value(r, c);
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,2}$/.test(v.trim()) ? Number(v) : null;
    if (n === null) {
      if (typeof v === 'number' || (typeof v === 'string' && /\d/.test(v))) return false;
      continue;
    }
    if (!Number.isInteger(n) || (seen.length > 0 && n !== seen[seen.length - 1] + 1)) return false;
    seen.push(n);
  }
  return seen.length >= 3;
}

/** Whether the row holds something under the block's rate, weight or score column. */
function scoredCells(labels: SheetLabels, r: number, h: BudgetHeader): boolean {
  const grid = labels.grid;
  return [h.rate, h.weight, h.score].some((c) => c !== null && grid.anchorRow(r, c) === r && grid.labelText(r, c).trim() !== '');
}

/** In the label / value layout, a row's label is the text just left of its first amount. */
function labelBeside(labels: SheetLabels, r: number, firstData: number): string {
  const grid = labels.grid;
  for (let c = firstData - 1; c >= 0; c--) {
    if (grid.anchorRow(r, c) !== r) continue;
    const l = labels.label(grid.anchorRow(r, c), grid.anchorCol(r, c));
    if (l) return l;
  }
  return '';
}
