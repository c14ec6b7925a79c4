import { parseActual, parseTarget } from '../parse/parseTarget';
import { IndicatorColumns, IndicatorRow } from './formModel';
import { MAX_FORM_COLUMNS } from './limits';
import { HeaderMatch } from './readIndicatorHeader';
import { readConcept } from './columnConcepts';
import { bareNumber, SheetLabels } from './sheetLabels';
import { classifyLevel1 } from './taxonomy';
import { normalizeLabel } from '../text/normalizeLabel';

/**
 * Columns a header does not name but its rows show (issue 8: "what a column holds decides"):
 * - the actual column, when no label says 实际 / 完成值 (a header garbled in a scanned copy, a
 *   wording not seen before): the first unnamed column right of the targets whose cells answer
 *   them — a quantity where the target is one, text where it is text — on most rows;
 * - the weight column, of two labelled as weights: not the one merged down over a group's rows;
 * - the score column, of two labelled as scores: not the one above the weights on most rows (a
 *   single item's score out of 100 beside its converted score, 单项指标得分 | 单项指标折算得分);
 * - the first-level column, when the header leaves it blank: the unnamed column just left of the
 *   second level, holding labels of its own; or when its label names nothing known (garbled) and
 *   its cells read as first levels; and both level columns where the header names neither (one
 *   label 评价内容 over both): the unnamed columns left of the name whose cells read as levels.
 * A label the engine reads as no column at all (上年完成值, 评分标准) is never a candidate.
 */

const MIN_ROWS = 2;

/** Columns of the header that name nothing known and are not any found column. */
function unnamed(labels: SheetLabels, h: HeaderMatch): number[] {
  const grid = labels.grid;
  const used = new Set(Object.values(h.columns).filter((c): c is number => c !== null));
  const right = Math.min(grid.colCount, MAX_FORM_COLUMNS) - 1;
  const out: number[] = [];
  for (let c = 0; c <= right; c++) {
    if (used.has(c)) continue;
    const r = grid.anchorRow(h.row + h.headerRows - 1, c);
    const a = grid.anchorCol(h.row + h.headerRows - 1, c);
    if (a !== c && !used.has(a)) continue; // inside a wide label: its first column stands for it
    const label = labels.label(r, a);
    if (label === '' || readConcept(label) === null) {
      // An excluded label (上年完成值 …) reads as null too: tell it apart by the raw reading.
      if (label !== '' && isExcluded(label)) continue;
      out.push(c);
    }
  }
  return out;
}

/** A label readConcept drops on purpose (it names something that is not a column of the form). */
function isExcluded(label: string): boolean {
  return /上年|去年|前年|历史|基期|依据|标准|规则|赋分|计分|解释|说明|系数|方法|公式|完成率|达成率|得分率|比例|序号|核心|是否|备注|复核|审核/.test(label);
}

function actualColumn(labels: SheetLabels, h: HeaderMatch, rows: IndicatorRow[]): number | null {
  const grid = labels.grid;
  const target = h.columns.target;
  if (target === null || h.columns.actual !== null) return null;
  const data = rows.filter((r) => !r.groupOnly && !r.placeholder && grid.anchorText(r.row, target) !== '');
  if (data.length < MIN_ROWS) return null;
  for (const c of unnamed(labels, h)) {
    if (c <= target) continue;
    let filled = 0;
    let answers = 0;
    for (const r of data) {
      const text = grid.anchorText(r.row, c);
      if (!text) continue;
      filled++;
      const t = parseTarget(grid.anchorText(r.row, target));
      const a = parseActual(text);
      if ((t.kind === 'quantity' && a.kind === 'quantity') || (t.kind !== 'quantity' && a.kind === 'qualitative')) answers++;
    }
    if (filled * 10 >= data.length * 6 && answers * 2 >= filled) return c;
  }
  return null;
}

function level1Column(labels: SheetLabels, h: HeaderMatch, rows: IndicatorRow[]): number | null {
  const grid = labels.grid;
  const l2 = h.columns.level2;
  if (l2 === null || h.columns.level1 !== null || l2 === 0) return null;
  const headerRow = h.row + h.headerRows - 1;
  // Past an empty column inserted between the two levels (nothing in its header or its rows).
  const empty = (k: number): boolean =>
    !grid.mergeAt(headerRow, k) && grid.anchorText(headerRow, k) === '' && grid.anchorText(h.row, k) === '' && rows.every((r) => grid.anchorText(r.row, k) === '');
  let c = l2 - 1;
  while (c > 0 && empty(c)) c--;
  // Not part of a block label merged down the left of the header.
  if (grid.anchorRow(h.row, c) !== h.row) return null;
  const own = rows.filter((r) => grid.anchorRow(r.row, c) === r.row && grid.anchorText(r.row, c) !== '');
  if (grid.anchorText(headerRow, c) === '') return own.length >= 1 ? c : null;
  // A header label that names nothing (garbled in a scanned copy: 级标 一指) over cells that read
  // as first levels (产出指标, 效益指标) is the first level too.
  const label = labels.label(grid.anchorRow(headerRow, c), grid.anchorCol(headerRow, c));
  if (readConcept(label) !== null || isExcluded(label)) return null;
  const levels = own.filter((r) => classifyLevel1(normalizeLabel(grid.anchorText(r.row, c)), 'department') !== null);
  return levels.length >= 1 && levels.length * 2 >= own.length ? c : null;
}

/**
 * The level columns, when the header names neither (评价内容 merged over both, or nothing): the
 * unnamed column just left of the name whose cells read as first levels (产出目标, 效益指标) is the
 * first level; or the one left of it, with the column between holding the second levels (数量目标).
 * A column's cells that are mostly not first levels (a serial number, a goal) are no level.
 */
function levelPair(labels: SheetLabels, h: HeaderMatch, rows: IndicatorRow[]): { level1: number; level2: number | null } | null {
  const grid = labels.grid;
  const { name, level1, level2 } = h.columns;
  if (name === null || level1 !== null || level2 !== null || name === 0) return null;
  // Under one label merged over both (评价内容), the second column stands inside the first's label.
  const headerRow = h.row + h.headerRows - 1;
  const unnamedCols = new Set(unnamed(labels, h));
  const used = new Set(Object.values(h.columns).filter((c): c is number => c !== null));
  const own = (c: number) => rows.filter((r) => grid.anchorRow(r.row, c) === r.row && grid.anchorText(r.row, c) !== '');
  // The unnamed columns left of the name that hold something, nearest first (an empty column
  // inserted among them is passed over).
  const candidates: number[] = [];
  for (let c = name - 1; c >= 0 && candidates.length < 2; c--) {
    if (used.has(c) || !unnamedCols.has(grid.anchorCol(headerRow, c))) break;
    if (own(c).length > 0) candidates.push(c);
  }
  const readsAsLevel1 = (c: number): boolean => {
    const cells = own(c);
    const levels = cells.filter((r) => classifyLevel1(normalizeLabel(grid.anchorText(r.row, c)), 'department') !== null);
    return levels.length >= 1 && levels.length * 2 >= cells.length;
  };
  const [first, second] = candidates;
  if (first !== undefined && readsAsLevel1(first)) return { level1: first, level2: null };
  if (first !== undefined && second !== undefined && readsAsLevel1(second)) return { level1: second, level2: first };
  return null;
}

/**
 * The target column, when the header took an unlabelled sub-column under a spanning target label
 * (预期指标值 over 符号 | | 单位) that is empty on every row, while another unlabelled sub-column
 * under the same label holds the values: an empty column inserted into the group.
 */
function targetColumn(labels: SheetLabels, h: HeaderMatch, rows: IndicatorRow[]): number | null {
  const grid = labels.grid;
  const t = h.columns.target;
  if (t === null || h.headerRows !== 2) return null;
  const data = rows.filter((r) => !r.groupOnly && !r.placeholder);
  if (data.length < MIN_ROWS) return null;
  const filled = (c: number) => data.filter((r) => grid.anchorRow(r.row, c) === r.row && grid.anchorCol(r.row, c) === c && grid.anchorText(r.row, c) !== '').length;
  if (filled(t) > 0) return null;
  const span = grid.mergeAt(h.row, t);
  if (!span) return null;
  const used = new Set(Object.values(h.columns).filter((c): c is number => c !== null));
  for (let c = span.left; c <= span.right; c++) {
    if (used.has(c) || grid.anchorText(h.row + 1, c) !== '') continue;
    if (filled(c) * 10 >= data.length * 6) return c;
  }
  return null;
}

/**
 * Of two columns labelled as weights (自评权重 | … | 分值), the one whose cells are merged down over
 * the indicators of a group (or, typed without merges, empty on most of them) holds the group's
 * points, not each indicator's: the other is the weight column when it has a number of its own on
 * most indicator rows.
 */
function weightColumn(labels: SheetLabels, h: HeaderMatch, rows: IndicatorRow[]): number | null {
  const grid = labels.grid;
  const first = h.columns.weight;
  const other = h.otherWeight;
  if (first === null || other === null) return null;
  const data = rows.filter((r) => !r.groupOnly && !r.placeholder);
  if (data.length < MIN_ROWS) return null;
  const ownNumber = (row: number, c: number): boolean =>
    grid.anchorRow(row, c) === row && grid.anchorCol(row, c) === c && bareNumber(grid.value(row, c)) !== null;
  // Merged down or typed without merges, the group's points stand on its first row only: rows
  // where a first level starts. A first weight column left empty is the weight column, left empty.
  const own = data.filter((r) => ownNumber(r.row, other)).length;
  const firstOwn = data.filter((r) => ownNumber(r.row, first));
  const level1 = h.columns.level1;
  const startsGroup = (row: number): boolean => level1 === null || (grid.anchorRow(row, level1) === row && grid.anchorText(row, level1) !== '');
  if (firstOwn.length === 0 || !firstOwn.every((r) => startsGroup(r.row))) return null;
  return firstOwn.length < own && own * 10 >= data.length * 8 ? other : null;
}

/**
 * Of two columns labelled as scores, the first yields to the other when its numbers stand above
 * the row's weight on most rows that have both (100 beside 分值 10: a single item's score out of
 * 100, 单项指标得分) while the other's never do (单项指标折算得分 10): the other is the score
 * compared with the weight. Where no weight is written, nothing tells them apart: the first stays.
 */
function scoreColumn(labels: SheetLabels, h: HeaderMatch, rows: IndicatorRow[], weightCol: number | null): number | null {
  const grid = labels.grid;
  const first = h.columns.score;
  const other = h.otherScore;
  if (first === null || other === null || weightCol === null) return null;
  const own = (row: number, c: number): number | null =>
    grid.anchorRow(row, c) === row && grid.anchorCol(row, c) === c ? bareNumber(grid.value(row, c)) : null;
  let firstBoth = 0;
  let firstAbove = 0;
  let otherBoth = 0;
  for (const r of rows) {
    if (r.groupOnly || r.placeholder) continue;
    const w = own(r.row, weightCol);
    if (w === null) continue;
    const a = own(r.row, first);
    const b = own(r.row, other);
    if (a !== null) {
      firstBoth++;
      if (a > w + 0.01) firstAbove++;
    }
    if (b !== null) {
      if (b > w + 0.01) return null;
      otherBoth++;
    }
  }
  return firstAbove >= MIN_ROWS && firstAbove * 2 > firstBoth && otherBoth >= firstAbove ? other : null;
}

/** The header's columns with what its rows show filled in, or null when nothing changes. */
export function inferColumns(labels: SheetLabels, h: HeaderMatch, rows: IndicatorRow[]): IndicatorColumns | null {
  const target = targetColumn(labels, h, rows);
  const actual = actualColumn(labels, target === null ? h : { ...h, columns: { ...h.columns, target } }, rows);
  const pair = levelPair(labels, h, rows);
  const level1 = level1Column(labels, h, rows) ?? pair?.level1 ?? null;
  const weight = weightColumn(labels, h, rows);
  const score = scoreColumn(labels, h, rows, weight ?? h.columns.weight);
  if (target === null && actual === null && level1 === null && weight === null && score === null) return null;
  return {
    ...h.columns,
    target: target ?? h.columns.target,
    actual: actual ?? h.columns.actual,
    level1: level1 ?? h.columns.level1,
    level2: pair?.level2 ?? h.columns.level2,
    weight: weight ?? h.columns.weight,
    score: score ?? h.columns.score,
  };
}
