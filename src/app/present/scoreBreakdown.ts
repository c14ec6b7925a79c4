import { dec, Decimal, formatNumber, formatPercent, formatPercentFixed } from '../../core/compute/decimal';
import { POLICIES } from '../../core/compute/scorePolicy';
import type { IndicatorReport, SheetReport } from '../../core/report/reportSchema';
import type { Locale } from '../../core/report/settingsValues';
import { presentMessages } from './presentMessages';

/**
 * How each score of a report came about, for the pane's 得分明细, the export sheet and the copied
 * text: one row for the budget execution and one per indicator, with the numbers as the form
 * shows them and the computation in words ("20 × 98% ÷ 100% = 19.6"). Scores are the engine's;
 * the computation shown is rebuilt from the report and used only when it gives the engine's score
 * (otherwise the row says weight × attainment).
 */

export type ScoreStatus = 'met' | 'partly' | 'not-met' | 'unscored';

export interface ScoreRow {
  /** 'execution', or `indicator:<row>`. */
  key: string;
  kind: 'execution' | 'indicator';
  /** Sheet row (1-based). */
  row: number | null;
  /** The cell to go to: the score cell when the form has one, else the actual (or rate) cell. */
  cell: string | null;
  name: string;
  /** "产出指标 / 数量指标". */
  group: string | null;
  target: string | null;
  actual: string | null;
  /** "98%" (scored attainment), null when not computed. */
  attainment: string | null;
  weight: string | null;
  /** "19.6", a range "12–16", or null. */
  score: string | null;
  /** What the form states, when it differs from `score`. */
  stated: string | null;
  how: string;
  status: ScoreStatus;
}

export interface ScoreBreakdown {
  rows: ScoreRow[];
  /** "20 + 79.87 = 99.87", null when the total is unknown. */
  totalHow: string | null;
}

export interface BreakdownOptions {
  locale: Locale;
  lowerIsBetter: 'ratio' | 'linear';
}

const fmt = (x: number | null | undefined): string | null => (x === null || x === undefined ? null : formatNumber(dec(x)));

/** A value in a computation: percentages keep their %, other units cancel out and are left off. */
function operand(value: number, unit: string | null): string {
  return unit === '%' ? `${formatNumber(dec(value))}%` : formatNumber(dec(value));
}

function near(a: Decimal, b: number | null, tolerance = 0.011): boolean {
  return b !== null && a.minus(b).abs().lessThanOrEqualTo(tolerance);
}

function quantitativeHow(ind: IndicatorReport, weight: number, score: number, opts: BreakdownOptions): string | null {
  const m = presentMessages(opts.locale);
  const a = ind.target.value;
  const b = ind.actual.value;
  const op = ind.target.op;
  if (a === null || b === null || op === null || ind.actual.unit !== ind.target.unit) return null;
  const w = dec(weight);
  const A = dec(a);
  const B = dec(b);
  const W = formatNumber(w);
  const S = formatNumber(dec(score));
  if (op === '>=' || op === '>' || op === '=') {
    if (A.isZero() || A.isNegative()) return null;
    const v = w.times(Decimal.max(B.dividedBy(A), 0)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    return near(v, score) ? m.ratioUp(W, operand(b, ind.actual.unit), operand(a, ind.target.unit), S) : null;
  }
  if (A.isZero()) return m.zeroTarget(S);
  if (opts.lowerIsBetter === 'ratio') {
    if (B.isZero() || B.isNegative()) return null;
    const v = w.times(A.dividedBy(B)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    return near(v, score) ? m.ratioDown(W, operand(a, ind.target.unit), operand(b, ind.actual.unit), S) : null;
  }
  const v = w.times(Decimal.max(dec(1).minus(B.minus(A).dividedBy(A)), 0)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return near(v, score) ? m.linearDown(W, operand(b, ind.actual.unit), operand(a, ind.target.unit), S) : null;
}

function indicatorRow(ind: IndicatorReport, report: SheetReport, opts: BreakdownOptions): ScoreRow {
  const m = presentMessages(opts.locale);
  const policy = report.form ? POLICIES[report.form.policy] : POLICIES.national;
  const weight = ind.weight;
  const band = ind.actual.band;
  const base = {
    key: `indicator:${ind.row}`,
    kind: 'indicator' as const,
    row: ind.row,
    cell: ind.cells.score ?? ind.cells.actual ?? ind.cells.target,
    name: ind.name,
    group: [ind.level1, ind.level2].filter((x): x is string => !!x).join(' / ') || null,
    target: ind.target.text.trim() || null,
    actual: ind.actual.text.trim() || null,
    attainment: ind.attainment === null ? null : formatPercent(dec(ind.attainment)),
    weight: fmt(weight),
  };
  const stated = ind.statedScore !== null && (ind.score === null || !near(dec(ind.statedScore), ind.score, 0.005)) ? fmt(ind.statedScore) : null;

  if (weight === null) {
    // The form states no weight for it (the engine gives the total as a range then).
    if (ind.met === true) return { ...base, score: null, stated, how: m.noWeightMet, status: 'met' };
    if (ind.attainment !== null) return { ...base, score: null, stated, how: m.noWeightAttainment(formatPercent(dec(ind.attainment))), status: 'not-met' };
    return { ...base, score: null, stated, how: m.noWeight, status: 'unscored' };
  }
  const W = formatNumber(dec(weight));

  if (ind.target.qualitative && band) {
    if (band === 'met') {
      const lo = formatNumber(dec(weight).times(policy.bands.met));
      return { ...base, score: fmt(ind.score) ?? W, stated, how: m.bandMet(W, lo), status: 'met' };
    }
    const range = ind.scoreRange;
    const [lo, hi] = range ? range.map((x) => formatNumber(dec(x))) : ['0', W];
    const [from, to] = band === 'partly' ? [policy.bands.partly, policy.bands.met] : [0, policy.bands.partly];
    const chosen = ind.statedScore !== null && ind.score !== null ? fmt(ind.statedScore) : null;
    return {
      ...base,
      score: chosen ?? `${lo}–${hi}`,
      stated: null,
      how: chosen ? m.bandChosen(m.bands[band], lo, hi, chosen) : m.band(m.bands[band], lo, hi, formatPercent(dec(from)), formatPercent(dec(to))),
      status: band,
    };
  }

  if (ind.score === null) return { ...base, score: null, stated, how: m.unscored, status: 'unscored' };
  if (ind.met === true) return { ...base, score: fmt(ind.score), stated, how: m.met(W), status: 'met' };
  const how =
    quantitativeHow(ind, weight, ind.score, opts) ??
    (ind.attainment !== null ? m.byAttainment(W, formatPercent(dec(ind.attainment)), formatNumber(dec(ind.score))) : m.unscored);
  return { ...base, score: fmt(ind.score), stated, how, status: ind.met === false ? 'not-met' : 'unscored' };
}

function executionRow(report: SheetReport, opts: BreakdownOptions): ScoreRow | null {
  const b = report.budget;
  if (!b) return null;
  const m = presentMessages(opts.locale);
  const rate = b.rate === null ? null : formatPercentFixed(dec(b.rate));
  const base = {
    key: 'execution',
    kind: 'execution' as const,
    row: null,
    cell: b.cells.score ?? b.cells.rate,
    name: m.executionName,
    group: null,
    target: fmt(b.adjusted ?? b.original),
    actual: fmt(b.executed),
    attainment: rate,
    weight: fmt(b.weight),
  };
  const stated = b.statedScore !== null && (b.score === null || !near(dec(b.statedScore), b.score, 0.005)) ? fmt(b.statedScore) : null;
  if (b.weight === null) return { ...base, score: null, stated, how: m.noWeight, status: 'unscored' };
  if (b.score === null || rate === null) return { ...base, score: null, stated, how: m.unscored, status: 'unscored' };
  const W = formatNumber(dec(b.weight));
  const S = formatNumber(dec(b.score));
  const capped = dec(b.rate!).greaterThan(1);
  return {
    ...base,
    score: S,
    stated,
    how: capped ? m.executionCapped(W, rate, S) : m.execution(W, rate, S),
    status: dec(b.rate!).greaterThanOrEqualTo(1) ? 'met' : 'not-met',
  };
}

export function scoreBreakdown(report: SheetReport, opts: BreakdownOptions): ScoreBreakdown {
  const m = presentMessages(opts.locale);
  const rows: ScoreRow[] = [];
  const exec = executionRow(report, opts);
  if (exec) rows.push(exec);
  for (const ind of report.indicators) rows.push(indicatorRow(ind, report, opts));
  const total = report.total?.score ?? null;
  const range = report.total?.range ?? null;
  let totalHow: string | null = null;
  if (total === null && range) {
    const exec = report.budget?.score ?? null;
    const [lo, hi] = range.map((x) => dec(x));
    const parts = exec === null ? `${formatNumber(lo)}–${formatNumber(hi)}` : `${formatNumber(dec(exec))} + ${formatNumber(lo.minus(exec))}–${formatNumber(hi.minus(exec))}`;
    totalHow = m.totalRange(parts, formatNumber(lo), formatNumber(hi));
  } else if (total !== null) {
    const exec = report.budget?.score ?? null;
    // The indicators' part as the total has it (the engine adds the scores it shows).
    const parts = exec === null ? formatNumber(dec(total)) : `${formatNumber(dec(exec))} + ${formatNumber(dec(total).minus(exec))}`;
    totalHow = m.total(parts, formatNumber(dec(total)));
  }
  return { rows, totalHow };
}
