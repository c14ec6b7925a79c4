/**
 * Formulas without a cached value (a file written by a program and never calculated): the engine
 * cannot know what such a cell shows. It says so for each one (`formula-not-calculated`), and
 * takes back what it would otherwise have concluded from reading the cell as empty.
 */
import { RuleId } from '../report/ruleIds';
import { CheckContext, RawIssue } from './checkContext';

/** Longest formula quoted in a message; longer ones end with …. */
const MAX_FORMULA = 60;

/**
 * Findings built from sums over cells: with an unknown value among the summed cells the sum is
 * unknown too. Dropped when the form holds an uncalculated formula (its own finding says why).
 */
const SUM_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['weights-total', 'weights-split-unusual', 'subtotal-mismatch', 'total-mismatch']);

/** Reports every formula of the form that has no cached value; returns how many there are. */
export function checkUncachedFormulas(ctx: CheckContext): number {
  const { grid, form, sink } = ctx;
  const { top, bottom, left, right } = form.range;
  let found = 0;
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      if (!grid.isUncached(r, c)) continue;
      const f = grid.cell(r, c)!.formula!;
      const formula = f.length > MAX_FORMULA ? `${f.slice(0, MAX_FORMULA - 1)}…` : f;
      sink.add('formula-not-calculated', 'warning', { row: r, col: c }, { formula });
      found++;
    }
  }
  return found;
}

/**
 * The findings that still hold when `uncached` formulas are in the form: none about an
 * uncalculated cell itself (it is not empty, its value is unknown) but the one saying so, and no
 * sum over the form's cells.
 */
export function withoutUnknowable(ctx: CheckContext, issues: RawIssue[], uncached: number): RawIssue[] {
  if (uncached === 0) return issues;
  return issues.filter((i) => {
    if (i.rule === 'formula-not-calculated') return true;
    if (SUM_RULES.has(i.rule)) return false;
    return !(i.at && ctx.grid.isUncached(i.at.row, i.at.col));
  });
}
