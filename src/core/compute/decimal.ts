import Decimal from 'decimal.js';

/** Decimal arithmetic helpers: money, rates and scores are computed exactly, rounded for display. */

export { Decimal };

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

export function dec(n: number | string | Decimal): Decimal {
  return n instanceof Decimal ? n : new Decimal(typeof n === 'number' ? String(n) : n);
}

/** Rounds half up to `places` decimals and returns a plain number (for reports). */
export function round(d: Decimal, places = 2): number {
  return d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}

export function toNum(d: Decimal | null | undefined): number | null {
  return d === null || d === undefined ? null : d.toNumber();
}

export function minD(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function maxD(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

/** Formats a fraction as a percent with up to two decimals: 0.835 → "83.5%". */
export function formatPercent(fraction: Decimal): string {
  return `${fraction.times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString()}%`;
}

/** Formats a number with up to two decimals, without trailing zeros. */
export function formatNumber(d: Decimal, places = 2): string {
  return d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toString();
}
