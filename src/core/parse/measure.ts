import { Decimal } from '../compute/decimal';
import { applyMultiplier, isPlausibleUnit, readNumber } from './parseNumber';
import { canonicalUnit, isKnownUnit, unitCategory } from './units';
import { combine, COMPARATORS, Op, PREFIXES, SUFFIXES } from './comparators';
import type { UnreadableReason } from './parseTarget';
import { openingParen } from '../text/normalizeLabel';

/**
 * Reading a measure out of a target or actual text (see parseTarget.ts, steps 4 to 6): the
 * comparator and number, the unit after or before it, notes and verbs peeled off the tail, a range;
 * and what a text that is no measure is (qualitative or unreadable).
 */

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

export interface Measure {
  op: Op | null;
  /** A comparator came before the number (as opposed to only after it). */
  prefixOp: boolean;
  value: Decimal;
  high: Decimal | null;
  unit: string | null;
  /** Text before the comparator and number (a name, `每月`), or ''. */
  prose: string;
}

export type MeasureResult =
  | { ok: true; measure: Measure }
  | { ok: false; hard: true; reason: UnreadableReason }
  | { ok: false; hard: false; prose: string };

export function firstDigit(c: string): number {
  const m = /\d/.exec(c);
  return m ? m.index : -1;
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
    // Sentence punctuation after the measure (100%。, ≥95%；, 98%.) ends the sentence, nothing more.
    if (/[。.;,、]$/.test(rest)) {
      rest = rest.replace(/[。.;,、]+$/, '');
      changed = true;
      continue;
    }
    if (rest.endsWith(')')) {
      const open = openingParen(rest, rest.length - 1);
      const content = open >= 0 ? rest.slice(open + 1, rest.length - 1) : '';
      // A note without a number (含), or one saying the bound is included (含95%, 含本数).
      if (open >= 0 && (!/\d/.test(content) || /^含/.test(content))) {
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
export function readMeasure(c: string, amountColumnUnit: string | null): MeasureResult {
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

  // A floor and a ceiling (≥90%且≤100%, 不低于90%,不高于100%): the range between them.
  const ceiling = /^([^\d]*?)(?:且|并且|,|;|、)(?:≤|<=|不超过|不高于|不大于|小于等于|低于等于)(\d+(?:\.\d+)?)(.*)$/.exec(rest);
  if (ceiling && (op === '>=' || op === '>') && prefix.op !== null && suffixOp === null && ceiling[1] === ceiling[3]) {
    const unit = ceiling[1] === '' ? groupUnit : ceiling[1];
    if (unit === null || isPlausibleUnit(unit)) {
      const low = applyMultiplier(n.value, unit, amountColumnUnit);
      const high = applyMultiplier(new Decimal(ceiling[2]), unit, amountColumnUnit);
      if (low.value.lte(high.value)) {
        return { ok: true, measure: { op: '>=', prefixOp: true, value: low.value, high: high.value, unit: low.unit, prose: prefix.prose } };
      }
    }
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
  } else if (/^[¥￥]$/.test(prose) && (unitText === '元' || unitText === '万元' || unitText === '亿元' || unitText === '万' || unitText === '亿')) prose = '';
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

/** A verb of completion before the number (完成98%, 已完成3次, 实际完成120人次): the measure itself. */
const DONE = /^(?:已|实际|已经|共|累计|全年)?(?:完成|实现|达成)了?$/;

/** A name before the measure is allowed when the measure is clearly marked (step 5). */
export function proseAllowed(m: Measure): boolean {
  if (m.prose === '') return true;
  if (!HAN_ONLY.test(m.prose) || m.prose.length > 10) return false;
  if (m.prefixOp || MEASURE_NAME.test(m.prose) || SCOPE.test(m.prose)) return true;
  // After a verb, only a unit the checker knows: 完成3个项目建设 is a sentence, not 3 个项目建设.
  return DONE.test(m.prose) && (m.unit === null || m.unit === '%' || m.unit === '‰' || isKnownUnit(m.unit));
}

const DATE_PATTERNS: readonly RegExp[] = [
  /\d{4}年/,
  /(?:^|[^个\d])\d{1,2}月/,
  /\d{1,2}:\d{2}/,
  /第\d+季度/,
  /(?:^|[^个\d])\d季度/,
];

/**
 * Dates in digits alone: 2024.12, 2024-12-31, 2024/12/31前, and periods 2021.1.1-12.31,
 * 2021.1-2021.12, 2021/3/1~2021/6/30. Group 1 is the year, 2 the month, 3 the day (if any).
 */
const DIGIT_DATES: readonly RegExp[] = [
  /^(\d{4})[-./](\d{1,2})(?:[-./](\d{1,2}))?日?(?:前|之前|以前|底前|底|末)?$/,
  /^(\d{4})[./](\d{1,2})(?:[./](\d{1,2}))?[-~—至到](?:\d{4}[./])?\d{1,2}(?:[./]\d{1,2})?日?$/,
];

/** A year, month and day a table could mean: 1990–2099, 1–12, 1–31 (4557.51 is an amount). */
function plausibleDate(m: RegExpExecArray): boolean {
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  return year >= 1990 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function isDateLike(c: string): boolean {
  if (DATE_PATTERNS.some((re) => re.test(c))) return true;
  return DIGIT_DATES.some((re) => {
    const m = re.exec(c);
    return m !== null && plausibleDate(m);
  });
}

/** Deadlines written without digits (`年底前`, `第三季度`, `上半年`): reason `date`. */
/**
 * A deadline with the measure to reach by it (11月底完成100%, 年底前完成80%, 2021年11月30日前完成100%,
 * 按时完成100%): the part from the verb on (完成100%), or null for any other text. Compacted text.
 */
const BY_DEADLINE =
  /^(?:\d{4}年)?(?:\d{1,2}月(?:底|末|\d{1,2}日)?|年底|年末|年内|年度内|当年|按时|按期|如期|规定时[间限]内)(?:前|之前|以前|内)?[,，]?((?:完成|达到|实现)[^,，;；。]*\d[^,，;；。]*)$/;
export function measureByDeadline(text: string): string | null {
  return BY_DEADLINE.exec(text)?.[1] ?? null;
}

export const DEADLINE_WORDS = /年底|年末|月底|月末|季末|第[一二三四]季度|[上下]半年|[一二三四五六七八九十]+月/;

const APPROXIMATE = /(?:^|[^节制])(?:约|大约|大概)$|左右|上下浮动/;

/** Step 3 / 6: the reading of a text that is not a measure. */
export function classifyNonMeasure(c: string, prose: string | null, dashIsText = false): 'qualitative' | UnreadableReason {
  if (firstDigit(c) < 0) {
    if (COMPARATORS.has(c)) return 'comparator-only';
    // A dash alone as a target is text, as rules.md reads any text without a number: a target
    // written as "not applicable" (judged by bands, never computed).
    if (dashIsText && /^[-—–－―]+$/.test(c)) return 'qualitative';
    if (!/[\u3400-\u9FFFA-Za-z]/.test(c)) return 'no-value';
    return 'qualitative';
  }
  if ((prose !== null && APPROXIMATE.test(prose)) || /左右|上下浮动/.test(c)) return 'approximate';
  // A ratio (1:1, 1:0.5 配套): text to be judged, not a quantity to compare.
  if (/^[\u3400-\u9FFF]*\d+(?:\.\d+)?:\d+(?:\.\d+)?[\u3400-\u9FFF]*$/.test(c)) return 'qualitative';
  if (prose !== null && HAN.test(prose)) return 'qualitative';
  let words = c;
  for (const word of [...COMPARATORS.keys()].sort((a, b) => b.length - a.length)) {
    words = words.split(word).join('');
  }
  const han = words.match(HAN_GLOBAL);
  return han !== null && han.length >= 4 ? 'qualitative' : 'not-a-quantity';
}
