import Decimal from 'decimal.js';
import { toA1 } from '../grid/address';
import { formatNumber, round, sumInOrder, ZERO } from '../compute/decimal';
import { gradeOf } from '../compute/grade';
import { levelPoints, splitGroup, SplitGroup } from '../detect/taxonomy';
import { normalizeLabel } from '../text/normalizeLabel';
import { SheetReport } from '../report/reportSchema';
import { CheckContext } from './checkContext';
import { BudgetFacts } from './evaluateBudget';
import { IndicatorEval } from './indicatorModel';
import { WeightPool } from './inferWeights';
import { readNumber } from './readCells';
import { PlannedWrite } from './writePlan';

const SPLIT_NAMES: Record<SplitGroup, string> = { output: '产出指标', benefit: '效益指标', satisfaction: '满意度指标' };

/** The indicators that count on their own: not pool members, not rows under another row's score. */
function ownRows(evals: IndicatorEval[], pools: WeightPool[]): { own: IndicatorEval[]; pooled: Set<IndicatorEval> } {
  const pooled = new Set(pools.flatMap((p) => p.members));
  return { own: evals.filter((e) => e.scoreSpan !== 0 && !pooled.has(e)), pooled };
}

/**
 * The execution weight plus every indicator's weight (a pool counts its points), in the form's
 * order; null when an indicator has no weight. Computed once for both {@link checkWeights} and
 * {@link evaluateTotal}.
 */
export function sumWeights(budget: BudgetFacts, evals: IndicatorEval[], pools: WeightPool[] = []): Decimal | null {
  const weights: Decimal[] = [];
  const { own } = ownRows(evals, pools);
  // Indexed loops over the indicators here: once per sheet, largely before V8 optimises the code,
  // where a for-of allocates an iterator result per indicator.
  for (let i = 0; i < own.length; i++) {
    const w = own[i].weight;
    if (w === null) return null;
    weights.push(w);
  }
  for (const p of pools) weights.push(p.points);
  return sumInOrder(budget.weight, weights);
}

/**
 * Weights add up to 100 and follow the policy's split, where the form states weights (a 分值 column,
 * or points in its labels); on a form cut off, only what is already too much is said. `weights` is
 * {@link sumWeights}. A block or level whose weights do not match its own points is reported by
 * inferWeights; the form's sum is then not reported again.
 */
export function checkWeights(ctx: CheckContext, budget: BudgetFacts, evals: IndicatorEval[], weights: Decimal | null, complete = true): void {
  const { form, sink, policy, grid } = ctx;
  // Each distinct level label once: a long form repeats a handful of them.
  const levels = new Set<string>();
  for (const e of evals) {
    if (e.level1) levels.add(e.level1);
    if (e.level2) levels.add(e.level2);
  }
  const levelPointsStated = [...levels].some((l) => levelPoints(normalizeLabel(l)) !== null);
  const statedIndicatorWeights =
    evals.some((e) => e.weightSource === 'column' || e.weightSource === 'met-score' || e.weightSource === 'implied') || form.blocks.some((b) => b.points !== null) || levelPointsStated;
  if (!statedIndicatorWeights || evals.length === 0) return;
  // On a form cut off (form-incomplete) the rows not there can only add weight: a sum already
  // above 100, or a first level already above its share, is wrong whatever they hold; one below
  // is not judged.
  const off = (have: Decimal, expected: Decimal | number): boolean =>
    complete ? have.minus(expected).abs().greaterThan(0.01) : have.minus(expected).greaterThan(0.01);
  if (policy.split) {
    const { sums, fromLabels } = splitSums(evals);
    const firstCell = new Map<SplitGroup, { row: number; col: number }>();
    for (let i = 0; i < evals.length; i++) {
      const e = evals[i];
      const g = splitGroup(e.level1Id);
      if (g && !firstCell.has(g) && e.block.columns.level1 !== null) firstCell.set(g, grid.anchor(e.row, e.block.columns.level1));
    }
    for (const g of Object.keys(sums) as SplitGroup[]) {
      const at = firstCell.get(g);
      const have = sums[g];
      if (!at || have === undefined) continue; // level1-absent covers a missing group
      // Points a label states are the level's whole points, cut off or not.
      if (fromLabels ? !have.equals(policy.split[g]) : off(have, policy.split[g])) {
        sink.add('weights-split-unusual', 'warning', at, { level1: SPLIT_NAMES[g], stated: formatNumber(have), expected: String(policy.split[g]) });
      }
    }
  }
  if (weights === null) return; // an empty 分值 is reported on its own row
  if (sink.has('weights-total')) return;
  const sum = weights;
  if (off(sum, 100)) {
    const first = form.blocks[0];
    const at = form.total?.weight ?? first.label ?? { row: first.headerRow, col: first.columns.weight ?? first.columns.name };
    sink.add('weights-total', 'error', grid.anchor(at.row, at.col), { sum: formatNumber(sum), expected: '100', part: null });
  }
}

/**
 * Each first-level group's points as the form states them: the sum of its 分值 where every
 * indicator has one from the column; else the points its first-level labels state (产出指标（40分）),
 * where every label of the group states them. A group the form does not state is left out.
 */
function splitSums(evals: IndicatorEval[]): { sums: Partial<Record<SplitGroup, Decimal>>; fromLabels: boolean } {
  const out: Partial<Record<SplitGroup, Decimal>> = {};
  if (evals.every((e) => e.weightSource === 'column' && e.weight !== null)) {
    for (const e of evals) {
      const g = splitGroup(e.level1Id);
      if (g) out[g] = (out[g] ?? ZERO).plus(e.weight!);
    }
    return { sums: out, fromLabels: false };
  }
  const labels = new Map<SplitGroup, Map<string, number | null>>();
  for (const e of evals) {
    const g = splitGroup(e.level1Id);
    if (!g || !e.level1) continue;
    const m = labels.get(g) ?? new Map<string, number | null>();
    m.set(e.level1, levelPoints(normalizeLabel(e.level1)));
    labels.set(g, m);
  }
  for (const [g, m] of labels) {
    const points = [...m.values()];
    if (points.every((p): p is number => p !== null)) out[g] = sumInOrder(ZERO, points.map((p) => new Decimal(p)));
  }
  return { sums: out, fromLabels: true };
}

function statedWithinWeight(e: IndicatorEval): boolean {
  const v = e.scoreCell?.value;
  return !!v && !!e.weight && !v.isNegative() && v.lessThanOrEqualTo(e.weight);
}

/** The fraction of its weight an indicator may score: [low, high] (see the policy's bands). */
function fractionRange(ctx: CheckContext, e: IndicatorEval): [number, number] {
  const bands = ctx.policy.bands;
  if (e.met === true) return [1, 1];
  if (e.target.kind === 'quantity' && e.attainment !== null) {
    const a = e.attainment.toNumber();
    return [a, a];
  }
  const band = e.actual.kind === 'qualitative' ? e.actual.band : null;
  if (band === 'partly') return [bands.partly, bands.met];
  if (band === 'not-met') return [0, bands.partly];
  return [0, 1];
}

/**
 * What a pool of indicators sharing `points` adds to the total: the scores the form states for them
 * when every one has one and they fit the points; otherwise the range their attainments allow,
 * whatever the split: from the points times the lowest attainment to the points times the highest.
 */
function poolTerm(ctx: CheckContext, pool: WeightPool, evals: IndicatorEval[]): [Decimal, Decimal] {
  const stated = pool.members.map((m) => m.scoreCell?.value ?? null);
  // A pool of met indicators scores its points in full, whatever was stated for it.
  const allMet = pool.members.every((m) => m.met === true);
  if (!allMet && stated.every((v) => v !== null && !v.isNegative())) {
    const sum = sumInOrder(ZERO, stated as Decimal[]);
    if (!sum.minus(pool.points).greaterThan(0.01)) return [sum, sum];
  }
  let lo = 1;
  let hi = 0;
  for (const m of pool.members) {
    const rows = evals.filter((e) => e === m || (e.scoreSpan === 0 && e.row > m.row && e.row < m.row + m.scoreSpan));
    for (const e of rows) {
      const [l, h] = fractionRange(ctx, e);
      lo = Math.min(lo, l);
      hi = Math.max(hi, h);
    }
  }
  return [pool.points.times(lo), pool.points.times(hi)];
}

/**
 * Total = execution score + indicator scores; checks the stated 总分 and proposes it when empty.
 * `weights` is {@link sumWeights}. Where the split of some points is unknown (a pool), the total is
 * a range; its grade is given when both ends have the same one.
 */
export function evaluateTotal(
  ctx: CheckContext,
  budget: BudgetFacts,
  evals: IndicatorEval[],
  pools: WeightPool[],
  writes: PlannedWrite[],
  weights: Decimal | null,
  complete = true,
): SheetReport['total'] {
  const { form, grid, sink } = ctx;
  const { own } = ownRows(evals, pools);
  // Without a weight on every indicator, the total weight is that of the indicators that have one.
  let weight = weights ?? budget.weight;
  // The bounds of the total, as the terms added to the execution score (see sumInOrder).
  const lowTerms: Decimal[] = [];
  const highTerms: Decimal[] = [];
  /** Some term of high differs from low's. */
  let widened = false;
  // Execution's score is unknown when the amounts cannot give one, or when the budget block is not
  // on the sheet while the form's points leave room for it.
  let known = budget.report === null ? budget.weight.isZero() : budget.score !== null;
  // An execution score that cannot be computed (an empty or unreadable amount) may be anything
  // from 0 to its weight.
  if (!known) {
    highTerms.push(budget.weight);
    widened = true;
  }
  let bounded = true;
  for (let i = 0; i < own.length; i++) {
    const e = own[i];
    if (e.weight && weights === null) weight = weight.plus(e.weight);
    if (e.score) {
      lowTerms.push(e.score);
      highTerms.push(e.score);
    } else if (e.scoreRange) {
      lowTerms.push(e.scoreRange[0]);
      highTerms.push(e.scoreRange[1]);
      known = false;
      widened = true;
    } else if (statedWithinWeight(e) || (e.weight === null && e.scoreCell?.value && !e.scoreCell.value.isNegative())) {
      // A row the engine cannot score (an empty actual, units that do not compare, no weight)
      // counts with the score the form states for it, so that the stated total can still be checked.
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
  for (const p of pools) {
    const [lo, hi] = poolTerm(ctx, p, evals);
    if (weights === null) weight = weight.plus(p.points);
    lowTerms.push(lo);
    highTerms.push(hi);
    if (!lo.equals(hi)) {
      known = false;
      widened = true;
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
    const c = readNumber(grid, cellAt, null, true);
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
        // Weights that do not add up (weights-total, said already) make the computed total no
        // measure of the stated one: the same mistake, said once as an error; nothing is written.
        const weightsOff = sink.has('weights-total');
        sink.add('total-mismatch', weightsOff ? 'warning' : 'error', cellAt, { stated: formatNumber(stated), computed: score ? formatNumber(score) : range, weightsOff });
        if (score && !c.formula && !weightsOff) writes.push({ at: cellAt, value: round(score), numberFormat: null, what: 'total', overwrites: true });
      }
    }
  }
  const range: [number, number] | null = score === null && complete && bounded && widened ? [round(low), round(high)] : null;
  const rangeGrade = range && gradeOf(low.toDecimalPlaces(2)) === gradeOf(high.toDecimalPlaces(2)) ? gradeOf(low.toDecimalPlaces(2)) : null;
  return {
    weight: round(weight, 2),
    score: score ? score.toNumber() : null,
    statedScore: stated ? stated.toNumber() : null,
    grade: score ? gradeOf(score) : rangeGrade,
    range,
    cell: cellAt ? toA1(cellAt.row, cellAt.col) : null,
  };
}
