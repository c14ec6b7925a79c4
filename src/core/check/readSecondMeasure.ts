import { IndicatorBlock, IndicatorRow } from '../detect/formModel';
import { CheckContext } from './checkContext';
import { IndicatorEval } from './indicatorModel';
import { BudgetFacts } from './evaluateBudget';
import { SheetMemo } from './sheetMemo';
import { readIndicator } from './readIndicator';
import { headerLabel } from './headerLabel';

/**
 * The second measure of a row on a form that pairs two per row (detect/secondMeasure.ts): read
 * and checked as the first is — empty, unreadable, degenerate, units — and folded into the row's
 * reading. The row is met when both measures are, and then scored as met. Otherwise its score is
 * not checked — which measure the clerk scored is a judgement the form does not state — and a row
 * whose two measures both fall short is still not met (its reason is asked for).
 */
export function readSecondMeasure(ctx: CheckContext, memo: SheetMemo, block: IndicatorBlock, r: IndicatorRow, budget: BudgetFacts, first: IndicatorEval): void {
  const cols = block.columns;
  if (cols.target2 == null || cols.actual2 == null) return;
  const columns = {
    ...cols,
    target: cols.target2,
    actual: cols.actual2,
    // The comparator, unit, 分值, 得分 and reason columns belong to the row, read with the first.
    comparator: null,
    unit: null,
    weight: null,
    score: null,
    deviation: null,
    evidence: null,
    target2: null,
    actual2: null,
  };
  const fields = { target: headerLabel(ctx, block, cols.target2), actual: headerLabel(ctx, block, cols.actual2) };
  const second = readIndicator(ctx, memo, { ...block, columns }, r, budget, fields);
  const bothQuantities = first.target.kind === 'quantity' && second.target.kind === 'quantity';
  if (!first.unscorable && !second.unscorable && bothQuantities && first.met === true && second.met === true) return;
  // Both measures short of their targets: the row is not met (a reason is asked), but which of the
  // two the clerk scored, and so the score, is not checked.
  const bothShort = bothQuantities && first.met === false && second.met === false;
  first.met = bothShort ? false : null;
  first.attainment = null;
  first.ratio = null;
  first.unscorable = true;
}
