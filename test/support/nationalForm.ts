import { CellValue, GridData, toA1 } from '../../src/core';
import { CellFill, fillSpec, gridFromTemplate, IndicatorRun, NATIONAL_CELLS, nationalProjectTemplate } from '../../src/core/template';

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
    subRow: (i: number, col: 'original' | 'adjusted' | 'executed' | 'weight' | 'rate' | 'score') => string;
    goalPlanned: string;
    goalActual: string;
    indicator: (i: number, col: 'level1' | 'level2' | 'name' | 'target' | 'actual' | 'weight' | 'score' | 'deviation') => string;
    totalWeight: string;
    totalScore: string;
  };
}

const IND_COL = NATIONAL_CELLS.indicatorCols;
const BUDGET_COL = NATIONAL_CELLS.budgetCols;

/** Runs of consecutive indicators under the same 一级 / 二级. */
function runsOf(indicators: IndicatorSpec[]): IndicatorRun[] {
  const runs: IndicatorRun[] = [];
  for (const ind of indicators) {
    const last = runs[runs.length - 1];
    if (last && last.level1 === String(ind.level1) && last.level2 === String(ind.level2)) last.rows++;
    else runs.push({ level1: String(ind.level1), level2: String(ind.level2), rows: 1 });
  }
  return runs;
}

const asFill = (v: CellValue): string | number | null => (typeof v === 'boolean' ? String(v) : v);

/**
 * Fills the national template (src/core/template: the form is laid out there, once) the way the
 * 2020 Word template pastes into Excel: nine columns A–I, the budget block with its three 其中 rows,
 * the goals, the indicators with 一级/二级 merged down over their rows, and 总分.
 */
export function nationalForm(overrides: Partial<NationalFormSpec> = {}): NationalForm {
  const s: NationalFormSpec = { ...DEFAULT_SPEC, ...overrides };
  if (s.subRows.length > 3) throw new Error('the national form has three 其中 rows');
  const spec = nationalProjectTemplate({ year: 2024, groups: runsOf(s.indicators) });
  const N = NATIONAL_CELLS;
  const fills: CellFill[] = [
    { ...N.projectName, value: asFill(s.projectName) },
    { ...N.department, value: asFill(s.department) },
    { ...N.implementer, value: asFill(s.implementer) },
    { ...N.goalPlanned, row: N.goalPlanned.row, value: asFill(s.goalPlanned) },
    { ...N.goalActual, value: asFill(s.goalActual) },
  ];
  const totalRow = N.budgetRows[0];
  const [o, a, e, w, rate, score] = s.budget;
  const budgetCols = [BUDGET_COL.original, BUDGET_COL.adjusted, BUDGET_COL.executed, BUDGET_COL.weight, BUDGET_COL.rate, BUDGET_COL.score];
  [o, a, e, w, rate, score].forEach((v, k) => fills.push({ row: totalRow, col: budgetCols[k], value: asFill(v) }));
  s.subRows.forEach(([label, so, sa, se], k) => {
    const r = N.budgetRows[k + 1];
    fills.push({ row: r, col: BUDGET_COL.label, value: label }, { row: r, col: BUDGET_COL.original, value: asFill(so) });
    fills.push({ row: r, col: BUDGET_COL.adjusted, value: asFill(sa) }, { row: r, col: BUDGET_COL.executed, value: asFill(se) });
  });
  const first = N.firstIndicatorRow;
  s.indicators.forEach((ind, i) => {
    const r = first + i;
    for (const key of ['name', 'target', 'actual', 'weight', 'score', 'deviation'] as const) {
      fills.push({ row: r, col: IND_COL[key], value: asFill(ind[key] ?? null) });
    }
  });
  const tr = first + s.indicators.length;
  fills.push({ row: tr, col: N.totalCols.weight, value: asFill(s.totalWeight) }, { row: tr, col: N.totalCols.score, value: asFill(s.totalScore) });
  const grid = withoutEmptyFormulas(gridFromTemplate(fillSpec(spec, fills), 'Sheet1'), s);
  return {
    grid,
    at: {
      projectName: toA1(N.projectName.row, N.projectName.col),
      original: toA1(totalRow, BUDGET_COL.original),
      adjusted: toA1(totalRow, BUDGET_COL.adjusted),
      executed: toA1(totalRow, BUDGET_COL.executed),
      weight: toA1(totalRow, BUDGET_COL.weight),
      rate: toA1(totalRow, BUDGET_COL.rate),
      score: toA1(totalRow, BUDGET_COL.score),
      subRow: (i, col) => toA1(N.budgetRows[i + 1], BUDGET_COL[col]),
      goalPlanned: toA1(N.goalPlanned.row, N.goalPlanned.col),
      goalActual: toA1(N.goalActual.row, N.goalActual.col),
      indicator: (i, col) => toA1(first + i, IND_COL[col]),
      totalWeight: toA1(tr, N.totalCols.weight),
      totalScore: toA1(tr, N.totalCols.score),
    },
  };
}

/**
 * A form as typed into Excel, not as the template would leave it: the template's 执行率 formula
 * (no cached value before Excel calculates) is cleared when the spec leaves the rate empty, and the
 * preset 分值 10 and 总分 100 only stay where the spec states them.
 */
function withoutEmptyFormulas(grid: GridData, s: NationalFormSpec): GridData {
  const N = NATIONAL_CELLS;
  const cells = grid.cells.map((r) => r.map((c) => (c ? { ...c } : c)));
  const clear = (row: number, col: number, keepFormat = true) => {
    const c = cells[row]?.[col];
    if (!c) return;
    cells[row][col] = keepFormat && c.format ? { value: null, format: c.format } : null;
  };
  const totalRow = N.budgetRows[0];
  if (s.budget[4] === null) clear(totalRow, N.budgetCols.rate);
  if (s.budget[3] === null) clear(totalRow, N.budgetCols.weight, false);
  const tr = N.firstIndicatorRow + s.indicators.length;
  if (s.totalWeight === null) clear(tr, N.totalCols.weight, false);
  return { ...grid, cells };
}

/** Replaces one indicator of the default list. */
export function withIndicator(i: number, patch: Partial<IndicatorSpec>, list: IndicatorSpec[] = DEFAULT_INDICATORS): IndicatorSpec[] {
  return list.map((x, k) => (k === i ? { ...x, ...patch } : x));
}
