import { ColumnConcept } from './labelTable';

/**
 * What a column label means, read from its parts rather than looked up in a list: clerks word the
 * same column many ways (实际完成值, 全年实际值, 指标实际完成值, 单项指标实际完成值, 实际完成指标值 …),
 * and a checker that knows only the words of forms.md calls columns that are there missing.
 *
 * A label (normalised: no white space, half-width, Simplified) is read without its trailing
 * parenthetical groups ((A), (万元), (20分*执行率), (%)) and a short gloss in brackets inside it
 * (指标(目标)值), a column number and formula written
 * after it (④=①+②+③, ⑥=⑤/④, C=B/A) and a leading year. In order:
 * - not a column: a historical value (上年…, 去年…), how a target was set or calculated (…设置依据, …测算依据), a scoring rule
 *   or explanation (评分标准, 赋分规则, 指标解释, 计算方法), a coefficient (得分系数), an attainment the
 *   form computes (完成率), a block
 *   label (年度绩效指标完成情况, 绩效指标), a serial number (序号);
 * - levels: 一级(指标) → level1, 二级(指标) → level2, 三级(指标) / 指标名称 / 指标内容 / 目标名称 → name;
 * - …得分 / 自评分 / 评分(结果) → score; 分值 / 权重 / 满分 / 标准分 → weight;
 * - 性质 / 符号 / 方向 → comparator; (计量|度量|计算)单位 → unit;
 * - 原因 / 偏差 / 改进 / 整改 / 问题 → deviation (the budget block reads it as its reason column); a
 *   备注 / 说明 column too, but weaker (where a form gives reasons no column of its own);
 * - 依据 / 佐证 / 证明 / 数据来源 → evidence;
 * - the budget block: 执行率 / 执行进度 / 支出(实现)率 → rate; …执行数 / 支出数 / 决算数 →
 *   executed, and …拨付金额 / 拨付数 too, but weaker (the money paid out, where a form has no
 *   执行数: 年度拨付金额 beside 支出实现率 = 拨付 ÷ 预算); 到位数 / 实际到位资金 → received (the money
 *   that arrived, before 实际 could make it an actual);
 *   调整后… / 全年预算… → adjusted; 年初预算… / 预算安排… / 计划安排资金 → original, and a bare …预算数 too, but
 *   weaker (年度预算数 heads the row labels of some budget blocks);
 * - 实际 / 完成值 / 实现值 / 完成数 / 完成指标值 (not 计划…) → actual; …完成情况 → actual, but weaker (a band column);
 * - 指标值 / 目标值 / 预期值 / 计划值 / 计划数 (and no 实际) → target; 年度目标 / 预期目标 alone, weakly.
 * A label longer than a column label (16 characters) or holding digits is no column label.
 */

/** How sure a reading is: when two columns claim a concept, the stronger one wins. */
export type Strength = 1 | 2;

export interface ConceptReading {
  concept: ColumnConcept;
  strength: Strength;
}

const MAX_CORE = 16;

/** Circled numbers ① … ⑳, by which some forms number their columns. */
const CIRCLED = '\u2460-\u2473';
/**
 * A column's number and the formula giving it, written after its label (小计④=①+②+③,
 * 支出实现率(%)⑥=⑤/④, 执行率C=B/A): marks are circled numbers or single capitals.
 */
const TRAILING_FORMULA = new RegExp(`(?:[${CIRCLED}]|(?<![A-Za-z])[A-Z])(?:=[${CIRCLED}A-Z+\\-*/×÷()%0-9.]+)?$|=[${CIRCLED}A-Z+\\-*/×÷()]+$`);
const LEADING_MARK = new RegExp(`^[${CIRCLED}]`);
/** A gloss in brackets inside a label, with text after it: 指标(目标)值, 实际完成(指标)值. */
const INNER_GLOSS = /\([^()\d]{1,4}\)(?=.)/g;

/**
 * The label without its trailing parenthetical groups and column formula, a leading year and a
 * leading ordinal or column number.
 */
export function labelCore(label: string): string {
  let s = label;
  for (;;) {
    const next = s.replace(/\([^()]*\)$/, '').replace(TRAILING_FORMULA, '');
    if (next === s) break;
    s = next;
  }
  return s
    .replace(INNER_GLOSS, '')
    .replace(/^\d{4}年(?:度)?/, '')
    .replace(/^(?:[一二三四五六七八九十]+、|\d+[.、])/, '')
    .replace(LEADING_MARK, '');
}

const NOT_A_COLUMN =
  /^(?:上年|去年|前年|上一年度?|历史|基期)|设置依据|设定依据|测算依据|评分标准|评分规则|赋分|计分|指标解释|指标说明|系数|计算方法|计算公式|完成率$|达成率$|得分率$|完成比例$|^序号$|^(?:年度)?绩效(?:指标|目标)(?!值|数)|^项目资金/;

const READINGS: readonly [RegExp, ColumnConcept, Strength][] = [
  [/^一级(?:指标)?$/, 'level1', 2],
  [/^二级(?:指标)?$/, 'level2', 2],
  [/^(?:三级(?:指标)?(?:名称)?|(?:三级|绩效)?指标(?:名称|内容)|绩效内容|目标名称)$/, 'name', 2],
  [/得分|自评分|^(?:自评)?评分(?:结果)?$/, 'score', 2],
  [/分值|权重|满分|标准分/, 'weight', 2],
  [/性质|符号|方向/, 'comparator', 2],
  [/^(?:计量|度量|计算|指标)?单位$/, 'unit', 2],
  [/原因|偏差|改进|整改|问题/, 'deviation', 2],
  [/依据|佐证|证明|数据来源/, 'evidence', 2],
  [/^(?:备注|说明|情况说明)$/, 'deviation', 1],
  [/到位(?:数|资金|金额|额)?$/, 'received', 2],
  [/执行率|执行进度|支出(?:实现|进度)?率|支出进度/, 'rate', 2],
  [/执行数|执行金额|执行额|执行资金|支出数|实际支出|决算数|^(?:全年|预算|实际)执行$/, 'executed', 2],
  [/拨付(?:金额|数|资金)$/, 'executed', 1],
  [/调整后|全年预算|全年\(调整\)预算|调整预算|预算调整数/, 'adjusted', 2],
  [/年初预算|预算安排|批复预算|计划安排(?:资金|数|金额)?$/, 'original', 2],
  [/预算数|预算金额/, 'original', 1],
  [/实际|完成值|实现值|完成数|完成量|达成值|(?<!计划|预期|目标)完成指标值/, 'actual', 2],
  [/完成情况$/, 'actual', 1],
  [/指标值|目标值|预期值|计划值|计划数|目标数/, 'target', 2],
  // 年度目标 / 预期目标 as a column (beside 三级指标): the target, weakly (a 指标值 column wins).
  [/^(?:年度|年初|预期|计划|全年)目标$/, 'target', 1],
  [/^(?:总分|合计|总计|自评总分)$/, 'total', 2],
];

/** A ratio formula in a label's brackets or after it: (E/C×100%), (B/A), ⑥=⑤/④. */
const RATIO_FORMULA = new RegExp(`[A-Z${CIRCLED}]\\/[A-Z${CIRCLED}]`);

/** The concept a normalized label names, read from its parts; null for anything else. */
export function readConcept(label: string): ConceptReading | null {
  if (!label) return null;
  const core = labelCore(label);
  if (core === '' || core.length > MAX_CORE || /\d/.test(core)) return null;
  if (NOT_A_COLUMN.test(core)) return null;
  for (const [re, concept, strength] of READINGS) {
    if (!re.test(core)) continue;
    // 预算执行(E/C×100%): the spending's ratio to the budget is the rate, not the spending.
    if (concept === 'executed' && RATIO_FORMULA.test(label)) return { concept: 'rate', strength: 2 };
    // 预算到位(D/C×100%): the share of the budget received, a ratio no rule reads.
    if (concept === 'received' && RATIO_FORMULA.test(label)) return null;
    return { concept, strength };
  }
  return null;
}
