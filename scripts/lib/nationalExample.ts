/**
 * The bundled national example (examples/national-example.xlsx): an invented but realistic
 * county water-supply project on the 财政部 2020 template, with mistakes planted on purpose.
 * PLANTED_MISTAKES is the single source for the comment below, examples/README.md and the tests.
 *
 * Planted mistakes (see PLANTED_MISTAKES for the expected rule ids):
 *  - H6  执行率 typed as 98.00%; 1 150.5 ÷ 1 200 = 95.88%
 *  - I6  execution 得分 10; 10 × 95.875% = 9.59
 *  - I15 工程验收合格率 96% (F15) against ≥98%, and no deviation text
 *  - F17 工程完工及时率 has no actual value
 *  - F18 工程建设投资节约率: a percent target (≥3%) with an amount as actual (36万元)
 *  - D22 the template's placeholder row 指标1： left in
 *  - H24 受益群众满意度 scored 12 with a weight of 10
 *  - H25 总分 98.5, while the stated scores add up to 101.8 (and the computed total is lower still)
 */
import type { RuleId } from '../../src/core';
import type { NationalFormSpec } from './nationalForm';

export interface PlantedMistake {
  cell: string;
  mistake: string;
  rule: RuleId;
  /** Other rules the same cell may reasonably raise as well. */
  alsoPossible: RuleId[];
}

export const PLANTED_MISTAKES: PlantedMistake[] = [
  { cell: 'H6', mistake: '执行率填 98.00%，实际 1150.5 ÷ 1200 = 95.88%', rule: 'execution-rate-mismatch', alsoPossible: [] },
  { cell: 'I6', mistake: '执行得分填 10，应为 10 × 95.875% = 9.59', rule: 'execution-score-mismatch', alsoPossible: [] },
  {
    cell: 'I15',
    mistake: '工程验收合格率 96%（F15）未达到 ≥98%，偏差原因空白',
    rule: 'target-not-met-unexplained',
    alsoPossible: [],
  },
  { cell: 'F17', mistake: '工程完工及时率没有实际完成值', rule: 'indicator-field-empty', alsoPossible: ['score-mismatch'] },
  {
    cell: 'F18',
    mistake: '工程建设投资节约率目标是百分比（≥3%），实际完成值填了金额 36万元',
    rule: 'unit-mismatch',
    alsoPossible: ['actual-unreadable', 'score-mismatch'],
  },
  {
    cell: 'D22',
    mistake: '模板占位行“指标1：”未删除（指标值、分值均空）',
    rule: 'placeholder-text',
    alsoPossible: ['indicator-field-empty'],
  },
  { cell: 'H24', mistake: '受益群众满意度分值 10，得分填 12', rule: 'score-exceeds-weight', alsoPossible: ['score-mismatch'] },
  {
    cell: 'H25',
    mistake: '总分填 98.5；各项得分相加为 101.8，按规则计算更低',
    rule: 'total-mismatch',
    alsoPossible: [],
  },
];

export const NATIONAL_EXAMPLE: NationalFormSpec = {
  sheetName: '项目支出绩效自评表',
  year: 2024,
  project: '2024年农村饮水安全巩固提升工程',
  department: '示例县水利局',
  unit: '示例县农村供水管理站',
  budgetRows: [
    { label: '年度资金总额', original: 1200, adjusted: 1200, executed: 1150.5 },
    { label: '其中：当年财政拨款', original: 1000, adjusted: 1000, executed: 960.5 },
    { label: '上年结转资金', original: 200, adjusted: 200, executed: 190 },
    { label: '其他资金', original: 0, adjusted: 0, executed: 0 },
  ],
  executionWeight: 10,
  statedRate: 0.98, // PLANTED H6: 1150.5 / 1200 = 95.875%
  statedExecutionScore: 10, // PLANTED I6: 10 × 95.875% = 9.59
  goals: {
    planned:
      '新建改造农村集中供水工程12处，新增改善3.5万农村人口供水条件，农村集中供水率达到90%以上，工程验收合格率不低于98%，受益群众满意度达到90%以上。',
    achieved:
      '全年新建改造农村集中供水工程12处，新增改善供水人口3.62万人，农村集中供水率提高到92%，水质检测达标率97.5%，受益群众满意度96%。个别工程验收整改尚未完成。',
  },
  indicators: [
    // row 13
    { level1: '产出指标', level2: '数量指标', name: '新建改造农村集中供水工程', target: '≥12处', actual: '12处', weight: 10, score: 10 },
    // row 14
    { level1: '产出指标', level2: '数量指标', name: '新增改善农村供水人口', target: '≥3.5万人', actual: '3.62万人', weight: 10, score: 10 },
    // row 15 — PLANTED: not met (96 < 98), no deviation text; the score 9.8 = 10 × 96/98 is right
    { level1: '产出指标', level2: '质量指标', name: '工程验收合格率', target: '≥98%', actual: '96%', weight: 10, score: 9.8, deviation: null },
    // row 16 — an Excel number with a percent format (0.975 → 97.5%)
    {
      level1: '产出指标',
      level2: '质量指标',
      name: '水质检测达标率',
      target: '≥95%',
      actual: 0.975,
      actualFormat: '0.0%',
      weight: 5,
      score: 5,
    },
    // row 17 — PLANTED: actual missing
    { level1: '产出指标', level2: '时效指标', name: '工程完工及时率', target: '≥95%', actual: null, weight: 5, score: 5 },
    // row 18 — PLANTED: percent target, amount as actual
    { level1: '产出指标', level2: '成本指标', name: '工程建设投资节约率', target: '≥3%', actual: '36万元', weight: 5, score: 5 },
    // row 19 — 1150.5 / 12 = 95.875
    { level1: '产出指标', level2: '成本指标', name: '单处工程平均建设成本', target: '≤100万元', actual: '95.88万元', weight: 5, score: 5 },
    // row 20
    { level1: '效益指标', level2: '社会效益指标', name: '农村集中供水率', target: '≥90%', actual: '92%', weight: 10, score: 10 },
    // row 21
    { level1: '效益指标', level2: '社会效益指标', name: '农村供水保证率', target: '≥95%', actual: '95%', weight: 10, score: 10 },
    // row 22 — PLANTED: the template's placeholder row
    { level1: '效益指标', level2: '生态效益指标', name: '指标1：', target: null, actual: null, weight: null, score: null },
    // row 23 — qualitative, met
    {
      level1: '效益指标',
      level2: '可持续影响指标',
      name: '工程长效运行管护机制',
      target: '建立健全',
      actual: '达成年度指标',
      weight: 10,
      score: 10,
    },
    // row 24 — PLANTED: score 12 above its weight 10
    {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '受益群众满意度',
      target: '≥90%',
      actual: '96%',
      weight: 10,
      score: 12,
    },
  ],
  totalWeight: 100,
  statedTotal: 98.5, // PLANTED H25: stated scores add up to 101.8
};
