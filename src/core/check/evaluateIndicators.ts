import Decimal from 'decimal.js';
import { CellRef, toA1 } from '../grid/address';
import { IndicatorBlock, IndicatorRow } from '../detect/formModel';
import { classifyLevel1, fitLevel2, isCostLevel, isSatisfactionLevel, Level1Id, Level2Fit } from '../detect/taxonomy';
import { scoredAttainment } from '../compute/attainment';
import { compare, fitsPrecision, formatNumber, formatPercent, HUNDRED, ONE, round, timesFactor, ZERO } from '../compute/decimal';
import { parseActual, parseTarget } from '../parse/parseTarget';
import { convertFactor, isMoneyUnit, normalizeUnit, unitsCompatible } from '../parse/units';
import { normalizeLabel } from '../text/normalizeLabel';
import { IndicatorReport } from '../report/reportSchema';
import { anchorOf, CheckContext, fieldName } from './checkContext';
import { IndicatorEval } from './indicatorModel';
import { readNumber } from './readCells';
import { BudgetFacts } from './evaluateBudget';
import { PlannedWrite } from './writePlan';
import { footerExplains } from './footerExplains';

const NUMBER_ONLY = /^[\s\d.,，%％+\-－０-９．]*$/;
const ONE_AND_A_HALF = new Decimal(1.5);
/** Tolerances of the score checks (rules.md), built once rather than on every comparison. */
const SCORE_EPSILON = new Decimal(0.0001);
const CENT = new Decimal(0.01);
const HALF_CENT = new Decimal(0.005);
/** Deviation cells that say nothing: 无, 暂无, a dash. They explain no deviation. */
const SAYS_NOTHING = /^(无|暂无|没有|無|n\/?a|[/／—–\-－、]+)$/i;

/** The anchor's text of a row's cell in a column ('' without the column). */
function ownText(ctx: CheckContext, row: number, col: number | null): string {
  return col === null ? '' : ctx.grid.anchorText(row, col);
}

/** What a row's level labels say; the same for every row of a group, so worked out once per pair. */
interface LevelFacts {
  level1Id: Level1Id | null;
  /** How the second level fits the first (null without both). */
  fit: { fit: Level2Fit; canonical: string | null } | null;
  isCost: boolean;
  satisfactionLevel: boolean;
  /** The second level is a 数量 level. */
  quantityLevel2: boolean;
}

/** A double far from both ends of its range, where it carries its full 16 significant digits. */
function wellInRange(x: number): boolean {
  return Math.abs(x) > 1e-300 && Math.abs(x) < 1e300;
}

/** Per-sheet memos and constants of the indicator phases. */
class SheetMemo {
  private readonly levels = new Map<string | null, Map<string | null, LevelFacts>>();
  /** Report numbers per Decimal object (see {@link SheetMemo.round}). */
  private readonly numbers = new Map<Decimal, number>();
  private readonly rounded = new Map<number, Map<Decimal, number>>();
  readonly bands: { met: Decimal; partly: Decimal };
  readonly overAchievement: Decimal;

  constructor(private readonly ctx: CheckContext) {
    this.bands = { met: new Decimal(ctx.policy.bands.met), partly: new Decimal(ctx.policy.bands.partly) };
    this.overAchievement = new Decimal(ctx.settings.overAchievementThreshold);
  }

  levelFacts(level1: string | null, level2: string | null): LevelFacts {
    let byLevel2 = this.levels.get(level1);
    if (!byLevel2) this.levels.set(level1, (byLevel2 = new Map()));
    let facts = byLevel2.get(level2);
    if (!facts) {
      const level1Id = level1 ? classifyLevel1(normalizeLabel(level1), this.ctx.form.kind) : null;
      const level2Key = level2 ? normalizeLabel(level2) : null;
      facts = {
        level1Id,
        fit: level1Id && level2Key !== null ? fitLevel2(level1Id, level2Key) : null,
        isCost: isCostLevel(level1Id, level2Key),
        satisfactionLevel: isSatisfactionLevel(level1Id, level2Key),
        quantityLevel2: level2Key !== null && level2Key.startsWith('数量'),
      };
      byLevel2.set(level2, facts);
    }
    return facts;
  }

  /**
   * Whether B ÷ A (A > 0) may reach the over-achievement threshold: if not, the decimal division
   * (the costliest step of a row) is not needed. Above a threshold of 1, B must exceed A (for
   * B ≤ A the rounded quotient is at most 1). Then the quotient of the values as doubles (which
   * the report converts anyway) rules out quotients below the threshold by a margin far wider
   * than the doubles' rounding error; anything closer is divided exactly.
   */
  mayOverAchieve(actual: Decimal, target: Decimal): boolean {
    const threshold = this.ctx.settings.overAchievementThreshold;
    if (threshold > 1 && compare(actual, target) <= 0) return false;
    const a = this.toNumber(actual);
    const t = this.toNumber(target);
    if (!wellInRange(a) || !wellInRange(t)) return true;
    return !(a / t < threshold * (1 - 1e-9));
  }

  /**
   * A Decimal as a plain number for the report. Converting goes through the Decimal's text; a
   * long form shares most of its Decimals (memoised readings, repeated weights), so each distinct
   * one is converted once.
   */
  toNumber(d: Decimal): number {
    let n = this.numbers.get(d);
    if (n === undefined) this.numbers.set(d, (n = d.toNumber()));
    return n;
  }

  /** {@link round}, remembered per Decimal like {@link toNumber}. */
  round(d: Decimal, places = 2): number {
    let byDecimal = this.rounded.get(places);
    if (!byDecimal) this.rounded.set(places, (byDecimal = new Map()));
    let n = byDecimal.get(d);
    if (n === undefined) byDecimal.set(d, (n = round(d, places)));
    return n;
  }
}

/** Phase 1: read and check one indicator row on its own. */
function readIndicator(ctx: CheckContext, memo: SheetMemo, block: IndicatorBlock, r: IndicatorRow, budget: BudgetFacts): IndicatorEval {
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
  if (r.level1 && cols.level1 !== null && !level1Id) {
    sink.add('level1-unknown', 'error', levelCell(ctx, block, r.row, cols.level1), { level1: r.level1 });
  }
  if (level1Id && r.level2 && cols.level2 !== null) {
    const fit = levels.fit!;
    if (fit.fit !== 'ok') {
      sink.add('level2-mismatch', fit.fit === 'alias' ? 'info' : 'warning', levelCell(ctx, block, r.row, cols.level2), {
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
  const target = targetAt
    ? parseTarget(targetError ? null : (targetRaw?.value ?? null), {
        numberFormat: targetRaw?.format,
        unitColumn: unitNorm.unit,
        comparatorColumn: comparator,
        isCost,
      })
    : ({ kind: 'empty' } as const);
  const targetText = targetAt ? grid.text(targetAt.row, targetAt.col).trim() : '';
  if (targetAt && target.kind === 'empty' && !targetError) {
    sink.add('indicator-field-empty', 'error', targetAt, { name: label, field: fieldName(ctx, 'target') }, ind);
  }
  if (target.kind === 'unreadable') sink.add('target-unreadable', 'error', targetAt, { name: label, text: targetText }, ind);

  // Actual.
  const actualAt = cols.actual === null ? null : grid.anchor(r.row, cols.actual);
  const actualRaw = actualAt ? grid.cell(actualAt.row, actualAt.col) : undefined;
  const actualError = actualAt ? grid.errorAt(actualAt.row, actualAt.col) : undefined;
  const targetUnit = target.kind === 'quantity' ? target.unit : unitNorm.unit;
  const actual = actualAt
    ? parseActual(actualError ? null : (actualRaw?.value ?? null), { numberFormat: actualRaw?.format, targetUnit })
    : ({ kind: 'empty' } as const);
  const actualText = actualAt ? grid.text(actualAt.row, actualAt.col).trim() : '';
  if (actualAt && actual.kind === 'empty' && !actualError) {
    sink.add('indicator-field-empty', 'error', actualAt, { name: label, field: fieldName(ctx, 'actual') }, ind);
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
    deviationText: ownText(ctx, r.row, cols.deviation),
    targetValue: null,
    actualValue: null,
    met: null,
    attainment: null,
    ratio: null,
    weight: null,
    score: null,
    scoreRange: null,
    unscorable: target.kind === 'unreadable' || target.kind === 'empty' || actual.kind === 'empty',
  };

  // Comparing target and actual.
  if (target.kind === 'quantity') {
    if (!target.unit && !unitNorm.unit) sink.add('unit-missing', 'warning', targetAt, { name: label, target: targetText }, ind);
    const attachedTargetUnit = target.attachedUnit;
    if (unitNorm.unit && attachedTargetUnit && !unitsCompatible(unitNorm.unit, attachedTargetUnit)) {
      sink.add('unit-mismatch', 'error', targetAt, { name: label, units: `${unitNorm.unit} / ${attachedTargetUnit}` }, ind);
      e.unscorable = true;
    }
    if (target.op === '>=' && target.unit === '%' && compare(target.value, HUNDRED) === 0 && target.high === null) {
      sink.add('degenerate-target', 'info', targetAt, { name: label, target: targetText }, ind);
    }
    if (isSatisfaction && target.unit === '%' && (target.value.isNegative() || compare(target.value, HUNDRED) > 0)) {
      sink.add('percent-out-of-range', 'error', targetAt, { name: label, value: `${formatNumber(target.value)}%` }, ind);
    }
    if (actual.kind === 'qualitative' || actual.kind === 'unreadable') {
      sink.add('actual-unreadable', 'error', actualAt, { name: label, text: actualText, target: targetText }, ind);
      e.unscorable = true;
    } else if (actual.kind === 'quantity') {
      const from = actual.unit ?? target.unit;
      const to = target.unit ?? actual.unit;
      const factor = from && to ? convertFactor(from, to) : ONE;
      if (!factor) {
        sink.add('unit-mismatch', 'error', actualAt, { name: label, units: `${target.unit} / ${actual.unit}` }, ind);
        e.unscorable = true;
      } else {
        e.targetValue = target.value;
        e.actualValue = timesFactor(actual.value, factor);
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
        if (isSatisfaction && to === '%' && (e.actualValue.isNegative() || compare(e.actualValue, HUNDRED) > 0)) {
          sink.add('percent-out-of-range', 'error', actualAt, { name: label, value: `${formatNumber(e.actualValue)}%` }, ind);
          e.unscorable = true;
        }
        if (!e.unscorable) {
          const a = scoredAttainment(target.op, e.targetValue, e.actualValue, ctx.settings.lowerIsBetter);
          e.met = a.met;
          e.attainment = a.scored;
          const higher = target.op === '>=' || target.op === '>';
          if (higher && !target.value.isZero() && !target.value.isNegative() && memo.mayOverAchieve(e.actualValue, target.value)) {
            e.ratio = e.actualValue.dividedBy(target.value);
          }
        }
      }
      // A money cost indicator whose target is the budget should report the executed amount.
      if (e.isCost && to && isMoneyUnit(to) && e.actualValue && budget.budget && budget.executed) {
        const toWan = convertFactor(to, '万元');
        if (toWan && compare(timesFactor(target.value, toWan), budget.budget) === 0 && compare(timesFactor(e.actualValue, toWan), budget.executed) !== 0) {
          sink.add('cost-actual-mismatch', 'warning', actualAt, { name: label, actual: actualText, executed: formatNumber(budget.executed, 4) }, ind);
        }
      }
    }
  } else if (target.kind === 'qualitative') {
    if (actual.kind === 'quantity' || actual.kind === 'unreadable') {
      sink.add('actual-unreadable', 'error', actualAt, { name: label, text: actualText, target: targetText }, ind);
      e.unscorable = true;
    } else if (actual.kind === 'qualitative') {
      if (actual.band === null) sink.add('qualitative-actual-unknown', 'warning', actualAt, { name: label, text: actualText }, ind);
      else e.met = actual.band === 'met';
    }
  }

  // Misclassification.
  const n = normalizedName;
  if (n.includes('执行率') && /(预算|资金)执行率/.test(n)) sink.add('misclassified-indicator', 'warning', grid.anchor(r.row, cols.name), { name: label, why: 'execution-rate' }, ind);
  else if (r.level2 && levels.quantityLevel2 && e.unit && isMoneyUnit(e.unit)) {
    sink.add('misclassified-indicator', 'warning', grid.anchor(r.row, cols.name), { name: label, why: 'money-as-quantity' }, ind);
  } else if (level1Id === 'satisfaction' && name && !/满意|认可|投诉|好评/.test(n)) {
    sink.add('misclassified-indicator', 'warning', grid.anchor(r.row, cols.name), { name: label, why: 'not-satisfaction' }, ind);
  }

  // Deviation text.
  if (e.deviationText && NUMBER_ONLY.test(e.deviationText)) {
    sink.add('deviation-text-junk', 'warning', grid.anchor(r.row, cols.deviation!), { name: label, text: e.deviationText }, ind);
  }

  // Weight and score cells.
  if (cols.weight !== null) {
    const wAt = grid.anchor(r.row, cols.weight);
    e.weightCell = readNumber(grid, wAt);
    if (e.weightCell.empty && !e.weightCell.error) sink.add('indicator-field-empty', 'error', wAt, { name: label, field: fieldName(ctx, 'weight') }, ind);
    if (e.weightCell.fromText) sink.add('number-as-text', 'info', wAt, { text: e.weightCell.text });
  }
  if (cols.score !== null) {
    const sAt = grid.anchor(r.row, cols.score);
    if (sAt.row === r.row) {
      e.scoreCell = readNumber(grid, sAt);
      if (e.scoreCell.fromText) sink.add('number-as-text', 'info', sAt, { text: e.scoreCell.text });
    }
  }
  return e;
}

/** The top-left cell of a level label (merged down over its rows). */
function levelCell(ctx: CheckContext, _block: IndicatorBlock, row: number, col: number): CellRef {
  return ctx.grid.anchor(row, col);
}

/**
 * Phase 2: weights. Where the form states them (分值/权重) they are taken as stated; otherwise
 * the policy's points are spread evenly: a block's points (年度绩效目标1（40分）) over its
 * indicators, the national split (产出 50 / 效益 30 / 满意度 10) over each first level, or what
 * is left after the execution weight over all indicators.
 */
function assignWeights(ctx: CheckContext, evals: IndicatorEval[], budget: BudgetFacts): void {
  const stated = evals.filter((e) => e.block.columns.weight !== null);
  for (const e of stated) e.weight = e.weightCell?.value ?? null;
  const rest = evals.filter((e) => e.block.columns.weight === null);
  if (rest.length === 0) return;
  const byBlock = new Map<IndicatorBlock, IndicatorEval[]>();
  for (const e of rest) {
    const list = byBlock.get(e.block);
    if (list) list.push(e);
    else byBlock.set(e.block, [e]);
  }
  const pointed = [...byBlock.entries()].filter(([b]) => b.points !== null);
  for (const [b, list] of pointed) {
    const each = new Decimal(b.points!).dividedBy(list.length);
    for (const e of list) e.weight = each;
  }
  const unpointed = rest.filter((e) => e.block.points === null);
  if (unpointed.length === 0) return;
  const split = ctx.policy.split;
  const groups = split ? splitGroups(unpointed) : null;
  if (split && groups && unpointed.every((e) => groups.has(e))) {
    const counts = { output: 0, benefit: 0, satisfaction: 0 };
    for (const g of groups.values()) counts[g]++;
    for (const e of unpointed) {
      const g = groups.get(e)!;
      e.weight = new Decimal(split[g]).dividedBy(counts[g]);
    }
    return;
  }
  const available = new Decimal(100).minus(budget.report ? budget.weight : 0);
  const each = available.dividedBy(unpointed.length);
  for (const e of unpointed) e.weight = each;
}

function splitGroups(evals: IndicatorEval[]): Map<IndicatorEval, 'output' | 'benefit' | 'satisfaction'> {
  const m = new Map<IndicatorEval, 'output' | 'benefit' | 'satisfaction'>();
  for (const e of evals) {
    const id = e.level1Id;
    if (id === 'cost' || id === 'output') m.set(e, 'output');
    else if (id === 'benefit') m.set(e, 'benefit');
    else if (id === 'satisfaction') m.set(e, 'satisfaction');
  }
  return m;
}

/** Phase 3: scores, stated scores, explanations. */
function scoreIndicator(ctx: CheckContext, memo: SheetMemo, e: IndicatorEval, writes: PlannedWrite[]): void {
  const { sink, form } = ctx;
  const bands = memo.bands;
  const ind = { name: e.label, row: e.row };
  const w = e.weight;
  const qualitative = e.target.kind === 'qualitative';
  const band = e.actual.kind === 'qualitative' ? e.actual.band : null;
  if (w !== null && !e.unscorable) {
    if (!qualitative && e.met !== null) {
      e.score = e.met ? w : w.times(e.attainment!).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    } else if (qualitative && band) {
      if (band === 'met') e.score = w;
      else {
        const lo = band === 'partly' ? w.times(bands.partly) : ZERO;
        const hi = band === 'partly' ? w.times(bands.met) : w.times(bands.partly);
        e.scoreRange = [lo, hi];
      }
    }
  }

  const sc = e.scoreCell;
  if (sc && w !== null) {
    const stated = sc.value;
    if (stated !== null) {
      if (exceedsWeight(stated, w) || stated.isNegative()) {
        sink.add('score-exceeds-weight', 'error', sc.at, { name: e.label, score: formatNumber(stated), weight: formatNumber(w) }, ind);
      } else if (qualitative && band) {
        const [lo, hi] = band === 'met' ? [w.times(bands.met), w] : e.scoreRange!;
        const vsHigh = compare(stated, hi);
        const inBand = compare(stated, lo) >= 0 && (band === 'not-met' || band === 'partly' ? vsHigh < 0 : vsHigh <= 0);
        if (!inBand) {
          sink.add('score-mismatch', 'error', sc.at, { name: e.label, stated: formatNumber(stated), computed: `${formatNumber(lo)}–${formatNumber(hi)}` }, ind);
        } else if (band !== 'met') {
          e.score = stated; // the person's choice within the allowed range
        } else if (belowWeight(stated, w)) {
          sink.add('score-deducted-though-met', 'warning', sc.at, { name: e.label, score: formatNumber(stated), weight: formatNumber(w) }, ind);
          e.score = stated;
        }
      } else if (e.score !== null) {
        // Equal scores (the usual case) differ by nothing: no subtraction needed.
        if (compare(stated, e.score) !== 0 && stated.minus(e.score).abs().greaterThan(CENT)) {
          sink.add('score-mismatch', 'error', sc.at, { name: e.label, stated: formatNumber(stated), computed: formatNumber(e.score) }, ind);
          if (!sc.formula) writes.push({ at: sc.at, value: round(e.score), numberFormat: null, what: 'score', overwrites: true });
        }
      }
      if (e.met === true && !qualitative && belowWeight(stated, w) && !sink.hasAt('score-mismatch', toA1(sc.at.row, sc.at.col))) {
        sink.add('score-deducted-though-met', 'warning', sc.at, { name: e.label, score: formatNumber(stated), weight: formatNumber(w) }, ind);
      }
    } else if (sc.empty && !sc.error && !e.unscorable) {
      sink.add('score-empty', 'info', sc.at, { name: e.label, computed: e.score === null ? null : formatNumber(e.score) }, ind);
      if (e.score !== null && !sc.formula) writes.push({ at: sc.at, value: round(e.score), numberFormat: null, what: 'score', overwrites: false });
    }
  }

  // Unmet targets need a reason.
  const unmet = (!qualitative && e.met === false) || (qualitative && (band === 'partly' || band === 'not-met'));
  if (unmet) {
    const hasColumn = e.block.columns.deviation !== null;
    const dev = e.deviationText.replace(/[\s。.]+$/, '');
    const explained = (dev !== '' && !NUMBER_ONLY.test(dev) && !SAYS_NOTHING.test(dev)) || footerExplains(form.footers, e.name);
    if (!explained) {
      const targetLabel = headerLabel(ctx, e.block, e.block.columns.target) ?? fieldName(ctx, 'target');
      const actualLabel = headerLabel(ctx, e.block, e.block.columns.actual) ?? fieldName(ctx, 'actual');
      const at = hasColumn ? ctx.grid.anchor(e.row, e.block.columns.deviation!) : e.actualAt;
      sink.add(
        'target-not-met-unexplained',
        hasColumn ? 'error' : 'warning',
        at,
        {
          name: e.label,
          actual: ctx.grid.text(e.actualAt!.row, e.actualAt!.col).trim(),
          target: ctx.grid.text(e.targetAt!.row, e.targetAt!.col).trim(),
          actualLabel,
          targetLabel,
        },
        ind,
      );
    }
  }
  if (e.ratio !== null && compare(e.ratio, memo.overAchievement) >= 0) {
    sink.add(
      'over-achieved',
      'warning',
      e.actualAt,
      {
        name: e.label,
        actual: ctx.grid.text(e.actualAt!.row, e.actualAt!.col).trim(),
        target: ctx.grid.text(e.targetAt!.row, e.targetAt!.col).trim(),
        attainment: formatPercent(e.ratio),
      },
      { name: e.label, row: e.row },
    );
  }
}

/**
 * A stated score above its weight: stated > w + 0.0001. When stated ≤ w the sum is not needed: w
 * fits the precision, so w + 0.0001 rounds to no less than w.
 */
function exceedsWeight(stated: Decimal, w: Decimal): boolean {
  if (compare(stated, w) <= 0 && fitsPrecision(w)) return false;
  return stated.greaterThan(w.plus(SCORE_EPSILON));
}

/**
 * A stated score deducted from its weight: stated < w − 0.005. When stated ≥ w the difference is
 * not needed: w fits the precision, so w − 0.005 rounds to no more than w.
 */
function belowWeight(stated: Decimal, w: Decimal): boolean {
  if (compare(stated, w) >= 0 && fitsPrecision(w)) return false;
  return stated.lessThan(w.minus(HALF_CENT));
}

/** The header's own label for a column, as the person sees it (年初目标值, 实际完成值 …). */
function headerLabel(ctx: CheckContext, block: IndicatorBlock, col: number | null): string | null {
  if (col === null) return null;
  if (ctx.settings.locale !== 'zh-CN') return null;
  const r = block.headerRow + block.headerRows - 1;
  const a = ctx.grid.anchor(r, col);
  let t = ctx.grid.text(a.row, a.col).replace(/\s+/g, '');
  if (!t && block.headerRows === 2) {
    const a0 = ctx.grid.anchor(block.headerRow, col);
    t = ctx.grid.text(a0.row, a0.col).replace(/\s+/g, '');
  }
  if (t === '指标值') t = '年度指标值';
  return t.replace(/[（(][A-Za-z]+[)）]$/, '') || null;
}

/** Phase 4: checks across indicators (groups, duplicates). */
function checkGroups(ctx: CheckContext, evals: IndicatorEval[], groupOnly: { block: IndicatorBlock; row: IndicatorRow }[]): void {
  const { sink, form } = ctx;
  const blockIndex = new Map(form.blocks.map((b, i) => [b, i]));
  // A duplicate has the key `block|level1|level2|name` of an earlier row. While no level label
  // holds the separator, that is the same name within the same group: names are then compared per
  // group, sparing a key string per row. Otherwise every row's whole key is built, as written.
  const wholeKeys = evals.some((e) => e.level1?.includes('|') || e.level2?.includes('|'));
  const allKeys = new Set<string>();
  const namesByGroup = new Map<string, Set<string>>();
  // The rows of a group share block and levels (and follow each other): found once per group.
  let group: { block: IndicatorBlock; level1: string | null; level2: string | null; key: string; seen: Set<string> } | null = null;
  for (let i = 0; i < evals.length; i++) {
    const e = evals[i];
    if (!e.name) continue;
    if (group === null || group.block !== e.block || group.level1 !== e.level1 || group.level2 !== e.level2) {
      const key = `${blockIndex.get(e.block)}|${e.level1 ?? ''}|${e.level2 ?? ''}|`;
      let seen = allKeys;
      if (!wholeKeys) {
        seen = namesByGroup.get(key) ?? new Set<string>();
        namesByGroup.set(key, seen);
      }
      group = { block: e.block, level1: e.level1, level2: e.level2, key, seen };
    }
    const seen = group.seen;
    const key = wholeKeys ? group.key + e.normalizedName : e.normalizedName;
    if (seen.has(key)) {
      sink.add(
        'duplicate-indicator',
        'warning',
        ctx.grid.anchor(e.row, e.block.columns.name),
        { name: e.name, group: [e.level1, e.level2].filter(Boolean).join(' / ') },
        { name: e.label, row: e.row },
      );
    } else seen.add(key);
  }
  // Built only when some group row needs it (most forms have none).
  let filledGroups: Set<string> | null = null;
  for (const g of groupOnly) {
    if (!g.row.level2) continue;
    filledGroups ??= new Set(evals.map((e) => `${blockIndex.get(e.block)}|${e.level1}|${e.level2}`));
    const filled = filledGroups.has(`${blockIndex.get(g.block)}|${g.row.level1}|${g.row.level2}`);
    if (!filled && g.block.columns.level2 !== null) {
      sink.add('empty-group', 'info', ctx.grid.anchor(g.row.row, g.block.columns.level2), { level1: g.row.level1 ?? '', level2: g.row.level2 });
    }
  }
  // Every project form measures output, benefit and satisfaction.
  const first = form.blocks[0];
  if (first && first.columns.level1 !== null && evals.length > 0) {
    const present = new Set(evals.map((e) => e.level1Id));
    const departmentFramework = evals.some((e) => e.level1Id === 'input' || e.level1Id === 'process' || e.level1Id === 'effect');
    if (!departmentFramework) {
      const need: [Parameters<typeof present.has>[0][], string][] = [
        [['output', 'cost'], '产出指标'],
        [['benefit'], '效益指标'],
        [['satisfaction'], '满意度指标'],
      ];
      for (const [ids, name] of need) {
        if (!ids.some((id) => present.has(id))) {
          sink.add('level1-absent', 'warning', ctx.grid.anchor(first.headerRow, first.columns.level1), { level1: name });
        }
      }
    }
  }
}

export interface IndicatorFacts {
  evals: IndicatorEval[];
  reports: IndicatorReport[];
}

export function evaluateIndicators(ctx: CheckContext, budget: BudgetFacts, writes: PlannedWrite[]): IndicatorFacts {
  const memo = new SheetMemo(ctx);
  const evals: IndicatorEval[] = [];
  const groupOnly: { block: IndicatorBlock; row: IndicatorRow }[] = [];
  // Indexed loops over the rows: this runs once per sheet, largely before V8 optimises it, and a
  // for-of there allocates an iterator result per row.
  for (const block of ctx.form.blocks) {
    for (let i = 0; i < block.rows.length; i++) {
      const r = block.rows[i];
      if (r.placeholder) continue; // reported by the placeholder scan
      if (r.groupOnly) {
        groupOnly.push({ block, row: r });
        continue;
      }
      evals.push(readIndicator(ctx, memo, block, r, budget));
    }
  }
  assignWeights(ctx, evals, budget);
  for (let i = 0; i < evals.length; i++) scoreIndicator(ctx, memo, evals[i], writes);
  checkGroups(ctx, evals, groupOnly);
  return { evals, reports: evals.map((e) => toReport(memo, e)) };
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
