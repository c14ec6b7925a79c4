import Decimal from 'decimal.js';
import { CellRef } from '../grid/address';
import { IndicatorBlock } from '../detect/formModel';
import { levelPoints } from '../detect/taxonomy';
import { formatNumber, sumInOrder, ZERO } from '../compute/decimal';
import { normalizeLabel } from '../text/normalizeLabel';
import { CheckContext } from './checkContext';
import { IndicatorEval } from './indicatorModel';
import { BudgetFacts } from './evaluateBudget';
import { assignImpliedWeights } from './impliedWeights';

/**
 * Phase 2: weights. Where the form has a 分值 / 权重 column they are taken as stated. Otherwise they
 * come from what the form states, never from an assumed even split (issue 8):
 * - full marks on a met indicator: its stated 得分 is its weight;
 * - points written in a label — the block's (年度绩效目标1（40分）, 绩效指标（90分）), a first level's
 *   (产出指标（40分）, 产出指标40分) or a second level's (数量指标15分) — are the weights of what is
 *   under it: when one indicator of a group is left unknown it gets what the points leave; when
 *   several are, they share the points as a pool whose split the form does not state;
 * - with no points anywhere, the indicators share what the policy leaves after the execution weight.
 * A block whose stated scores fit none of these but are whole weights times an uncapped B ÷ A
 * adding up to its points gets those weights (impliedWeights.ts).
 * Met indicators whose full marks fall short of the points over them had a score deducted: the
 * one with a score that is no whole number gets what is short, or they share the points as a pool.
 * A pool's members get no weight or score of their own; the total counts the pool as a whole (the
 * scores stated for it, or the range its attainments allow). A group whose known weights exceed its
 * points, or (all known) do not add up to them, cannot be reconciled: `weights-total` on its label.
 */

export interface WeightPool {
  /** The indicators sharing the points (a shared score cell's first row stands for its rows). */
  members: IndicatorEval[];
  points: Decimal;
}

interface Node {
  points: Decimal | null;
  /** Where a mismatch of the node's points is reported. */
  at: CellRef;
  label: string;
  evals: IndicatorEval[];
  children: Node[];
}

/** The rows sharing `e`'s score cell (itself, then the rows its merge covers). */
function unitOf(e: IndicatorEval, byRow: Map<number, IndicatorEval>): IndicatorEval[] {
  const out = [e];
  for (let r = e.row + 1; r < e.row + e.scoreSpan; r++) {
    const m = byRow.get(r);
    if (m && m.scoreSpan === 0) out.push(m);
  }
  return out;
}

/** Full marks on a met indicator (or a shared score over met indicators only): the stated score is the weight. */
function metScore(e: IndicatorEval, byRow: Map<number, IndicatorEval>): Decimal | null {
  const stated = e.scoreCell?.value ?? null;
  if (stated === null || stated.isNegative() || e.scoreSpan < 1) return null;
  return unitOf(e, byRow).every((m) => m.met === true) ? stated : null;
}

function pointsDecimal(p: number | null): Decimal | null {
  return p === null ? null : new Decimal(p);
}

/** The block → first level → second level tree of a block without a weight column. */
function treeOf(ctx: CheckContext, block: IndicatorBlock, evals: IndicatorEval[]): Node {
  const grid = ctx.grid;
  const blockAt = block.label ?? { row: block.headerRow, col: block.columns.name };
  const root: Node = { points: pointsDecimal(block.points), at: blockAt, label: block.label ? grid.text(blockAt.row, blockAt.col).trim() : '', evals: [], children: [] };
  const level1 = new Map<string, Node>();
  const level2 = new Map<string, Node>();
  for (const e of evals) {
    let parent = root;
    if (e.level1 !== null && block.columns.level1 !== null) {
      let n = level1.get(e.level1);
      if (!n) {
        const at = grid.anchor(e.row, block.columns.level1);
        n = { points: pointsDecimal(levelPoints(normalizeLabel(e.level1))), at, label: e.level1, evals: [], children: [] };
        level1.set(e.level1, n);
        root.children.push(n);
      }
      parent = n;
    }
    if (e.level2 !== null && block.columns.level2 !== null) {
      const key = `${e.level1 ?? ''}|${e.level2}`;
      let n = level2.get(key);
      if (!n) {
        const points = pointsDecimal(levelPoints(normalizeLabel(e.level2)));
        n = { points, at: grid.anchor(e.row, block.columns.level2), label: e.level2, evals: [], children: [] };
        level2.set(key, n);
        parent.children.push(n);
      }
      parent = n;
    }
    parent.evals.push(e);
  }
  return root;
}

interface Resolved {
  /** The known weight under the node: its points, or else the sum of the weights known under it. */
  known: Decimal;
  /** Indicators under it whose weight is still unknown (and not covered by points). */
  unknown: IndicatorEval[];
}

/** Resolves a node bottom-up (see the module comment), collecting pools and mismatches. */
function resolve(ctx: CheckContext, node: Node, pools: WeightPool[], complete: boolean): Resolved {
  const known: Decimal[] = [];
  const unknown: IndicatorEval[] = [];
  for (const e of node.evals) {
    if (e.scoreSpan === 0) continue; // counted with the row whose score covers it
    if (e.weight !== null) known.push(e.weight);
    else unknown.push(e);
  }
  for (const c of node.children) {
    const r = resolve(ctx, c, pools, complete);
    known.push(r.known);
    unknown.push(...r.unknown);
  }
  const sum = sumInOrder(ZERO, known);
  if (node.points === null) return { known: sum, unknown };
  const left = node.points.minus(sum);
  if (unknown.length === 0 && left.greaterThan(0.01) && deductedOnMet(node, left, pools)) return { known: node.points, unknown: [] };
  const mismatch = left.isNegative() ? left.abs().greaterThan(0.01) : unknown.length === 0 && left.abs().greaterThan(0.01);
  if (mismatch && complete) {
    ctx.sink.add('weights-total', 'error', node.at, { sum: formatNumber(sum), expected: formatNumber(node.points), part: node.label || null });
  }
  if (unknown.length === 1 && !left.isNegative()) {
    unknown[0].weight = left;
    unknown[0].weightSource = 'points';
  } else if (unknown.length > 1) {
    pools.push({ members: unknown, points: left.isNegative() ? ZERO : left });
  }
  return { known: node.points, unknown: [] };
}

/** The indicators under a node (its own and its children's), each score cell once. */
function evalsUnder(node: Node): IndicatorEval[] {
  return [...node.evals.filter((e) => e.scoreSpan !== 0), ...node.children.flatMap(evalsUnder)];
}

/**
 * Full marks on met indicators that fall short of the points stated over them (年度绩效目标1（40分）
 * over three met rows scored 10, 10 and 19.6): the weights are not wrong, a met indicator was scored
 * below its weight. When exactly one of them has a score that is no whole number, it is the one:
 * its weight is its score plus what is short (19.6 + 0.4 = 20). Otherwise they share the points as a
 * pool (all met: the pool scores its points in full). Only where every indicator under the node is
 * met and nothing under it states points of its own.
 */
function deductedOnMet(node: Node, left: Decimal, pools: WeightPool[]): boolean {
  if (node.points === null || node.children.some((c) => c.points !== null || c.children.some((g) => g.points !== null))) return false;
  const under = evalsUnder(node);
  if (under.length === 0 || !under.every((e) => e.weightSource === 'met-score')) return false;
  const odd = under.filter((e) => !e.weight!.isInteger());
  if (odd.length === 1) {
    odd[0].weight = odd[0].weight!.plus(left);
    odd[0].weightSource = 'points';
    return true;
  }
  for (const e of under) {
    e.weight = null;
    e.weightSource = null;
  }
  pools.push({ members: under, points: node.points });
  return true;
}

/** Assigns every indicator its weight (see the module comment); returns the pools. */
export function assignWeights(ctx: CheckContext, evals: IndicatorEval[], budget: BudgetFacts, complete: boolean): WeightPool[] {
  const byRow = new Map(evals.map((e) => [e.row, e]));
  const rest: IndicatorEval[] = [];
  for (const e of evals) {
    if (e.block.columns.weight !== null) {
      e.weight = e.weightCell?.value ?? null;
      e.weightSource = e.weight === null ? null : 'column';
      continue;
    }
    rest.push(e);
    const w = metScore(e, byRow);
    if (w !== null) {
      e.weight = w;
      e.weightSource = 'met-score';
    }
  }
  if (rest.length === 0) return [];
  const pools: WeightPool[] = [];
  const unknown: IndicatorEval[] = [];
  const blocks = [...new Set(rest.map((e) => e.block))];
  for (const b of blocks) assignImpliedWeights(ctx, b, rest.filter((e) => e.block === b && e.scoreSpan !== 0));
  let stated = ZERO;
  for (const b of blocks) {
    const r = resolve(ctx, treeOf(ctx, b, rest.filter((e) => e.block === b)), pools, complete);
    stated = stated.plus(r.known);
    unknown.push(...r.unknown);
  }
  if (unknown.length > 0) {
    // Nothing states their points: they share what the policy leaves after the execution weight
    // and the indicators whose weights are known.
    const columnWeights = sumInOrder(ZERO, evals.filter((e) => e.weightSource === 'column' && e.weight).map((e) => e.weight!));
    const left = new Decimal(100).minus(budget.weight).minus(stated).minus(columnWeights);
    if (unknown.length === 1 && !left.isNegative()) {
      unknown[0].weight = left;
      unknown[0].weightSource = 'points';
    } else pools.push({ members: unknown, points: left.isNegative() ? ZERO : left });
  }
  return pools;
}
