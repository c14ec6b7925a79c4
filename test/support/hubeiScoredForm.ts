import { CellValue, GridData, gridFromValues, toA1 } from '../../src/core';
import { mergeLevels } from './sichuanForm';

/**
 * A hubei-scored form (forms.md, "Hubei scored variant"): six columns (A–F). The budget block
 * comes first and is worth 20 points (预算执行情况（万元）（20分）: 预算数(A) | 执行数(B) | 执行率(B/A) |
 * 得分(20分*执行率), row 年度财政资金总额); then indicator blocks 年度绩效目标1（40分）,
 * 年度绩效目标2（40分）…, each with its own header 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) |
 * 实际完成值(B) | 得分 and no 分值 column (the block's points spread over its indicators); a 总分
 * row; footers 偏差大或目标未完成原因分析 and 改进措施及结果应用方案.
 *
 * The default form is clean: no error and no warning.
 */

export interface HubeiScoredIndicator {
  level1: string;
  level2: string;
  name: string;
  target: CellValue;
  actual: CellValue;
  score: CellValue;
}

export interface HubeiScoredBlock {
  /** The block's points, written into its label 年度绩效目标n（P分）. */
  points: number;
  indicators: HubeiScoredIndicator[];
}

export interface HubeiScoredSpec {
  unitName: CellValue;
  projectName: CellValue;
  /** 预算数(A), 执行数(B), 执行率(B/A), 得分 of the 年度财政资金总额 row. */
  budget: [CellValue, CellValue, CellValue, CellValue];
  blocks: HubeiScoredBlock[];
  totalScore: CellValue;
  reason: CellValue;
  measures: CellValue;
}

export const HUBEI_BLOCK_1: HubeiScoredBlock = {
  points: 40,
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '改造老旧小区数量', target: '≥20个', actual: '21个', score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '工程验收合格率', target: '≥98%', actual: '100%', score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '惠及居民户数', target: '≥3000户', actual: '3200户', score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '居民满意度', target: '≥90%', actual: '96%', score: 10 },
  ],
};

export const HUBEI_BLOCK_2: HubeiScoredBlock = {
  points: 40,
  indicators: [
    { level1: '产出指标', level2: '时效指标', name: '工程按期完工率', target: '≥95%', actual: '100%', score: 20 },
    { level1: '效益指标', level2: '可持续影响指标', name: '小区长效管理机制', target: '建立长效管理机制', actual: '达成年度指标', score: 20 },
  ],
};

export const HUBEI_SCORED_SPEC: HubeiScoredSpec = {
  unitName: '某区住房和城乡建设局',
  projectName: '2024年老旧小区改造项目',
  budget: [200, 190, '95%', 19],
  blocks: [HUBEI_BLOCK_1, HUBEI_BLOCK_2],
  totalScore: 99,
  reason: '无',
  measures: '加强项目调度，按季度开展绩效运行监控。',
};

export interface HubeiScoredForm {
  grid: GridData;
  at: {
    /** The budget block's label 预算执行情况（万元）（20分）. */
    budgetLabel: string;
    budget: string;
    executed: string;
    rate: string;
    score: string;
    /** The label cell of block `b` (年度绩效目标n（P分）). */
    blockLabel: (b: number) => string;
    indicator: (b: number, i: number, col: keyof typeof IND_COL) => string;
    totalScore: string;
    reason: string;
  };
}

const COLS = 6;
const IND_COL = { level1: 0, level2: 1, name: 2, target: 3, actual: 4, score: 5 } as const;

export function hubeiScoredForm(overrides: Partial<HubeiScoredSpec> = {}): HubeiScoredForm {
  const s: HubeiScoredSpec = { ...HUBEI_SCORED_SPEC, ...overrides };
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const push = (r: CellValue[]) => rows.push(r) - 1;
  const line = (cells: Record<number, CellValue>): CellValue[] => {
    const r: CellValue[] = Array(COLS).fill(null);
    for (const [c, v] of Object.entries(cells)) r[Number(c)] = v;
    return r;
  };
  const m = (r1: number, c1: number, r2: number, c2: number) => merges.push(`${toA1(r1, c1)}:${toA1(r2, c2)}`);

  const title = push(line({ 0: '项目支出绩效自评表' }));
  m(title, 0, title, 5);
  const unitRow = push(line({ 0: '单位名称', 1: s.unitName }));
  m(unitRow, 1, unitRow, 5);
  const nameRow = push(line({ 0: '项目名称', 1: s.projectName }));
  m(nameRow, 1, nameRow, 5);
  const bh = push(line({ 0: '预算执行情况（万元）（20分）', 2: '预算数(A)', 3: '执行数(B)', 4: '执行率(B/A)', 5: '得分(20分*执行率)' }));
  const [budget, executed, rate, score] = s.budget;
  const br = push(line({ 1: '年度财政资金总额', 2: budget, 3: executed, 4: rate, 5: score }));
  m(bh, 0, br, 0);

  const firstRows: number[] = [];
  const labelRows: number[] = [];
  s.blocks.forEach((b, k) => {
    const lr = push(line({ 0: `年度绩效目标${k + 1}（${b.points}分）` }));
    m(lr, 0, lr, 5);
    labelRows.push(lr);
    push(line({ 0: '一级指标', 1: '二级指标', 2: '三级指标', 3: '年初目标值(A)', 4: '实际完成值(B)', 5: '得分' }));
    const first = rows.length;
    firstRows.push(first);
    for (const ind of b.indicators) {
      push(line({ 0: ind.level1, 1: ind.level2, 2: ind.name, 3: ind.target, 4: ind.actual, 5: ind.score }));
    }
    mergeLevels(rows, merges, first, rows.length - 1, [0, 1]);
  });
  const tr = push(line({ 0: '总分', 5: s.totalScore }));
  m(tr, 0, tr, 4);
  const rr = push(line({ 0: '偏差大或目标未完成原因分析', 1: s.reason }));
  m(rr, 1, rr, 5);
  const ir = push(line({ 0: '改进措施及结果应用方案', 1: s.measures }));
  m(ir, 1, ir, 5);

  return {
    grid: gridFromValues('湖北', rows, merges),
    at: {
      budgetLabel: toA1(bh, 0),
      budget: toA1(br, 2),
      executed: toA1(br, 3),
      rate: toA1(br, 4),
      score: toA1(br, 5),
      blockLabel: (b) => toA1(labelRows[b], 0),
      indicator: (b, i, col) => toA1(firstRows[b] + i, IND_COL[col]),
      totalScore: toA1(tr, 5),
      reason: toA1(rr, 1),
    },
  };
}

export function withHubeiIndicator(block: HubeiScoredBlock, i: number, patch: Partial<HubeiScoredIndicator>): HubeiScoredBlock {
  return { ...block, indicators: block.indicators.map((x, k) => (k === i ? { ...x, ...patch } : x)) };
}
