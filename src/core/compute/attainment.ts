import Decimal from 'decimal.js';
import { ONE, ZERO } from './decimal';

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
  const higherIsBetter = op === '>=' || op === '>' || op === '=';
  if (higherIsBetter) {
    if (target.isZero()) {
      const met = actual.greaterThanOrEqualTo(0);
      return { met, value: met ? ONE : ZERO, scored: met ? ONE : ZERO };
    }
    const ratio = actual.dividedBy(target);
    const met = actual.greaterThanOrEqualTo(target);
    if (target.isNegative()) {
      // A negative target (a decrease): met when B ≥ A; otherwise no ratio makes sense.
      return { met, value: met ? ONE : ZERO, scored: met ? ONE : ZERO };
    }
    const scored = met ? ONE : Decimal.max(ratio, ZERO);
    return { met, value: met ? Decimal.max(ratio, ONE) : scored, scored };
  }
  if (target.isZero()) {
    const met = actual.lessThanOrEqualTo(0);
    return { met, value: met ? ONE : ZERO, scored: met ? ONE : ZERO };
  }
  const met = actual.lessThanOrEqualTo(target);
  if (met) return { met, value: ONE, scored: ONE };
  let v: Decimal;
  if (lower === 'ratio') v = actual.isZero() || actual.isNegative() ? ZERO : target.dividedBy(actual);
  else v = Decimal.max(ONE.minus(actual.minus(target).dividedBy(target)), ZERO);
  if (v.isNegative()) v = ZERO;
  return { met, value: v, scored: v };
}
