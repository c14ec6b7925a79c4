import Decimal from 'decimal.js';
import { toA1 } from '../grid/address';
import { formatNumber, round } from '../compute/decimal';
import { gradeOf } from '../compute/grade';
import { splitGroup, SplitGroup } from '../detect/taxonomy';
import { SheetReport } from '../report/reportSchema';
import { CheckContext } from './checkContext';
import { BudgetFacts } from './evaluateBudget';
import { IndicatorEval } from './indicatorModel';
import { readNumber } from './readCells';
import { PlannedWrite } from './writePlan';

const SPLIT_NAMES: Record<SplitGroup, string> = { output: '产出指标', benefit: '效益指标', satisfaction: '满意度指标' };

/** Weights add up to 100 and follow the policy's split, where the form states weights. */
export function checkWeights(ctx: CheckContext, budget: BudgetFacts, evals: IndicatorEval[]): void {
  const { form, sink, policy, grid } = ctx;
  const statedIndicatorWeights = evals.some((e) => e.block.columns.weight !== null) || form.blocks.some((b) => b.points !== null);
  if (!statedIndicatorWeights || evals.length === 0) return;
  if (evals.some((e) => e.weight === null)) return; // an empty 分值 is reported on its own row
  let sum = budget.report ? budget.weight : new Decimal(0);
  for (const e of evals) sum = sum.plus(e.weight!);
  if (sum.minus(100).abs().greaterThan(0.01)) {
    const at = form.total?.weight ?? { row: form.blocks[0].headerRow, col: form.blocks[0].columns.weight ?? form.blocks[0].columns.name };
    sink.add('weights-total', 'error', at, { sum: formatNumber(sum) });
  }
  if (policy.split && evals.every((e) => e.block.columns.weight !== null)) {
    const sums: Record<SplitGroup, Decimal> = { output: new Decimal(0), benefit: new Decimal(0), satisfaction: new Decimal(0) };
    const firstCell = new Map<SplitGroup, { row: number; col: number }>();
    for (const e of evals) {
      const g = splitGroup(e.level1Id);
      if (!g) continue;
      sums[g] = sums[g].plus(e.weight!);
      if (!firstCell.has(g) && e.block.columns.level1 !== null) firstCell.set(g, grid.anchor(e.row, e.block.columns.level1));
    }
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

/** Total = execution score + indicator scores; checks the stated 总分 and proposes it when empty. */
export function evaluateTotal(ctx: CheckContext, budget: BudgetFacts, evals: IndicatorEval[], writes: PlannedWrite[]): SheetReport['total'] {
  const { form, grid, sink } = ctx;
  let weight = budget.report ? budget.weight : new Decimal(0);
  let low = budget.score ?? new Decimal(0);
  let high = low;
  let known = budget.report === null || budget.score !== null;
  // An execution score that cannot be computed (an empty or unreadable amount) may be anything
  // from 0 to its weight.
  if (!known) high = high.plus(budget.weight);
  let bounded = true;
  for (const e of evals) {
    if (e.weight) weight = weight.plus(e.weight);
    if (e.score) {
      low = low.plus(e.score);
      high = high.plus(e.score);
    } else if (e.scoreRange) {
      low = low.plus(e.scoreRange[0]);
      high = high.plus(e.scoreRange[1]);
      known = false;
    } else if (statedWithinWeight(e)) {
      // A row the engine cannot score (an empty actual, units that do not compare) counts with
      // the score the form states for it, so that the stated total can still be checked.
      low = low.plus(e.scoreCell!.value!);
      high = high.plus(e.scoreCell!.value!);
    } else {
      known = false;
      // An indicator without a weight could score anything: the total has no upper bound.
      if (e.weight) high = high.plus(e.weight);
      else bounded = false;
    }
  }
  const score = known ? low.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : null;
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
