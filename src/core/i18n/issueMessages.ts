import { RuleId } from '../report/ruleIds';
import { Locale } from '../report/settingsSchema';

/**
 * The findings' messages, in Chinese and English. Each rule has its own parameters; both
 * catalogs are typed by `IssueCatalog`, so the compiler checks that every rule has a message in
 * every language and that callers pass what each message needs.
 */
export interface IssueParams {
  /** `partial`: the form's header or budget block is there, its indicator block is not (cut off). */
  'form-not-found': { looked: string; partial?: boolean };
  /** `unsure`: header labels the checker could not place (the column may be one of them): said as info. */
  'column-missing': { column: string; unsure?: string };
  'field-empty': { field: string };
  'placeholder-text': { text: string };
  'goal-not-narrative': { field: string; text: string };
  /** `spent`: the executed amount, when the budget is 0 with money spent against it. */
  'budget-value-invalid': { field: string; text: string; spentField?: string; spent?: string };
  'execution-rate-mismatch': { stated: string; computed: string };
  'execution-rate-empty': { computed: string };
  /** `basis`: 'original-only' when the form has no adjusted budget and the rate is measured against 年初预算数. */
  'over-budget': { executed: string; budget: string; rate: string; basis?: 'budget' | 'original-only' };
  'subtotal-mismatch': { column: string; total: string; sum: string };
  'low-execution-unexplained': { rate: string; threshold: string };
  'budget-adjusted-to-spend': { original: string; adjusted: string };
  'budget-adjusted-unexplained': { original: string; adjusted: string };
  'execution-weight-unusual': { stated: string; expected: string };
  'execution-score-mismatch': { stated: string; computed: string; weight: string; rate: string };
  'sub-row-scored': { row: string };
  'project-budget-mismatch': { stated: string; budget: string };
  'cost-actual-mismatch': { name: string; actual: string; executed: string };
  'indicator-field-empty': { name: string; field: string };
  'level1-unknown': { level1: string; shortFor: string | null };
  'level2-mismatch': { level1: string; level2: string; canonical: string | null };
  'target-unreadable': { name: string; text: string };
  'actual-unreadable': { name: string; text: string; target: string };
  'qualitative-actual-unknown': { name: string; text: string };
  'unit-missing': { name: string; target: string };
  'unit-mismatch': { name: string; units: string };
  'unit-nonstandard': { name: string; unit: string; standard: string };
  'percent-out-of-range': { name: string; value: string };
  'degenerate-target': { name: string; target: string; op?: '>=' | '=' };
  'target-not-met-unexplained': { name: string; actual: string; target: string; actualLabel: string; targetLabel: string };
  'over-achieved': { name: string; actual: string; target: string; attainment: string };
  'score-exceeds-weight': { name: string; score: string; weight: string };
  'score-mismatch': { name: string; stated: string; computed: string };
  'score-empty': { name: string; computed: string | null };
  'score-deducted-though-met': { name: string; score: string; weight: string };
  'deviation-text-junk': { name: string; text: string };
  /** `part`: the block or level whose stated points the weights under it do not match (`expected`); null for the form. */
  'weights-total': { sum: string; expected?: string; part?: string | null };
  'weights-split-unusual': { level1: string; stated: string; expected: string };
  'level1-absent': { level1: string };
  'empty-group': { level1: string; level2: string };
  'duplicate-indicator': { name: string; group: string };
  'misclassified-indicator': { name: string; why: 'execution-rate' | 'money-as-quantity' | 'not-satisfaction' };
  'number-as-text': { text: string };
  'formula-error': { value: string };
  /** `weightsOff`: the weights do not add up to 100 (weights-total), so the computed total is no target to copy. */
  'total-mismatch': { stated: string; computed: string; weightsOff?: boolean };
  'total-empty': { computed: string | null };
  'formula-not-calculated': { formula: string };
  'form-incomplete': { missing: 'indicators' | 'total' };
  'weights-implied': { weights: string; points: string };
}

export type IssueCatalog = { [K in RuleId]: (p: IssueParams[K]) => string };

const zhMisclassified = {
  'execution-rate': '预算执行率已在预算执行情况中计分，不应再作为绩效指标：请删除该指标',
  'money-as-quantity': '金额类指标应列入成本指标，而不是数量指标：请移到成本指标下',
  'not-satisfaction': '满意度指标下应为满意度（率）类指标：请移到对应的效益或产出指标下',
} as const;
const enMisclassified = {
  'execution-rate': 'the budget execution rate is already scored in the budget block: delete this indicator',
  'money-as-quantity': 'a money amount belongs under cost indicators, not quantity indicators: move it there',
  'not-satisfaction': 'only satisfaction measures belong under satisfaction indicators: move it under the matching outcome or output level',
} as const;

/** A stated score or weight shown with a leading minus ("-2"): the score is negative, not too high. */
const negative = (shown: string): boolean => /^\s*[-−]/.test(shown);
/** A computed score given as a range ("12–16"): the allowed scores of a qualitative band. */
const isRange = (shown: string): boolean => shown.includes('–');

/**
 * Every message names the numbers as the cell shows them and ends with what to do (the rule
 * catalogue, src/core/rules, explains each rule at length).
 */
export const zhCN: IssueCatalog = {
  'form-not-found': (p) =>
    p.partial
      ? `表格不完整：只有表头和预算部分，未找到绩效指标表头（查找的是 ${p.looked}），无法检查指标，也不计算总分和等级；请补全绩效指标部分后再检查`
      : `未找到绩效自评表：工作表中没有指标表头（查找的是 ${p.looked}）。请打开填有自评表的工作表，或从官方模板开始填写`,
  'column-missing': (p) =>
    p.unsure
      ? `未能确认“${p.column}”列：表头中的${p.unsure}可能就是这一列，检查器未能识别；如果不是，请按官方模板补上这一列并逐行填写`
      : `表格缺少“${p.column}”列：请按官方模板补上这一列并逐行填写`,
  'field-empty': (p) => `“${p.field}”未填写，请补填`,
  'placeholder-text': (p) => `模板提示文字未删除：“${p.text}”，请删除后填写实际内容`,
  'goal-not-narrative': (p) => `“${p.field}”只填了数字“${p.text}”：请用文字写明目标或完成情况`,
  'budget-value-invalid': (p) =>
    p.spent !== undefined
      ? `预算执行情况的“${p.field}”为 0，“${p.spentField ?? ''}”却为 ${p.spent}，算不出执行率：请填入预算金额，或核对执行数`
      : `预算执行情况的“${p.field}”为空或不是数字（${p.text || '空'}）：请填入金额，只填数字`,
  'execution-rate-mismatch': (p) => `执行率填写为 ${p.stated}，按执行数 ÷ 预算数应为 ${p.computed}：请改为 ${p.computed}，或核对预算数和执行数`,
  'execution-rate-empty': (p) => `执行率未填写，按执行数 ÷ 预算数为 ${p.computed}，可自动填入`,
  'over-budget': (p) =>
    p.basis === 'original-only'
      ? `执行数 ${p.executed} 超过年初预算数 ${p.budget}（执行率 ${p.rate}）；表中没有全年（调整后）预算数，请核实预算调整并补充说明`
      : `执行数 ${p.executed} 超过预算数 ${p.budget}（执行率 ${p.rate}）：请核对执行数；确有超支的，请写明原因和资金来源`,
  'subtotal-mismatch': (p) => `“${p.column}”合计 ${p.total} 与其中各项之和 ${p.sum} 不一致：请核对各项金额或改正合计`,
  'low-execution-unexplained': (p) => `预算执行率 ${p.rate} 低于 ${p.threshold}，未说明原因：请写明资金未支出的原因和改进措施`,
  'budget-adjusted-to-spend': (p) => `全年预算数由年初 ${p.original} 调整为 ${p.adjusted}，恰好等于执行数：请核实是否按支出调整预算，并写明调整依据`,
  'budget-adjusted-unexplained': (p) => `预算由年初 ${p.original} 调整为 ${p.adjusted}，未说明调整原因：请写明调整的原因和依据`,
  'execution-weight-unusual': (p) => `预算执行率分值为 ${p.stated}，按评分口径应为 ${p.expected} 分：请核对分值，或在设置中选择对应的评分口径`,
  'execution-score-mismatch': (p) => `预算执行得分填写为 ${p.stated}，按 ${p.weight} 分 × 执行率 ${p.rate} 应为 ${p.computed}：请改为 ${p.computed}`,
  'sub-row-scored': (p) => `“${p.row}”是其中项，不应填写分值或得分：请删去，只在资金总额一行计分`,
  'project-budget-mismatch': (p) => `项目总预算 ${p.stated} 万元与预算执行情况中的预算数 ${p.budget} 万元不一致：请核对后改为一致`,
  'cost-actual-mismatch': (p) => `${p.name}：目标值等于预算数，但实际完成值 ${p.actual} 与执行数 ${p.executed} 不一致：请核对实际完成值或执行数`,
  'indicator-field-empty': (p) => `${p.name}：“${p.field}”未填写，请补填`,
  'level1-unknown': (p) =>
    p.shortFor
      ? `一级指标“${p.level1}”按“${p.shortFor}”处理，建议改为模板中的名称“${p.shortFor}”`
      : `一级指标“${p.level1}”不是规定的一级指标：请改用模板中的一级指标名称`,
  'level2-mismatch': (p) =>
    p.canonical
      ? `二级指标“${p.level2}”按“${p.canonical}”处理，建议改为模板中的名称“${p.canonical}”`
      : `二级指标“${p.level2}”不属于一级指标“${p.level1}”：请移到正确的一级指标下，或改正二级指标名称`,
  'target-unreadable': (p) => `${p.name}：无法识别指标值“${p.text}”：请写成“≥95%”“≤421万元”这样的比较符加数字，或写明定性目标`,
  'actual-unreadable': (p) => `${p.name}：实际完成值“${p.text}”无法与指标值“${p.target}”比较：请给定量指标填数字和单位，给定性指标填“达成年度指标”等`,
  'qualitative-actual-unknown': (p) =>
    `${p.name}：定性指标的实际完成值“${p.text}”不是规范表述：请改为“达成年度指标”“部分达成年度指标并具有一定效果”或“未达成年度指标且效果较差”`,
  'unit-missing': (p) => `${p.name}：指标值“${p.target}”没有计量单位：请在计量单位列或数字后写明单位（如 %、万元、人次）`,
  'unit-mismatch': (p) => `${p.name}：计量单位不一致（${p.units}）：请统一计量单位列、指标值和实际完成值的单位`,
  'unit-nonstandard': (p) => `${p.name}：计量单位“${p.unit}”不规范，请改为“${p.standard}”`,
  'percent-out-of-range': (p) => `${p.name}：满意度 ${p.value} 超出 0–100% 范围：请核对数值，填 0% 到 100% 之间的百分数`,
  'degenerate-target': (p) =>
    p.op === '='
      ? `${p.name}：指标值“${p.target}”按“≥”计分，只有恰好达到才算完成：建议设定合理区间（如“≥98%”）`
      : `${p.name}：指标值“${p.target}”只有恰好达到才算完成：建议改为“=”或设定合理区间（如“≥98%”）`,
  'target-not-met-unexplained': (p) => `${p.name}：${p.actualLabel} ${p.actual} 未达到${p.targetLabel} ${p.target}，请说明偏差原因`,
  'over-achieved': (p) => `${p.name}：实际完成值 ${p.actual} 为指标值 ${p.target} 的 ${p.attainment}，超额较多：请说明原因，并核实目标是否设定偏低`,
  'score-exceeds-weight': (p) =>
    negative(p.score)
      ? `${p.name}：得分 ${p.score} 为负数：请改为 0 到 ${p.weight} 之间的得分`
      : `${p.name}：得分 ${p.score} 超过分值 ${p.weight}：得分不能超过分值，请改为不超过 ${p.weight} 的得分`,
  'score-mismatch': (p) =>
    isRange(p.computed)
      ? `${p.name}：得分 ${p.stated} 不在该完成档次的得分范围 ${p.computed} 内：请在这一范围内评分`
      : `${p.name}：得分填写为 ${p.stated}，按规则应为 ${p.computed}：请改为 ${p.computed}，或核对指标值和实际完成值`,
  'score-empty': (p) =>
    p.computed === null ? `${p.name}：得分未填写，请按完成情况在允许范围内评分` : `${p.name}：得分未填写，计算结果为 ${p.computed}，可自动填入`,
  'score-deducted-though-met': (p) => `${p.name}：指标已完成，但得分 ${p.score} 低于分值 ${p.weight}：请改为满分 ${p.weight}，确需扣分的请写明理由`,
  'deviation-text-junk': (p) => `${p.name}：偏差原因只填了“${p.text}”：请写明未完成的原因和改进措施`,
  'weights-total': (p) =>
    p.part
      ? `“${p.part}”下各指标分值合计为 ${p.sum} 分，与其标明的 ${p.expected} 分不符：请核对这些指标的分值`
      : `预算执行率与各指标分值合计为 ${p.sum} 分，应为 ${p.expected ?? '100'} 分：请调整分值使合计为 ${p.expected ?? '100'} 分`,
  'weights-split-unusual': (p) => `“${p.level1}”分值合计 ${p.stated} 分，按评分口径应为 ${p.expected} 分：请核对各指标分值`,
  'level1-absent': (p) => `没有“${p.level1}”下的指标：请补充该类指标，确实不适用的请说明理由`,
  'empty-group': (p) => `“${p.level1} / ${p.level2}”下没有填写指标：请填写指标，或删除这一空行`,
  'duplicate-indicator': (p) => `指标“${p.name}”在“${p.group}”中重复出现：请删去重复的一行，或改名区分`,
  'misclassified-indicator': (p) => `${p.name}：${zhMisclassified[p.why]}`,
  'number-as-text': (p) => `“${p.text}”是以文本形式存储的数字：请转换为数字`,
  'formula-error': (p) => `单元格显示错误值 ${p.value}：请检查公式引用的单元格是否为空、已删除或不是数字`,
  'total-mismatch': (p) =>
    p.weightsOff
      ? `总分填写为 ${p.stated}，按各项得分计算为 ${p.computed}；各项分值合计不是 100，请先改正分值，再核对得分和总分`
      : `总分填写为 ${p.stated}，计算结果为 ${p.computed}：请改为 ${p.computed}，或核对各项得分`,
  'total-empty': (p) => (p.computed === null ? '总分未填写：部分定性指标需先评分' : `总分未填写，计算结果为 ${p.computed}，可自动填入`),
  'formula-not-calculated': (p) =>
    `公式 ${p.formula} 在文件中没有计算结果（文件由程序生成、未经 Excel 计算），无法检查此单元格；请用 Excel 或 WPS 打开并保存后再检查`,
  'weights-implied': (p) =>
    `分值按各项得分推定为 ${p.weights}（合计 ${p.points} 分）：表格没有分值列，各项得分正好是这些分值乘以实际完成值 ÷ 指标值（未封顶）；请补上分值列，超额完成的得分不能超过分值`,
  'form-incomplete': (p) =>
    p.missing === 'indicators'
      ? '表格不完整：没有绩效指标行，无法计算总分和等级；请补全绩效指标部分后再检查'
      : '表格不完整：没有总分（合计）行，总分和等级不予计算；请补上总分（合计）行后再检查',
};

export const enUS: IssueCatalog = {
  'form-not-found': (p) =>
    p.partial
      ? `The table is incomplete: it has its header and budget part but no indicator header (looked for ${p.looked}), so no indicator is checked and no total or grade is given; add the indicators, then check again`
      : `No self-evaluation table found: the sheet has no indicator header (looked for ${p.looked}). Open the sheet that holds the table, or start from an official blank form`,
  'column-missing': (p) =>
    p.unsure
      ? `Could not tell the "${p.column}" column: the header's ${p.unsure} may be it, worded in a way the checker does not know; if not, add it as in the official form and fill it in`
      : `The table has no "${p.column}" column: add it as in the official form and fill it in`,
  'field-empty': (p) => `"${p.field}" is empty: fill it in`,
  'placeholder-text': (p) => `Template prompt left in: "${p.text}"; delete it and write the actual content`,
  'goal-not-narrative': (p) => `"${p.field}" holds only the number "${p.text}": describe the goal or what was achieved in words`,
  'budget-value-invalid': (p) =>
    p.spent !== undefined
      ? `Budget block: "${p.field}" is 0 while "${p.spentField ?? ''}" is ${p.spent}, so no execution rate can be computed: enter the budgeted amount, or check the amount spent`
      : `Budget block: "${p.field}" is empty or not a number (${p.text || 'empty'}): enter the amount as a number`,
  'execution-rate-mismatch': (p) => `Execution rate stated as ${p.stated}; executed ÷ budget gives ${p.computed}: change it to ${p.computed}, or check the amounts`,
  'execution-rate-empty': (p) => `Execution rate is empty; executed ÷ budget gives ${p.computed}, which can be filled in`,
  'over-budget': (p) =>
    p.basis === 'original-only'
      ? `Executed ${p.executed} exceeds the original budget ${p.budget} (rate ${p.rate}); the table has no adjusted budget: check the adjustment and explain it`
      : `Executed ${p.executed} exceeds the budget ${p.budget} (rate ${p.rate}): check the amount; if it was overspent, give the reason and the source of the funds`,
  'subtotal-mismatch': (p) => `"${p.column}": the total ${p.total} differs from the sum of its parts ${p.sum}: check the parts or correct the total`,
  'low-execution-unexplained': (p) => `Execution rate ${p.rate} is below ${p.threshold} and no reason is given: say why the money was not spent and what will be done`,
  'budget-adjusted-to-spend': (p) =>
    `The budget was adjusted from ${p.original} to ${p.adjusted}, exactly the amount spent: check that it was not adjusted to match spending, and cite the basis`,
  'budget-adjusted-unexplained': (p) => `The budget was adjusted from ${p.original} to ${p.adjusted} with no reason given: give the reason and its basis`,
  'execution-weight-unusual': (p) => `The execution rate is weighted ${p.stated} points; the policy gives ${p.expected}: check the weight, or choose the matching policy in the settings`,
  'execution-score-mismatch': (p) => `Execution score stated as ${p.stated}; ${p.weight} points × rate ${p.rate} gives ${p.computed}: change it to ${p.computed}`,
  'sub-row-scored': (p) => `"${p.row}" is a sub-row and should carry no weight or score: delete them (only the total row is scored)`,
  'project-budget-mismatch': (p) => `Project budget ${p.stated} (10k yuan) differs from the budget block's ${p.budget}: make the two agree`,
  'cost-actual-mismatch': (p) => `${p.name}: the target equals the budget, but the actual ${p.actual} differs from the executed amount ${p.executed}: check the actual or the executed amount`,
  'indicator-field-empty': (p) => `${p.name}: "${p.field}" is empty: fill it in`,
  'level1-unknown': (p) =>
    p.shortFor
      ? `First level "${p.level1}" is read as "${p.shortFor}"; consider using the template's name "${p.shortFor}"`
      : `"${p.level1}" is not a known first-level indicator: use a first level of the official form`,
  'level2-mismatch': (p) =>
    p.canonical
      ? `Second level "${p.level2}" is read as "${p.canonical}"; consider using the template's name "${p.canonical}"`
      : `Second level "${p.level2}" does not belong to "${p.level1}": move the indicator under the right first level, or correct the name`,
  'target-unreadable': (p) => `${p.name}: the target "${p.text}" cannot be read: write a comparator and a number (≥95%, ≤421), or a qualitative goal`,
  'actual-unreadable': (p) =>
    `${p.name}: the actual "${p.text}" cannot be compared with the target "${p.target}": give a number and unit, or one of the standard qualitative phrases`,
  'qualitative-actual-unknown': (p) =>
    `${p.name}: the qualitative actual "${p.text}" is not a standard phrase: use one of the standard ones (annual target met / partly met / not met)`,
  'unit-missing': (p) => `${p.name}: the target "${p.target}" has no unit: write it in the unit column or after the number (%, 10k yuan, persons …)`,
  'unit-mismatch': (p) => `${p.name}: units do not agree (${p.units}): use one unit in the unit column, the target and the actual`,
  'unit-nonstandard': (p) => `${p.name}: the unit "${p.unit}" is not standard: write it as "${p.standard}"`,
  'percent-out-of-range': (p) => `${p.name}: satisfaction ${p.value} is outside 0–100%: check it and enter a percentage from 0% to 100%`,
  'degenerate-target': (p) =>
    p.op === '='
      ? `${p.name}: the target "${p.target}" is scored like ≥ and can only be met exactly: consider a range (≥98%)`
      : `${p.name}: the target "${p.target}" can only be met exactly: consider "=" or a range (≥98%)`,
  'target-not-met-unexplained': (p) => `${p.name}: actual ${p.actual} is below the target ${p.target}: explain the deviation`,
  'over-achieved': (p) => `${p.name}: actual ${p.actual} is ${p.attainment} of the target ${p.target}: explain it, and whether the target was set too low`,
  'score-exceeds-weight': (p) =>
    negative(p.score)
      ? `${p.name}: the score ${p.score} is negative: give a score from 0 to ${p.weight}`
      : `${p.name}: the score ${p.score} is above the weight ${p.weight}: a score cannot exceed its weight; give at most ${p.weight}`,
  'score-mismatch': (p) =>
    isRange(p.computed)
      ? `${p.name}: the score ${p.stated} is outside this band's range ${p.computed}: score within it`
      : `${p.name}: score stated as ${p.stated}; the rules give ${p.computed}: change it to ${p.computed}, or check the target and the actual`,
  'score-empty': (p) =>
    p.computed === null ? `${p.name}: the score is empty: score it within the allowed range` : `${p.name}: the score is empty; computed ${p.computed}, which can be filled in`,
  'score-deducted-though-met': (p) => `${p.name}: the target is met but the score ${p.score} is below the weight ${p.weight}: give full marks, or say why points were taken off`,
  'deviation-text-junk': (p) => `${p.name}: the deviation analysis holds only "${p.text}": give the cause and the remedy`,
  'weights-total': (p) =>
    p.part
      ? `The weights under "${p.part}" add up to ${p.sum}, not the ${p.expected} points it states: check these weights`
      : `Execution and indicator weights add up to ${p.sum}, not ${p.expected ?? '100'}: adjust them to make ${p.expected ?? '100'}`,
  'weights-split-unusual': (p) => `"${p.level1}" weights add up to ${p.stated}; the policy gives ${p.expected}: check the weights`,
  'level1-absent': (p) => `No indicator under "${p.level1}": add one, or explain why none applies`,
  'empty-group': (p) => `No indicator under "${p.level1} / ${p.level2}": fill one in, or delete the empty row`,
  'duplicate-indicator': (p) => `Indicator "${p.name}" appears twice in "${p.group}": delete the repeat, or rename one`,
  'misclassified-indicator': (p) => `${p.name}: ${enMisclassified[p.why]}`,
  'number-as-text': (p) => `"${p.text}" is a number stored as text: convert it to a number`,
  'formula-error': (p) => `The cell shows the error value ${p.value}: check whether the formula's cells are empty, deleted or not numbers`,
  'total-mismatch': (p) =>
    p.weightsOff
      ? `Total stated as ${p.stated}; the scores add up to ${p.computed}, and the weights do not add up to 100: correct the weights first, then check the scores and the total`
      : `Total stated as ${p.stated}; computed ${p.computed}: change it to ${p.computed}, or check the scores`,
  'total-empty': (p) => (p.computed === null ? 'Total is empty: some qualitative indicators need a score first' : `Total is empty; computed ${p.computed}, which can be filled in`),
  'formula-not-calculated': (p) =>
    `The formula ${p.formula} has no calculated value in the file (written by a program, never calculated by Excel), so this cell cannot be checked; open and save the file in Excel or WPS, then check again`,
  'weights-implied': (p) =>
    `Weights inferred from the scores as ${p.weights} (${p.points} points in all): the form has no weight column and each score is exactly such a weight times actual ÷ target, not capped; add the weights, and never score above them`,
  'form-incomplete': (p) =>
    p.missing === 'indicators'
      ? 'The table is incomplete: it has no indicator rows, so no total or grade can be given; add the indicators, then check again'
      : 'The table is incomplete: it has no total row, so no total or grade is given for it; add the total row, then check again',
};

export const ISSUE_CATALOGS: Record<Locale, IssueCatalog> = { 'zh-CN': zhCN, 'en-US': enUS };

export function issueMessage<K extends RuleId>(locale: Locale, rule: K, params: IssueParams[K]): string {
  return (ISSUE_CATALOGS[locale][rule] as (p: IssueParams[K]) => string)(params);
}

/** Field names used inside messages (header fields, columns), in both languages. */
export const FIELD_NAMES = {
  'zh-CN': {
    projectName: '项目名称',
    department: '主管部门',
    implementer: '实施单位',
    unit: '单位名称',
    fillDate: '填报日期',
    projectBudget: '项目总预算',
    basicInfo: '项目基本情况',
    goalPlanned: '年度总体目标（预期目标）',
    goalActual: '年度总体目标（实际完成情况）',
    name: '三级指标',
    target: '年度指标值',
    actual: '实际完成值',
    unitColumn: '计量单位',
    weight: '分值',
    score: '得分',
    evidence: '取值依据',
    original: '年初预算数',
    adjusted: '全年预算数',
    executed: '全年执行数',
    rate: '执行率',
    level1: '一级指标',
    level2: '二级指标',
    deviation: '偏差原因分析',
  },
  'en-US': {
    projectName: 'Project name',
    department: 'Department',
    implementer: 'Implementing unit',
    unit: 'Unit name',
    fillDate: 'Date',
    projectBudget: 'Project budget',
    basicInfo: 'Project description',
    goalPlanned: 'Annual goal (planned)',
    goalActual: 'Annual goal (achieved)',
    name: 'Indicator',
    target: 'Target',
    actual: 'Actual',
    unitColumn: 'Unit',
    weight: 'Weight',
    score: 'Score',
    evidence: 'Evidence',
    original: 'Original budget',
    adjusted: 'Adjusted budget',
    executed: 'Executed',
    rate: 'Execution rate',
    level1: 'Level 1',
    level2: 'Level 2',
    deviation: 'Deviation analysis',
  },
} satisfies Record<Locale, Record<string, string>>;

export type FieldName = keyof (typeof FIELD_NAMES)['zh-CN'];
