import Decimal from 'decimal.js';
import { CellValue, isErrorValue } from '../grid/cellGrid';
import { compactText, removeWhiteSpace } from '../text';
import { Band, classifyBand } from './bands';
import { applyMultiplier, isPlausibleUnit, parseQuantity, readNumber } from './parseNumber';
import { canonicalUnit, convertValue, isKnownUnit, unitCategory } from './units';
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
 *    `95%以上（含）`, `3个工作日内办结`; or a range `95%-100%`, `95%~100%`, `95%至100%`
 *    (≥ the low end, with `high`). Comparators that contradict each other (`≥95%以下`), or a
 *    range with two different units, → `unreadable`.
 * 5. A short name before the measure is allowed when the measure is clearly marked: a comparator
 *    (`覆盖率达到95%`, `每月≥2次`, `差错率不超过1%`), a name ending in a measure word
 *    (`满意度95%`, `完成率100%`: 率 度 量 数 额 值 比 为 是), or a frequency / scope word
 *    (`每季度1次`, `全年100万件`).
 * 6. Otherwise, the number is part of a sentence, or junk:
 *    - an approximate value (`约95%`, `95%左右`) → `unreadable` (it cannot be checked);
 *    - Chinese text before the number (`完成3个项目建设`, `覆盖全市10个县区`), or at least four Chinese
 *      characters besides comparator words (`95%以上的群众满意`) → `qualitative` (a descriptive
 *      target, judged by bands);
 *    - anything else (`95%%`, `9.5.1`, `100%a`, `≥95%,≥98%`) → `unreadable`.
 */

export type Op = '>=' | '<=' | '=' | '>' | '<';

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

// ---------------------------------------------------------------------------------------------
// Comparators

const COMPARATOR_WORDS: Readonly<Record<Op, readonly string[]>> = {
  '>=': [
    '≥', '>=', '=>', '≧', '⩾', '≮',
    '不低于', '不少于', '至少', '以上', '及以上', '或以上', '达到', '达', '大于等于', '大于或等于',
    '不小于', '正向', '正向指标',
  ],
  '<=': [
    '≤', '<=', '=<', '≦', '⩽', '≯',
    '不高于', '不超过', '以内', '以下', '之内', '及以下', '或以下', '低于等于', '低于或等于', '小于等于',
    '小于或等于', '不大于', '不多于', '控制在', '反向', '反向指标',
  ],
  '>': ['>', '大于', '高于', '超过', '多于'],
  '<': ['<', '小于', '低于', '少于'],
  '=': ['=', '==', '═', '等于'],
};

const COMPARATORS: ReadonlyMap<string, Op> = (() => {
  const map = new Map<string, Op>();
  for (const op of Object.keys(COMPARATOR_WORDS) as Op[]) {
    for (const word of COMPARATOR_WORDS[op]) map.set(word, op);
  }
  return map;
})();

/** Comparators written after the number (`95%以上`, `15秒以内`, `3个工作日内`). */
const SUFFIXES: readonly [string, Op][] = (
  [
    ['及以上', '>='],
    ['或以上', '>='],
    ['以上', '>='],
    ['及以下', '<='],
    ['或以下', '<='],
    ['以下', '<='],
    ['以内', '<='],
    ['之内', '<='],
    ['内', '<='],
  ] as [string, Op][]
).sort((a, b) => b[0].length - a[0].length);

/** Words that only follow a number, and the column words; never read before a number. */
const NOT_PREFIX = new Set(['以上', '及以上', '或以上', '以下', '及以下', '或以下', '以内', '之内', '正向', '正向指标', '反向', '反向指标']);

const PREFIXES: readonly [string, Op][] = [...COMPARATORS.entries()]
  .filter(([word]) => !NOT_PREFIX.has(word))
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Reads a comparator written on its own (a 指标性质 / 计算符号 cell, or the whole text):
 * `≥ ≤ > < =`, `>= <= =>`, `≧ ≦ ⩾ ⩽`, full-width and small forms (`＞＝`, `＝`, `﹦`, `＞`, `＜`),
 * and the words — ≥: 不低于 不少于 至少 以上 达到 达 大于等于 不小于 (and 正向指标);
 * ≤: 不高于 不超过 以内 以下 之内 低于等于 小于等于 不大于 不多于 控制在 (and 反向指标);
 * >: 大于 高于 超过 多于; <: 小于 低于 少于; =: 等于. White space, width and Traditional
 * characters do not matter. Null for anything else (including 定量指标 / 定性指标 and empty text).
 */
export function parseComparator(s: string | null | undefined): Op | null {
  if (s === null || s === undefined) return null;
  return COMPARATORS.get(compactText(String(s))) ?? null;
}

function direction(op: Op): 'up' | 'down' | 'eq' {
  return op === '>=' || op === '>' ? 'up' : op === '<=' || op === '<' ? 'down' : 'eq';
}

/**
 * Two comparators written for one value (`控制在≤5%`, `不低于95%以上`): the same direction gives
 * the one nearest the number (`first`); `=` yields to the other; opposite directions conflict.
 */
function combine(first: Op | null, second: Op | null): Op | null | 'conflict' {
  if (first === null) return second;
  if (second === null) return first;
  const a = direction(first);
  const b = direction(second);
  if (a === b) return first;
  if (a === 'eq') return second;
  if (b === 'eq') return first;
  return 'conflict';
}

// ---------------------------------------------------------------------------------------------
// Measures

/** Verbs after a measure that do not change it (`3个工作日内办结`, `100%完成`). */
const FILLERS: readonly string[] = [
  '办理完毕', '办结完毕', '完成', '办结', '办理', '完毕', '到位', '回复', '响应', '处理', '解决', '完工', '兑付',
  '拨付', '发放', '接通', '反馈', '上报', '报送', '整改', '结算', '支付', '实现',
].sort((a, b) => b.length - a.length);

/** A name before a number that ends in a measure word (`满意度95%`, `完成率100%`). */
const MEASURE_NAME = /(?:率|度|量|数|额|值|比|比例|占比|为|是)$/;
/** A frequency or scope before a number (`每季度1次`, `全年100万件`). */
const SCOPE = /^(?:每[年季月周天日次人户]?|每季度|每半年|全年|年度|年均|累计|合计|共计?|总计|平均)$/;
const HAN_ONLY = /^[\u3400-\u9FFF]+$/;
const HAN = /[\u3400-\u9FFF]/;
const HAN_GLOBAL = /[\u3400-\u9FFF]/g;

const RANGE_SEPARATOR = /^(.*?)(?:-|~|—|–|―|〜|至|到)(?=[+\-\u2212]?[\d.])/;

interface Measure {
  op: Op | null;
  /** A comparator came before the number (as opposed to only after it). */
  prefixOp: boolean;
  value: Decimal;
  high: Decimal | null;
  unit: string | null;
  /** Text before the comparator and number (a name, `每月`), or ''. */
  prose: string;
}

type MeasureResult =
  | { ok: true; measure: Measure }
  | { ok: false; hard: true; reason: UnreadableReason }
  | { ok: false; hard: false; prose: string };

function firstDigit(c: string): number {
  const m = /\d/.exec(c);
  return m ? m.index : -1;
}

function parenOpening(s: string): number {
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const ch = s.charAt(i);
    if (ch === ')') depth++;
    else if (ch === '(') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits the text before the number into prose and up to two comparators. */
function splitPrefix(before: string): { prose: string; op: Op | null } | 'conflict' {
  let rest = before;
  let op: Op | null = null;
  for (let round = 0; round < 2; round++) {
    const hit = PREFIXES.find(([word]) => rest.endsWith(word));
    if (!hit) break;
    const combined = combine(op, hit[1]);
    if (combined === 'conflict') return 'conflict';
    op = combined;
    rest = rest.slice(0, rest.length - hit[0].length);
  }
  return { prose: rest.replace(/:+$/, ''), op };
}

/** Peels notes, verbs and a suffix comparator off the text after the number. */
function peelTail(tail: string): { rest: string; suffixOp: Op | null; groupUnit: string | null } {
  let rest = tail;
  let suffixOp: Op | null = null;
  let groupUnit: string | null = null;
  let changed = true;
  while (changed && rest !== '') {
    changed = false;
    const filler = FILLERS.find((f) => rest.endsWith(f));
    if (filler) {
      rest = rest.slice(0, rest.length - filler.length);
      changed = true;
      continue;
    }
    if (rest.endsWith(')')) {
      const open = parenOpening(rest);
      const content = open >= 0 ? rest.slice(open + 1, rest.length - 1) : '';
      if (open >= 0 && !/\d/.test(content)) {
        const category = unitCategory(content);
        if (groupUnit === null && category !== null && category !== 'other') groupUnit = content;
        rest = rest.slice(0, open);
        changed = true;
        continue;
      }
    }
    if (suffixOp === null) {
      const hit = SUFFIXES.find(([word]) => rest.endsWith(word) && rest.length >= word.length);
      if (hit) {
        suffixOp = hit[1];
        rest = rest.slice(0, rest.length - hit[0].length);
        changed = true;
      }
    }
  }
  return { rest, suffixOp, groupUnit };
}

/** Reads a measure out of compacted text (see the module comment, steps 4 and 5). */
function readMeasure(c: string, amountColumnUnit: string | null): MeasureResult {
  const digit = firstDigit(c);
  let start = digit;
  if (digit > 0 && '+-\u2212'.includes(c.charAt(digit - 1)) && (digit === 1 || !/[\d%.]/.test(c.charAt(digit - 2)))) {
    start = digit - 1;
  }
  if (digit > 0 && c.charAt(digit - 1) === '.') start = digit - 1; // `.5`
  const prefix = splitPrefix(c.slice(0, start));
  if (prefix === 'conflict') return { ok: false, hard: true, reason: 'conflicting-comparators' };
  const n = readNumber(c, start);
  if (!n) return { ok: false, hard: false, prose: prefix.prose };
  const { rest, suffixOp, groupUnit } = peelTail(c.slice(n.end));
  const op = combine(prefix.op, suffixOp);
  if (op === 'conflict') return { ok: false, hard: true, reason: 'conflicting-comparators' };

  const range = RANGE_SEPARATOR.exec(rest);
  if (range) {
    const n2 = readNumber(rest, range[0].length);
    if (!n2) return { ok: false, hard: false, prose: prefix.prose };
    const u1 = range[1];
    const u2 = rest.slice(n2.end);
    if ((u1 !== '' && !isPlausibleUnit(u1)) || (u2 !== '' && !isPlausibleUnit(u2))) {
      return { ok: false, hard: false, prose: prefix.prose };
    }
    if (u1 !== '' && u2 !== '' && canonicalUnit(u1) !== canonicalUnit(u2)) {
      return { ok: false, hard: true, reason: 'range-units-differ' };
    }
    if (op !== null) return { ok: false, hard: true, reason: 'conflicting-comparators' };
    const unitText = (u2 || u1 || groupUnit) ?? null;
    const low = applyMultiplier(n.value, unitText, amountColumnUnit);
    const high = applyMultiplier(n2.value, unitText, amountColumnUnit);
    const [a, b] = low.value.lte(high.value) ? [low.value, high.value] : [high.value, low.value];
    return {
      ok: true,
      measure: { op: '>=', prefixOp: true, value: a, high: b, unit: low.unit, prose: prefix.prose },
    };
  }

  // A percentage followed by what it measures (100%覆盖, 95%达标): the percentage.
  const described = /^([%‰])[\u3400-\u9FFF]{1,4}$/.exec(rest) && !/左右|上下|以|之内|内$|约|前|后/.test(rest) ? /^([%‰])/.exec(rest) : null;
  let unitText: string | null = rest === '' ? groupUnit : described ? described[1] : rest;
  let prose = prefix.prose;
  // A unit written before the number: 人次≥500, 元/人·年≥500, ¥500.
  if (unitText === null && prose !== '') {
    const before = /^[¥￥]$/.test(prose) ? '元' : prose;
    if (isKnownUnit(before) && isPlausibleUnit(before)) {
      unitText = before;
      prose = '';
    }
  } else if (/^[¥￥]$/.test(prose) && (unitText === '元' || unitText === '万元')) prose = '';
  if (unitText !== null && !isPlausibleUnit(unitText)) return { ok: false, hard: false, prose };
  const scaled = applyMultiplier(n.value, unitText, amountColumnUnit);
  return {
    ok: true,
    measure: {
      op,
      prefixOp: prefix.op !== null,
      value: scaled.value,
      high: null,
      unit: scaled.unit,
      prose,
    },
  };
}

/** A name before the measure is allowed when the measure is clearly marked (step 5). */
function proseAllowed(m: Measure): boolean {
  if (m.prose === '') return true;
  if (!HAN_ONLY.test(m.prose) || m.prose.length > 10) return false;
  return m.prefixOp || MEASURE_NAME.test(m.prose) || SCOPE.test(m.prose);
}

const DATE_PATTERNS: readonly RegExp[] = [
  /\d{4}年/,
  /(?:^|[^个\d])\d{1,2}月/,
  /^\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?日?(?:前|之前|以前|底前|底|末)?$/,
  /\d{1,2}:\d{2}/,
  /第\d+季度/,
  /(?:^|[^个\d])\d季度/,
];

function isDateLike(c: string): boolean {
  return DATE_PATTERNS.some((re) => re.test(c));
}

/** Deadlines written without digits (`年底前`, `第三季度`, `上半年`): reason `date`. */
const DEADLINE_WORDS = /年底|年末|月底|月末|季末|第[一二三四]季度|[上下]半年|[一二三四五六七八九十]+月/;

const APPROXIMATE = /(?:^|[^节制])(?:约|大约|大概)$|左右|上下浮动/;

/** Step 3 / 6: the reading of a text that is not a measure. */
function classifyNonMeasure(c: string, prose: string | null, dashIsText = false): 'qualitative' | UnreadableReason {
  if (firstDigit(c) < 0) {
    if (COMPARATORS.has(c)) return 'comparator-only';
    // A dash alone as a target is text, as rules.md reads any text without a number: a target
    // written as "not applicable" (judged by bands, never computed).
    if (dashIsText && /^[-—–－―]+$/.test(c)) return 'qualitative';
    if (!/[\u3400-\u9FFFA-Za-z]/.test(c)) return 'no-value';
    return 'qualitative';
  }
  if ((prose !== null && APPROXIMATE.test(prose)) || /左右|上下浮动/.test(c)) return 'approximate';
  if (prose !== null && HAN.test(prose)) return 'qualitative';
  let words = c;
  for (const word of [...COMPARATORS.keys()].sort((a, b) => b.length - a.length)) {
    words = words.split(word).join('');
  }
  const han = words.match(HAN_GLOBAL);
  return han !== null && han.length >= 4 ? 'qualitative' : 'not-a-quantity';
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

  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'unreadable', text: String(value), reason: 'boolean' };

  if (typeof value === 'number') {
    const q = parseQuantity(value, { numberFormat: ctx.numberFormat, amountColumnUnit: column });
    if (q === null) return { kind: 'unreadable', text: String(value), reason: 'not-a-quantity' };
    const u = resolveUnit(q.value, null, q.unit, column);
    return {
      kind: 'quantity',
      op: columnOp ?? defaultOp,
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
    const u = resolveUnit(m.value, m.high, m.unit, column);
    const op = columnOp ?? m.op ?? defaultOp;
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
