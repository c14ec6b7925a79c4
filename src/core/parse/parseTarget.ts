import Decimal from 'decimal.js';
import { CellValue, isErrorValue } from '../grid/cellGrid';
import { compactText, removeWhiteSpace } from '../text';
import { Band, classifyBand } from './bands';
import { parseQuantity } from './parseNumber';
import { canonicalUnit, convertValue, isKnownUnit } from './units';
import { withArabicNumerals } from './chineseNumerals';
import { Memo } from './memo';

/**
 * Targets (年度指标值 / 年初目标值) and actual values (实际完成值) of indicator rows
 * (rules.md, "Reading values").
 *
 * How a text target is read, in order:
 *
 * 1. Empty text → `empty`; an Excel error value → `unreadable`.
 * 2. Dates and deadlines (`12月底前`, `2024年12月31日前`, `2024-12-31`, `第3季度`, `9:00-17:00`)
 *    → `qualitative` (reason `date`): the number is a date, not a measure. `3个月`, `30日内` are
 *    durations and read as quantities.
 * 3. No digit at all: a comparator alone (`≥`, `以上`) or symbols alone (`%`, `—`, `……`)
 *    → `unreadable`; any other text (`效果明显`, `按时完成`) → `qualitative` (reason
 *    `no-number`, or `date` for deadlines in words: `年底前完成`, `第三季度`, `上半年`).
 * 4. A measure: [comparator] number [unit] [suffix comparator] [note] [verb], e.g. `≥95%`,
 *    `95%以上`, `不低于95%`, `达到100%`, `15秒以内`, `≤421万元`, `＞＝98％`, `≧90`,
 *    `95%以上（含）`, `95%以上(含95%)`, `100%。`, `≥500㎡`, `500m2`, `3个工作日内办结`; or a range
 *    `95%-100%`, `95%~100%`, `95%至100%`, `≥90%且≤100%`
 *    (≥ the low end, with `high`). Comparators that contradict each other (`≥95%以下`), or a
 *    range with two different units, → `unreadable`.
 * 5. A short name before the measure is allowed when the measure is clearly marked: a comparator
 *    (`覆盖率达到95%`, `每月≥2次`, `差错率不超过1%`), a name ending in a measure word
 *    (`满意度95%`, `完成率100%`: 率 度 量 数 额 值 比 为 是), or a frequency / scope word
 *    (`每季度1次`, `全年100万件`), or a verb of completion before a known unit (`完成98%`,
 *    `已完成120人次`; not `完成3个项目建设`).
 * 6. Otherwise, the number is part of a sentence, or junk:
 *    - an approximate value (`约95%`, `95%左右`) → `unreadable` (it cannot be checked);
 *    - a ratio (`1:1`) → `qualitative` (judged as text);
 *    - Chinese text before the number (`完成3个项目建设`, `覆盖全市10个县区`), or at least four Chinese
 *      characters besides comparator words (`95%以上的群众满意`) → `qualitative` (a descriptive
 *      target, judged by bands);
 *    - anything else (`95%%`, `9.5.1`, `100%a`, `≥95%,≥98%`) → `unreadable`.
 */

import { Op, parseComparator } from './comparators';
import { classifyNonMeasure, DEADLINE_WORDS, firstDigit, isDateLike, proseAllowed, readMeasure } from './measure';

export type { Op };
export { parseComparator };

export type QualitativeReason = 'no-number' | 'date' | 'sentence';

export type UnreadableReason =
  | 'error-value'
  | 'boolean'
  | 'no-value'
  | 'comparator-only'
  | 'approximate'
  | 'conflicting-comparators'
  | 'range-units-differ'
  | 'range'
  | 'not-a-quantity';

export type Target =
  | { kind: 'empty' }
  | {
      kind: 'quantity';
      op: Op;
      /** The comparator was written (in the text, a range, or the comparator column). */
      opExplicit: boolean;
      /** The value in `unit` (the low end of a range). */
      value: Decimal;
      /** The high end of a range (`95%-100%` → 100), else null. */
      high: Decimal | null;
      unit: string | null;
      unitSource: 'column' | 'attached' | null;
      text: string;
      /** The unit written with the value itself (for `unit-mismatch` against the column). */
      attachedUnit: string | null;
      /** The number came from text (rule `number-as-text`). */
      fromText: boolean;
    }
  | { kind: 'qualitative'; text: string; reason: QualitativeReason }
  | { kind: 'unreadable'; text: string; reason: UnreadableReason };

export type Actual =
  | { kind: 'empty' }
  | {
      kind: 'quantity';
      value: Decimal;
      unit: string | null;
      unitSource: 'attached' | 'target' | null;
      text: string;
      fromText: boolean;
      /** A comparator written with the actual (`≥99%`, `99%以上`), else null. */
      op: Op | null;
    }
  | { kind: 'qualitative'; text: string; band: Band | null }
  | { kind: 'unreadable'; text: string; reason: UnreadableReason };

export interface TargetContext {
  numberFormat?: string;
  /** The row's 单位 / 计量单位 / 度量单位 cell. */
  unitColumn?: string | null;
  /** The row's 指标性质 / 计算符号 cell. */
  comparatorColumn?: string | null;
  /** A cost indicator (一级 or 二级 成本): a target without comparator reads as ≤. */
  isCost?: boolean;
}

export interface ActualContext {
  numberFormat?: string;
  /** The unit of the row's target, carried over to a bare number. */
  targetUnit?: string | null;
}

function resolveUnit(
  value: Decimal,
  high: Decimal | null,
  attached: string | null,
  column: string | null,
): { value: Decimal; high: Decimal | null; unit: string | null; unitSource: 'column' | 'attached' | null } {
  if (column !== null) {
    if (attached !== null && attached !== column) {
      const v = convertValue(value, attached, column);
      const h = high === null ? null : convertValue(high, attached, column);
      if (v !== null) return { value: v, high: h, unit: column, unitSource: 'column' };
    }
    return { value, high, unit: column, unitSource: 'column' };
  }
  if (attached !== null) return { value, high, unit: attached, unitSource: 'attached' };
  return { value, high, unit: null, unitSource: null };
}

/** A number ending in a magnitude and nothing else (45万, ≤1.2亿): under a cost level, money. */
const MONEY_MAGNITUDE = /\d(万|亿)$/;
const MAGNITUDE: Record<string, number> = { 万: 10000, 亿: 100000000 };

/**
 * Reads a target cell. The unit is the unit column's (normalised) when it has one — a value
 * written in a compatible unit is converted into it (`1500000元` under 万元 → 150) — else the
 * unit attached to the value. The comparator is the comparator column's when it holds one, else
 * the written one, else `>=` (`<=` for cost indicators, `isCost`). See the module comment for how
 * text is classified.
 */
export function parseTarget(value: CellValue | undefined, ctx: TargetContext = {}): Target {
  if (typeof value !== 'string' && typeof value !== 'number') return readTarget(value, ctx);
  // Forms repeat their targets (100%, ≥95%, 12月底前完成): remember the last reading of each value
  // with the context it was read in, and reuse it when the context is the same.
  const isCost = !!ctx.isCost;
  const hit = targets.get(value);
  if (
    hit !== undefined &&
    hit.numberFormat === ctx.numberFormat &&
    hit.unitColumn === ctx.unitColumn &&
    hit.comparatorColumn === ctx.comparatorColumn &&
    hit.isCost === isCost
  ) {
    return hit.target;
  }
  const target = Object.freeze(readTarget(value, ctx));
  targets.set(value, { numberFormat: ctx.numberFormat, unitColumn: ctx.unitColumn, comparatorColumn: ctx.comparatorColumn, isCost, target });
  return target;
}

/** Readings of targets and actuals by cell value (a number and its text are different keys). */
const targets = new Memo<string | number, { numberFormat: string | undefined; unitColumn: string | null | undefined; comparatorColumn: string | null | undefined; isCost: boolean; target: Target }>();
const actuals = new Memo<string | number, { numberFormat: string | undefined; targetUnit: string | null | undefined; actual: Actual }>();

function readTarget(value: CellValue | undefined, ctx: TargetContext): Target {
  const column = canonicalUnit(ctx.unitColumn);
  const columnOp = parseComparator(ctx.comparatorColumn);
  const defaultOp: Op = ctx.isCost ? '<=' : '>=';
  // A target of none (0起, 0次, 0) with no comparator means at most none: ≥ 0 would be met by anything.
  const opFor = (v: Decimal): Op => (v.isZero() ? '<=' : defaultOp);

  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'unreadable', text: String(value), reason: 'boolean' };

  if (typeof value === 'number') {
    const q = parseQuantity(value, { numberFormat: ctx.numberFormat, amountColumnUnit: column });
    if (q === null) return { kind: 'unreadable', text: String(value), reason: 'not-a-quantity' };
    const u = resolveUnit(q.value, null, q.unit, column);
    return {
      kind: 'quantity',
      op: columnOp ?? opFor(u.value),
      opExplicit: columnOp !== null,
      value: u.value,
      high: null,
      unit: u.unit,
      unitSource: u.unitSource,
      text: String(value),
      attachedUnit: q.unit,
      fromText: false,
    };
  }

  const text = value.trim();
  if (removeWhiteSpace(text) === '') return { kind: 'empty' };
  if (isErrorValue(text)) return { kind: 'unreadable', text, reason: 'error-value' };
  if (/\d\s+\d/.test(text)) return { kind: 'unreadable', text, reason: 'not-a-quantity' };
  const c = compactText(text);
  if (isDateLike(c)) return { kind: 'qualitative', text, reason: 'date' };

  const noDigit = firstDigit(c) < 0;
  const result = noDigit ? null : readMeasure(c, column);
  if (result !== null && result.ok && proseAllowed(result.measure)) {
    const m = result.measure;
    // A cost written with its magnitude only (≤45万, 1.2亿) is money: 万元, 亿元.
    const money = ctx.isCost && m.unit === null && column === null ? MONEY_MAGNITUDE.exec(c) : null;
    const u = money
      ? { ...resolveUnit(m.value.div(MAGNITUDE[money[1]]), m.high?.div(MAGNITUDE[money[1]]) ?? null, `${money[1]}元`, null) }
      : resolveUnit(m.value, m.high, m.unit, column);
    const op = columnOp ?? m.op ?? opFor(u.value);
    return {
      kind: 'quantity',
      op,
      opExplicit: columnOp !== null || m.op !== null,
      value: u.value,
      high: u.high,
      unit: u.unit,
      unitSource: u.unitSource,
      text,
      attachedUnit: m.unit,
      fromText: true,
    };
  }
  if (result !== null && !result.ok && result.hard) return { kind: 'unreadable', text, reason: result.reason };
  const prose = result === null ? null : result.ok ? result.measure.prose : result.prose;
  const reading = classifyNonMeasure(c, prose, true);
  if (reading === 'qualitative') {
    const reason: QualitativeReason = !noDigit ? 'sentence' : DEADLINE_WORDS.test(c) ? 'date' : 'no-number';
    return { kind: 'qualitative', text, reason };
  }
  return { kind: 'unreadable', text, reason: reading };
}

/**
 * Reads an actual-value cell. A number (Excel or text, with the comparator spellings a target may
 * use) is a quantity; a bare number carries the target's unit (`unitSource: 'target'`), and a
 * bare `万` under a money target means 万元. Text is qualitative, with its band
 * ({@link classifyBand}; null when it is none of the band words). A range, an approximate value,
 * symbols without a value, or junk after a number are unreadable.
 */
export function parseActual(value: CellValue | undefined, ctx: ActualContext = {}): Actual {
  if (typeof value !== 'string' && typeof value !== 'number') return readActual(value, ctx);
  const hit = actuals.get(value);
  if (hit !== undefined && hit.numberFormat === ctx.numberFormat && hit.targetUnit === ctx.targetUnit) return hit.actual;
  const actual = Object.freeze(readActual(value, ctx));
  actuals.set(value, { numberFormat: ctx.numberFormat, targetUnit: ctx.targetUnit, actual });
  return actual;
}

function readActual(value: CellValue | undefined, ctx: ActualContext): Actual {
  const actual = readActualOnce(value, ctx);
  if (actual.kind === 'quantity' || actual.kind === 'empty' || typeof value !== 'string') return actual;
  return withBandWord(value, ctx) ?? actual;
}

/**
 * A count in Chinese numerals (一套, 不少于两次, 已完成三次) read with the numerals in digits: the
 * quantity, kept only when it is in a unit the checker knows (一般, 一致, 十分满意 stay words), or
 * null. The cell's own reading stays text; the indicator's reading turns to this where the other
 * side is a measure (src/core/check/readIndicator.ts).
 */
export function targetInNumerals(text: string, ctx: TargetContext = {}): Extract<Target, { kind: 'quantity' }> | null {
  const arabic = withArabicNumerals(compactText(text));
  const t = arabic === null ? null : readTarget(arabic, ctx);
  return t?.kind === 'quantity' && t.attachedUnit && isKnownUnit(t.attachedUnit) ? { ...t, text } : null;
}

export function actualInNumerals(text: string, ctx: ActualContext = {}): Extract<Actual, { kind: 'quantity' }> | null {
  const arabic = withArabicNumerals(compactText(text));
  const a = arabic === null ? null : readActual(arabic, ctx);
  return a?.kind === 'quantity' && a.unitSource === 'attached' && a.unit && isKnownUnit(a.unit) ? { ...a, text } : null;
}

/**
 * A measure beside a word saying it is met (已完成，98%; 98%，达标; 达标(98%)) or followed by a clause
 * setting it against something (148万元，节约2万元): the measure. Each part between the commas or
 * semicolons, or the word and its brackets, is either the one measure, a band word or (after the
 * measure) such a clause; anything else leaves the reading as it was.
 */
function withBandWord(text: string, ctx: ActualContext): Actual | null {
  const compact = compactText(text);
  // The measure in brackets after the word (达标(98%), 已完成(120人次)) is a part as well.
  const bracketed = /^([^()]+)\(([^()]+)\)$/.exec(compact);
  const parts = (bracketed ? [bracketed[1], bracketed[2]] : compact.split(/[,;，；]/)).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 3) return null;
  let measure: Actual | null = null;
  for (const part of parts) {
    // After the measure, a clause setting it against something (节约2万元, 超出目标20人次, 较上年增长5%).
    if (measure !== null && RELATIVE_NOTE.test(part)) continue;
    const a = readActualOnce(part, ctx);
    if (a.kind === 'quantity' && measure === null) measure = a;
    else if (a.kind !== 'qualitative' || a.band !== 'met') return null;
  }
  return measure === null ? null : { ...measure, text: text.trim() };
}

/** A clause that sets a measure against something else: what it saved, exceeded or changed by. */
const RELATIVE_NOTE = /^(?:节约|节省|结余|超出|超过|超额|较上年|比上年|同比|较去年|比去年|多于|少于)/;

function readActualOnce(value: CellValue | undefined, ctx: ActualContext): Actual {
  const targetUnit = canonicalUnit(ctx.targetUnit);
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'qualitative', text: String(value), band: null };

  const withUnit = (
    v: Decimal,
    unit: string | null,
  ): { value: Decimal; unit: string | null; unitSource: 'attached' | 'target' | null } => {
    if (unit !== null) return { value: v, unit, unitSource: 'attached' };
    if (targetUnit !== null) return { value: v, unit: targetUnit, unitSource: 'target' };
    return { value: v, unit: null, unitSource: null };
  };

  if (typeof value === 'number') {
    const q = parseQuantity(value, { numberFormat: ctx.numberFormat, amountColumnUnit: targetUnit });
    if (q === null) return { kind: 'unreadable', text: String(value), reason: 'not-a-quantity' };
    return { kind: 'quantity', ...withUnit(q.value, q.unit), text: String(value), fromText: false, op: null };
  }

  const text = value.trim();
  if (removeWhiteSpace(text) === '') return { kind: 'empty' };
  if (isErrorValue(text)) return { kind: 'unreadable', text, reason: 'error-value' };
  if (/\d\s+\d/.test(text)) return { kind: 'unreadable', text, reason: 'not-a-quantity' };
  const c = compactText(text);
  if (isDateLike(c)) return { kind: 'qualitative', text, band: classifyBand(text) };

  const noDigit = firstDigit(c) < 0;
  // A band word first: 达到 (met) is also a comparator word, but on its own as an actual it
  // answers a qualitative target.
  if (noDigit) {
    const band = classifyBand(text);
    if (band !== null) return { kind: 'qualitative', text, band };
  }
  const result = noDigit ? null : readMeasure(c, targetUnit);
  if (result !== null && result.ok && proseAllowed(result.measure)) {
    const m = result.measure;
    if (m.high !== null) return { kind: 'unreadable', text, reason: 'range' };
    return { kind: 'quantity', ...withUnit(m.value, m.unit), text, fromText: true, op: m.op };
  }
  if (result !== null && !result.ok && result.hard) return { kind: 'unreadable', text, reason: result.reason };
  const prose = result === null ? null : result.ok ? result.measure.prose : result.prose;
  const reading = classifyNonMeasure(c, prose);
  if (reading === 'qualitative') return { kind: 'qualitative', text, band: classifyBand(text) };
  return { kind: 'unreadable', text, reason: reading };
}
