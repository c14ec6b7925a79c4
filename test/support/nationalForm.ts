import { CellValue, GridData, toA1 } from '../../src/core';

/** A national-project form (财政部 2020 template) to mutate in rule tests. */

export interface IndicatorSpec {
  level1: string;
  level2: string;
  name: string;
  target: CellValue;
  actual: CellValue;
  weight: CellValue;
  score: CellValue;
  deviation?: CellValue;
}

export interface NationalFormSpec {
  projectName: CellValue;
  department: CellValue;
  implementer: CellValue;
  /** 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 of the 年度资金总额 row. */
  budget: [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue];
  subRows: [string, CellValue, CellValue, CellValue][];
  goalPlanned: CellValue;
  goalActual: CellValue;
  indicators: IndicatorSpec[];
  totalWeight: CellValue;
  totalScore: CellValue;
}

export const DEFAULT_INDICATORS: IndicatorSpec[] = [
  { level1: '产出指标', level2: '数量指标', name: '新建供水管网长度', target: '≥120公里', actual: '125公里', weight: 15, score: 15 },
  { level1: '产出指标', level2: '质量指标', name: '工程验收合格率', target: '≥95%', actual: '98%', weight: 15, score: 15 },
  { level1: '产出指标', level2: '时效指标', name: '工程按期完工率', target: '≥90%', actual: '100%', weight: 10, score: 10 },
  { level1: '产出指标', level2: '成本指标', name: '工程建设成本', target: '≤150万元', actual: '148万元', weight: 10, score: 10 },
  { level1: '效益指标', level2: '社会效益指标', name: '受益人口', target: '≥3万人', actual: '3.2万人', weight: 15, score: 15 },
  { level1: '效益指标', level2: '可持续影响指标', name: '工程长效运行', target: '长期发挥效益', actual: '达成年度指标', weight: 15, score: 15 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '受益群众满意度', target: '≥90%', actual: '95%', weight: 10, score: 10 },
];

export const DEFAULT_SPEC: NationalFormSpec = {
  projectName: '2024年农村饮水安全巩固提升工程',
  department: '某县水利局',
  implementer: '某县农村供水服务中心',
  budget: [150, 150, 148, 10, '98.67%', 9.87],
  subRows: [
    ['其中：当年财政拨款', 150, 150, 148],
    ['上年结转资金', null, null, null],
    ['其他资金', null, null, null],
  ],
  goalPlanned: '新建和改造供水管网120公里，提升农村供水保障水平，受益人口3万人。',
  goalActual: '完成供水管网125公里，工程全部验收合格，受益人口3.2万人。',
  indicators: DEFAULT_INDICATORS,
  totalWeight: 100,
  totalScore: 99.87,
};

export interface NationalForm {
  grid: GridData;
  /** A1 addresses of the cells tests look at. */
  at: {
    projectName: string;
    original: string;
    adjusted: string;
    executed: string;
    weight: string;
    rate: string;
    score: string;
    subRow: (i: number, col: 'original' | 'adjusted' | 'executed' | 'weight' | 'score') => string;
    goalPlanned: string;
    goalActual: string;
    indicator: (i: number, col: 'level1' | 'level2' | 'name' | 'target' | 'actual' | 'weight' | 'score' | 'deviation') => string;
    totalWeight: string;
    totalScore: string;
  };
}

const IND_COL = { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, deviation: 8 } as const;
const BUDGET_COL = { original: 2, adjusted: 3, executed: 4, weight: 5, rate: 6, score: 7 } as const;

/** Lays a national form out on nine columns (A–I), the way the 2020 Word template pastes into Excel. */
export function nationalForm(overrides: Partial<NationalFormSpec> = {}): NationalForm {
  const s: NationalFormSpec = { ...DEFAULT_SPEC, ...overrides };
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const blank = (): CellValue[] => Array(9).fill(null);
  const push = (r: CellValue[]) => rows.push(r) - 1;

  push(['项目支出绩效自评表', ...Array(8).fill(null)]);
  merges.push('A1:I1');
  push(['（2024年度）', ...Array(8).fill(null)]);
  merges.push('A2:I2');
  const nameRow = push(['项目名称', s.projectName, null, null, null, null, null, null, null]);
  merges.push(`B${nameRow + 1}:I${nameRow + 1}`);
  const deptRow = push(['主管部门', s.department, null, null, '实施单位', s.implementer, null, null, null]);
  merges.push(`B${deptRow + 1}:D${deptRow + 1}`, `F${deptRow + 1}:I${deptRow + 1}`);
  const bh = push(['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', null]);
  const totalRow = push([null, '年度资金总额', ...s.budget, null]);
  const subStart = rows.length;
  for (const [label, o, a, e] of s.subRows) push([null, label, o, a, e, '—', null, '—', null]);
  merges.push(`A${bh + 1}:A${rows.length}`);
  const goalRow = push(['年度总体目标', '预期目标', null, null, null, '实际完成情况', null, null, null]);
  const goalText = push([null, s.goalPlanned, null, null, null, s.goalActual, null, null, null]);
  merges.push(`A${goalRow + 1}:A${goalText + 1}`, `B${goalRow + 1}:E${goalRow + 1}`, `F${goalRow + 1}:I${goalRow + 1}`);
  merges.push(`B${goalText + 1}:E${goalText + 1}`, `F${goalText + 1}:I${goalText + 1}`);
  const ih = push(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  const first = rows.length;
  s.indicators.forEach((ind) => {
    const r = blank();
    r[IND_COL.level1] = ind.level1;
    r[IND_COL.level2] = ind.level2;
    r[IND_COL.name] = ind.name;
    r[IND_COL.target] = ind.target;
    r[IND_COL.actual] = ind.actual;
    r[IND_COL.weight] = ind.weight;
    r[IND_COL.score] = ind.score;
    r[IND_COL.deviation] = ind.deviation ?? null;
    push(r);
  });
  // Merge 一级/二级 runs down, as the template does, clearing the merged-over cells.
  for (const col of [IND_COL.level1, IND_COL.level2]) {
    let start = first;
    for (let r = first + 1; r <= rows.length; r++) {
      const same = r < rows.length && rows[r][col] === rows[start][col] && (col === IND_COL.level1 || rows[r][IND_COL.level1] === rows[start][IND_COL.level1]);
      if (!same) {
        if (r - 1 > start) {
          merges.push(`${toA1(start, col)}:${toA1(r - 1, col)}`);
          for (let k = start + 1; k < r; k++) rows[k][col] = null;
        }
        start = r;
      }
    }
  }
  const tr = push(['总分', null, null, null, null, null, s.totalWeight, s.totalScore, null]);
  merges.push(`A${ih + 1}:A${tr}`, `A${tr + 1}:F${tr + 1}`);

  const grid: GridData = {
    name: 'Sheet1',
    cells: rows.map((r) => r.map((v) => (v === null ? null : { value: v }))),
    merges: merges.map((m) => {
      const [a, b] = m.split(':');
      const p = (x: string) => ({ row: Number(x.replace(/[A-Z]+/, '')) - 1, col: x.charCodeAt(0) - 65 });
      const pa = p(a);
      const pb = p(b);
      return { top: pa.row, left: pa.col, bottom: pb.row, right: pb.col };
    }),
  };
  return {
    grid,
    at: {
      projectName: toA1(nameRow, 1),
      original: toA1(totalRow, BUDGET_COL.original),
      adjusted: toA1(totalRow, BUDGET_COL.adjusted),
      executed: toA1(totalRow, BUDGET_COL.executed),
      weight: toA1(totalRow, BUDGET_COL.weight),
      rate: toA1(totalRow, BUDGET_COL.rate),
      score: toA1(totalRow, BUDGET_COL.score),
      subRow: (i, col) => toA1(subStart + i, BUDGET_COL[col]),
      goalPlanned: toA1(goalText, 1),
      goalActual: toA1(goalText, 5),
      indicator: (i, col) => toA1(first + i, IND_COL[col]),
      totalWeight: toA1(tr, 6),
      totalScore: toA1(tr, 7),
    },
  };
}

/** Replaces one indicator of the default list. */
export function withIndicator(i: number, patch: Partial<IndicatorSpec>, list: IndicatorSpec[] = DEFAULT_INDICATORS): IndicatorSpec[] {
  return list.map((x, k) => (k === i ? { ...x, ...patch } : x));
}
