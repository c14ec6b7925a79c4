import { SheetReport } from './reportSchema';

/**
 * Results beyond a double. The engine computes exactly (decimal.js) and converts to a JS number
 * only for the report; a sum of two weights at Excel's maximum, a rate of 1E+300 ÷ 1E-300 or a
 * 400-digit number typed as text would become ±Infinity there, which no host can show or write.
 * Such a result is reported as unknown (null) instead — the finding messages, written from the
 * exact values, still say what the numbers are.
 */
const fin = (x: number | null): number | null => (x === null || Number.isFinite(x) ? x : null);

export function finiteReport(r: SheetReport): SheetReport {
  const budget = r.budget && {
    ...r.budget,
    original: fin(r.budget.original),
    adjusted: fin(r.budget.adjusted),
    ...(r.budget.received !== undefined ? { received: fin(r.budget.received) } : {}),
    executed: fin(r.budget.executed),
    rate: fin(r.budget.rate),
    statedRate: fin(r.budget.statedRate),
    weight: fin(r.budget.weight),
    score: fin(r.budget.score),
    statedScore: fin(r.budget.statedScore),
  };
  const indicators = r.indicators.map((i) => ({
    ...i,
    target: { ...i.target, value: fin(i.target.value) },
    actual: { ...i.actual, value: fin(i.actual.value) },
    attainment: fin(i.attainment),
    weight: fin(i.weight),
    score: fin(i.score),
    statedScore: fin(i.statedScore),
    scoreRange: i.scoreRange && i.scoreRange.every(Number.isFinite) ? i.scoreRange : null,
  }));
  const total = r.total && {
    ...r.total,
    weight: fin(r.total.weight),
    score: fin(r.total.score),
    statedScore: fin(r.total.statedScore),
    range: r.total.range && r.total.range.every(Number.isFinite) ? r.total.range : null,
  };
  if (total && total.score === null && !total.range) total.grade = null;
  const writes = r.writes.filter((w) => typeof w.value !== 'number' || Number.isFinite(w.value));
  return { ...r, budget, indicators, total, writes };
}
