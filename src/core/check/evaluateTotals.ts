import Decimal from 'decimal.js';
import { toA1 } from '../grid/address';
import { formatNumber, round, sumInOrder } from '../compute/decimal';
import { gradeOf } from '../compute/grade';
import { splitGroup, SplitGroup } from '../detect/taxonomy';
import { SheetReport } from '../report/reportSchema';
import { CheckContext } from './checkContext';
import { BudgetFacts } from './evaluateBudget';
import { IndicatorEval } from './indicatorModel';
import { readNumber } from './readCells';
import { PlannedWrite } from './writePlan';

const SPLIT_NAMES: Record<SplitGroup, string> = { output: '产出指标', benefit: '效益指标', satisfaction: '满意度指标' };

/**
 * The execution weight plus every indicator's weight, in the form's order; null when an indicator
 * has no weight. Computed once for both {@link checkWeights} and {@link evaluateTotal}.
 */
export function sumWeights(budget: BudgetFacts, evals: IndicatorEval[]): Decimal | null {
  const weights: Decimal[] = [];
  // Indexed loops over the indicators here: once per sheet, largely before V8 optimises the code,
  // where a for-of allocates an iterator result per indicator.
  for (let i = 0; i < evals.length; i++) {
    const w = evals[i].weight;
    if (w === null) return null;
    weights.push(w);
  }
  return sumInOrder(budget.report ? budget.weight : new Decimal(0), weights);
}

/**
 * Weights add up to 100 and follow the policy's split, where the form states weights. `weights` is
 * {@link sumWeights}.
 */
export function checkWeights(ctx: CheckContext, budget: BudgetFacts, evals: IndicatorEval[], weights: Decimal | null): void {
  const { form, sink, policy, grid } = ctx;
  const statedIndicatorWeights = evals.some((e) => e.block.columns.weight !== null) || form.blocks.some((b) => b.points !== null);
  if (!statedIndicatorWeights || evals.length === 0) return;
  if (weights === null) return; // an empty 分值 is reported on its own row
  const sum = weights;
  if (sum.minus(100).abs().greaterThan(0.01)) {
    const at = form.total?.weight ?? { row: form.blocks[0].headerRow, col: form.blocks[0].columns.weight ?? form.blocks[0].columns.name };
    sink.add('weights-total', 'error', at, { sum: formatNumber(sum) });
  }
  if (policy.split && evals.every((e) => e.block.columns.weight !== null)) {
    const terms: Record<SplitGroup, Decimal[]> = { output: [], benefit: [], satisfaction: [] };
    const firstCell = new Map<SplitGroup, { row: number; col: number }>();
    for (let i = 0; i < evals.length; i++) {
      const e = evals[i];
      const g = splitGroup(e.level1Id);
      if (!g) continue;
      terms[g].push(e.weight!);
      if (!firstCell.has(g) && e.block.columns.level1 !== null) firstCell.set(g, grid.anchor(e.row, e.block.columns.level1));
    }
    const sums: Record<SplitGroup, Decimal> = {
      output: sumInOrder(new Decimal(0), terms.output),
      benefit: sumInOrder(new Decimal(0), terms.benefit),
      satisfaction: sumInOrder(new Decimal(0), terms.satisfaction),
    };
    for (const g of Object.keys(sums) as SplitGroup[]) {
      const at = firstCell.get(g);
      if (!at) continue; // level1-absent covers a missing group
      if (!sums[g].equals(policy.split[g])) {
        sink.add('weights-split-unusual', 'warning', at, { level1: SPLIT_NAMES[g], stated: formatNumber(sums[g]), expected: String(policy.split[g]) });
      }
    }
  }
}

function statedWithinWeight(e: IndicatorEval): boolean {
  const v = e.scoreCell?.value;
  return !!v && !!e.weight && !v.isNegative() && v.lessThanOrEqualTo(e.weight);
}

/**
 * Total = execution score + indicator scores; checks the stated 总分 and proposes it when empty.
 * `weights` is {@link sumWeights}.
 */
export function evaluateTotal(
  ctx: CheckContext,
  budget: BudgetFacts,
  evals: IndicatorEval[],
  writes: PlannedWrite[],
  weights: Decimal | null,
  complete = true,
): SheetReport['total'] {
  const { form, grid, sink } = ctx;
  // Without a weight on every indicator, the total weight is that of the indicators that have one.
  let weight = weights ?? (budget.report ? budget.weight : new Decimal(0));
  // The bounds of the total, as the terms added to the execution score (see sumInOrder).
  const lowTerms: Decimal[] = [];
  const highTerms: Decimal[] = [];
  /** Some term of high differs from low's. */
  let widened = false;
  let known = budget.report === null || budget.score !== null;
  // An execution score that cannot be computed (an empty or unreadable amount) may be anything
  // from 0 to its weight.
  if (!known) {
    highTerms.push(budget.weight);
    widened = true;
  }
  let bounded = true;
  for (let i = 0; i < evals.length; i++) {
    const e = evals[i];
    if (e.weight && weights === null) weight = weight.plus(e.weight);
    if (e.score) {
      lowTerms.push(e.score);
      highTerms.push(e.score);
    } else if (e.scoreRange) {
      lowTerms.push(e.scoreRange[0]);
      highTerms.push(e.scoreRange[1]);
      known = false;
      widened = true;
    } else if (statedWithinWeight(e)) {
      // A row the engine cannot score (an empty actual, units that do not compare) counts with
      // the score the form states for it, so that the stated total can still be checked.
      lowTerms.push(e.scoreCell!.value!);
      highTerms.push(e.scoreCell!.value!);
    } else {
      known = false;
      // An indicator without a weight could score anything: the total has no upper bound.
      if (e.weight) {
        highTerms.push(e.weight);
        widened = true;
      } else bounded = false;
    }
  }
  const start = budget.score ?? new Decimal(0);
  const low = sumInOrder(start, lowTerms);
  // The same terms give the same sum.
  const high = widened ? sumInOrder(start, highTerms) : low;
  // An incomplete form has no total: the part that is there is not the table's score.
  const score = known && complete ? low.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : null;
  const cellAt = form.total?.score ?? null;
  let stated: Decimal | null = null;
  if (cellAt) {
    const c = readNumber(grid, cellAt);
    stated = c.value;
    if (c.fromText) sink.add('number-as-text', 'info', cellAt, { text: c.text });
    if (c.empty && !c.error) {
      sink.add('total-empty', 'info', cellAt, { computed: score ? formatNumber(score) : null });
      if (score && !c.formula) writes.push({ at: cellAt, value: round(score), numberFormat: null, what: 'total', overwrites: false });
    } else if (stated !== null) {
      const off = score
        ? stated.minus(score).abs().greaterThan(0.05)
        : stated.lessThan(low.minus(0.05)) || (bounded && stated.greaterThan(high.plus(0.05)));
      if (off) {
        const range = bounded ? `${formatNumber(low)}–${formatNumber(high)}` : `≥ ${formatNumber(low)}`;
        sink.add('total-mismatch', 'error', cellAt, { stated: formatNumber(stated), computed: score ? formatNumber(score) : range });
        if (score && !c.formula) writes.push({ at: cellAt, value: round(score), numberFormat: null, what: 'total', overwrites: true });
      }
    }
  }
  return {
    weight: round(weight, 2),
    score: score ? score.toNumber() : null,
    statedScore: stated ? stated.toNumber() : null,
    grade: score ? gradeOf(score) : null,
    cell: cellAt ? toA1(cellAt.row, cellAt.col) : null,
  };
}
