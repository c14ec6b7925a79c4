import { toA1 } from '../grid/address';
import { LEVEL2_2020, LEVEL2_2021, level1List, level2List } from './levelLists';
import { SpecBuilder } from './specBuilder';
import { TEMPLATE_KINDS, TEMPLATE_TITLES } from './templateKinds';
import type { TemplateKind, TemplateSpec } from './templateSpec';

/**
 * The blank official forms of forms.md as TemplateSpecs (host-free, pure): what 插入空白模板 lays
 * out on a new sheet. Labels are the official ones; every result cell the checker computes has
 * its number format (执行率 0.00%, 得分 0.00) and the scored 执行率 has a formula.
 */

/** A run of indicator rows under one 一级 / 二级 pair, for a form laid out with its own indicators. */
export interface IndicatorRun {
  level1: string;
  level2: string;
  rows: number;
}

export interface TemplateOptions {
  /** The year in the title (（2024年度）); left blank for the person when absent. */
  year?: number;
  /** Blank indicator rows under each 二级指标 group (1–5). National and department default to 2, hubei to 1. */
  rowsPerGroup?: number;
  /**
   * The national and department forms: lay out these groups instead of the template's own (a form
   * filled with given indicators: the examples, the benchmark, the tests' form builders). Runs of
   * the same 一级 in a row share its merged cell.
   */
  groups?: readonly IndicatorRun[];
}

/**
 * Where the national form (财政部 2020 template) puts what it holds, 0-based: the one description
 * of its layout, used by the template builder below and by everything that fills one in.
 */
export const NATIONAL_CELLS = {
  projectName: { row: 2, col: 1 },
  department: { row: 3, col: 1 },
  implementer: { row: 3, col: 5 },
  budgetHeaderRow: 4,
  /** 年度资金总额, then the three 其中 rows. */
  budgetRows: [5, 6, 7, 8],
  budgetCols: { label: 1, original: 3, adjusted: 4, executed: 5, weight: 6, rate: 7, score: 8 },
  goalPlanned: { row: 10, col: 1 },
  goalActual: { row: 10, col: 5 },
  indicatorHeaderRow: 11,
  firstIndicatorRow: 12,
  indicatorCols: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, deviation: 8 },
  /** In the 总分 row (the row after the last indicator). */
  totalCols: { weight: 6, score: 7 },
} as const;

export const RATE_FORMAT = '0.00%';
export const SCORE_FORMAT = '0.00';

export { TEMPLATE_TITLES } from './templateKinds';

interface Group {
  level1: string;
  level2: readonly string[];
  /** Rows under each second level (else the template's rowsPerGroup). */
  rows?: readonly number[];
}

/** Groups from runs of indicator rows: consecutive runs of one 一级 form one group. */
function groupsOf(runs: readonly IndicatorRun[]): Group[] {
  const out: { level1: string; level2: string[]; rows: number[] }[] = [];
  for (const r of runs) {
    if (r.rows < 1) continue;
    const last = out[out.length - 1];
    if (last && last.level1 === r.level1) {
      last.level2.push(r.level2);
      last.rows.push(r.rows);
    } else out.push({ level1: r.level1, level2: [r.level2], rows: [r.rows] });
  }
  return out;
}

/** 2020 template: 成本指标 under 产出指标. */
const GROUPS_2020: readonly Group[] = Object.entries(LEVEL2_2020).map(([level1, level2]) => ({ level1, level2 }));
/** 2021 central guidance: 成本指标 a first level before 产出指标. */
const GROUPS_2021: readonly Group[] = Object.entries(LEVEL2_2021).map(([level1, level2]) => ({ level1, level2 }));

const LABEL = { align: 'center', bold: true } as const;
const CENTER = { align: 'center' } as const;
const LEFT = { align: 'left' } as const;

function rowsPerGroup(options: TemplateOptions, fallback: number): number {
  const n = options.rowsPerGroup ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new RangeError(`rowsPerGroup must be 1–5, got ${n}`);
  return n;
}

function yearTitle(year: number | undefined): string {
  return year === undefined ? '（      年度）' : `（${year}年度）`;
}

function rateFormula(executedRow: number, executedCol: number, budgetRow: number, budgetCol: number): string {
  return `=IFERROR(${toA1(executedRow, executedCol)}/${toA1(budgetRow, budgetCol)},"")`;
}

/**
 * Lays out indicator rows from `first`: 一级 and 二级 merged down over their rows, the data cells
 * blank. Returns the last row used.
 */
function layIndicators(
  b: SpecBuilder,
  first: number,
  groups: readonly Group[],
  perGroup: number,
  cols: { level1: number; level2: number; name: number; score: number | null },
): number {
  let r = first;
  for (const g of groups) {
    const l1Top = r;
    g.level2.forEach((l2, i) => {
      const n = g.rows?.[i] ?? perGroup;
      b.merge(r, cols.level2, r + n - 1, cols.level2, l2, CENTER);
      for (let k = 0; k < n; k++) {
        b.set(r + k, cols.name, null, LEFT);
        if (cols.score !== null) b.format(r + k, cols.score, SCORE_FORMAT);
      }
      r += n;
    });
    b.merge(l1Top, cols.level1, r - 1, cols.level1, g.level1, CENTER);
  }
  return r - 1;
}

/**
 * 项目支出绩效自评表 (财政部 2020 template, forms.md `national-project`), nine columns A–I:
 *
 *     1  项目支出绩效自评表                                  A1:I1
 *     2  （YYYY年度）                                        A2:I2
 *     3  项目名称 | B3:I3
 *     4  主管部门 | B4:D4 | 实施单位 | F4:I4
 *     5  项目资金（万元） A5:A9 | B5:C5 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
 *     6  年度资金总额 | D | E | F | 10 | =IFERROR(F6/E6,"") | 得分
 *     7–9 其中：当年财政拨款 / 上年结转资金 / 其他资金, "—" under 分值 and 得分
 *    10  年度总体目标 A10:A11 | 预期目标 B10:E10 | 实际完成情况 F10:I10
 *    11  narratives B11:E11, F11:I11
 *    12  绩效指标 (A, merged down over the block) | 一级指标 | 二级指标 | 三级指标 | 年度指标值 |
 *        实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
 *    13… 产出指标 (数量/质量/时效/成本指标), 效益指标 (经济效益/社会效益/生态效益/可持续影响指标),
 *        满意度指标 (服务对象满意度指标), `rowsPerGroup` blank rows each
 *   last 总分 A:F | 100 | 得分 | (blank)
 */
export function nationalProjectTemplate(options: TemplateOptions = {}): TemplateSpec {
  const perGroup = rowsPerGroup(options, 2);
  const b = new SpecBuilder(9);
  b.merge(0, 0, 0, 8, '项目支出绩效自评表', { align: 'center', bold: true });
  b.merge(1, 0, 1, 8, yearTitle(options.year), CENTER);
  const N = NATIONAL_CELLS;
  const bc = N.budgetCols;
  b.set(N.projectName.row, 0, '项目名称', LABEL).merge(N.projectName.row, N.projectName.col, N.projectName.row, 8, null, LEFT);
  b.set(N.department.row, 0, '主管部门', LABEL).merge(N.department.row, N.department.col, N.department.row, 3, null, LEFT);
  b.set(N.implementer.row, 4, '实施单位', LABEL).merge(N.implementer.row, N.implementer.col, N.implementer.row, 8, null, LEFT);

  // Budget block, rows 5–9 (0-based 4–8).
  const bh = N.budgetHeaderRow;
  b.merge(bh, 0, N.budgetRows[3], 0, '项目资金（万元）', LABEL).merge(bh, 1, bh, 2);
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, k) => b.set(bh, bc.original + k, h, LABEL));
  ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'].forEach((label, k) => {
    const r = N.budgetRows[k];
    b.merge(r, bc.label, r, bc.label + 1, label, CENTER);
    if (k === 0) {
      b.set(r, bc.weight, 10, CENTER);
      b.set(r, bc.rate, null, { formula: rateFormula(r, bc.executed, r, bc.adjusted), numberFormat: RATE_FORMAT, align: 'center' });
      b.set(r, bc.score, null, { numberFormat: SCORE_FORMAT, align: 'center' });
    } else {
      b.set(r, bc.weight, '—', CENTER);
      b.set(r, bc.rate, null, { numberFormat: RATE_FORMAT, align: 'center' });
      b.set(r, bc.score, '—', CENTER);
    }
  });

  // Goals in rows 10–11, the indicator block from row 12.
  const total = layGoalsAndIndicators(b, N.goalPlanned.row - 1, 'national-project', perGroup, options.groups, {
    planned: '预期目标',
    actual: '实际完成情况',
    target: '年度指标值',
    actualValue: '实际完成值',
  });
  return b.build({
    kind: 'national-project',
    sheetName: '项目支出绩效自评表',
    rowCount: total + 1,
    columnWidths: [12, 12, 14, 30, 14, 14, 8, 9, 30],
    bordered: { top: 2, left: 0, bottom: total, right: 8 },
  });
}

/**
 * 项目绩效自评表, the worked example's layout (forms.md `hubei-project`), seven columns A–G:
 *
 *     1  YYYY年度项目绩效自评表                                   A1:G1
 *     2  单位名称(盖章)： A2:D2 | 填报日期： E2:G2
 *     3  项目概况                                                A3:G3
 *     4  项目名称 | B4:G4
 *     5  项目总预算（万元） | B5:G5
 *     6–8 项目类别 / 项目属性 / 项目类型 | checkbox text (□)
 *     9  项目基本情况 | B9:G9
 *    10  年度绩效目标及完成情况                                   A10:G10
 *    11  一级指标 | 二级指标 | 三级指标 | 单位 | 年初目标值 | 实际完成值 | 取值依据
 *    12… 成本指标 (经济/社会/生态环境成本指标), 产出指标 (数量/质量/时效指标), 效益指标 (经济效益/
 *        社会效益/生态效益/可持续影响指标), 满意度指标 (服务对象满意度指标), `rowsPerGroup` rows each
 *     n  年度预算执行情况（万元） (A, two rows) | 预算数(A) B:C | 执行数(b) D:E | 执行率(b/A) F:G
 *   n+1  amounts B:C, D:E | =IFERROR(D/B,"") F:G
 *   n+2  问题和不足 (A, two rows) | 原因分析 | C:G
 *   n+3  绩效改进措施 | C:G
 *
 * No 分值/得分 columns: the checker scores for the pane but writes only 执行率.
 */
export function hubeiProjectTemplate(options: TemplateOptions = {}): TemplateSpec {
  const perGroup = rowsPerGroup(options, 1);
  const b = new SpecBuilder(7);
  b.merge(0, 0, 0, 6, `${options.year ?? '      '}年度项目绩效自评表`, { align: 'center', bold: true });
  b.merge(1, 0, 1, 3, '单位名称(盖章)：', LEFT).merge(1, 4, 1, 6, '填报日期：', LEFT);
  b.merge(2, 0, 2, 6, '项目概况', LABEL);
  b.set(3, 0, '项目名称', LABEL).merge(3, 1, 3, 6, null, LEFT);
  b.set(4, 0, '项目总预算（万元）', LABEL).merge(4, 1, 4, 6, null, LEFT);
  b.set(5, 0, '项目类别', LABEL).merge(5, 1, 5, 6, '1.部门预算项目□  2.中央及省专项转移支付项目□', LEFT);
  b.set(6, 0, '项目属性', LABEL).merge(6, 1, 6, 6, '1.持续性项目□  2.新增性项目□', LEFT);
  b.set(7, 0, '项目类型', LABEL).merge(7, 1, 7, 6, '1.常年性项目□  2.延续性项目□  3.一次性项目□', LEFT);
  b.set(8, 0, '项目基本情况', LABEL).merge(8, 1, 8, 6, null, LEFT);
  b.merge(9, 0, 9, 6, '年度绩效目标及完成情况', LABEL);

  const header = 10;
  ['一级指标', '二级指标', '三级指标', '单位', '年初目标值', '实际完成值', '取值依据'].forEach((h, k) => b.set(header, k, h, LABEL));
  const first = header + 1;
  const last = layIndicators(b, first, GROUPS_2021, perGroup, { level1: 0, level2: 1, name: 2, score: null });

  // Budget block after the indicators.
  const bh = last + 1;
  b.merge(bh, 0, bh + 1, 0, '年度预算执行情况（万元）', LABEL);
  b.merge(bh, 1, bh, 2, '预算数(A)', LABEL).merge(bh, 3, bh, 4, '执行数(b)', LABEL).merge(bh, 5, bh, 6, '执行率(b/A)', LABEL);
  b.merge(bh + 1, 1, bh + 1, 2, null, CENTER).merge(bh + 1, 3, bh + 1, 4, null, CENTER);
  b.merge(bh + 1, 5, bh + 1, 6, null, { formula: rateFormula(bh + 1, 3, bh + 1, 1), numberFormat: RATE_FORMAT, align: 'center' });

  // Footers.
  const ft = bh + 2;
  b.merge(ft, 0, ft + 1, 0, '问题和不足', LABEL);
  b.set(ft, 1, '原因分析', LABEL).merge(ft, 2, ft, 6, null, LEFT);
  b.set(ft + 1, 1, '绩效改进措施', LABEL).merge(ft + 1, 2, ft + 1, 6, null, LEFT);

  b.list({ top: first, left: 0, bottom: last, right: 0 }, level1List('hubei-project'));
  b.list({ top: first, left: 1, bottom: last, right: 1 }, level2List('hubei-project'));
  return b.build({
    kind: 'hubei-project',
    sheetName: '项目绩效自评表',
    rowCount: ft + 2,
    columnWidths: [14, 14, 28, 8, 12, 12, 16],
    bordered: { top: 2, left: 0, bottom: ft + 1, right: 6 },
  });
}

/**
 * 部门整体支出绩效自评表 (forms.md `department`), nine columns A–I:
 *
 *     1  部门整体支出绩效自评表                                A1:I1
 *     2  （YYYY年度）                                          A2:I2
 *     3  部门（单位）名称 | B3:I3
 *     4  部门（单位）总体资金（万元） A4:A8 | 资金来源 B4:C4 | 年初预算数（A） | 全年执行数（B） |
 *        分值（10分） | 执行率（B/A） | 得分 H4:I4
 *     5  年度资金总额： | D | E | 10 | =IFERROR(E5/D5,"") | 得分
 *     6–8 基本支出 / 项目支出 / 其他, "—" under 分值 and 得分
 *     9  年度总体目标 A9:A10 | 年初设定目标 B9:E9 | 年度总体目标完成情况 F9:I9
 *    10  narratives
 *    11  绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值（A） | 全年实际值（B） | 分值 | 得分 |
 *        偏差原因分析及改进措施
 *    12… the national groups, `rowsPerGroup` rows each
 *   last 总分 A:F | 100 | 得分
 *
 * There is no 全年预算数 column, so the rate is measured against 年初预算数 (forms.md). The 一级
 * drop-down also offers the department framework (投入 / 过程 / 产出 / 效果).
 */
export function departmentTemplate(options: TemplateOptions = {}): TemplateSpec {
  const perGroup = rowsPerGroup(options, 2);
  const b = new SpecBuilder(9);
  b.merge(0, 0, 0, 8, '部门整体支出绩效自评表', { align: 'center', bold: true });
  b.merge(1, 0, 1, 8, yearTitle(options.year), CENTER);
  b.set(2, 0, '部门（单位）名称', LABEL).merge(2, 1, 2, 8, null, LEFT);

  // Budget block, rows 4–8 (0-based 3–7).
  b.merge(3, 0, 7, 0, '部门（单位）总体资金（万元）', LABEL).merge(3, 1, 3, 2, '资金来源', LABEL);
  b.set(3, 3, '年初预算数（A）', LABEL).set(3, 4, '全年执行数（B）', LABEL).set(3, 5, '分值（10分）', LABEL).set(3, 6, '执行率（B/A）', LABEL);
  b.merge(3, 7, 3, 8, '得分', LABEL);
  ['年度资金总额：', '基本支出', '项目支出', '其他'].forEach((label, k) => {
    const r = 4 + k;
    b.merge(r, 1, r, 2, label, CENTER);
    if (k === 0) {
      b.set(r, 5, 10, CENTER);
      b.set(r, 6, null, { formula: rateFormula(r, 4, r, 3), numberFormat: RATE_FORMAT, align: 'center' });
      b.merge(r, 7, r, 8, null, { numberFormat: SCORE_FORMAT, align: 'center' });
    } else {
      b.set(r, 5, '—', CENTER);
      b.set(r, 6, null, { numberFormat: RATE_FORMAT, align: 'center' });
      b.merge(r, 7, r, 8, '—', CENTER);
    }
  });

  // Goals in rows 9–10, the indicator block from row 11.
  const total = layGoalsAndIndicators(b, 8, 'department', perGroup, options.groups, {
    planned: '年初设定目标',
    actual: '年度总体目标完成情况',
    target: '年度指标值（A）',
    actualValue: '全年实际值（B）',
  });
  return b.build({
    kind: 'department',
    sheetName: '部门整体支出绩效自评表',
    rowCount: total + 1,
    columnWidths: [12, 12, 14, 30, 14, 14, 10, 9, 30],
    bordered: { top: 2, left: 0, bottom: total, right: 8 },
  });
}

/**
 * The part the national and department forms share: 年度总体目标 (two label rows, its narratives
 * below) from `goalRow`, then the nine-column indicator block under 绩效指标 and the 总分 row.
 * Returns the 总分 row.
 */
function layGoalsAndIndicators(
  b: SpecBuilder,
  goalRow: number,
  kind: 'national-project' | 'department',
  perGroup: number,
  runs: readonly IndicatorRun[] | undefined,
  labels: { planned: string; actual: string; target: string; actualValue: string },
): number {
  b.merge(goalRow, 0, goalRow + 1, 0, '年度总体目标', LABEL).merge(goalRow, 1, goalRow, 4, labels.planned, LABEL).merge(goalRow, 5, goalRow, 8, labels.actual, LABEL);
  b.merge(goalRow + 1, 1, goalRow + 1, 4, null, LEFT).merge(goalRow + 1, 5, goalRow + 1, 8, null, LEFT);

  const header = goalRow + 2;
  ['一级指标', '二级指标', '三级指标', labels.target, labels.actualValue, '分值', '得分', '偏差原因分析及改进措施'].forEach((h, k) =>
    b.set(header, 1 + k, h, LABEL),
  );
  const first = header + 1;
  const last = layIndicators(b, first, runs ? groupsOf(runs) : GROUPS_2020, perGroup, { level1: 1, level2: 2, name: 3, score: 7 });
  b.merge(header, 0, last, 0, '绩效指标', LABEL);
  const total = last + 1;
  b.merge(total, 0, total, 5, '总分', LABEL).set(total, 6, 100, CENTER).set(total, 7, null, { numberFormat: SCORE_FORMAT, align: 'center' });

  b.list({ top: first, left: 1, bottom: last, right: 1 }, level1List(kind));
  b.list({ top: first, left: 2, bottom: last, right: 2 }, level2List(kind));
  return total;
}

const BUILDERS: Record<TemplateKind, (options?: TemplateOptions) => TemplateSpec> = {
  'national-project': nationalProjectTemplate,
  'hubei-project': hubeiProjectTemplate,
  department: departmentTemplate,
};

/** The blank template of a kind. */
export function templateFor(kind: TemplateKind, options: TemplateOptions = {}): TemplateSpec {
  const build = BUILDERS[kind];
  if (!build) throw new RangeError(`no template for ${String(kind)}`);
  return build(options);
}

/** Every template, in TEMPLATE_KINDS order (for the pane's menu). */
export function allTemplates(options: TemplateOptions = {}): { kind: TemplateKind; title: (typeof TEMPLATE_TITLES)[TemplateKind]; spec: TemplateSpec }[] {
  return TEMPLATE_KINDS.map((kind) => ({ kind, title: TEMPLATE_TITLES[kind], spec: templateFor(kind, options) }));
}

export function isTemplateKind(value: unknown): value is TemplateKind {
  return typeof value === 'string' && (TEMPLATE_KINDS as readonly string[]).includes(value);
}
