import Decimal from 'decimal.js';
import { IndicatorBlock } from '../detect/formModel';
import { levelPoints } from '../detect/taxonomy';
import { formatNumber, sumInOrder, ZERO } from '../compute/decimal';
import { CheckContext } from './checkContext';
import { normalizeLabel } from '../text/normalizeLabel';
import { IndicatorEval } from './indicatorModel';

/**
 * Weights a clerk used without writing them down. A block states its points (年度绩效目标1（80分）)
 * but no 分值 column, and its stated scores cannot be reconciled with reading full marks on a met
 * indicator as its weight: the met rows' scores and what the unmet rows' scores need
 * (score ÷ attainment) add up to more than the points. When every stated score is instead a whole
 * weight times the row's own B ÷ A — not capped at 100% — and those weights add up to the points
 * exactly, they are the form's weights: the scores above them are then scored over the cap
 * (score-exceeds-weight), and the rows are scored from them as rules.md says.
 */

/** How far a stated score may be from weight × B ÷ A: a score written to one decimal. */
const SCORE_ROUNDING = new Decimal(0.05);
const POINTS_TOLERANCE = new Decimal(0.01);

/** B ÷ A of a ≥ target with a positive target, else null. */
function rawRatio(e: IndicatorEval): Decimal | null {
  if (e.target.kind !== 'quantity' || (e.target.op !== '>=' && e.target.op !== '>') || e.target.high !== null) return null;
  if (!e.targetValue || !e.actualValue || !e.targetValue.isPositive() || e.actualValue.isNegative()) return null;
  return e.actualValue.dividedBy(e.targetValue);
}

/** Whether reading full marks on met rows as their weights cannot fit the block's points. */
function metReadingFails(evals: readonly IndicatorEval[], points: Decimal): boolean {
  const needed: Decimal[] = [];
  for (const e of evals) {
    const stated = e.scoreCell!.value!;
    if (e.met === true) needed.push(stated);
    else if (e.attainment && e.attainment.isPositive()) needed.push(stated.dividedBy(e.attainment));
    else return false;
  }
  return sumInOrder(ZERO, needed).minus(points).greaterThan(POINTS_TOLERANCE);
}

/**
 * Sets the weights the block's stated scores imply (weightSource 'implied') when the block fits
 * the pattern above, and says so (`weights-implied`, info, on the block's label).
 */
export function assignImpliedWeights(ctx: CheckContext, block: IndicatorBlock, evals: readonly IndicatorEval[]): boolean {
  if (block.points === null || block.columns.weight !== null || evals.length < 2) return false;
  const points = new Decimal(block.points);
  // Points stated on a level inside the block say how it is split: that reading comes first.
  if (evals.some((e) => levelPoints(e.level1 ? normalizeLabel(e.level1) : null) !== null || levelPoints(e.level2 ? normalizeLabel(e.level2) : null) !== null)) return false;
  if (evals.some((e) => e.scoreSpan !== 1 || e.scoreCell?.value == null || e.scoreCell.value.isNegative() || e.unscorable)) return false;
  if (!metReadingFails(evals, points)) return false;
  const weights: Decimal[] = [];
  let overCap = false;
  for (const e of evals) {
    const ratio = rawRatio(e);
    if (ratio === null || !ratio.isPositive()) return false;
    const stated = e.scoreCell!.value!;
    const w = stated.dividedBy(ratio).toDecimalPlaces(0);
    if (!w.isPositive() || w.times(ratio).minus(stated).abs().greaterThan(SCORE_ROUNDING)) return false;
    if (ratio.greaterThan(1) && stated.minus(w).greaterThan(POINTS_TOLERANCE)) overCap = true;
    weights.push(w);
  }
  if (!overCap || sumInOrder(ZERO, weights).minus(points).abs().greaterThan(POINTS_TOLERANCE)) return false;
  evals.forEach((e, i) => {
    e.weight = weights[i];
    e.weightSource = 'implied';
  });
  const at = block.label ?? ctx.grid.anchor(block.headerRow, block.columns.name);
  ctx.sink.add('weights-implied', 'info', at, { weights: weights.map((w) => formatNumber(w)).join('、'), points: formatNumber(points) });
  return true;
}
