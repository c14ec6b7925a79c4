import { CellValue, GridData, gridFromValues, toA1 } from '../../src/core';
import { mergeLevels } from './sichuanForm';

/**
 * A department form (forms.md, 部门整体支出绩效自评表): nine columns (A–I). Header
 * 部门（单位）名称; budget block 部门（单位）总体资金（万元）: 资金来源 | 年初预算数(A) | 全年预算数
 * (optional) | 全年执行数(B) | 分值(10分) | 得分, rows 年度资金总额:, 基本支出, 项目支出, 其他; then
 * 年度总体目标 (年初设定目标 | 年度总体目标完成情况) and an indicator block
 * 一级指标 | 二级指标 | 三级指标 | 年度指标值(A) | 全年实际值(B) | 分值 | 得分 | 偏差原因, with the common
 * department framework (投入 / 过程 / 产出 / 效果) as first levels.
 *
 * The default form is clean: no error and no warning.
 */

export interface DepartmentIndicator {
  level1: string;
  level2: string;
  name: string;
  target: CellValue;
  actual: CellValue;
  weight: CellValue;
  score: CellValue;
  deviation?: CellValue;
}

export interface DepartmentFormSpec {
  department: CellValue;
  /** Whether the budget block has a 全年预算数 column (else the rate is measured against 年初预算数). */
  adjustedColumn: boolean;
  /** 年初预算数, 全年预算数 (ignored without the column), 全年执行数, 分值, 得分 of 年度资金总额. */
  budget: [CellValue, CellValue, CellValue, CellValue, CellValue];
  /** 基本支出, 项目支出, 其他: label, 年初预算数, 全年预算数, 全年执行数. */
  subRows: [string, CellValue, CellValue, CellValue][];
  goalPlanned: CellValue;
  goalActual: CellValue;
  indicators: DepartmentIndicator[];
  totalWeight: CellValue;
  totalScore: CellValue;
}

export const DEPARTMENT_INDICATORS: DepartmentIndicator[] = [
  { level1: '投入', level2: '预算编制', name: '预算编制准确率', target: '≥90%', actual: '95%', weight: 10, score: 10 },
  { level1: '过程', level2: '预算执行', name: '资金支付及时率', target: '≥95%', actual: '98%', weight: 20, score: 20 },
  { level1: '产出', level2: '重点工作', name: '重点工作完成率', target: '≥95%', actual: '100%', weight: 30, score: 30 },
  { level1: '效果', level2: '满意度', name: '服务对象满意度', target: '≥90%', actual: '93%', weight: 30, score: 30 },
];

export const DEPARTMENT_SPEC: DepartmentFormSpec = {
  department: '某县财政局',
  adjustedColumn: true,
  budget: [500, 500, 480, 10, 9.6],
  subRows: [
    ['基本支出', 300, 300, 290],
    ['项目支出', 200, 200, 190],
    ['其他', null, null, null],
  ],
  goalPlanned: '保障机关正常运转，完成年度重点工作任务。',
  goalActual: '机关运转正常，年度重点工作全部完成。',
  indicators: DEPARTMENT_INDICATORS,
  totalWeight: 100,
  totalScore: 99.6,
};

export interface DepartmentForm {
  grid: GridData;
  at: {
    department: string;
    original: string;
    adjusted: string | null;
    executed: string;
    weight: string;
    score: string;
    subRow: (i: number, col: 'original' | 'adjusted' | 'executed' | 'weight' | 'score') => string;
    goalPlanned: string;
    goalActual: string;
    indicator: (i: number, col: keyof typeof IND_COL) => string;
    totalWeight: string;
    totalScore: string;
  };
}

const COLS = 9;
const IND_COL = { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, deviation: 8 } as const;

export function departmentForm(overrides: Partial<DepartmentFormSpec> = {}): DepartmentForm {
  const s: DepartmentFormSpec = { ...DEPARTMENT_SPEC, ...overrides };
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const push = (r: CellValue[]) => rows.push(r) - 1;
  const line = (cells: Record<number, CellValue>): CellValue[] => {
    const r: CellValue[] = Array(COLS).fill(null);
    for (const [c, v] of Object.entries(cells)) r[Number(c)] = v;
    return r;
  };
  const m = (r1: number, c1: number, r2: number, c2: number) => merges.push(`${toA1(r1, c1)}:${toA1(r2, c2)}`);

  // Budget columns: 资金来源 B, 年初预算数(A) C, [全年预算数 D], 全年执行数(B), 分值(10分), 得分.
  const bc = s.adjustedColumn
    ? { original: 2, adjusted: 3 as number | null, executed: 4, weight: 5, score: 6 }
    : { original: 2, adjusted: null as number | null, executed: 3, weight: 4, score: 5 };

  const title = push(line({ 0: '部门整体支出绩效自评表' }));
  m(title, 0, title, 8);
  const deptRow = push(line({ 0: '部门（单位）名称', 1: s.department }));
  m(deptRow, 1, deptRow, 8);
  const header: Record<number, CellValue> = { 0: '部门（单位）总体资金（万元）', 1: '资金来源', [bc.original]: '年初预算数(A)', [bc.executed]: '全年执行数(B)', [bc.weight]: '分值(10分)', [bc.score]: '得分' };
  if (bc.adjusted !== null) header[bc.adjusted] = '全年预算数';
  const bh = push(line(header));
  const [o, a, e, w, sc] = s.budget;
  const totalCells: Record<number, CellValue> = { 1: '年度资金总额:', [bc.original]: o, [bc.executed]: e, [bc.weight]: w, [bc.score]: sc };
  if (bc.adjusted !== null) totalCells[bc.adjusted] = a;
  const totalRow = push(line(totalCells));
  const subStart = rows.length;
  for (const [label, so, sa, se] of s.subRows) {
    const cells: Record<number, CellValue> = { 1: label, [bc.original]: so, [bc.executed]: se, [bc.weight]: '—', [bc.score]: '—' };
    if (bc.adjusted !== null) cells[bc.adjusted] = sa;
    push(line(cells));
  }
  m(bh, 0, rows.length - 1, 0);

  const goalRow = push(line({ 0: '年度总体目标', 1: '年初设定目标', 5: '年度总体目标完成情况' }));
  const goalText = push(line({ 1: s.goalPlanned, 5: s.goalActual }));
  m(goalRow, 0, goalText, 0);
  m(goalRow, 1, goalRow, 4);
  m(goalRow, 5, goalRow, 8);
  m(goalText, 1, goalText, 4);
  m(goalText, 5, goalText, 8);

  const ih = push(line({ 0: '绩效指标', 1: '一级指标', 2: '二级指标', 3: '三级指标', 4: '年度指标值(A)', 5: '全年实际值(B)', 6: '分值', 7: '得分', 8: '偏差原因' }));
  const first = rows.length;
  for (const ind of s.indicators) {
    push(line({ 1: ind.level1, 2: ind.level2, 3: ind.name, 4: ind.target, 5: ind.actual, 6: ind.weight, 7: ind.score, 8: ind.deviation ?? null }));
  }
  mergeLevels(rows, merges, first, rows.length - 1);
  const tr = push(line({ 0: '总分', 6: s.totalWeight, 7: s.totalScore }));
  m(ih, 0, tr - 1, 0);
  m(tr, 0, tr, 5);

  return {
    grid: gridFromValues('部门整体', rows, merges),
    at: {
      department: toA1(deptRow, 1),
      original: toA1(totalRow, bc.original),
      adjusted: bc.adjusted === null ? null : toA1(totalRow, bc.adjusted),
      executed: toA1(totalRow, bc.executed),
      weight: toA1(totalRow, bc.weight),
      score: toA1(totalRow, bc.score),
      subRow: (i, col) => {
        const c = bc[col];
        if (c === null) throw new Error('no such column');
        return toA1(subStart + i, c);
      },
      goalPlanned: toA1(goalText, 1),
      goalActual: toA1(goalText, 5),
      indicator: (i, col) => toA1(first + i, IND_COL[col]),
      totalWeight: toA1(tr, 6),
      totalScore: toA1(tr, 7),
    },
  };
}

export function withDepartmentIndicator(i: number, patch: Partial<DepartmentIndicator>, list: DepartmentIndicator[] = DEPARTMENT_INDICATORS): DepartmentIndicator[] {
  return list.map((x, k) => (k === i ? { ...x, ...patch } : x));
}
