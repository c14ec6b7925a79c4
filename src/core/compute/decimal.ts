import Decimal from 'decimal.js';

/** Decimal arithmetic helpers: money, rates and scores are computed exactly, rounded for display. */

export { Decimal };

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/**
 * `x.comparedTo(y)` — 1, -1, 0, or NaN — without its cost: decimal.js copies `y` into a new Decimal
 * before every comparison. A finite `y` within the exponent limits is compared as that copy would
 * be, by the same steps on its digits; anything else goes through decimal.js.
 */
export function compare(x: Decimal, y: Decimal): number {
  const xd = x.d;
  const yd = y.d;
  if (!xd || !yd || y.e > Decimal.maxE || y.e < Decimal.minE || x.constructor !== y.constructor) return x.comparedTo(y);
  if (x === y) return 0; // memoised readings are often the very same Decimal
  const xs = x.s;
  const ys = y.s;
  // Either zero?
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0;
  if (xs !== ys) return xs;
  const down = xs < 0; // comparing magnitudes of negative numbers reverses the order
  if (x.e !== y.e) return x.e > y.e !== down ? 1 : -1;
  const xdL = xd.length;
  const ydL = yd.length;
  for (let i = 0, j = xdL < ydL ? xdL : ydL; i < j; ++i) {
    if (xd[i] !== yd[i]) return xd[i] > yd[i] !== down ? 1 : -1;
  }
  return xdL === ydL ? 0 : xdL > ydL !== down ? 1 : -1;
}

/**
 * `a × b`, sparing the multiplication when `b` is the shared {@link ONE} (the factor between
 * identical units) and `a` fits the precision: the product would be an equal copy of `a`.
 */
export function timesFactor(a: Decimal, b: Decimal): Decimal {
  return b === ONE && a.sd() <= Decimal.precision ? a : a.times(b);
}

/** Whether `d` has no more significant digits than arithmetic keeps (then results round towards it, never past it). */
export function fitsPrecision(d: Decimal): boolean {
  return d.sd() <= Decimal.precision;
}

/**
 * `start + terms[0] + terms[1] + …`, exactly as repeated `plus` computes it, but cheaper on long
 * forms. When no partial sum can have more significant digits than the precision, `plus` never
 * rounds and the order of the terms does not matter: equal terms (memoised readings and repeated
 * weights are the same Decimal object) are then added once, times their count. Otherwise — or
 * when the sum is zero, whose sign repeated `plus` decides — the terms are added one by one.
 */
export function sumInOrder(start: Decimal, terms: readonly Decimal[]): Decimal {
  const counts = new Map<Decimal, number>();
  for (let i = 0; i < terms.length; i++) counts.set(terms[i], (counts.get(terms[i]) ?? 0) + 1);
  if (counts.size * 2 <= terms.length) {
    // Every partial sum is a multiple of 10^-places no larger than `bound` in magnitude: it has
    // at most `places` + (the integer digits of `bound`) significant digits.
    let places = start.decimalPlaces();
    let bound = Math.abs(start.toNumber());
    for (const [t, n] of counts) {
      places = Math.max(places, t.decimalPlaces());
      bound += n * Math.abs(t.toNumber());
    }
    // `bound` is a double: a margin covers its rounding. NaN or Infinity fail the test.
    if (bound * (1 + 1e-6) < 10 ** (Decimal.precision - places)) {
      let sum = start;
      for (const [t, n] of counts) sum = sum.plus(n === 1 ? t : t.times(n));
      if (!sum.isZero()) return sum;
    }
  }
  let sum = start;
  for (let i = 0; i < terms.length; i++) sum = sum.plus(terms[i]);
  return sum;
}

export function dec(n: number | string | Decimal): Decimal {
  return n instanceof Decimal ? n : new Decimal(typeof n === 'number' ? String(n) : n);
}

/** Rounds half up to `places` decimals and returns a plain number (for reports). */
export function round(d: Decimal, places = 2): number {
  // Most values already have few decimals: rounding would only copy them.
  if (d.decimalPlaces() <= places) return d.toNumber();
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

/** Formats a fraction as a percent with exactly two decimals, for displays: 1 → "100.00%". */
export function formatPercentFixed(fraction: Decimal): string {
  return `${fraction.times(100).toFixed(2, Decimal.ROUND_HALF_UP)}%`;
}
