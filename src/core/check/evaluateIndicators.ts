import Decimal from 'decimal.js';
import { CellRef, toA1 } from '../grid/address';
import { IndicatorBlock, IndicatorRow } from '../detect/formModel';
import { IndicatorReport } from '../report/reportSchema';
import { CheckContext } from './checkContext';
import { IndicatorEval } from './indicatorModel';
import { BudgetFacts } from './evaluateBudget';
import { PlannedWrite } from './writePlan';
import { SheetMemo } from './sheetMemo';
import { readIndicator } from './readIndicator';
import { readSecondMeasure } from './readSecondMeasure';
import { assignWeights, WeightPool } from './inferWeights';
import { scoreIndicator } from './scoreIndicator';
import { checkGroups } from './checkGroups';

/**
 * The indicator rows of a form, in four phases: each row read and checked on its own
 * (readIndicator), weights from what the form states (inferWeights), scores against weights and
 * explanations (scoreIndicator), then checks across rows (checkGroups).
 */

export interface IndicatorFacts {
  evals: IndicatorEval[];
  /** The budget facts the weights and the total count (execution's points as the form has them). */
  budget: BudgetFacts;
  /** Indicators sharing points whose split the form does not state (see inferWeights). */
  pools: WeightPool[];
  reports: IndicatorReport[];
}

export function evaluateIndicators(ctx: CheckContext, budget: BudgetFacts, writes: PlannedWrite[], complete: boolean): IndicatorFacts {
  const memo = new SheetMemo(ctx);
  const evals: IndicatorEval[] = [];
  const groupOnly: { block: IndicatorBlock; row: IndicatorRow }[] = [];
  // Indexed loops over the rows: this runs once per sheet, largely before V8 optimises it, and a
  // for-of there allocates an iterator result per row.
  for (const block of ctx.form.blocks) {
    for (let i = 0; i < block.rows.length; i++) {
      const r = block.rows[i];
      if (r.subtotal) continue; // a heading over numbered indicators, counted in them
      if (r.placeholder || r.groupOnly) {
        // A template line (reported by the placeholder scan) or a level label alone: no indicator.
        groupOnly.push({ block, row: r });
        continue;
      }
      const e = readIndicator(ctx, memo, block, r, budget);
      if (block.columns.target2 != null) readSecondMeasure(ctx, memo, block, r, budget, e);
      evals.push(e);
    }
  }
  const counted = withExecutionPoints(ctx, budget, evals);
  const pools = assignWeights(ctx, evals, counted, complete);
  for (let i = 0; i < evals.length; i++) scoreIndicator(ctx, memo, evals[i], writes);
  checkGroups(ctx, memo, evals, groupOnly);
  return { evals, budget: counted, pools, reports: evals.map((e) => toReport(memo, e)) };
}

const EXECUTION_RATE = /(?:预算|资金)执行率/;

/**
 * Execution's points as the form counts them in its 100: the budget block's weight (stated, or
 * the policy's); none where the block scores nothing and the form scores execution as one of its
 * indicators (预算执行率 under 项目管理) or its indicators' 分值 make 100 alone; and, for a form whose
 * budget block is not on the sheet (cut off above), what its indicator blocks' stated points leave
 * of 100, else none.
 */
function withExecutionPoints(ctx: CheckContext, budget: BudgetFacts, evals: IndicatorEval[]): BudgetFacts {
  if (budget.report === null) {
    const blocks = ctx.form.blocks;
    const stated = blocks.length > 0 && blocks.every((b) => b.points !== null) ? blocks.reduce((n, b) => n + b.points!, 0) : null;
    return { ...budget, weight: new Decimal(stated !== null && stated < 100 ? 100 - stated : 0) };
  }
  if (budget.scored) return budget;
  // A budget block with no 分值, 得分 or points: execution counts with the policy's weight, unless the
  // form scores it as an indicator, or its stated weights already make 100 without it.
  const columnWeights = evals.filter((e) => e.block.columns.weight !== null && e.weightCell?.value).map((e) => e.weightCell!.value!);
  const stated = columnWeights.reduce((a, b) => a.plus(b), new Decimal(0));
  const byIndicator = evals.some((e) => EXECUTION_RATE.test(e.normalizedName));
  if (byIndicator || (columnWeights.length === evals.length && evals.length > 0 && stated.equals(100))) {
    return { ...budget, weight: new Decimal(0), score: new Decimal(0) };
  }
  return budget;
}

/** A cell's A1 address, or null. */
function a1(c: CellRef | null): string | null {
  return c ? toA1(c.row, c.col) : null;
}

function toReport(memo: SheetMemo, e: IndicatorEval): IndicatorReport {
  const t = e.target;
  const a = e.actual;
  return {
    row: e.row + 1,
    level1: e.level1,
    level2: e.level2,
    name: e.label,
    unit: e.unit,
    target: {
      text: t.kind === 'empty' ? '' : t.text,
      op: t.kind === 'quantity' ? t.op : null,
      value: t.kind === 'quantity' ? memo.toNumber(t.value) : null,
      unit: t.kind === 'quantity' ? t.unit : null,
      qualitative: t.kind === 'qualitative',
    },
    actual: {
      text: a.kind === 'empty' ? '' : a.text,
      value: e.actualValue ? memo.toNumber(e.actualValue) : a.kind === 'quantity' ? memo.toNumber(a.value) : null,
      unit: a.kind === 'quantity' ? (a.unit ?? e.unit) : null,
      band: a.kind === 'qualitative' ? a.band : null,
    },
    met: e.met,
    attainment: e.attainment ? memo.round(e.attainment, 6) : e.met === true ? 1 : null,
    weight: e.weight ? memo.round(e.weight, 4) : null,
    score: e.score ? memo.round(e.score) : null,
    statedScore: e.scoreCell?.value ? memo.toNumber(e.scoreCell.value) : null,
    scoreRange: e.scoreRange ? [memo.round(e.scoreRange[0]), memo.round(e.scoreRange[1])] : null,
    cells: { target: a1(e.targetAt), actual: a1(e.actualAt), score: a1(e.scoreCell?.at ?? null) },
  };
}
