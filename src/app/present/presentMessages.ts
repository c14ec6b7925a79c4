import type { Severity } from '../../core/report/ruleIds';
import type { Locale } from '../../core/report/settingsValues';

/**
 * The words of what the pane presents from a report outside its own catalog: how each score was
 * computed, the 检查结果 export sheet and the copied text. zh-CN and en-US; `enUS` is typed by
 * zhCN's shape so that a key missing from either fails to compile.
 */
const zhCN = {
  // How a score was computed
  met: (weight: string) => `已完成，得满分 ${weight}`,
  ratioUp: (weight: string, actual: string, target: string, score: string) => `${weight} × ${actual} ÷ ${target} = ${score}`,
  ratioDown: (weight: string, target: string, actual: string, score: string) => `${weight} × ${target} ÷ ${actual} = ${score}（越小越好，按比值法）`,
  linearDown: (weight: string, actual: string, target: string, score: string) =>
    `${weight} × (1 − (${actual} − ${target}) ÷ ${target}) = ${score}（越小越好，线性扣减）`,
  byAttainment: (weight: string, attainment: string, score: string) => `${weight} × 完成率 ${attainment} = ${score}`,
  zeroTarget: (score: string) => `目标为 0，实际未达到，得 ${score} 分`,
  bandMet: (weight: string, lo: string) => `定性指标“达成”：满分 ${weight}（达成档 ${lo}–${weight}）`,
  band: (band: string, lo: string, hi: string, from: string, to: string) => `定性指标“${band}”：得分范围 ${lo}–${hi}（分值的 ${from}–${to}），请在范围内评分`,
  bandChosen: (band: string, lo: string, hi: string, stated: string) => `定性指标“${band}”：表中评分 ${stated}，在 ${lo}–${hi} 范围内`,
  bands: { met: '达成', partly: '部分达成', 'not-met': '未达成' },
  unscored: '无法计分：见问题清单',
  noWeight: '没有分值，不计分',
  noWeightMet: '已完成；表中未列分值，按满分计入总分范围',
  noWeightAttainment: (attainment: string) => `完成率 ${attainment}；表中未列分值，总分按其完成情况给出范围`,
  totalRange: (parts: string, lo: string, hi: string) => `${parts} = ${lo}–${hi}（表中未列各指标分值，总分为一个范围）`,
  execution: (weight: string, rate: string, score: string) => `${weight} × 执行率 ${rate} = ${score}`,
  executionCapped: (weight: string, rate: string, score: string) => `${weight} × 100% = ${score}（执行率 ${rate} 按 100% 计）`,
  executionName: '预算执行率',
  total: (parts: string, score: string) => `${parts} = ${score}`,
  stated: (value: string) => `表中填写 ${value}`,

  // The export sheet 检查结果
  exportSheetName: '检查结果',
  exportTitle: (sheet: string) => `“${sheet}”的检查结果`,
  exportSummary: (errors: number, warnings: number, infos: number, accepted: number) =>
    `错误 ${errors} 条，警告 ${warnings} 条，提示 ${infos} 条` + (accepted > 0 ? `；已接受 ${accepted} 条` : ''),
  exportFindingHeaders: ['序号', '单元格', '级别', '规则', '指标', '说明', '已接受（原因）'],
  exportScoreHeaders: ['指标', '指标值', '实际完成值', '完成率', '分值', '得分', '计算方式'],
  exportScoresTitle: '得分明细',
  exportTotal: '总分',
  exportNoFindings: '没有发现问题',
  exportForm: (n: number, range: string) => `第 ${n} 张表（${range}）`,

  // Copied text
  copyHeading: (project: string, sheet: string) => `${project}（工作表“${sheet}”）检查结果`,
  copySheetHeading: (sheet: string) => `工作表“${sheet}”检查结果`,
  copyScore: (score: string, weight: string, grade: string | null) => `总分 ${score} / ${weight}` + (grade ? `（${grade}）` : ''),
  copyCounts: (errors: number, warnings: number, infos: number) => `错误 ${errors} 条，警告 ${warnings} 条，提示 ${infos} 条`,
  copyFinding: (n: number, severity: string, message: string, cell: string | null) => `${n}. 【${severity}】${message}` + (cell ? `（${cell}）` : ''),
  copyProblemsHeading: '存在的问题：',
  copyProblem: (n: number, message: string) => `${n}. ${message}。`,
  copyNone: '未发现问题。',
  copyAccepted: (n: number) => `另有 ${n} 条已确认保留，未列出。`,
  severities: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
  grades: { 优: '优', 良: '良', 中: '中', 差: '差' },
  separator: '；',
};

export type PresentMessages = typeof zhCN;

const enUS: PresentMessages = {
  met: (weight) => `Met: full marks, ${weight}`,
  ratioUp: (weight, actual, target, score) => `${weight} × ${actual} ÷ ${target} = ${score}`,
  ratioDown: (weight, target, actual, score) => `${weight} × ${target} ÷ ${actual} = ${score} (lower is better, ratio)`,
  linearDown: (weight, actual, target, score) => `${weight} × (1 − (${actual} − ${target}) ÷ ${target}) = ${score} (lower is better, linear)`,
  byAttainment: (weight, attainment, score) => `${weight} × attainment ${attainment} = ${score}`,
  zeroTarget: (score) => `The target is 0 and was not met: ${score} points`,
  bandMet: (weight, lo) => `Qualitative, met: full marks ${weight} (band ${lo}–${weight})`,
  band: (band, lo, hi, from, to) => `Qualitative, ${band}: score between ${lo} and ${hi} (${from}–${to} of the weight); choose within it`,
  bandChosen: (band, lo, hi, stated) => `Qualitative, ${band}: scored ${stated} on the form, within ${lo}–${hi}`,
  bands: { met: 'met', partly: 'partly met', 'not-met': 'not met' },
  unscored: 'Cannot be scored: see the findings',
  noWeight: 'No weight: not scored',
  noWeightMet: 'Met; the form states no weight, so it counts with full marks in the total range',
  noWeightAttainment: (attainment) => `Attainment ${attainment}; the form states no weight, so the total is given as a range`,
  totalRange: (parts, lo, hi) => `${parts} = ${lo}–${hi} (the form states no indicator weights: the total is a range)`,
  execution: (weight, rate, score) => `${weight} × rate ${rate} = ${score}`,
  executionCapped: (weight, rate, score) => `${weight} × 100% = ${score} (the rate ${rate} counts as 100%)`,
  executionName: 'Budget execution rate',
  total: (parts, score) => `${parts} = ${score}`,
  stated: (value) => `stated ${value} on the form`,

  exportSheetName: 'Check results',
  exportTitle: (sheet) => `Check results of "${sheet}"`,
  exportSummary: (errors, warnings, infos, accepted) =>
    `${errors} error(s), ${warnings} warning(s), ${infos} note(s)` + (accepted > 0 ? `; ${accepted} accepted` : ''),
  exportFindingHeaders: ['No.', 'Cell', 'Severity', 'Rule', 'Indicator', 'Finding', 'Accepted (reason)'],
  exportScoreHeaders: ['Indicator', 'Target', 'Actual', 'Attainment', 'Weight', 'Score', 'How'],
  exportScoresTitle: 'Scores',
  exportTotal: 'Total',
  exportNoFindings: 'No findings',
  exportForm: (n, range) => `Form ${n} (${range})`,

  copyHeading: (project, sheet) => `${project} (sheet "${sheet}"): check results`,
  copySheetHeading: (sheet) => `Sheet "${sheet}": check results`,
  copyScore: (score, weight, grade) => `Total ${score} / ${weight}` + (grade ? ` (${grade})` : ''),
  copyCounts: (errors, warnings, infos) => `${errors} error(s), ${warnings} warning(s), ${infos} note(s)`,
  copyFinding: (n, severity, message, cell) => `${n}. [${severity}] ${message}` + (cell ? ` (${cell})` : ''),
  copyProblemsHeading: 'Problems found:',
  copyProblem: (n, message) => `${n}. ${message}.`,
  copyNone: 'No problems found.',
  copyAccepted: (n) => `${n} more accepted as intended, not listed.`,
  severities: { error: 'error', warning: 'warning', info: 'note' },
  grades: { 优: 'Excellent', 良: 'Good', 中: 'Fair', 差: 'Poor' },
  separator: '; ',
};

const CATALOGS: Record<Locale, PresentMessages> = { 'zh-CN': zhCN, 'en-US': enUS };

export function presentMessages(locale: Locale): PresentMessages {
  return CATALOGS[locale];
}
