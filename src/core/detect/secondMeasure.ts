import { readConcept } from './columnConcepts';
import { SheetLabels } from './sheetLabels';

/**
 * A form that pairs two measures per indicator row: the header row sits under two group labels,
 * one over what was planned (绩效目标设置情况) and one over what was achieved (绩效目标完成情况),
 * and each group holds two value columns, paired in order:
 *
 *   绩效目标设置情况                      | 绩效目标完成情况
 *   目标名称 | 目标值 | 评价指标 | 标准值 | 目标完成值 | 评价指标值 | 权重分值 | 得分
 *
 * 目标值 → 目标完成值 is the first measure (a count), 标准值 → 评价指标值 the second (its rate).
 * Under the achieved group, a …指标值 column is what was achieved, whatever 指标值 means elsewhere;
 * under the planned group a 标准值 is a target. Both measures are checked; the row is met when both
 * are (evaluateIndicators reads the second as it reads the first).
 *
 * Nothing is inferred without both groups and two columns on each side: a header with one group
 * label over all its columns, or a second target with no second actual, is read as before.
 */

const PLANNED_GROUP = /设置|计划|预期|申报/;
const ACHIEVED_GROUP = /完成|实际|实现|自评/;
/** A standard to meet (标准值, 考核标准值): a target when it stands in the planned group. */
const STANDARD = /标准值$/;

export interface SecondMeasure {
  target: number;
  actual: number;
}

type Side = 'planned' | 'achieved' | null;

/** The group a header column stands under: the nearest group label at or left of it in the row above. */
function sidesOf(labels: SheetLabels, above: number, right: number): Side[] {
  const grid = labels.grid;
  const sides: Side[] = [];
  let side: Side = null;
  for (let c = 0; c <= right; c++) {
    const top = grid.anchorRow(above, c);
    const left = grid.anchorCol(above, c);
    if (top === above && left === c && grid.anchorText(above, c) !== '') {
      const l = labels.label(above, c);
      side = ACHIEVED_GROUP.test(l) ? 'achieved' : PLANNED_GROUP.test(l) ? 'planned' : null;
    } else if (top !== above) {
      side = null; // a label merged down over both rows stands in no group
    }
    sides.push(side);
  }
  return sides;
}

/**
 * The second measure's target and actual columns of a one-row header at `row` whose first target
 * and actual are `target` and `actual`, or null.
 */
export function findSecondMeasure(labels: SheetLabels, row: number, right: number, target: number | null, actual: number | null): SecondMeasure | null {
  if (row === 0 || target === null || actual === null) return null;
  const sides = sidesOf(labels, row - 1, right);
  if (sides[target] !== 'planned' || sides[actual] !== 'achieved') return null;
  const planned: number[] = [];
  const achieved: number[] = [];
  const grid = labels.grid;
  for (let c = 0; c <= right; c++) {
    if (grid.anchorRow(row, c) !== row || grid.anchorCol(row, c) !== c) continue;
    const label = labels.label(row, c);
    const concept = readConcept(label)?.concept;
    if (sides[c] === 'planned' && (concept === 'target' || STANDARD.test(label))) planned.push(c);
    if (sides[c] === 'achieved' && (concept === 'actual' || concept === 'target')) achieved.push(c);
  }
  if (planned.length !== 2 || achieved.length !== 2 || planned[0] !== target || achieved[0] !== actual) return null;
  return { target: planned[1], actual: achieved[1] };
}
