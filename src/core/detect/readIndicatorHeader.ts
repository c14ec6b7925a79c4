import { IndicatorColumns } from './formModel';
import { ColumnConcept } from './labelTable';
import { MAX_FORM_COLUMNS } from './limits';
import { Strength } from './columnConcepts';
import { bareNumber, SheetLabels } from './sheetLabels';
import { findSecondMeasure } from './secondMeasure';

/** The concepts an indicator header maps to columns (a budget block's are not among them). */
const INDICATOR_CONCEPTS: ReadonlySet<ColumnConcept> = new Set([
  'level1', 'level2', 'name', 'comparator', 'target', 'unit', 'actual', 'weight', 'score', 'deviation', 'evidence',
]);

/** Concepts whose label, spanning sub-columns, gives an unlabelled sub-column its meaning (指标值 under 年度指标值). */
const SPANNING: ReadonlySet<ColumnConcept> = new Set(['target', 'score', 'actual']);

/** Sub-header concepts of a header whose merges were not read (ExcelApi before 1.13). */
const SUB_HEADER_CONCEPTS: ReadonlySet<ColumnConcept> = new Set(['comparator', 'target', 'unit']);

export interface HeaderMatch {
  row: number;
  headerRows: 1 | 2;
  columns: IndicatorColumns;
  /** The normalized header labels by concept, for telling form kinds apart. */
  labels: Partial<Record<ColumnConcept, string>>;
  /** A bare number in the header row where a label would be: the block's points (…完成情况 | … | 50). */
  points: number | null;
  /**
   * A second column labelled as a weight (自评权重 beside 分值), which the first took the place of:
   * what the rows hold decides between them (inferColumns).
   */
  otherWeight: number | null;
  /** A second column labelled as a score (单项指标得分 | … | 单项指标折算得分), or null. */
  otherScore: number | null;
}

function lastCol(labels: SheetLabels): number {
  return Math.min(labels.grid.colCount, MAX_FORM_COLUMNS) - 1;
}

/** The columns of `row` under a label of the row above it merged across several columns. */
function spannedColumns(labels: SheetLabels, row: number, right: number): Uint8Array {
  const grid = labels.grid;
  const spanned = new Uint8Array(right + 1);
  for (let c = 0; c <= right; c++) {
    const m = grid.mergeAt(row, c);
    if (m && m.top === row && m.bottom === row && m.right > m.left) spanned[c] = 1;
  }
  return spanned;
}

/**
 * Whether the row below a header row is a second header row: sub-labels under a label spanning
 * several columns (年度指标值 over 指标性质 | 指标值 | 度量单位; 自评得分 over 单项指标得分 | 权重占比),
 * the other labels merged down over both rows. Without merges (a host that cannot read them, a form
 * typed without them), two or more comparator / target / unit labels below and nothing in the name
 * column count too, and so does a row below that holds nothing but two or more column labels.
 */
function isSubHeader(labels: SheetLabels, row: number, nameCol: number, right: number, spanned: Uint8Array): boolean {
  const grid = labels.grid;
  const below = row + 1;
  if (below >= grid.rowCount) return false;
  // The name column below must be the header's own merged cell, or blank: not an indicator's name.
  if (grid.anchorRow(below, nameCol) === below && grid.anchorText(below, nameCol) !== '') return false;
  let underSpan = 0;
  let sub = 0;
  let labelled = 0;
  let other = 0;
  for (let c = 0; c <= right; c++) {
    if (grid.anchorRow(below, c) !== below || !labels.isAnchor(below, c)) continue;
    const k = labels.concept(below, c);
    if (k === 'name') return false;
    if (k && INDICATOR_CONCEPTS.has(k) && spanned[c] === 1) underSpan++;
    if (k && SUB_HEADER_CONCEPTS.has(k)) sub++;
    if (k && INDICATOR_CONCEPTS.has(k)) labelled++;
    else if (grid.anchorText(below, c) !== '') other++;
  }
  // Typed without merges, a row below holding only column labels (评分 over 分值 | 得分) is one too.
  return underSpan >= 1 || sub >= 2 || (labelled >= 2 && other === 0);
}

/**
 * A two-row header typed without merges (绩效指标 | | | 年度指标值 | 实际完成值 | 分值 | 得分 over
 * 一级指标 | 二级指标 | 三级指标 | | | | ): the labels of the row above stand over the columns this
 * row leaves empty. They are taken when they name a target or an actual and at least one more
 * column, so that a stray label above is never read into the header.
 */
function takeFromRowAbove(
  labels: SheetLabels,
  row: number,
  right: number,
  take: (concept: ColumnConcept | null, s: Strength, c: number, label: string) => void,
): void {
  if (row === 0) return;
  const grid = labels.grid;
  const above = row - 1;
  const found: [ColumnConcept, Strength, number, string][] = [];
  for (let c = 0; c <= right; c++) {
    if (grid.anchorRow(row, c) !== row || grid.anchorCol(row, c) !== c || grid.anchorText(row, c) !== '') continue;
    if (grid.anchorRow(above, c) !== above || grid.anchorCol(above, c) !== c) continue;
    const reading = labels.reading(above, c);
    if (reading && INDICATOR_CONCEPTS.has(reading.concept)) found.push([reading.concept, reading.strength, c, labels.label(above, c)]);
  }
  if (found.length < 2 || !found.some(([k]) => k === 'target' || k === 'actual')) return;
  for (const [k, s, c, label] of found) take(k, s, c, label);
}

/** Reads one row as an indicator header (with the row below when it is a sub-header). */
export function readIndicatorHeader(labels: SheetLabels, row: number): HeaderMatch | null {
  const grid = labels.grid;
  const right = lastCol(labels);
  // Most rows of a form hold no name label (三级指标 / 指标名称): a cheap test rules them out.
  if (!labels.rowMayHold(row, 'name', right)) return null;
  let nameCol = -1;
  for (let c = 0; c <= right && nameCol < 0; c++) {
    if (labels.isAnchor(row, c) && labels.concept(row, c) === 'name') nameCol = c;
  }
  if (nameCol < 0) return null;

  const spanned = spannedColumns(labels, row, right);
  const headerRows: 1 | 2 = isSubHeader(labels, row, nameCol, right, spanned) ? 2 : 1;

  const found: Partial<Record<ColumnConcept, number>> = {};
  const strength: Partial<Record<ColumnConcept, Strength>> = {};
  const foundLabels: Partial<Record<ColumnConcept, string>> = {};
  let points: number | null = null;
  let otherWeight: number | null = null;
  let otherScore: number | null = null;
  const take = (concept: ColumnConcept | null, s: Strength, c: number, label: string): void => {
    if (concept === 'reason') concept = 'deviation'; // a plain 原因 column of an indicator block
    if (!concept || !INDICATOR_CONCEPTS.has(concept)) return;
    if (found[concept] !== undefined && (strength[concept] ?? 0) >= s) {
      if (concept === 'weight' && otherWeight === null && found.weight !== c) otherWeight = c;
      if (concept === 'score' && otherScore === null && found.score !== c) otherScore = c;
      return;
    }
    found[concept] = c;
    strength[concept] = s;
    foundLabels[concept] = label;
  };
  for (let c = 0; c <= right; c++) {
    const topRow = grid.anchorRow(row, c);
    const topCol = grid.anchorCol(row, c);
    if (topRow !== row) {
      // A label merged down from the row above over this one (a two-row header whose top row holds
      // a group label such as 绩效指标 over the level columns, and 实际完成值 / 分值 / 得分 merged
      // down over both rows): read at its first column. Anything else from above is no label here.
      if (topRow === row - 1 && topCol === c) {
        const above = labels.reading(topRow, topCol);
        if (above) take(above.concept, above.strength, c, labels.label(topRow, topCol));
      }
      continue;
    }
    const top = labels.reading(topRow, topCol);
    const topLabel = labels.label(topRow, topCol);
    if (headerRows === 2 && grid.anchorRow(row + 1, c) === row + 1) {
      // A sub-column: its own label, else (unlabelled, under a spanning target / score) the span's.
      const sub = labels.reading(row + 1, c);
      if (sub) {
        take(sub.concept, sub.strength, c, labels.label(row + 1, c));
        continue;
      }
      if (spanned[c] === 1 && top && SPANNING.has(top.concept) && grid.anchorText(row + 1, c) === '') {
        take(top.concept, 1, c, topLabel);
        continue;
      }
      if (spanned[c] === 1) continue;
    }
    if (topCol !== c) continue; // a merged label counts once, at its first column
    if (top) take(top.concept, top.strength, c, topLabel);
    else if (points === null) points = bareNumber(grid.value(row, c));
  }
  if (found.target === undefined && found.actual === undefined) takeFromRowAbove(labels, row, right, take);
  if (found.name === undefined || (found.target === undefined && found.actual === undefined)) return null;
  // A name and a 完成情况 column alone, with no target, weight or score, is a checklist (criteria
  // with what was done), not an indicator header: reading it as one asks every row for an actual.
  if (found.target === undefined && strength.actual === 1 && found.weight === undefined && found.score === undefined) return null;
  const second = headerRows === 1 ? findSecondMeasure(labels, row, right, found.target ?? null, found.actual ?? null) : null;
  // `found[k] ?? null` written out rather than a closure over `found`: with one, every call of this
  // function (once per row of the sheet), header or not, would allocate a context.
  return {
    row,
    headerRows,
    labels: foundLabels,
    points,
    otherWeight,
    otherScore,
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
      ...(second ? { target2: second.target, actual2: second.actual } : {}),
    },
  };
}
