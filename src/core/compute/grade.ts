import Decimal from 'decimal.js';

export type Grade = '优' | '良' | '中' | '差';

/** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差 (half-open: 89.99 is 良). */
export function gradeOf(total: Decimal): Grade {
  if (total.greaterThanOrEqualTo(90)) return '优';
  if (total.greaterThanOrEqualTo(80)) return '良';
  if (total.greaterThanOrEqualTo(60)) return '中';
  return '差';
}
