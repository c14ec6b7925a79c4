import Decimal from 'decimal.js';
import { minD, ONE } from './decimal';

/** Execution rate = executed ÷ budget (the adjusted budget, else the original). Null when the budget is 0. */
export function executionRate(executed: Decimal, budget: Decimal): Decimal | null {
  if (budget.isZero()) return null;
  return executed.dividedBy(budget);
}

/** Execution score = weight × min(rate, 100%). */
export function executionScore(weight: Decimal, rate: Decimal): Decimal {
  return weight.times(minD(rate, ONE));
}
