import Decimal from 'decimal.js';
import { compare, ONE, ZERO } from './decimal';

export type Op = '>=' | '<=' | '=' | '>' | '<';
export type LowerIsBetterPolicy = 'ratio' | 'linear';

export interface Attainment {
  met: boolean;
  /** 1 when met; for ≥ targets the real ratio B ÷ A (can exceed 1, used for over-achievement). */
  value: Decimal;
  /** The attainment that scores: min(value, 1). */
  scored: Decimal;
}

/**
 * Attainment of a quantitative indicator, target A, actual B (rules.md "Computations"):
 * ≥ > =: met when B ≥ A, else B ÷ A; ≤ <: met when B ≤ A, else A ÷ B (`ratio`) or
 * 1 − (B − A) ÷ A floored at 0 (`linear`). A = 0: ≥ is met for any B ≥ 0; ≤ only when B ≤ 0.
 */
export function attainment(op: Op, target: Decimal, actual: Decimal, lower: LowerIsBetterPolicy = 'ratio'): Attainment {
  const { met, scored } = scoredAttainment(op, target, actual, lower);
  const higherIsBetter = op === '>=' || op === '>' || op === '=';
  // Only a met ≥ target above zero has a value other than its scored attainment: B ÷ A, at least 1.
  if (higherIsBetter && met && !target.isZero() && !target.isNegative()) {
    return { met, value: Decimal.max(actual.dividedBy(target), ONE), scored };
  }
  return { met, value: scored, scored };
}

/**
 * {@link attainment} without its `value`: what scoring needs. A met target then costs a
 * comparison, without the decimal division B ÷ A (the costliest step of checking a row).
 */
export function scoredAttainment(op: Op, target: Decimal, actual: Decimal, lower: LowerIsBetterPolicy = 'ratio'): Pick<Attainment, 'met' | 'scored'> {
  const higherIsBetter = op === '>=' || op === '>' || op === '=';
  if (higherIsBetter) {
    if (target.isZero()) {
      const met = compare(actual, ZERO) >= 0;
      return { met, scored: met ? ONE : ZERO };
    }
    const met = compare(actual, target) >= 0;
    if (met) return { met, scored: ONE };
    // A negative target (a decrease): met when B ≥ A; otherwise no ratio makes sense.
    if (target.isNegative()) return { met, scored: ZERO };
    return { met, scored: Decimal.max(actual.dividedBy(target), ZERO) };
  }
  if (target.isZero()) {
    const met = compare(actual, ZERO) <= 0;
    return { met, scored: met ? ONE : ZERO };
  }
  const met = compare(actual, target) <= 0;
  if (met) return { met, scored: ONE };
  let v: Decimal;
  if (lower === 'ratio') v = actual.isZero() || actual.isNegative() ? ZERO : target.dividedBy(actual);
  else v = Decimal.max(ONE.minus(actual.minus(target).dividedBy(target)), ZERO);
  if (v.isNegative()) v = ZERO;
  return { met, scored: v };
}
