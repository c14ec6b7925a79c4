import { CellValue, GridData, gridFromValues, toA1 } from '../../src/core';

/**
 * A sichuan-project form (forms.md, "comparator-column variant"): eleven columns (A–K).
 * Budget block 预算执行情况（10分）: 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因,
 * rows 总额, 其中：财政资金, 财政专户管理资金, 单位资金, 其他资金 ("/" in the non-scored cells).
 * Indicator block 绩效指标（90分）: 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 |
 * 权重 | 得分 | 未完成原因分析, then 合计, 评价结论, 存在问题, 改进措施.
 *
 * The default form is clean: no error and no warning.
 */

export interface SichuanIndicator {
  level1: string;
  level2: string;
  name: string;
  comparator: CellValue;
  value: CellValue;
  unit: CellValue;
  actual: CellValue;
  weight: CellValue;
  score: CellValue;
  reason?: CellValue;
}

export interface SichuanFormSpec {
  projectName: CellValue;
  department: CellValue;
  implementer: CellValue;
  /** 年初预算, 调整后预算数, 预算执行数, 预算执行率, 权重, 得分, 原因 of the 总额 row. */
  budget: [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue];
  /** 其中 rows: label, 年初预算, 调整后预算数, 预算执行数. */
  subRows: [string, CellValue, CellValue, CellValue][];
  indicators: SichuanIndicator[];
  totalWeight: CellValue;
  totalScore: CellValue;
  conclusion: CellValue;
  problems: CellValue;
  measures: CellValue;
}

export const SICHUAN_INDICATORS: SichuanIndicator[] = [
  { level1: '产出指标', level2: '数量指标', name: '培训人次', comparator: '≥', value: 500, unit: '人次', actual: 520, weight: 20, score: 20 },
  { level1: '产出指标', level2: '质量指标', name: '培训合格率', comparator: '≥', value: 95, unit: '%', actual: 97, weight: 15, score: 15 },
  { level1: '产出指标', level2: '时效指标', name: '培训按时完成率', comparator: '=', value: 100, unit: '%', actual: 100, weight: 10, score: 10 },
  { level1: '产出指标', level2: '成本指标', name: '人均培训成本', comparator: '≤', value: 1000, unit: '元', actual: 960, weight: 5, score: 5 },
  { level1: '效益指标', level2: '社会效益指标', name: '就业技能提升人数', comparator: '≥', value: 400, unit: '人', actual: 430, weight: 30, score: 30 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训人员满意度', comparator: '≥', value: 90, unit: '%', actual: 95, weight: 10, score: 10 },
];

export const SICHUAN_SPEC: SichuanFormSpec = {
  projectName: '2024年职业技能提升培训项目',
  department: '某市人力资源和社会保障局',
  implementer: '某市职业技能鉴定中心',
  budget: [100, 100, 95, '95.00%', 10, 9.5, null],
  subRows: [
    ['其中：财政资金', 100, 100, 95],
    ['财政专户管理资金', null, null, null],
    ['单位资金', null, null, null],
    ['其他资金', null, null, null],
  ],
  indicators: SICHUAN_INDICATORS,
  totalWeight: 100,
  totalScore: 99.5,
  conclusion: '项目总体完成较好，自评等级为优。',
  problems: '部分培训班次开班时间较计划推迟。',
  measures: '加强培训计划管理，提前安排师资和场地。',
};

export interface SichuanForm {
  grid: GridData;
  at: {
    original: string;
    adjusted: string;
    executed: string;
    rate: string;
    weight: string;
    score: string;
    reason: string;
    subRow: (i: number, col: 'original' | 'adjusted' | 'executed' | 'rate' | 'weight' | 'score') => string;
    indicator: (i: number, col: keyof typeof IND_COL) => string;
    totalWeight: string;
    totalScore: string;
    problems: string;
  };
}

const COLS = 11;
const IND_COL = { level1: 1, level2: 2, name: 3, comparator: 4, value: 5, unit: 6, actual: 7, weight: 8, score: 9, reason: 10 } as const;
const BUDGET_COL = { original: 2, adjusted: 3, executed: 4, rate: 5, weight: 6, score: 7, reason: 8 } as const;

export function sichuanForm(overrides: Partial<SichuanFormSpec> = {}): SichuanForm {
  const s: SichuanFormSpec = { ...SICHUAN_SPEC, ...overrides };
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const blank = (): CellValue[] => Array(COLS).fill(null);
  const push = (r: CellValue[]) => rows.push(r) - 1;
  const line = (cells: Record<number, CellValue>): CellValue[] => {
    const r = blank();
    for (const [c, v] of Object.entries(cells)) r[Number(c)] = v;
    return r;
  };
  const m = (r1: number, c1: number, r2: number, c2: number) => merges.push(`${toA1(r1, c1)}:${toA1(r2, c2)}`);

  const title = push(line({ 0: '项目支出绩效自评表' }));
  m(title, 0, title, 10);
  const nameRow = push(line({ 0: '项目名称', 1: s.projectName }));
  m(nameRow, 1, nameRow, 10);
  const deptRow = push(line({ 0: '主管部门', 1: s.department, 5: '实施单位', 6: s.implementer }));
  m(deptRow, 1, deptRow, 4);
  m(deptRow, 6, deptRow, 10);

  const bh = push(line({ 0: '预算执行情况（10分）', 2: '年初预算', 3: '调整后预算数', 4: '预算执行数', 5: '预算执行率', 6: '权重', 7: '得分', 8: '原因' }));
  m(bh, 8, bh, 10);
  const [o, a, e, rate, w, sc, reason] = s.budget;
  const totalRow = push(line({ 1: '总额', 2: o, 3: a, 4: e, 5: rate, 6: w, 7: sc, 8: reason }));
  m(totalRow, 8, totalRow, 10);
  const subStart = rows.length;
  for (const [label, so, sa, se] of s.subRows) {
    const r = push(line({ 1: label, 2: so, 3: sa, 4: se, 5: '/', 6: '/', 7: '/' }));
    m(r, 8, r, 10);
  }
  m(bh, 0, rows.length - 1, 0);

  const ih = push(line({ 0: '绩效指标（90分）', 1: '一级指标', 2: '二级指标', 3: '三级指标', 4: '指标性质', 5: '指标值', 6: '度量单位', 7: '完成值', 8: '权重', 9: '得分', 10: '未完成原因分析' }));
  const first = rows.length;
  for (const ind of s.indicators) {
    push(
      line({
        [IND_COL.level1]: ind.level1,
        [IND_COL.level2]: ind.level2,
        [IND_COL.name]: ind.name,
        [IND_COL.comparator]: ind.comparator,
        [IND_COL.value]: ind.value,
        [IND_COL.unit]: ind.unit,
        [IND_COL.actual]: ind.actual,
        [IND_COL.weight]: ind.weight,
        [IND_COL.score]: ind.score,
        [IND_COL.reason]: ind.reason ?? null,
      }),
    );
  }
  mergeLevels(rows, merges, first, rows.length - 1);
  m(ih, 0, rows.length - 1, 0);
  const tr = push(line({ 0: '合计', [IND_COL.weight]: s.totalWeight, [IND_COL.score]: s.totalScore }));
  m(tr, 0, tr, 7);
  const concl = push(line({ 0: '评价结论', 1: s.conclusion }));
  m(concl, 1, concl, 10);
  const prob = push(line({ 0: '存在问题', 1: s.problems }));
  m(prob, 1, prob, 10);
  const meas = push(line({ 0: '改进措施', 1: s.measures }));
  m(meas, 1, meas, 10);

  return {
    grid: gridFromValues('四川', rows, merges),
    at: {
      original: toA1(totalRow, BUDGET_COL.original),
      adjusted: toA1(totalRow, BUDGET_COL.adjusted),
      executed: toA1(totalRow, BUDGET_COL.executed),
      rate: toA1(totalRow, BUDGET_COL.rate),
      weight: toA1(totalRow, BUDGET_COL.weight),
      score: toA1(totalRow, BUDGET_COL.score),
      reason: toA1(totalRow, BUDGET_COL.reason),
      subRow: (i, col) => toA1(subStart + i, BUDGET_COL[col]),
      indicator: (i, col) => toA1(first + i, IND_COL[col]),
      totalWeight: toA1(tr, IND_COL.weight),
      totalScore: toA1(tr, IND_COL.score),
      problems: toA1(prob, 1),
    },
  };
}

/**
 * Merges runs of equal 一级 (column B) and 二级 (column C) labels down, as the Word templates do,
 * clearing the merged-over cells. Shared by the inline form builders.
 */
export function mergeLevels(rows: CellValue[][], merges: string[], first: number, last: number, cols: [number, number] = [1, 2]): void {
  const [l1, l2] = cols;
  for (const col of [l1, l2]) {
    let start = first;
    for (let r = first + 1; r <= last + 1; r++) {
      const same = r <= last && rows[r][col] !== null && rows[r][col] === rows[start][col] && (col === l1 || rows[r][l1] === rows[start][l1] || rows[r][l1] === null);
      if (!same) {
        if (r - 1 > start) {
          merges.push(`${toA1(start, col)}:${toA1(r - 1, col)}`);
          for (let k = start + 1; k < r; k++) rows[k][col] = null;
        }
        start = r;
      }
    }
  }
}

export function withSichuanIndicator(i: number, patch: Partial<SichuanIndicator>, list: SichuanIndicator[] = SICHUAN_INDICATORS): SichuanIndicator[] {
  return list.map((x, k) => (k === i ? { ...x, ...patch } : x));
}
