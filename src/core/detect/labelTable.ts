/**
 * The column and block labels of forms.md ("Label matching"), by concept. Labels are compared
 * after `normalizeLabel` (white space removed, full width folded, Traditional → Simplified,
 * trailing colon dropped), so they are written here in their normal form.
 */
export type ColumnConcept =
  | 'level1'
  | 'level2'
  | 'name'
  | 'comparator'
  | 'target'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'deviation'
  | 'evidence'
  | 'original'
  | 'adjusted'
  | 'executed'
  | 'received'
  | 'rate'
  | 'reason'
  | 'total';

export const COLUMN_LABELS: Record<ColumnConcept, readonly string[]> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '指标名称'],
  comparator: ['指标性质', '计算符号'],
  target: ['年度指标值', '年度指标值(A)', '年初目标值', '年初目标值(A)', '指标值', '年初指标值', '调整指标值'],
  unit: ['单位', '计量单位', '度量单位'],
  actual: ['实际完成值', '实际完成值(B)', '全年实际值(B)', '全年实际值', '完成值', '全年完成值'],
  weight: ['分值', '权重', '指标权重(分)', '权重(分)', '分值(分)'],
  score: ['得分', '实际得分', '指标得分(分)', '得分(分)'],
  deviation: ['偏差原因分析及改进措施', '偏差原因及改进措施', '未完成原因分析', '原因分析', '偏差大或目标未完成原因分析', '偏差原因分析'],
  evidence: ['取值依据'],
  original: ['年初预算数', '年初预算', '预算数(A)', '年初预算数(A)', '预算数'],
  adjusted: ['全年预算数', '调整后预算数', '全年(调整)预算数', '调整后预算', '全年预算数(A)'],
  executed: ['全年执行数', '预算执行数', '执行数(B)', '执行数(b)', '全年执行数(B)', '执行数'],
  received: ['到位数', '实际到位资金', '资金到位数'],
  rate: ['执行率', '预算执行率', '执行率(B/A)', '执行率(b/A)', '执行率(%)', '预算执行率(%)'],
  reason: ['原因', '偏差原因', '原因说明'],
  total: ['总分', '合计', '自评总分(分)', '自评总分', '总计'],
};

/** Labels of the header fields (the value sits to the right of the label, or after its colon). */
export type HeaderKey =
  | 'projectName'
  | 'department'
  | 'implementer'
  | 'unit'
  | 'fillDate'
  | 'projectBudget'
  | 'basicInfo'
  | 'goal';

export const HEADER_LABELS: Record<HeaderKey, readonly string[]> = {
  projectName: ['项目名称', '专项名称', '转移支付(项目)名称', '转移支付项目名称'],
  department: ['主管部门', '部门(单位)名称', '部门名称', '单位(部门)名称', '中央主管部门', '主管部门(单位)'],
  implementer: ['实施单位', '项目实施单位', '实施单位(盖章)', '资金使用单位', '实施(主管)单位'],
  unit: ['单位名称(盖章)', '单位名称', '填报单位', '填报单位(盖章)', '项目单位(盖章)', '项目单位'],
  fillDate: ['填报日期'],
  projectBudget: ['项目总预算(万元)', '项目总预算'],
  basicInfo: ['项目基本情况'],
  goal: ['年度总体目标', '年度绩效目标', '总体目标完成情况', '当年绩效目标'],
};

/** Sub-labels under 年度总体目标: the planned goal and its completion. */
export const GOAL_PLANNED_LABELS = ['预期目标', '年初设定目标', '年度目标', '项目年度目标', '总体目标', '年初绩效目标'];
export const GOAL_ACTUAL_LABELS = ['实际完成情况', '年度总体目标完成情况', '全年实际完成情况', '完成情况', '年度目标完成情况', '目标实际完成情况', '总体目标完成情况', '全年目标实际完成情况', '年度总体目标完成情况综述'];

/** Rows of the budget block. The first list is the scored total row. */
export const BUDGET_TOTAL_ROW_LABELS = ['年度资金总额', '年度财政资金总额', '总额', '资金总额', '合计'];
export const BUDGET_SUB_ROW_LABELS = [
  '其中:当年财政拨款',
  '其中:本年财政拨款',
  '当年财政拨款',
  '本年财政拨款',
  '上年结转资金',
  '其他资金',
  '其中:财政资金',
  '财政资金',
  '财政专户管理资金',
  '单位资金',
  '基本支出',
  '项目支出',
  '其他',
];

/** Labels that open a budget block (matched by prefix after normalisation). */
export const BUDGET_BLOCK_PREFIXES = ['项目资金', '年度预算执行情况', '预算执行情况', '部门(单位)总体资金', '部门总体资金', '资金情况', '资金投入情况', '预算安排及执行情况'];

/** Labels that end an indicator block when met in its first columns. */
export const BLOCK_END_PREFIXES = [
  '总分',
  '合计',
  '自评总分',
  '总计',
  '年度预算执行情况',
  '预算执行情况',
  '项目资金',
  '问题和不足',
  '偏差大或目标未完成原因分析',
  '改进措施',
  '评价结论',
  '存在问题',
  '年度绩效目标',
  '资金投入情况',
  '资金管理情况',
  '原因分析',
  '偏差原因分析',
  '绩效改进措施',
  '整改措施',
  '主要经验',
  '经验做法',
  '下一步',
  '其他需要说明',
  '自评结论',
  '绩效自评结论',
  '结果应用',
];

/** Footer labels whose text can explain unmet targets or low execution. */
export const REASON_FOOTER_LABELS = ['原因分析', '偏差大或目标未完成原因分析', '存在问题', '问题和不足', '偏差原因分析'];
export const IMPROVEMENT_FOOTER_LABELS = ['绩效改进措施', '改进措施', '改进措施及结果应用方案', '评价结论'];
