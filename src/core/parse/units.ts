import Decimal from 'decimal.js';
import { foldWidth, removeWhiteSpace, toSimplified } from '../text';
import { Memo } from './memo';
import { ONE } from '../compute/decimal';

/**
 * Units of measure as they appear in 单位 / 计量单位 / 度量单位 columns and attached to values
 * (rules.md, "Reading values": `％` and `百分比` mean `%`; 元 and 万元 convert × 10 000).
 */

export type UnitCategory = 'percent' | 'money' | 'time' | 'count' | 'other';

export interface NormalizedUnit {
  /** The canonical spelling (`%`, `万元`, `个工作日` …), or null when there is no unit. */
  unit: string | null;
  /** The unit was spelled in a non-standard way (`％`, `百分比`, `萬元`): rule `unit-nonstandard`. */
  nonstandard: boolean;
}

/**
 * A compound unit's product sign typed as 、 or . after its `/` (元/人、天, 元/人.天 for 元/人·天),
 * as `·`. Only between Han characters after a `/`: 、 elsewhere separates a list.
 */
export function productSignsOf(unit: string): string {
  if (!unit.includes('/')) return unit;
  return unit.replace(/(\/[\u3400-\u9FFF]+)[、.](?=[\u3400-\u9FFF])/g, '$1·');
}

/** Spellings of the percent sign. `百分点` (percentage points) is a different unit and stays. */
const PERCENT_SPELLINGS: ReadonlySet<string> = new Set(['%', '百分比', '百分率', '百分数', 'percent', 'pct']);

/** The percent sign spelled as a word inside a value (≥100百分比), in compact text. */
export const PERCENT_WORD = /百分比|百分率|百分数/;

/** One enclosing pair of brackets around a unit: `(万元)`, `（%）`, `[件]`, `【人次】`. */
const ENCLOSED = /^(?:\((.*)\)|\[(.*)\]|【(.*)】|〔(.*)〕)$/;

/**
 * The canonical spelling of a unit: trimmed, white space removed, one pair of enclosing
 * brackets removed, width folded, Simplified, and the percent spellings (`％`, `百分比`,
 * `百分率`, `percent`) turned into `%`. `nonstandard` is set when the canonical spelling differs
 * from what was written (ignoring white space and the enclosing brackets). Empty → null.
 */
export function normalizeUnit(u: string | null | undefined): NormalizedUnit {
  if (u === null || u === undefined) return NO_UNIT;
  // Every reading and comparison of a value normalises its units again: remember the few a form uses.
  const text = String(u);
  return normalizedUnits.get(text) ?? normalizedUnits.set(text, Object.freeze(readUnit(text)));
}

const normalizedUnits = new Memo<string, NormalizedUnit>();
const NO_UNIT: NormalizedUnit = Object.freeze({ unit: null, nonstandard: false });

function readUnit(u: string): NormalizedUnit {
  let core = removeWhiteSpace(u);
  const folded = foldWidth(core);
  const enclosed = ENCLOSED.exec(folded);
  if (enclosed) {
    const inner = enclosed[1] ?? enclosed[2] ?? enclosed[3] ?? enclosed[4] ?? '';
    // Keep the written (unfolded) inner text so that ％ inside brackets is still nonstandard.
    core = core.slice(1, core.length - 1);
    if (inner === '') return { unit: null, nonstandard: false };
  }
  if (core === '') return { unit: null, nonstandard: false };
  // The product sign of a compound unit in any spelling: 元/人*月 = 元/人×月 = 元/人·月.
  let canonical = productSignsOf(toSimplified(foldWidth(core))).replace(/[*×⋅・•]/g, '·');
  if (PERCENT_SPELLINGS.has(canonical.toLowerCase())) canonical = '%';
  // A unit glossed in brackets by its own name: %(百分比), 万元(万元).
  const glossed = /^(.+?)\((.+)\)$/.exec(canonical);
  if (glossed) {
    const spell = (u: string): string => (PERCENT_SPELLINGS.has(u.toLowerCase()) ? '%' : u);
    if (spell(glossed[1]) === spell(glossed[2])) canonical = spell(glossed[1]);
  }
  return { unit: canonical, nonstandard: canonical !== core };
}

/** The canonical unit, or null (a shorthand for `normalizeUnit(u).unit`). */
export function canonicalUnit(u: string | null | undefined): string | null {
  return normalizeUnit(u).unit;
}

interface UnitInfo {
  category: UnitCategory;
  /** Units convert only within one dimension. */
  dimension: string;
  /** How many base units of the dimension one of this unit is. */
  factor: Decimal;
}

const D = (n: number | string): Decimal => new Decimal(n);

/** Units with a known dimension and size. Anything else converts only with itself. */
const KNOWN: ReadonlyMap<string, UnitInfo> = new Map<string, UnitInfo>([
  ['%', { category: 'percent', dimension: 'percent', factor: D(1) }],
  // money, in 元
  ['元', { category: 'money', dimension: 'money', factor: D(1) }],
  ['千元', { category: 'money', dimension: 'money', factor: D(1000) }],
  ['万元', { category: 'money', dimension: 'money', factor: D(10000) }],
  ['百万元', { category: 'money', dimension: 'money', factor: D(1000000) }],
  ['亿元', { category: 'money', dimension: 'money', factor: D(100000000) }],
  // time, in seconds; 天 = 日 = 自然日 = 24 小时
  ['秒', { category: 'time', dimension: 'time', factor: D(1) }],
  ['秒钟', { category: 'time', dimension: 'time', factor: D(1) }],
  ['分', { category: 'time', dimension: 'time', factor: D(60) }],
  ['分钟', { category: 'time', dimension: 'time', factor: D(60) }],
  ['时', { category: 'time', dimension: 'time', factor: D(3600) }],
  ['小时', { category: 'time', dimension: 'time', factor: D(3600) }],
  ['个小时', { category: 'time', dimension: 'time', factor: D(3600) }],
  ['天', { category: 'time', dimension: 'time', factor: D(86400) }],
  ['日', { category: 'time', dimension: 'time', factor: D(86400) }],
  ['自然日', { category: 'time', dimension: 'time', factor: D(86400) }],
  ['周', { category: 'time', dimension: 'time', factor: D(604800) }],
  ['星期', { category: 'time', dimension: 'time', factor: D(604800) }],
  ['个星期', { category: 'time', dimension: 'time', factor: D(604800) }],
  // working days, months and years have no fixed length in seconds
  ['个工作日', { category: 'time', dimension: 'workday', factor: D(1) }],
  ['工作日', { category: 'time', dimension: 'workday', factor: D(1) }],
  ['月', { category: 'time', dimension: 'month', factor: D(1) }],
  ['个月', { category: 'time', dimension: 'month', factor: D(1) }],
  ['季度', { category: 'time', dimension: 'month', factor: D(3) }],
  ['个季度', { category: 'time', dimension: 'month', factor: D(3) }],
  ['年', { category: 'time', dimension: 'month', factor: D(12) }],
  // length, mass, area
  ['米', { category: 'other', dimension: 'length', factor: D(1) }],
  ['m', { category: 'other', dimension: 'length', factor: D(1) }],
  ['千米', { category: 'other', dimension: 'length', factor: D(1000) }],
  ['公里', { category: 'other', dimension: 'length', factor: D(1000) }],
  ['km', { category: 'other', dimension: 'length', factor: D(1000) }],
  ['克', { category: 'other', dimension: 'mass', factor: D(1) }],
  ['g', { category: 'other', dimension: 'mass', factor: D(1) }],
  ['千克', { category: 'other', dimension: 'mass', factor: D(1000) }],
  ['公斤', { category: 'other', dimension: 'mass', factor: D(1000) }],
  ['kg', { category: 'other', dimension: 'mass', factor: D(1000) }],
  ['吨', { category: 'other', dimension: 'mass', factor: D(1000000) }],
  ['t', { category: 'other', dimension: 'mass', factor: D(1000000) }],
  // area, in fifteenths of a square metre, so that 亩 (1/15 公顷) converts exactly
  ['平方米', { category: 'other', dimension: 'area', factor: D(15) }],
  ['m²', { category: 'other', dimension: 'area', factor: D(15) }],
  ['m2', { category: 'other', dimension: 'area', factor: D(15) }],
  ['亩', { category: 'other', dimension: 'area', factor: D(10000) }],
  ['公顷', { category: 'other', dimension: 'area', factor: D(150000) }],
  ['平方公里', { category: 'other', dimension: 'area', factor: D(15000000) }],
  ['平方千米', { category: 'other', dimension: 'area', factor: D(15000000) }],
  ['km²', { category: 'other', dimension: 'area', factor: D(15000000) }],
  ['km2', { category: 'other', dimension: 'area', factor: D(15000000) }],
]);

/**
 * Counting words (量词) and the nouns used as count units. Each converts only with itself and its
 * 万 / 亿 multiples (件 vs 人 → incompatible).
 */
const COUNT_UNITS: ReadonlySet<string> = new Set(
  (
    '件 个 人 人次 次 户 户次 家 家次 项 场 场次 台 台次 套 份 本 册 篇 条 所 座 处 辆 批 批次 期 名 位 张 ' +
    '株 棵 头 只 块 间 栋 宗 例 起 单 通 篇次 班次 车次 架次 课时 学时 人日 人天 个点 点 部 册次 支 组 队 ' +
    '村 镇 乡 县 区 校 园 床 床位 套次 节 课 门 类 种 款 单位 家单位 个单位 个村 个项目 个次 项次'
  ).split(' '),
);

/** 万X = 10 000 X and 亿X = 10⁸ X for count and other units (万件, 万人次, 万亩, 亿人次). */
const MULTIPLIERS: readonly [string, Decimal][] = [
  ['万', D(10000)],
  ['亿', D(100000000)],
];

const infos = new Memo<string, UnitInfo>();

function info(unit: string): UnitInfo {
  return infos.get(unit) ?? infos.set(unit, readInfo(unit));
}

function readInfo(unit: string): UnitInfo {
  const known = KNOWN.get(unit) ?? KNOWN.get(unit.toLowerCase());
  if (known) return known;
  for (const [prefix, scale] of MULTIPLIERS) {
    if (unit.length > prefix.length && unit.startsWith(prefix)) {
      const base = info(unit.slice(prefix.length));
      if (base.category === 'money' || base.category === 'percent') continue;
      return { category: base.category, dimension: base.dimension, factor: base.factor.times(scale) };
    }
  }
  if (COUNT_UNITS.has(unit)) return { category: 'count', dimension: `unit:${unit}`, factor: ONE };
  return { category: 'other', dimension: `unit:${unit}`, factor: ONE };
}

/**
 * What a unit measures: `%` → percent; 元 / 千元 / 万元 / 百万元 / 亿元 → money; 秒, 分(钟),
 * (小)时, 天 / 日 / 自然日, 周, 个工作日, 月, 季度, 年 → time; 件 / 人 / 人次 / 户 … (and their
 * 万 multiples) → count; anything else (米, 吨, 平方米, 次/年, 百分点 …) → other. Null for no unit.
 * Note that `分` reads as minutes here; a points unit (`90分`) only ever meets itself, so comparing
 * scores is unaffected.
 */
export function unitCategory(u: string | null | undefined): UnitCategory | null {
  const unit = canonicalUnit(u);
  return unit === null ? null : info(unit).category;
}

/**
 * Whether a text is a unit the engine knows (money, time, percent, a counting word, a measure such
 * as 吨 or 公里, their 万 multiples) or a compound of known units (元/人·月, 人次/年, 万元/公里).
 * Used to read a unit written before the number (`人次≥500`, `元/人·年 ≥500`).
 */
export function isKnownUnit(u: string | null | undefined): boolean {
  const unit = canonicalUnit(u);
  if (unit === null) return false;
  const parts = unit.split(/[/·]/);
  return parts.every((p) => p !== '' && (KNOWN.has(p) || COUNT_UNITS.has(p) || (p.length > 1 && /^[万亿]/.test(p) && isKnownUnit(p.slice(1)))));
}

/** Whether the unit is an amount of money (元, 万元, 亿元 …). */
export function isMoneyUnit(u: string | null | undefined): boolean {
  return unitCategory(u) === 'money';
}

/** A unit per year (次/年, 人次/年度, 万元/年): the count or amount of one year. */
const PER_YEAR = /^(.+)\/(?:年|年度|每年)$/;

/**
 * Two units of which one is per year and the other the same without it (4次/年 beside ≥4次): in
 * a table evaluating one year they measure the same, and compare as the plain unit.
 */
function perYearAligned(a: string | null, b: string | null): [string | null, string | null] {
  if (a === null || b === null) return [a, b];
  const pa = PER_YEAR.exec(a);
  const pb = PER_YEAR.exec(b);
  if (pa && !pb && pa[1] === b) return [b, b];
  if (pb && !pa && pb[1] === a) return [a, a];
  return [a, b];
}

/**
 * The factor that turns a value in `from` into a value in `to` (`to` = `from` × factor):
 * 万元 → 元 is 10 000, 元 → 万元 0.0001, 分钟 → 秒 60, 万件 → 件 10 000, 天 → 日 1.
 * Identical units (after {@link normalizeUnit}) give 1, and so do two missing units, and a unit per
 * year beside the same unit without it (次/年 and 次: one year's count); one missing
 * unit, or units of different dimensions (件 vs 人, % vs 万元, 个工作日 vs 天), give null.
 * Converting to a larger unit divides: 秒 → 分钟 is 1/60 at decimal.js precision. To compare two
 * values exactly, convert the one in the larger unit into the smaller one (or use
 * {@link convertValue}, which multiplies before dividing).
 */
export function convertFactor(from: string | null | undefined, to: string | null | undefined): Decimal | null {
  const [a, b] = perYearAligned(canonicalUnit(from), canonicalUnit(to));
  // Identical units give the shared ONE (Decimals are immutable): no allocation per comparison,
  // and callers can tell that multiplying by it changes nothing (see timesFactor).
  if (a === null && b === null) return ONE;
  if (a === null || b === null) return null;
  if (a === b) return ONE;
  const ia = info(a);
  const ib = info(b);
  if (ia.dimension !== ib.dimension) return null;
  return ia.factor.div(ib.factor);
}

/** A counting word written with or without its 次 (人 / 人次, 场 / 场次, 户 / 户次). */
function countBase(unit: string): string {
  return unit.length > 1 && unit.endsWith('次') ? unit.slice(0, -1) : unit;
}

/** Counting words that count the same things (people, plants, volumes, vehicles, households). */
const SYNONYM_COUNTS: readonly (readonly string[])[] = [
  ['人', '名', '位'],
  ['株', '棵'],
  ['册', '本'],
  ['辆', '台'],
  ['户', '家'],
];

function sameCount(a: string, b: string): boolean {
  const [x, y] = [countBase(a), countBase(b)];
  return x === y || SYNONYM_COUNTS.some((g) => g.includes(x) && g.includes(y));
}

/** A counting word followed by what it counts (所学校, 名学生, 个村庄): the counting word, else null. */
function countWordOf(unit: string): string | null {
  if (unit.length < 2 || !/^[\u3400-\u9FFF]+$/.test(unit)) return null;
  const word = unit[0];
  return COUNT_UNITS.has(word) ? word : null;
}

/**
 * How far apart two units that do not convert are: `akin` when they count the same thing written
 * two ways (人 / 人次, 场 / 场次, the general 个 beside any counting word, % beside 分 points out
 * of 100: the numbers compare as written); `same-kind` when both are times, or both counts of
 * different things (天 / 个工作日, 人 / 件); `different` otherwise (% / 万元, 人 / 米). Units that
 * convert are `akin` too.
 */
export function unitDistance(a: string | null | undefined, b: string | null | undefined): 'akin' | 'same-kind' | 'different' {
  if (convertFactor(a, b) !== null) return 'akin';
  const ua = canonicalUnit(a);
  const ub = canonicalUnit(b);
  if (ua === null || ub === null) return 'different';
  // A percentage beside points (≥90% against 95分, a satisfaction survey scored out of 100).
  if ((ua === '%' && ub === '分') || (ua === '分' && ub === '%')) return 'akin';
  // 5所 against 5所学校: the counting word, and what it counts written after it.
  const wa = info(ua).category === 'count' ? ua : countWordOf(ua);
  const wb = info(ub).category === 'count' ? ub : countWordOf(ub);
  if (wa !== null && wb !== null && (ua !== wa || ub !== wb) && sameCount(wa, wb)) return 'akin';
  const ca = info(ua).category;
  const cb = info(ub).category;
  if (ca !== cb || (ca !== 'count' && ca !== 'time')) return 'different';
  if (ca === 'count' && (sameCount(ua, ub) || ua === '个' || ub === '个')) return 'akin';
  return 'same-kind';
}

/** Whether values in the two units can be compared (see {@link convertFactor}). */
export function unitsCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  return convertFactor(a, b) !== null;
}

/**
 * A value in `from` expressed in `to`, or null when the units are incompatible. Multiplies by the
 * size of `from` before dividing by the size of `to`, so every conversion between units whose
 * sizes divide evenly (万元 ↔ 元, 天 → 小时, 分钟 → 秒) is exact.
 */
export function convertValue(
  value: Decimal,
  from: string | null | undefined,
  to: string | null | undefined,
): Decimal | null {
  const [a, b] = perYearAligned(canonicalUnit(from), canonicalUnit(to));
  if (a === null && b === null) return value;
  if (a === null || b === null) return null;
  if (a === b) return value;
  const ia = info(a);
  const ib = info(b);
  if (ia.dimension !== ib.dimension) return null;
  return value.times(ia.factor).div(ib.factor);
}
