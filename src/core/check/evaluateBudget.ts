import Decimal from 'decimal.js';
import { CellRef, toA1 } from '../grid/address';
import { BudgetBlock, BudgetRow } from '../detect/formModel';
import { executionRate, executionScore } from '../compute/executionRate';
import { formatNumber, formatPercent, round, toNum } from '../compute/decimal';
import { BudgetReport } from '../report/reportSchema';
import { CheckContext, fieldName } from './checkContext';
import { NumberCell, readNumber, readRate } from './readCells';
import { PlannedWrite } from './writePlan';
import { displayAt } from './displayValue';

/** The budget block's numbers, for the indicator and total checks. */
export interface BudgetFacts {
  report: BudgetReport | null;
  budget: Decimal | null;
  executed: Decimal | null;
  rate: Decimal | null;
  weight: Decimal;
  score: Decimal | null;
  /** The weight comes from the form (分值 cell or block points) rather than the policy. */
  weightStated: boolean;
  /** The block has a 分值 or 得分 column or states its points: it scores execution itself. */
  scored: boolean;
}

const BUDGET_WORDS = /执行|预算|资金|支出|支付|结转|结余|拨付|采购/;
const CAUSE_WORDS = /原因|由于|因为|因|导致|受|影响|未能|尚未|推迟|延期|滞后/;
/** Words a reason footer uses of a budget adjustment. */
const ADJUST_WORDS = /调整|追加|调增|调减|追减|调剂|增加预算|核减|压减/;

/** Whether there is text that could explain low execution: a reason cell or a reason footer. */
function budgetReasonGiven(ctx: CheckContext, b: BudgetBlock, totalRow: number): boolean {
  const { grid, form } = ctx;
  if (b.columns.reason !== null) {
    const a = grid.anchor(totalRow, b.columns.reason);
    const t = grid.text(a.row, a.col).trim();
    if (t && !/^[\d.%\s]*$/.test(t)) return true;
  }
  // Sichuan forms want the reason in the block's own 原因 column (forms.md); elsewhere a reason
  // footer that speaks of the budget and gives a cause will do.
  if (ctx.form.kind === 'sichuan-project' && b.columns.reason !== null) return false;
  return form.footers.some((f) => f.kind === 'reason' && BUDGET_WORDS.test(f.text) && CAUSE_WORDS.test(f.text));
}

function numberAsText(ctx: CheckContext, cells: NumberCell[]): void {
  for (const c of cells) if (c.fromText) ctx.sink.add('number-as-text', 'info', c.at, { text: c.text });
}

/** A 其中 row's stated rate against its own amounts (no write: only the total row's rate is filled in). */
function checkStatedRate(ctx: CheckContext, b: BudgetBlock, row: number, cols: BudgetBlock['columns']): void {
  const { grid, sink } = ctx;
  const cell = (col: number | null) => {
    const a = col === null ? null : grid.anchor(row, col);
    return a && a.row === row ? a : null;
  };
  const rateAt = cell(cols.rate);
  if (!rateAt) return;
  const stated = readRate(grid, rateAt, b.rateInPercent);
  const budgetAt = cell(cols.adjusted) ?? cell(cols.original);
  const execAt = cell(cols.executed);
  if (stated.value === null || !budgetAt || !execAt) return;
  const budget = readNumber(grid, budgetAt, '万元').value;
  const exec = readNumber(grid, execAt, '万元').value;
  const rate = budget !== null && exec !== null ? executionRate(exec, budget) : null;
  if (rate !== null && stated.value.minus(rate).abs().times(100).greaterThan(0.05)) {
    sink.add('execution-rate-mismatch', 'error', stated.at, { stated: formatPercent(stated.value), computed: formatPercent(rate) });
  }
}

export function evaluateBudget(ctx: CheckContext, writes: PlannedWrite[]): BudgetFacts {
  const { grid, form, policy, sink, settings } = ctx;
  const b = form.budget;
  const policyWeight = new Decimal(policy.executionWeight);
  if (!b || b.rows.length === 0) {
    return { report: null, budget: null, executed: null, rate: null, weight: policyWeight, score: null, weightStated: false, scored: false };
  }
  const total = b.rows.find((r) => r.kind === 'total') ?? b.rows[0];
  const cols = b.columns;
  const at = (col: number | null, row = total.row): CellRef | null => (col === null ? null : grid.anchor(row, col));
  const amount = (col: number | null, row = total.row): NumberCell | null => {
    const a = at(col, row);
    return a && a.row === row ? readNumber(grid, a, '万元') : null;
  };

  const original = amount(cols.original);
  const adjusted = amount(cols.adjusted);
  const executed = amount(cols.executed);
  const budgetCell = adjusted ?? original;
  numberAsText(ctx, [original, adjusted, executed].filter((c): c is NumberCell => c !== null));

  const fieldOf = (c: NumberCell): string =>
    c === executed ? fieldName(ctx, 'executed') : c === adjusted ? fieldName(ctx, 'adjusted') : fieldName(ctx, 'original');
  // Every amount of the scored row the form has a column for: 年初预算数 too, beside 全年预算数.
  for (const c of [original, adjusted, executed]) {
    if (c && c.value === null && !c.error) sink.add('budget-value-invalid', 'error', c.at, { field: fieldOf(c), text: displayAt(grid, c.at) });
  }
  // A budget of 0 with money spent against it (0 of 0 is no finding: nothing was budgeted or spent).
  if (budgetCell && budgetCell.value !== null && budgetCell.value.isZero() && executed?.value && !executed.value.isZero()) {
    sink.add('budget-value-invalid', 'error', budgetCell.at, {
      field: fieldOf(budgetCell),
      text: budgetCell.text,
      spentField: fieldOf(executed),
      spent: displayAt(grid, executed.at),
    });
  }

  const budget = budgetCell?.value ?? null;
  const exec = executed?.value ?? null;
  const rate = budget !== null && exec !== null ? executionRate(exec, budget) : null;

  // The stated rate, of the total row (filled in when empty) and of every 其中 row stating one.
  for (const sub of b.rows) {
    if (sub === total || cols.rate === null) continue;
    checkStatedRate(ctx, b, sub.row, cols);
  }
  const rateAt = at(cols.rate);
  const rateCell = rateAt && rateAt.row === total.row ? readRate(grid, rateAt, b.rateInPercent) : null;
  if (rateCell && rate !== null) {
    if (rateCell.empty && !rateCell.formula) {
      sink.add('execution-rate-empty', 'info', rateCell.at, { computed: formatPercent(rate) });
      writes.push({ at: rateCell.at, value: round(rate, 4), numberFormat: '0.00%', what: 'rate', overwrites: false });
    } else if (rateCell.value !== null) {
      const diffPoints = rateCell.value.minus(rate).abs().times(100);
      if (diffPoints.greaterThan(0.05)) {
        sink.add('execution-rate-mismatch', 'error', rateCell.at, { stated: formatPercent(rateCell.value), computed: formatPercent(rate) });
        writes.push({ at: rateCell.at, value: round(rate, 4), numberFormat: '0.00%', what: 'rate', overwrites: true });
      }
    }
  }

  // A department form without an adjusted-budget column measures against 年初预算数, and its rate
  // can legitimately exceed 100% (forms.md: mid-year additions are not in it): spending above the
  // original budget is still said, as a warning naming the missing adjusted budget.
  const againstOriginalOnly = form.kind === 'department' && cols.adjusted === null;
  if (rate !== null && budget !== null && exec !== null && exec.greaterThan(budget)) {
    sink.add('over-budget', againstOriginalOnly ? 'warning' : 'error', executed!.at, {
      executed: formatNumber(exec, 4),
      budget: formatNumber(budget, 4),
      rate: formatPercent(rate),
      basis: againstOriginalOnly ? 'original-only' : 'budget',
    });
  }

  // Sub-rows: their sums, and no scores on them. With subtotal rows (财政资金小计 over ① ② ③), the
  // total is the sum of the subtotals and each subtotal the sum of the rows under it.
  const subs = b.rows.filter((r) => r.kind !== 'total');
  for (const [parent, children] of sumsOf(b.rows, total)) {
    for (const col of [cols.original, cols.adjusted, cols.received, cols.executed]) {
      if (col === null) continue;
      const totalCell = amount(col, parent.row);
      if (!totalCell || totalCell.value === null) continue;
      let sum = new Decimal(0);
      let any = false;
      for (const s of children) {
        const c = amount(col, s.row);
        if (c?.value) {
          sum = sum.plus(c.value);
          any = true;
        }
      }
      if (any && sum.minus(totalCell.value).abs().greaterThan(0.01)) {
        const header = grid.text(grid.anchor(b.headerRow, col).row, grid.anchor(b.headerRow, col).col).replace(/\s+/g, '');
        sink.add('subtotal-mismatch', isWordedAsTotal(parent) ? 'error' : 'warning', totalCell.at, { column: header, total: formatNumber(totalCell.value, 4), sum: formatNumber(sum, 4) });
      }
    }
  }
  for (const s of subs) {
    for (const col of [cols.weight, cols.score]) {
      const c = amount(col, s.row);
      if (c && !c.empty && !c.dash && !(c.value?.isZero() ?? false)) {
        sink.add('sub-row-scored', 'warning', c.at, { row: s.label || toA1(s.row, 0) });
      }
    }
  }

  // Low execution (by the stated rate when the amounts cannot give one), adjusted budgets.
  const threshold = new Decimal(settings.lowExecutionThreshold);
  const judged = rate ?? rateCell?.value ?? null;
  if (judged !== null && judged.lessThan(threshold) && !budgetReasonGiven(ctx, b, total.row)) {
    sink.add('low-execution-unexplained', policy.lowExecutionSeverity, rateCell?.at ?? executed?.at ?? null, {
      rate: formatPercent(judged),
      threshold: formatPercent(threshold),
    });
  }
  const adjustedToSpend = (row: number): boolean => {
    const o = amount(cols.original, row)?.value;
    const a = amount(cols.adjusted, row);
    const x = amount(cols.executed, row)?.value;
    if (!o || !a?.value || o.equals(a.value) || !x || !a.value.equals(x) || a.value.isZero()) return false;
    sink.add('budget-adjusted-to-spend', 'warning', a.at, { original: formatNumber(o, 4), adjusted: formatNumber(a.value, 4) });
    return true;
  };
  // A 其中 row shows it when the total row does not (a total row left at zero, or not adjusted).
  const toSpend = adjustedToSpend(total.row);
  if (!toSpend) for (const sub of b.rows) if (sub !== total && adjustedToSpend(sub.row)) break;
  if (original?.value && adjusted?.value && !original.value.equals(adjusted.value)) {
    const params = { original: formatNumber(original.value, 4), adjusted: formatNumber(adjusted.value, 4) };
    if (cols.reason !== null) {
      const reasonAt = grid.anchor(total.row, cols.reason);
      if (grid.text(reasonAt.row, reasonAt.col).trim() === '') sink.add('budget-adjusted-unexplained', 'warning', reasonAt, params);
    } else if (!toSpend && !form.footers.some((f) => f.kind === 'reason' && ADJUST_WORDS.test(f.text))) {
      // A form with no reason cell in its block (the national template) gives the reason in its
      // reason footer (偏差原因分析, 存在问题): said on the adjusted budget when no footer speaks of
      // the adjustment; budget-adjusted-to-spend, when it fires, already asks about it.
      sink.add('budget-adjusted-unexplained', 'warning', adjusted.at, params);
    }
  }

  // Weight and score.
  const weightCell = amount(cols.weight);
  let weight = policyWeight;
  let weightStated = false;
  if (weightCell?.value) {
    weight = weightCell.value;
    weightStated = true;
    if (!weightCell.value.equals(policyWeight)) {
      sink.add('execution-weight-unusual', 'warning', weightCell.at, { stated: formatNumber(weightCell.value), expected: String(policy.executionWeight) });
    }
  } else if (b.points !== null) {
    weight = new Decimal(b.points);
    weightStated = true;
    if (!weight.equals(policyWeight)) {
      sink.add('execution-weight-unusual', 'warning', b.label, { stated: formatNumber(weight), expected: String(policy.executionWeight) });
    }
  }
  if (weightCell) numberAsText(ctx, [weightCell]);
  const scoreCell = amount(cols.score);
  // An unusual stated weight beside a score that is the policy's weight × the rate (分值 100, 得分 10
  // at 100%): the weight is the slip, and execution-weight-unusual says so; the score is not called
  // wrong against it.
  if (weightStated && rate !== null && !weight.equals(policyWeight) && scoreCell?.value) {
    const byPolicy = executionScore(policyWeight, rate);
    if (scoreCell.value.minus(byPolicy).abs().lessThanOrEqualTo(0.01) && scoreCell.value.minus(executionScore(weight, rate)).abs().greaterThan(0.01)) {
      weight = policyWeight;
    }
  }
  const score = rate !== null ? executionScore(weight, rate) : null;
  if (scoreCell) {
    numberAsText(ctx, [scoreCell]);
    if (score !== null && scoreCell.empty && !scoreCell.formula) {
      sink.add('score-empty', 'info', scoreCell.at, { name: fieldName(ctx, 'rate'), computed: formatNumber(score) });
      writes.push({ at: scoreCell.at, value: round(score), numberFormat: null, what: 'execution-score', overwrites: false });
    } else if (score !== null && scoreCell.value !== null && scoreCell.value.minus(score).abs().greaterThan(0.01)) {
      sink.add('execution-score-mismatch', 'error', scoreCell.at, {
        stated: formatNumber(scoreCell.value),
        computed: formatNumber(score),
        weight: formatNumber(weight),
        rate: formatPercent(rate!),
      });
      writes.push({ at: scoreCell.at, value: round(score), numberFormat: null, what: 'execution-score', overwrites: true });
    }
  }

  // 项目总预算 against the block.
  const pb = form.header.find((f) => f.key === 'projectBudget');
  if (pb && pb.text) {
    const stated = readNumber(grid, pb.value, '万元');
    const candidates = [original?.value, adjusted?.value].filter((v): v is Decimal => !!v);
    if (stated.value !== null && candidates.length > 0 && !candidates.some((c) => c.minus(stated.value!).abs().lessThanOrEqualTo(0.005))) {
      sink.add('project-budget-mismatch', 'warning', pb.value, { stated: formatNumber(stated.value, 4), budget: formatNumber(candidates[candidates.length - 1], 4) });
    }
  }

  const statedScore = scoreCell?.value ?? null;
  const report: BudgetReport = {
    original: toNum(original?.value),
    adjusted: toNum(adjusted?.value),
    ...(cols.received !== null ? { received: toNum(amount(cols.received)?.value) } : {}),
    executed: toNum(exec),
    rate: rate === null ? null : round(rate, 6),
    statedRate: rateCell?.value ? round(rateCell.value, 6) : null,
    weight: round(weight, 4),
    score: score === null ? null : round(score),
    statedScore: toNum(statedScore),
    cells: {
      rate: rateCell ? toA1(rateCell.at.row, rateCell.at.col) : null,
      score: scoreCell ? toA1(scoreCell.at.row, scoreCell.at.col) : null,
    },
  };
  const scored = cols.weight !== null || cols.score !== null || b.points !== null;
  return { report, budget, executed: exec, rate, weight, score, weightStated, scored };
}

/**
 * A row the form itself words as a total (年度资金总额, 合计, 资金合计数, 财政资金小计) or leaves
 * unlabelled in the total's place. A first row of amounts under any other label (项目资金,
 * 财政拨款) is taken for the total by position only: the rows below may be parts of it or not, so
 * their sum not matching is said as a warning, not an error.
 */
function isWordedAsTotal(row: BudgetRow): boolean {
  return row.label === '' || /合计|总计|小计|总额|总金额|总数|总预算/.test(row.label);
}

/** A breakdown row numbered under a subtotal (①中央资金, 1.市级资金, (1)…, 其中…). */
const UNDER_SUBTOTAL = /^(?:[\u2460-\u2473]|\d{1,2}[.、]|\(\d{1,2}\)|其中)/;

/**
 * The sums a budget block states: the total row over its 其中 rows; where subtotal rows stand
 * (财政资金小计, 其他资金小计), the total over the subtotals and the rows beside them, and each
 * subtotal over the numbered rows right under it (①, ②…). A row under a subtotal that is not
 * numbered (其他资金 after 财政资金小计) is a part of the total, not of the subtotal.
 */
function sumsOf(rows: readonly BudgetRow[], total: BudgetRow): [BudgetRow, BudgetRow[]][] {
  const groups = rows.filter((r) => r.kind === 'group' && r !== total);
  if (groups.length === 0) {
    const subs = rows.filter((r) => r.kind === 'sub');
    return subs.length > 0 ? [[total, subs]] : [];
  }
  // A block without a 合计 row scores its first subtotal (财政资金小计): it sums its own rows only.
  const totalIsGroup = /小计$/.test(total.label);
  const parts: BudgetRow[] = [];
  const out: [BudgetRow, BudgetRow[]][] = [];
  let current: [BudgetRow, BudgetRow[]] | null = null;
  for (const r of rows) {
    if (r === total) current = totalIsGroup ? (out.push([r, []]), out[out.length - 1]) : null;
    else if (r.kind === 'group') {
      parts.push(r);
      out.push((current = [r, []]));
    } else if (current && UNDER_SUBTOTAL.test(r.label)) current[1].push(r);
    else {
      current = null;
      parts.push(r);
    }
  }
  if (!totalIsGroup) out.unshift([total, parts]);
  return out.filter(([, children]) => children.length > 0);
}
