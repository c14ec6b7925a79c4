import { CellRef, toA1 } from '../grid/address';
import { IndicatorBlock, IndicatorRow } from '../detect/formModel';
import { scoredAttainment } from '../compute/attainment';
import { compare, formatNumber, HUNDRED, ONE, timesFactor, ZERO } from '../compute/decimal';
import { parseActual, parseTarget } from '../parse/parseTarget';
import { convertFactor, isKnownUnit, isMoneyUnit, normalizeUnit, PERCENT_WORD, unitDistance, unitsCompatible } from '../parse/units';
import { compactText, normalizeLabel } from '../text/normalizeLabel';
import { levelKey } from '../detect/taxonomy';
import { isDateFormat } from '../parse/dates';
import Decimal from 'decimal.js';
import { anchorOf, CheckContext, fieldName } from './checkContext';
import { IndicatorEval } from './indicatorModel';
import { readNumber } from './readCells';
import { BudgetFacts } from './evaluateBudget';
import { SheetMemo } from './sheetMemo';
import { magnitudeReading, plausibleShare } from './magnitudeReading';
import { displayAt } from './displayValue';
import { reconcileReadings } from './reconcileReadings';

/** A breakdown row's name: 其中…, 其中：… (normalized text). */
const BREAKDOWN_NAME = /^其中/;

const NUMBER_ONLY = /^[\s\d.,，%％+\-－０-９．]*$/;
const ONE_AND_A_HALF = new Decimal(1.5);
/** A name saying the indicator is a sum of money (工程资金金额, 投资额, 经费数额), not a count or a rate. */
const MONEY_NAME = /金额|资金额|资金数|投资额|投资金额|经费额|经费数|拨付额|补助额|补贴额/;
const RATE_NAME = /率|比例|占比|比重/;
/** The budget's execution rate under another name (资金支付完成率): scored in the budget block already. */
const EXECUTION_RATE_NAME = /(?:预算|资金)执行(?:率|进度)|(?:预算|资金)支付(?:完成)?率|预算支出(?:率|进度)/;

/** The anchor's text of a row's cell in a column ('' without the column). */
function ownText(ctx: CheckContext, row: number, col: number | null): string {
  return col === null ? '' : ctx.grid.anchorText(row, col);
}

/**
 * The cell where a level label was typed: the top-left of a label merged down over its rows, or the
 * cell above that an unmerged empty one carries on — one finding for the label, not one per row.
 */
function levelCell(ctx: CheckContext, row: number, col: number, typedAt: number | undefined): CellRef {
  return ctx.grid.anchor(typedAt ?? row, col);
}

/**
 * A value as the row shows it: the cell as displayed, with the row's comparator and unit columns
 * around it when they hold them (`≥` | `95` | `%` → `≥95%`). Worked out only where a finding quotes
 * it: displaying a cell costs more than reading it.
 */
function quoteWithColumns(ctx: CheckContext, at: CellRef | null, comparator: string | null, unit: string | null): string {
  const shown = displayAt(ctx.grid, at);
  if (!shown) return '';
  const isNumber = /^[\d.,+\-%]+$/.test(shown);
  return `${comparator && isNumber ? comparator : ''}${shown}${unit && isNumber && !shown.endsWith('%') ? unit : ''}`;
}

/** The row's target or actual as the row shows it (see quoteWithColumns), for a finding's message. */
export function quoteOf(ctx: CheckContext, e: IndicatorEval, which: 'target' | 'actual'): string {
  const cols = e.block.columns;
  const comparator = which === 'target' ? ownText(ctx, e.row, cols.comparator) || null : null;
  return quoteWithColumns(ctx, which === 'target' ? e.targetAt : e.actualAt, comparator, ownText(ctx, e.row, cols.unit) || null);
}

/**
 * Phase 1: read and check one indicator row on its own. `fields` names the target and actual
 * columns in findings where the form's standard names would mislead (a second measure's 标准值).
 */
export function readIndicator(
  ctx: CheckContext,
  memo: SheetMemo,
  block: IndicatorBlock,
  r: IndicatorRow,
  budget: BudgetFacts,
  fields: { target: string | null; actual: string | null } | null = null,
): IndicatorEval {
  const { grid, sink } = ctx;
  const cols = block.columns;
  const nameRow = grid.anchorRow(r.row, cols.name);
  const nameCol = grid.anchorCol(r.row, cols.name);
  const nameText = grid.text(nameRow, nameCol).trim();
  const name = nameText.includes('\n') ? nameText.replace(/\s*\n\s*/g, '') : nameText;
  const label = name || `第${r.row + 1}行`;
  const ind = { name: label, row: r.row };
  // normalizeLabel(name), as detection already read it (white space does not matter to it).
  const normalizedName = ctx.labels.normalized(nameRow, nameCol);

  // Levels.
  const levels = memo.levelFacts(r.level1, r.level2);
  const level1Id = levels.level1Id;
  // A first-level cell holding only its points ((50分)) names no level: level1-absent says so.
  const level1Named = !!r.level1 && levelKey(normalizeLabel(r.level1)) !== '';
  if (r.level1 && level1Named && cols.level1 !== null && (!level1Id || levels.level1ShortFor)) {
    // A clear short form (满意 for 满意度指标) is read as its level and only said, as info.
    const shortFor = levels.level1ShortFor;
    sink.add('level1-unknown', shortFor ? 'info' : 'error', levelCell(ctx, r.row, cols.level1, r.level1Row), { level1: r.level1, shortFor });
  }
  if (level1Id && r.level2 && cols.level2 !== null) {
    const fit = levels.fit!;
    if (fit.fit !== 'ok') {
      sink.add('level2-mismatch', fit.fit === 'alias' ? 'info' : 'warning', levelCell(ctx, r.row, cols.level2, r.level2Row), {
        level1: r.level1 ?? '',
        level2: r.level2,
        canonical: fit.canonical,
      });
    }
  }
  const isCost = levels.isCost;
  const isSatisfaction = levels.satisfactionLevel || name.includes('满意');

  if (!name) sink.add('indicator-field-empty', 'error', grid.anchor(r.row, cols.name), { name: label, field: fieldName(ctx, 'name') }, ind);

  // Unit column.
  const unitText = ownText(ctx, r.row, cols.unit);
  const unitNorm = normalizeUnit(unitText || null);
  if (unitNorm.nonstandard && unitNorm.unit) {
    sink.add('unit-nonstandard', 'info', anchorOf(ctx.grid, r.row, cols.unit), { name: label, unit: unitText, standard: unitNorm.unit }, ind);
  }

  // Target.
  const comparator = ownText(ctx, r.row, cols.comparator) || null;
  const targetAt = cols.target === null ? null : grid.anchor(r.row, cols.target);
  const targetRaw = targetAt ? grid.cell(targetAt.row, targetAt.col) : undefined;
  const targetError = targetAt ? grid.errorAt(targetAt.row, targetAt.col) : undefined;
  // A date cell (a deadline typed as a date) is a deadline, not the number 45657.
  const targetIsDate = typeof targetRaw?.value === 'number' && isDateFormat(targetRaw.format);
  const targetCtx = { numberFormat: targetRaw?.format, unitColumn: unitNorm.unit, comparatorColumn: comparator, isCost };
  let target = targetAt ? parseTarget(targetError ? null : targetIsDate ? displayAt(grid, targetAt) : (targetRaw?.value ?? null), targetCtx) : ({ kind: 'empty' } as const);

  if (targetAt && target.kind === 'empty' && !targetError) {
    sink.add('indicator-field-empty', 'error', targetAt, { name: label, field: fields?.target ?? fieldName(ctx, 'target') }, ind);
  }
  // A percent spelled as a word in the target itself (≥100百分比) is said as a unit column's is; a
  // full-width ％ typed in a target is not (the input method's sign, read and shown as %).
  const spelledPercent = target.kind === 'quantity' && target.fromText && target.attachedUnit === '%' ? PERCENT_WORD.exec(compactText(target.text)) : null;
  if (spelledPercent && !unitNorm.nonstandard) {
    sink.add('unit-nonstandard', 'info', targetAt, { name: label, unit: spelledPercent[0], standard: '%' }, ind);
  }
  if (target.kind === 'unreadable') sink.add('target-unreadable', 'error', targetAt, { name: label, text: quoteWithColumns(ctx, targetAt, comparator, unitText || null) }, ind);

  // Actual.
  const actualAt = cols.actual === null ? null : grid.anchor(r.row, cols.actual);
  const actualRaw = actualAt ? grid.cell(actualAt.row, actualAt.col) : undefined;
  const actualError = actualAt ? grid.errorAt(actualAt.row, actualAt.col) : undefined;
  const actualIsDate = typeof actualRaw?.value === 'number' && isDateFormat(actualRaw.format);
  const targetUnit = target.kind === 'quantity' ? target.unit : unitNorm.unit;
  const actualWith = (unit: string | null) =>
    actualAt
      ? parseActual(actualError ? null : actualIsDate ? displayAt(grid, actualAt) : (actualRaw?.value ?? null), { numberFormat: actualRaw?.format, targetUnit: unit })
      : ({ kind: 'empty' } as const);
  const readings = reconcileReadings(target, actualWith(targetUnit), { targetCtx, targetUnit, actualWith });
  target = readings.target;
  const actual = readings.actual;

  if (actualAt && actual.kind === 'empty' && !actualError) {
    sink.add('indicator-field-empty', 'error', actualAt, { name: label, field: fields?.actual ?? fieldName(ctx, 'actual') }, ind);
  }

  // Evidence (取值依据) is expected where the form has it.
  if (cols.evidence !== null) {
    if (!ownText(ctx, r.row, cols.evidence)) {
      sink.add('indicator-field-empty', 'warning', grid.anchor(r.row, cols.evidence), { name: label, field: fieldName(ctx, 'evidence') }, ind);
    }
  }

  const e: IndicatorEval = {
    row: r.row,
    block,
    level1: r.level1,
    level2: r.level2,
    level1Id,
    name,
    normalizedName,
    label,
    isCost,
    isSatisfaction,
    unit: target.kind === 'quantity' ? target.unit : unitNorm.unit,
    target,
    actual,
    targetAt,
    actualAt,
    weightCell: null,
    scoreCell: null,
    scoreSpan: 1,
    deviationText: ownText(ctx, r.row, cols.deviation),
    targetValue: null,
    actualValue: null,
    met: null,
    attainment: null,
    ratio: null,
    weight: null,
    weightSource: null,
    score: null,
    scoreRange: null,
    unscorable: target.kind === 'unreadable' || target.kind === 'empty' || actual.kind === 'empty',
    breakdown: BREAKDOWN_NAME.test(normalizedName) || r.breakdown === true,
  };

  // Comparing target and actual.
  if (target.kind === 'quantity') {
    // "No unit anywhere" (rules.md): not in the unit column, the target, the actual (≥5000 beside
    // 6418件) or the name's closing brackets (服务外包在岸(万美元)).
    const unitElsewhere = (actual.kind === 'quantity' && actual.unitSource === 'attached') || unitInName(normalizedName);
    if (!target.unit && !unitNorm.unit && !unitElsewhere) sink.add('unit-missing', 'warning', targetAt, { name: label, target: quoteWithColumns(ctx, targetAt, comparator, unitText || null) }, ind);
    const attachedTargetUnit = target.attachedUnit;
    if (unitNorm.unit && attachedTargetUnit && !unitsCompatible(unitNorm.unit, attachedTargetUnit)) {
      // 人 in the unit column beside 500人次: one count written two ways (a warning, compared as
      // written); 人 beside 件 or 天 beside 个工作日 cannot be compared (a warning, unscored);
      // % beside 万元 is an error.
      const distance = unitDistance(unitNorm.unit, attachedTargetUnit);
      sink.add('unit-mismatch', distance === 'different' ? 'error' : 'warning', targetAt, { name: label, units: `${unitNorm.unit} / ${attachedTargetUnit}` }, ind);
      if (distance !== 'akin') e.unscorable = true;
    }
    // ≥100% (or =100%, scored like ≥) can only be met exactly.
    if ((target.op === '>=' || target.op === '=') && target.unit === '%' && compare(target.value, HUNDRED) === 0 && target.high === null) {
      sink.add('degenerate-target', 'info', targetAt, { name: label, target: quoteWithColumns(ctx, targetAt, comparator, unitText || null), op: target.op }, ind);
    }
    if (isSatisfaction && target.unit === '%' && (target.value.isNegative() || compare(target.value, HUNDRED) > 0)) {
      sink.add('percent-out-of-range', 'error', targetAt, { name: label, value: `${formatNumber(target.value)}%` }, ind);
    }
    if (actual.kind === 'qualitative' || actual.kind === 'unreadable') {
      sink.add('actual-unreadable', 'error', actualAt, { name: label, text: quoteWithColumns(ctx, actualAt, null, unitText || null), target: quoteWithColumns(ctx, targetAt, comparator, unitText || null) }, ind);
      e.unscorable = true;
    } else if (actual.kind === 'quantity') {
      compareQuantities(ctx, memo, e, target, actual, ind, budget);
    }
  } else if (target.kind === 'qualitative') {
    if (actual.kind === 'quantity' && target.reason === 'sentence') {
      // A sentence holding a number (下降10%, 较上年增长5%) answered by a number: what the number
      // answers is a judgement the engine cannot make — said as a warning, not as an error.
      sink.add('qualitative-actual-unknown', 'warning', actualAt, { name: label, text: quoteWithColumns(ctx, actualAt, null, unitText || null) }, ind);
      e.unscorable = true;
    } else if (actual.kind === 'quantity' || actual.kind === 'unreadable') {
      sink.add('actual-unreadable', 'error', actualAt, { name: label, text: quoteWithColumns(ctx, actualAt, null, unitText || null), target: quoteWithColumns(ctx, targetAt, comparator, unitText || null) }, ind);
      e.unscorable = true;
    } else if (actual.kind === 'qualitative') {
      if (actual.band === null) sink.add('qualitative-actual-unknown', 'warning', actualAt, { name: label, text: quoteWithColumns(ctx, actualAt, null, unitText || null) }, ind);
      else e.met = actual.band === 'met';
    }
  }

  // Misclassification.
  const n = normalizedName;
  const nameCell = grid.anchor(r.row, cols.name);
  const levelRate = [r.level1, r.level2].some((l) => l !== null && EXECUTION_RATE_NAME.test(l));
  if (EXECUTION_RATE_NAME.test(n) || (!name && levelRate)) {
    const at = name || cols.level2 === null ? nameCell : levelCell(ctx, r.row, cols.level2, r.level2Row);
    sink.add('misclassified-indicator', 'warning', at, { name: label, why: 'execution-rate' }, ind);
  } else if (r.level2 && levels.quantityLevel2 && ((e.unit && isMoneyUnit(e.unit)) || (!e.unit && MONEY_NAME.test(n) && !RATE_NAME.test(n)))) {
    sink.add('misclassified-indicator', 'warning', nameCell, { name: label, why: 'money-as-quantity' }, ind);
  } else if (level1Id === 'satisfaction' && name && !/满意|认可|投诉|好评/.test(n)) {
    sink.add('misclassified-indicator', 'warning', nameCell, { name: label, why: 'not-satisfaction' }, ind);
  }

  // Deviation text.
  if (e.deviationText && NUMBER_ONLY.test(e.deviationText)) {
    sink.add('deviation-text-junk', 'warning', grid.anchor(r.row, cols.deviation!), { name: label, text: e.deviationText }, ind);
  }

  // Weight and score cells.
  if (cols.weight !== null) {
    const wAt = grid.anchor(r.row, cols.weight);
    e.weightCell = readNumber(grid, wAt, null, true);
    // A breakdown row (其中…, or the target and actual alone under an indicator that has only its
    // 分值) is a part of the indicator above, whose 分值 covers it: it has none of its own.
    if (e.weightCell.empty && !e.weightCell.error && !e.breakdown) sink.add('indicator-field-empty', 'error', wAt, { name: label, field: fieldName(ctx, 'weight') }, ind);
    if (e.weightCell.fromText) sink.add('number-as-text', 'info', wAt, { text: e.weightCell.text });
  }
  if (cols.score !== null) {
    const sAt = grid.anchor(r.row, cols.score);
    const m = grid.mergeAt(r.row, cols.score);
    if (sAt.row === r.row) {
      e.scoreCell = readNumber(grid, sAt, null, true);
      e.scoreSpan = m ? m.bottom - m.top + 1 : 1;
      if (e.scoreCell.fromText) sink.add('number-as-text', 'info', sAt, { text: e.scoreCell.text });
    } else {
      e.scoreSpan = 0;
    }
  }
  return e;
}

/** Compares a quantitative target and actual: units, attainment, over-achievement, money costs. */
/** A unit in an indicator name's closing brackets: 服务外包在岸(万美元), 培训人数(人次). */
function unitInName(normalizedName: string): boolean {
  const m = /\(([^()]{1,6})\)$/.exec(normalizedName);
  return m !== null && (isKnownUnit(m[1]) || /元$/.test(m[1]) || m[1] === '%');
}

function compareQuantities(
  ctx: CheckContext,
  memo: SheetMemo,
  e: IndicatorEval,
  target: Extract<IndicatorEval['target'], { kind: 'quantity' }>,
  actual: Extract<IndicatorEval['actual'], { kind: 'quantity' }>,
  ind: { name: string; row: number },
  budget: BudgetFacts,
): void {
  const { sink } = ctx;
  const label = e.label;
  const from = actual.unit ?? target.unit;
  let to = target.unit ?? actual.unit;
  let factor = from && to ? convertFactor(from, to) : ONE;
  // The unit column disagrees with the target's own unit (unit-mismatch, said at the target), but
  // the actual is in the target's unit: compare the two as written.
  if (!factor && from && target.attachedUnit && target.unitSource === 'column' && e.unscorable) {
    const f = convertFactor(from, target.attachedUnit);
    if (f) {
      to = target.attachedUnit;
      factor = f;
      e.unscorable = false;
    }
  }
  if (!factor) {
    const distance = unitDistance(target.unit, actual.unit);
    // One count written two ways in the unit column and the target (人 / 500人次), said there
    // already: the actual in the target's own way (520人次) is the same slip, not a second one.
    const saidAtTarget = e.targetAt !== null && sink.hasAt('unit-mismatch', toA1(e.targetAt.row, e.targetAt.col));
    if (!(distance === 'akin' && saidAtTarget)) {
      sink.add('unit-mismatch', distance === 'different' ? 'error' : 'warning', e.actualAt, { name: label, units: `${target.unit} / ${actual.unit}` }, ind);
    }
    if (distance !== 'akin' || e.unscorable) {
      e.unscorable = true;
      return;
    }
    factor = ONE;
  }
  e.targetValue = target.value;
  e.actualValue = timesFactor(actual.value, factor);
  const reading = magnitudeReading(target, actual, e.targetValue, e.actualValue, ctx.settings.lowerIsBetter);
  if (reading === 'unsure') {
    // The form does not say which of two readings it means: neither a finding nor a score.
    e.unscorable = true;
    return;
  }
  if (reading) {
    e.targetValue = reading.target;
    e.actualValue = reading.actual;
  }
  // A bare amount typed in 元 under a target in 万元 (1485000 against ≤150万元): nobody reports ten
  // thousand times the target; in 元 it is the amount the form means.
  if (to === '万元' && actual.unitSource === 'target' && !plausibleShare(target.value, e.actualValue)) {
    const inYuan = e.actualValue.dividedBy(10_000);
    if (plausibleShare(target.value, inYuan)) e.actualValue = inYuan;
  }
  // A bare 0.99 typed into a percent row (General format) means 99%: nobody reports 0.99%
  // against a target of tens of percent. Read it as a fraction, as Excel's % format would.
  if (
    to === '%' &&
    actual.unitSource === 'target' &&
    compare(target.value, ONE_AND_A_HALF) > 0 &&
    compare(e.actualValue, ZERO) > 0 &&
    compare(e.actualValue, ONE_AND_A_HALF) <= 0
  ) {
    e.actualValue = e.actualValue.times(HUNDRED);
  }
  const higher = target.op === '>=' || target.op === '>';
  if (higher && !target.value.isZero() && !target.value.isNegative() && memo.mayOverAchieve(e.actualValue, target.value)) {
    e.ratio = e.actualValue.dividedBy(target.value);
  }
  if (e.isSatisfaction && to === '%' && (e.actualValue.isNegative() || compare(e.actualValue, HUNDRED) > 0)) {
    sink.add('percent-out-of-range', 'error', e.actualAt, { name: label, value: `${formatNumber(e.actualValue)}%` }, ind);
    e.unscorable = true;
  }
  if (!e.unscorable) {
    const a = scoredAttainment(target.op, e.targetValue, e.actualValue, ctx.settings.lowerIsBetter);
    e.met = a.met;
    e.attainment = a.scored;
  }
  // A money cost indicator whose target is the budget should report the executed amount.
  if (e.isCost && to && isMoneyUnit(to) && e.actualValue && budget.budget && budget.executed) {
    const toWan = convertFactor(to, '万元');
    if (toWan && compare(timesFactor(target.value, toWan), budget.budget) === 0 && compare(timesFactor(e.actualValue, toWan), budget.executed) !== 0) {
      sink.add('cost-actual-mismatch', 'warning', e.actualAt, { name: label, actual: quoteOf(ctx, e, 'actual'), executed: formatNumber(budget.executed, 4) }, ind);
    }
  }
}
