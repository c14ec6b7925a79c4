import { dec, formatNumber, formatPercentFixed } from '../../core/compute/decimal';
import type { Grade } from '../../core/compute/grade';
import type { SheetReport } from '../../core/report/reportSchema';
import type { FormKind, Locale, PolicyId } from '../../core/report/settingsValues';
import { scoreBreakdown, ScoreBreakdown } from './scoreBreakdown';

/**
 * The forms of a checked sheet as the pane shows them: the numbers formatted for display (exact
 * decimal rounding, so that the pane, the export sheet and the command line agree), with the
 * score breakdown. Only sheets' reports with a form are presented.
 */
export interface FormView {
  /** Position among the sheet's forms (0-based). */
  index: number;
  kind: FormKind;
  policy: PolicyId;
  range: string;
  project: string | null;
  /** "100.00%", null when it cannot be computed. */
  executionRate: string | null;
  /**
   * The scored funds row's amounts as the form states them (the budget the rate uses: 全年预算数,
   * else 年初预算数; 到位数 where the form has a column for it), null when no amount is there.
   */
  funds: { budget: string | null; received: string | null; executed: string | null } | null;
  /** `score`: "99.87", or a range "99.2–100" where the form does not state every weight. */
  total: { score: string | null; weight: string | null; grade: Grade | null };
  /** Result cells 写回结果 would fill. */
  writes: number;
  counts: { error: number; warning: number; info: number };
  breakdown: ScoreBreakdown;
}

const fmt = (x: number | null | undefined): string | null => (x === null || x === undefined ? null : formatNumber(dec(x)));

/** A total known only as a range: "99.2–100". */
function rangeText(range: readonly [number, number] | null | undefined): string | null {
  return range ? `${formatNumber(dec(range[0]))}–${formatNumber(dec(range[1]))}` : null;
}

function fundsOf(r: SheetReport): FormView['funds'] {
  const b = r.budget;
  if (!b) return null;
  const funds = { budget: fmt(b.adjusted ?? b.original), received: fmt(b.received), executed: fmt(b.executed) };
  return funds.budget === null && funds.received === null && funds.executed === null ? null : funds;
}

export function presentForms(reports: readonly SheetReport[], options: { locale: Locale; lowerIsBetter: 'ratio' | 'linear' }): FormView[] {
  const out: FormView[] = [];
  for (const r of reports) {
    if (!r.form) continue;
    out.push({
      index: out.length,
      kind: r.form.kind,
      policy: r.form.policy,
      range: r.form.range,
      project: r.project?.name ?? null,
      executionRate: r.budget?.rate === null || r.budget?.rate === undefined ? null : formatPercentFixed(dec(r.budget.rate)),
      funds: fundsOf(r),
      total: { score: fmt(r.total?.score) ?? rangeText(r.total?.range), weight: fmt(r.total?.weight), grade: r.total?.grade ?? null },
      writes: r.writes.length,
      counts: { error: r.summary.errors, warning: r.summary.warnings, info: r.summary.infos },
      breakdown: scoreBreakdown(r, options),
    });
  }
  return out;
}
