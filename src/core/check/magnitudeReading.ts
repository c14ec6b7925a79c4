import Decimal from 'decimal.js';
import { LowerIsBetterPolicy, scoredAttainment } from '../compute/attainment';
import { compactText } from '../text/normalizeLabel';
import { IndicatorEval } from './indicatorModel';

/**
 * Which of two readings a bare 万 or 亿 means when only one side of a unitless comparison has it
 * (README, Decisions: a bare 万 on one side only).
 */

/** A number ending in a bare magnitude (62.73万, ≤1.2亿以内) and the magnitude it was scaled by. */
function bareMagnitude(text: string): Decimal | null {
  const m = /\d(万|亿)(?:以[上下内]|之内|及以[上下])?$/.exec(compactText(text));
  return m ? new Decimal(m[1] === '万' ? 10_000 : 100_000_000) : null;
}

/** The share of a target an actual makes (actual ÷ target) that a real form can show: a tenth to ten times. */
export function plausibleShare(target: Decimal, actual: Decimal): boolean {
  if (target.isZero()) return false;
  const r = actual.dividedBy(target).abs();
  return r.greaterThanOrEqualTo(0.1) && r.lessThanOrEqualTo(10);
}

/**
 * A target and an actual without units, one of them written with a bare magnitude (≤62.73 beside
 * 62.73万 on a sheet in 万元, ≥50000 beside 5.2万): the 万 may scale the number (5.2万 = 52 000) or
 * stand for the unit the other leaves out (万元). The reading that puts the two within a tenth to
 * ten times of each other is the one meant; when neither or both do and the two readings disagree
 * on whether the target is met, the form does not settle it ('unsure': no finding may rest on
 * either). Null: keep the scaled reading.
 */
export function magnitudeReading(
  target: Extract<IndicatorEval['target'], { kind: 'quantity' }>,
  actual: Extract<IndicatorEval['actual'], { kind: 'quantity' }>,
  targetValue: Decimal,
  actualValue: Decimal,
  lowerIsBetter: LowerIsBetterPolicy,
): { target: Decimal; actual: Decimal } | 'unsure' | null {
  if (target.unit !== null || actual.unit !== null) return null;
  const t = bareMagnitude(target.text);
  const a = bareMagnitude(actual.text);
  if ((t === null) === (a === null)) return null;
  const other = { target: t ? targetValue.dividedBy(t) : targetValue, actual: a ? actualValue.dividedBy(a) : actualValue };
  const scaledFits = plausibleShare(targetValue, actualValue);
  const otherFits = plausibleShare(other.target, other.actual);
  if (scaledFits && !otherFits) return null;
  if (otherFits && !scaledFits) return other;
  const met = (tv: Decimal, av: Decimal): boolean => scoredAttainment(target.op, tv, av, lowerIsBetter).met;
  return met(targetValue, actualValue) === met(other.target, other.actual) ? null : 'unsure';
}
