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
  'column-missing': { column: string };
  'field-empty': { field: string };
  'placeholder-text': { text: string };
  'goal-not-narrative': { field: string; text: string };
  'budget-value-invalid': { field: string; text: string };
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
  'level1-unknown': { level1: string };
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
  'total-mismatch': { stated: string; computed: string };
  'total-empty': { computed: string | null };
  'formula-not-calculated': { formula: string };
  'form-incomplete': { missing: 'indicators' | 'total' };
}

export type IssueCatalog = { [K in RuleId]: (p: IssueParams[K]) => string };

const zhMisclassified = {
  'execution-rate': '预算执行率已在预算执行情况中计分，不应再作为绩效指标',
  'money-as-quantity': '金额类指标应列入成本指标，而不是数量指标',
  'not-satisfaction': '满意度指标下应为满意度（率）类指标',
} as const;
const enMisclassified = {
  'execution-rate': 'the budget execution rate is already scored in the budget block and should not be an indicator',
  'money-as-quantity': 'a money amount belongs under cost indicators, not quantity indicators',
  'not-satisfaction': 'only satisfaction measures belong under satisfaction indicators',
} as const;

export const zhCN: IssueCatalog = {
  'form-not-found': (p) =>
    p.partial
      ? `表格不完整：只有表头和预算部分，未找到绩效指标表头（查找的是 ${p.looked}），无法检查指标，也不计算总分和等级`
      : `未找到绩效自评表：工作表中没有指标表头（查找的是 ${p.looked}）`,
  'column-missing': (p) => `表格缺少“${p.column}”列`,
  'field-empty': (p) => `“${p.field}”未填写`,
  'placeholder-text': (p) => `模板提示文字未删除：“${p.text}”`,
  'goal-not-narrative': (p) => `“${p.field}”只填了数字“${p.text}”，应为文字说明`,
  'budget-value-invalid': (p) => `预算执行情况的“${p.field}”为空或不是数字（${p.text || '空'}）`,
  'execution-rate-mismatch': (p) => `执行率填写为 ${p.stated}，按执行数 ÷ 预算数计算应为 ${p.computed}`,
  'execution-rate-empty': (p) => `执行率未填写，计算结果为 ${p.computed}，可自动填入`,
  'over-budget': (p) =>
    p.basis === 'original-only'
      ? `执行数 ${p.executed} 超过年初预算数 ${p.budget}（执行率 ${p.rate}）；表中没有全年（调整后）预算数，请核实预算调整并补充说明`
      : `执行数 ${p.executed} 超过预算数 ${p.budget}（执行率 ${p.rate}）`,
  'subtotal-mismatch': (p) => `“${p.column}”合计 ${p.total} 与其中各项之和 ${p.sum} 不一致`,
  'low-execution-unexplained': (p) => `预算执行率 ${p.rate} 低于 ${p.threshold}，未说明原因`,
  'budget-adjusted-to-spend': (p) => `全年预算数由年初 ${p.original} 调整为 ${p.adjusted}，恰好等于执行数，请核实是否按支出调整预算`,
  'budget-adjusted-unexplained': (p) => `预算由年初 ${p.original} 调整为 ${p.adjusted}，未说明调整原因`,
  'execution-weight-unusual': (p) => `预算执行率分值为 ${p.stated}，通常应为 ${p.expected} 分`,
  'execution-score-mismatch': (p) => `预算执行得分填写为 ${p.stated}，按 ${p.weight} 分 × 执行率 ${p.rate} 计算应为 ${p.computed}`,
  'sub-row-scored': (p) => `“${p.row}”是其中项，不应填写分值或得分（只有资金总额一行计分）`,
  'project-budget-mismatch': (p) => `项目总预算 ${p.stated} 万元与预算执行情况中的预算数 ${p.budget} 万元不一致`,
  'cost-actual-mismatch': (p) => `${p.name}：目标值等于预算数，但实际完成值 ${p.actual} 与执行数 ${p.executed} 不一致`,
  'indicator-field-empty': (p) => `${p.name}：“${p.field}”未填写`,
  'level1-unknown': (p) => `一级指标“${p.level1}”不是规定的一级指标`,
  'level2-mismatch': (p) =>
    p.canonical
      ? `二级指标“${p.level2}”是旧称，按“${p.canonical}”处理`
      : `二级指标“${p.level2}”不属于一级指标“${p.level1}”`,
  'target-unreadable': (p) => `${p.name}：无法识别指标值“${p.text}”`,
  'actual-unreadable': (p) => `${p.name}：实际完成值“${p.text}”无法与指标值“${p.target}”比较`,
  'qualitative-actual-unknown': (p) => `${p.name}：定性指标的实际完成值“${p.text}”不是“达成年度指标 / 部分达成 / 未达成”等规范表述`,
  'unit-missing': (p) => `${p.name}：指标值“${p.target}”没有计量单位`,
  'unit-mismatch': (p) => `${p.name}：计量单位不一致（${p.units}）`,
  'unit-nonstandard': (p) => `${p.name}：计量单位“${p.unit}”应写作“${p.standard}”`,
  'percent-out-of-range': (p) => `${p.name}：满意度 ${p.value} 超出 0–100% 范围`,
  'degenerate-target': (p) =>
    p.op === '='
      ? `${p.name}：指标值“${p.target}”按“≥”计分，只有恰好达到才算完成，建议设定合理区间`
      : `${p.name}：指标值“${p.target}”只有恰好达到才算完成，建议改为“=”或设定合理区间`,
  'target-not-met-unexplained': (p) => `${p.name}：${p.actualLabel} ${p.actual} 未达到${p.targetLabel} ${p.target}，请说明偏差原因`,
  'over-achieved': (p) => `${p.name}：实际完成值 ${p.actual} 为指标值 ${p.target} 的 ${p.attainment}，超额较多，请说明目标是否设定偏低`,
  'score-exceeds-weight': (p) => `${p.name}：得分 ${p.score} 超出分值 ${p.weight} 或为负数`,
  'score-mismatch': (p) => `${p.name}：得分填写为 ${p.stated}，按规则应为 ${p.computed}`,
  'score-empty': (p) => (p.computed === null ? `${p.name}：得分未填写，请在允许范围内评分` : `${p.name}：得分未填写，计算结果为 ${p.computed}，可自动填入`),
  'score-deducted-though-met': (p) => `${p.name}：指标已完成，但得分 ${p.score} 低于分值 ${p.weight}`,
  'deviation-text-junk': (p) => `${p.name}：偏差原因只填了“${p.text}”，应写明原因和改进措施`,
  'weights-total': (p) =>
    p.part ? `“${p.part}”下各指标分值合计为 ${p.sum} 分，与其标明的 ${p.expected} 分不符` : `预算执行率与各指标分值合计为 ${p.sum} 分，应为 ${p.expected ?? '100'} 分`,
  'weights-split-unusual': (p) => `“${p.level1}”分值合计 ${p.stated} 分，通常应为 ${p.expected} 分`,
  'level1-absent': (p) => `没有“${p.level1}”下的指标`,
  'empty-group': (p) => `“${p.level1} / ${p.level2}”下没有填写指标`,
  'duplicate-indicator': (p) => `指标“${p.name}”在“${p.group}”中重复出现`,
  'misclassified-indicator': (p) => `${p.name}：${zhMisclassified[p.why]}`,
  'number-as-text': (p) => `“${p.text}”是以文本形式存储的数字`,
  'formula-error': (p) => `单元格显示错误值 ${p.value}`,
  'total-mismatch': (p) => `总分填写为 ${p.stated}，计算结果为 ${p.computed}`,
  'total-empty': (p) => (p.computed === null ? '总分未填写；部分定性指标需先评分' : `总分未填写，计算结果为 ${p.computed}，可自动填入`),
  'formula-not-calculated': (p) =>
    `公式 ${p.formula} 在文件中没有计算结果（文件由程序生成、未经 Excel 计算），无法检查此单元格；请用 Excel 或 WPS 打开并保存后再检查`,
  'form-incomplete': (p) =>
    p.missing === 'indicators' ? '表格不完整：没有绩效指标行，无法计算总分和等级' : '表格不完整：没有总分（合计）行，总分和等级按不完整的表格不予计算',
};

export const enUS: IssueCatalog = {
  'form-not-found': (p) =>
    p.partial
      ? `The table is incomplete: it has its header and budget part but no indicator header (looked for ${p.looked}), so no indicator is checked and no total or grade is given`
      : `No self-evaluation table found: the sheet has no indicator header (looked for ${p.looked})`,
  'column-missing': (p) => `The table has no "${p.column}" column`,
  'field-empty': (p) => `"${p.field}" is empty`,
  'placeholder-text': (p) => `Template prompt left in: "${p.text}"`,
  'goal-not-narrative': (p) => `"${p.field}" holds only the number "${p.text}"; it should be a description`,
  'budget-value-invalid': (p) => `Budget block: "${p.field}" is empty or not a number (${p.text || 'empty'})`,
  'execution-rate-mismatch': (p) => `Execution rate stated as ${p.stated}; executed ÷ budget gives ${p.computed}`,
  'execution-rate-empty': (p) => `Execution rate is empty; computed ${p.computed}, which can be filled in`,
  'over-budget': (p) =>
    p.basis === 'original-only'
      ? `Executed ${p.executed} exceeds the original budget ${p.budget} (rate ${p.rate}); the table has no adjusted budget: check the adjustment and explain it`
      : `Executed ${p.executed} exceeds the budget ${p.budget} (rate ${p.rate})`,
  'subtotal-mismatch': (p) => `"${p.column}": the total ${p.total} differs from the sum of its parts ${p.sum}`,
  'low-execution-unexplained': (p) => `Execution rate ${p.rate} is below ${p.threshold} and no reason is given`,
  'budget-adjusted-to-spend': (p) => `The budget was adjusted from ${p.original} to ${p.adjusted}, exactly the amount spent; check that it was not adjusted to match spending`,
  'budget-adjusted-unexplained': (p) => `The budget was adjusted from ${p.original} to ${p.adjusted} with no reason given`,
  'execution-weight-unusual': (p) => `The execution rate is weighted ${p.stated} points; the policy gives ${p.expected}`,
  'execution-score-mismatch': (p) => `Execution score stated as ${p.stated}; ${p.weight} points × rate ${p.rate} gives ${p.computed}`,
  'sub-row-scored': (p) => `"${p.row}" is a sub-row and should carry no weight or score (only the total row is scored)`,
  'project-budget-mismatch': (p) => `Project budget ${p.stated} (10k yuan) differs from the budget block's ${p.budget}`,
  'cost-actual-mismatch': (p) => `${p.name}: the target equals the budget, but the actual ${p.actual} differs from the executed amount ${p.executed}`,
  'indicator-field-empty': (p) => `${p.name}: "${p.field}" is empty`,
  'level1-unknown': (p) => `"${p.level1}" is not a known first-level indicator`,
  'level2-mismatch': (p) =>
    p.canonical
      ? `Second level "${p.level2}" is an older name; read as "${p.canonical}"`
      : `Second level "${p.level2}" does not belong to "${p.level1}"`,
  'target-unreadable': (p) => `${p.name}: the target "${p.text}" cannot be read`,
  'actual-unreadable': (p) => `${p.name}: the actual "${p.text}" cannot be compared with the target "${p.target}"`,
  'qualitative-actual-unknown': (p) => `${p.name}: the qualitative actual "${p.text}" is not one of the standard phrases (达成年度指标 / 部分达成 / 未达成)`,
  'unit-missing': (p) => `${p.name}: the target "${p.target}" has no unit`,
  'unit-mismatch': (p) => `${p.name}: units do not agree (${p.units})`,
  'unit-nonstandard': (p) => `${p.name}: unit "${p.unit}" should be written "${p.standard}"`,
  'percent-out-of-range': (p) => `${p.name}: satisfaction ${p.value} is outside 0–100%`,
  'degenerate-target': (p) =>
    p.op === '='
      ? `${p.name}: the target "${p.target}" is scored like ≥ and can only be met exactly; consider a range`
      : `${p.name}: the target "${p.target}" can only be met exactly; consider "=" or a range`,
  'target-not-met-unexplained': (p) => `${p.name}: actual ${p.actual} is below the target ${p.target}; explain the deviation`,
  'over-achieved': (p) => `${p.name}: actual ${p.actual} is ${p.attainment} of the target ${p.target}; explain whether the target was set too low`,
  'score-exceeds-weight': (p) => `${p.name}: score ${p.score} exceeds the weight ${p.weight} or is negative`,
  'score-mismatch': (p) => `${p.name}: score stated as ${p.stated}; the rules give ${p.computed}`,
  'score-empty': (p) => (p.computed === null ? `${p.name}: score is empty; choose one within the allowed range` : `${p.name}: score is empty; computed ${p.computed}, which can be filled in`),
  'score-deducted-though-met': (p) => `${p.name}: the target is met but the score ${p.score} is below the weight ${p.weight}`,
  'deviation-text-junk': (p) => `${p.name}: the deviation analysis holds only "${p.text}"; give the cause and the remedy`,
  'weights-total': (p) =>
    p.part
      ? `The weights under "${p.part}" add up to ${p.sum}, not the ${p.expected} points it states`
      : `Execution and indicator weights add up to ${p.sum}, not ${p.expected ?? '100'}`,
  'weights-split-unusual': (p) => `"${p.level1}" weights add up to ${p.stated}; the policy gives ${p.expected}`,
  'level1-absent': (p) => `No indicator under "${p.level1}"`,
  'empty-group': (p) => `No indicator under "${p.level1} / ${p.level2}"`,
  'duplicate-indicator': (p) => `Indicator "${p.name}" appears twice in "${p.group}"`,
  'misclassified-indicator': (p) => `${p.name}: ${enMisclassified[p.why]}`,
  'number-as-text': (p) => `"${p.text}" is a number stored as text`,
  'formula-error': (p) => `The cell shows the error value ${p.value}`,
  'total-mismatch': (p) => `Total stated as ${p.stated}; computed ${p.computed}`,
  'total-empty': (p) => (p.computed === null ? 'Total is empty; some qualitative indicators need a score first' : `Total is empty; computed ${p.computed}, which can be filled in`),
  'formula-not-calculated': (p) =>
    `The formula ${p.formula} has no calculated value in the file (written by a program, never calculated by Excel), so this cell cannot be checked; open and save the file in Excel or WPS, then check again`,
  'form-incomplete': (p) =>
    p.missing === 'indicators'
      ? 'The table is incomplete: it has no indicator rows, so no total or grade can be given'
      : 'The table is incomplete: it has no total row, so no total or grade is given for it',
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
