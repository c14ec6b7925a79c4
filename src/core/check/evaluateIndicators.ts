import { CellRef, toA1 } from '../grid/address';
import { IndicatorBlock, IndicatorRow } from '../detect/formModel';
import { IndicatorReport } from '../report/reportSchema';
import { CheckContext } from './checkContext';
import { IndicatorEval } from './indicatorModel';
import { BudgetFacts } from './evaluateBudget';
import { PlannedWrite } from './writePlan';
import { SheetMemo } from './sheetMemo';
import { readIndicator } from './readIndicator';
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
      evals.push(readIndicator(ctx, memo, block, r, budget));
    }
  }
  const pools = assignWeights(ctx, evals, budget, complete);
  for (let i = 0; i < evals.length; i++) scoreIndicator(ctx, memo, evals[i], writes);
  checkGroups(ctx, memo, evals, groupOnly);
  return { evals, pools, reports: evals.map((e) => toReport(memo, e)) };
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
