import { compactText } from '../text';

/**
 * Comparators as targets write them (rules.md, "Reading values"): `≥ ≤ > < =` in every spelling,
 * the words (不低于 …), before the number or after it (95%以上, 15秒以内).
 */

export type Op = '>=' | '<=' | '=' | '>' | '<';

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

export const COMPARATORS: ReadonlyMap<string, Op> = (() => {
  const map = new Map<string, Op>();
  for (const op of Object.keys(COMPARATOR_WORDS) as Op[]) {
    for (const word of COMPARATOR_WORDS[op]) map.set(word, op);
  }
  return map;
})();

/** Comparators written after the number (`95%以上`, `15秒以内`, `3个工作日内`). */
export const SUFFIXES: readonly [string, Op][] = (
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

export const PREFIXES: readonly [string, Op][] = [...COMPARATORS.entries()]
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
export function combine(first: Op | null, second: Op | null): Op | null | 'conflict' {
  if (first === null) return second;
  if (second === null) return first;
  const a = direction(first);
  const b = direction(second);
  if (a === b) return first;
  if (a === 'eq') return second;
  if (b === 'eq') return first;
  return 'conflict';
}
