/**
 * Generates a national project self-evaluation form (财政部 2020 template, forms.md
 * `national-project`) as an exceljs worksheet. Used by scripts/buildExamples.ts (the bundled
 * example, with planted mistakes) and by the benchmark (10 / 1 000 / 10 000 indicator rows).
 *
 * The layout is the template's (src/core/template: nationalProjectTemplate, NATIONAL_CELLS), filled
 * with the spec's values; this file adds only the look of a real file (widths, heights, borders).
 * Nine columns A–I:
 *   1  项目支出绩效自评表                               (A1:I1)
 *   2  （2024年度）                                     (A2:I2)
 *   3  项目名称 | name                                  (B3:I3)
 *   4  主管部门 | dept (B4:D4) | 实施单位 | unit (F4:I4)
 *   5  项目资金（万元）(A5:A9) | (B5:C5) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
 *   6  年度资金总额 (B:C) | D | E | F | 分值 G6 | 执行率 H6 | 得分 I6
 *   7–9 其中：当年财政拨款 / 上年结转资金 / 其他资金, "—" under 分值 and 得分
 *  10  年度总体目标 (A10:A11) | 预期目标 (B10:E10) | 实际完成情况 (F10:I10)
 *  11  narratives (B11:E11, F11:I11)
 *  12  绩效指标 (A12 merged down over the indicators) | 一级指标 | 二级指标 | 三级指标 | 年度指标值 |
 *      实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
 *  13… one row per indicator; 一级 (B) and 二级 (C) merged down over their rows
 *  last 总分 (A:F) | 100 | total | —
 */
import ExcelJS from 'exceljs';
import { toA1 } from '../../src/core/grid/address';
import { CellFill, fillSpec, IndicatorRun, NATIONAL_CELLS, nationalProjectTemplate, TemplateSpec } from '../../src/core/template';

export type CellInput = string | number | null;

export interface NationalIndicator {
  level1: string;
  level2: string;
  name: string;
  target: CellInput;
  actual: CellInput;
  /** Number format for a numeric actual (e.g. `0.0%`). */
  actualFormat?: string;
  weight: CellInput;
  score: CellInput;
  deviation?: CellInput;
}

export interface BudgetRow {
  label: string;
  original: CellInput;
  adjusted: CellInput;
  executed: CellInput;
}

export interface NationalFormSpec {
  sheetName: string;
  year: number;
  project: string;
  department: string;
  unit: string;
  /** The first row is 年度资金总额 (the scored one), then the 其中 rows. */
  budgetRows: BudgetRow[];
  executionWeight: CellInput;
  /** Stated 执行率 (a fraction, shown as a percent) and 得分. */
  statedRate: CellInput;
  statedExecutionScore: CellInput;
  goals: { planned: string; achieved: string };
  indicators: NationalIndicator[];
  totalWeight: CellInput;
  statedTotal: CellInput;
  /** Borders, wrap text and widths (off for very large benchmark forms, to save time). */
  styled?: boolean;
}

/** Where things landed (1-based rows, A1 addresses), for tests and the README. */
export interface NationalFormLayout {
  range: string;
  rateCell: string;
  executionScoreCell: string;
  headerRow: number;
  firstIndicatorRow: number;
  lastIndicatorRow: number;
  totalRow: number;
  totalScoreCell: string;
  /** The sheet row of each indicator, in spec order. */
  indicatorRows: number[];
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Runs of consecutive indicators under the same 一级 / 二级. */
function runsOf(indicators: NationalIndicator[]): IndicatorRun[] {
  const runs: IndicatorRun[] = [];
  for (const ind of indicators) {
    const last = runs[runs.length - 1];
    if (last && last.level1 === ind.level1 && last.level2 === ind.level2) last.rows++;
    else runs.push({ level1: ind.level1, level2: ind.level2, rows: 1 });
  }
  return runs;
}

/** The national template (src/core/template) filled with the spec's values. */
export function nationalFormTemplate(spec: NationalFormSpec): TemplateSpec {
  const N = NATIONAL_CELLS;
  const bc = N.budgetCols;
  const ic = N.indicatorCols;
  const fills: CellFill[] = [
    { ...N.projectName, value: spec.project },
    { ...N.department, value: spec.department },
    { ...N.implementer, value: spec.unit },
    { ...N.goalPlanned, value: spec.goals.planned },
    { ...N.goalActual, value: spec.goals.achieved },
  ];
  spec.budgetRows.slice(0, 4).forEach((b, k) => {
    const r = N.budgetRows[k];
    fills.push({ row: r, col: bc.label, value: b.label }, { row: r, col: bc.original, value: b.original });
    fills.push({ row: r, col: bc.adjusted, value: b.adjusted }, { row: r, col: bc.executed, value: b.executed });
  });
  const total = N.budgetRows[0];
  fills.push({ row: total, col: bc.weight, value: spec.executionWeight });
  fills.push({ row: total, col: bc.rate, value: spec.statedRate, numberFormat: '0.00%' });
  fills.push({ row: total, col: bc.score, value: spec.statedExecutionScore });
  spec.indicators.forEach((ind, k) => {
    const r = N.firstIndicatorRow + k;
    fills.push({ row: r, col: ic.name, value: ind.name }, { row: r, col: ic.target, value: ind.target });
    fills.push({ row: r, col: ic.actual, value: ind.actual, numberFormat: ind.actualFormat }, { row: r, col: ic.weight, value: ind.weight });
    fills.push({ row: r, col: ic.score, value: ind.score }, { row: r, col: ic.deviation, value: ind.deviation ?? null });
  });
  const tr = N.firstIndicatorRow + spec.indicators.length;
  fills.push({ row: tr, col: N.totalCols.weight, value: spec.totalWeight }, { row: tr, col: N.totalCols.score, value: spec.statedTotal });
  const filled = fillSpec(nationalProjectTemplate({ year: spec.year, groups: runsOf(spec.indicators) }), fills);
  // A written file carries values only: an uncalculated formula would read as unknown.
  return { ...filled, cells: filled.cells.map((c) => (c.formula ? { ...c, formula: undefined } : c)) };
}

/** Lays a template spec out on a new worksheet: values, number formats, merges, widths. */
function addSpecSheet(wb: ExcelJS.Workbook, name: string, t: TemplateSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  for (const c of t.cells) {
    if (c.value === null) continue;
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = c.value;
    if (c.numberFormat && typeof c.value === 'number') cell.numFmt = c.numberFormat;
  }
  for (const m of t.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return ws;
}

export function addNationalFormSheet(wb: ExcelJS.Workbook, spec: NationalFormSpec): NationalFormLayout {
  const styled = spec.styled ?? true;
  const t = nationalFormTemplate(spec);
  const ws = addSpecSheet(wb, spec.sheetName, t);
  const N = NATIONAL_CELLS;
  const headerRow = N.indicatorHeaderRow + 1;
  const first = N.firstIndicatorRow + 1;
  const n = spec.indicators.length;
  const last = first + n - 1;
  const totalRow = last + 1;
  const widths = t.columnWidths;

  if (styled) {
    ws.columns = widths.map((width) => ({ width }));
    ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    ws.getCell('A1').font = { bold: true, size: 16 };
    ws.getRow(1).height = 28;
    ws.getRow(headerRow).height = 30;
    // Wrapped text does not grow its row when the file is opened: size the long ones here.
    const span = (from: number, to: number): number => widths.slice(from, to + 1).reduce((a, b) => a + b, 0);
    const lines = (text: CellInput, width: number): number =>
      text === null ? 1 : Math.max(1, Math.ceil(textWidth(String(text)) / Math.max(1, width - 2)));
    ws.getRow(N.goalPlanned.row + 1).height = 15 * Math.max(lines(spec.goals.planned, span(1, 4)), lines(spec.goals.achieved, span(5, 8)));
    spec.indicators.forEach((ind, k) => {
      const need = Math.max(lines(ind.name, span(3, 3)), lines(ind.deviation ?? null, span(8, 8)), lines(ind.target, span(4, 4)), lines(ind.actual, span(5, 5)));
      if (need > 1) ws.getRow(first + k).height = 15 * need;
    });
    for (let r = 1; r <= totalRow; r++) {
      for (let c = 1; c <= 9; c++) {
        const cell = ws.getCell(r, c);
        cell.alignment = { wrapText: true, vertical: 'middle', horizontal: r <= 2 || c <= 3 || r === headerRow ? 'center' : undefined };
        if (r >= 3) cell.border = THIN;
      }
    }
  }
  const a1 = (row: number, col: number) => toA1(row, col);
  return {
    range: `A1:I${totalRow}`,
    rateCell: a1(N.budgetRows[0], N.budgetCols.rate),
    executionScoreCell: a1(N.budgetRows[0], N.budgetCols.score),
    headerRow,
    firstIndicatorRow: first,
    lastIndicatorRow: last,
    totalRow,
    totalScoreCell: a1(totalRow - 1, N.totalCols.score),
    indicatorRows: spec.indicators.map((_, k) => first + k),
  };
}

/** Display columns of a text (CJK counts two), for widths and heights. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
  return w;
}

export async function writeNationalForm(path: string, spec: NationalFormSpec): Promise<NationalFormLayout> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '绩效自评助手';
  wb.created = new Date(Date.UTC(2025, 3, 19));
  wb.modified = new Date(Date.UTC(2025, 3, 19));
  const layout = addNationalFormSheet(wb, spec);
  await wb.xlsx.writeFile(path);
  return layout;
}

// ----------------------------------------------------------------------------------------------
// Synthetic forms of any size (benchmark)

/** Deterministic pseudo-random numbers in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

const GROUPS: { level1: string; level2: string; share: number; weight: number }[] = [
  { level1: '产出指标', level2: '数量指标', share: 0.2, weight: 20 },
  { level1: '产出指标', level2: '质量指标', share: 0.15, weight: 15 },
  { level1: '产出指标', level2: '时效指标', share: 0.1, weight: 10 },
  { level1: '产出指标', level2: '成本指标', share: 0.05, weight: 5 },
  { level1: '效益指标', level2: '社会效益指标', share: 0.2, weight: 20 },
  { level1: '效益指标', level2: '可持续影响指标', share: 0.15, weight: 10 },
  { level1: '满意度指标', level2: '服务对象满意度指标', share: 0.15, weight: 10 },
];

/** Splits `n` rows over the groups by share, every group getting at least one row when n ≥ 7. */
function groupCounts(n: number): number[] {
  const counts = GROUPS.map((g) => (n >= GROUPS.length ? Math.max(1, Math.floor(n * g.share)) : 0));
  if (n < GROUPS.length) {
    for (let k = 0; k < n; k++) counts[k] = 1;
    return counts;
  }
  let rest = n - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; rest > 0; k = (k + 1) % counts.length, rest--) counts[k]++;
  return counts;
}

/** Ten-thousandths, to add scores without binary-float drift. */
const bp = (x: number): number => Math.round(x * 10000);

/**
 * `n` plausible indicators: quantities, percentages, costs and qualitative ones; about one in
 * eight falls short (with a deviation text and a proportional score). Weights add up to 90.
 */
export function syntheticIndicators(n: number, seed = 2024): NationalIndicator[] {
  const rnd = lcg(seed);
  const counts = groupCounts(n);
  const out: NationalIndicator[] = [];
  GROUPS.forEach((g, gi) => {
    const count = counts[gi];
    if (count === 0) return;
    // Two decimals as on real forms; four when the group has more rows than hundredths.
    const unit = count <= g.weight * 100 ? 100 : 10000;
    const each = Math.floor((g.weight * unit) / count) / unit;
    let assigned = 0;
    for (let k = 0; k < count; k++) {
      const weight = k === count - 1 ? (Math.round(g.weight * unit) - Math.round(assigned * unit)) / unit : each;
      assigned += weight;
      const falls = rnd() < 0.125;
      // A quantitative shortfall scores weight × attainment to two decimals, which a weight below
      // 0.1 (forms of thousands of rows) cannot carry: there only qualitative rows fall short.
      const short = falls && weight >= 0.1;
      const no = out.length + 1;
      let target: CellInput;
      let actual: CellInput;
      let ratio: number;
      if (g.level2 === '成本指标') {
        const limit = 50 + Math.floor(rnd() * 400);
        target = `≤${limit}万元`;
        const spent = short ? Math.round(limit * 1.1 * 100) / 100 : Math.round(limit * (0.9 + rnd() * 0.1) * 100) / 100;
        actual = `${spent}万元`;
        ratio = short ? limit / spent : 1;
        out.push(mk(g, `第${no}项工程单位建设成本`, target, actual, weight, ratio, short));
      } else if (g.level2 === '可持续影响指标' && rnd() < 0.5) {
        out.push(mk(g, `第${no}项长效管护机制`, '建立健全', falls ? '部分达成年度指标并具有一定效果' : '达成年度指标', weight, falls ? 0.7 : 1, falls, true));
      } else if (g.level1 === '满意度指标' || g.level2 === '质量指标') {
        const t = 85 + Math.floor(rnd() * 14);
        target = `≥${t}%`;
        const a = short ? t - 1 - Math.floor(rnd() * 5) : Math.min(100, t + Math.floor(rnd() * 3));
        actual = `${a}%`;
        ratio = short ? a / t : 1;
        const name = g.level1 === '满意度指标' ? `第${no}批受益群众满意度` : `第${no}项工程验收合格率`;
        out.push(mk(g, name, target, actual, weight, ratio, short));
      } else if (g.level2 === '时效指标') {
        out.push(mk(g, `第${no}项工程完工及时性`, '12月底前完成', falls ? '未完成' : '已完成', weight, falls ? 0.4 : 1, falls, true));
      } else {
        const t = 10 + Math.floor(rnd() * 200);
        target = `≥${t}处`;
        // Met: at most 10% over (no over-achievement); short: up to a fifth under.
        const a = short ? Math.max(1, t - 1 - Math.floor(rnd() * (t / 5))) : t + (rnd() < 0.3 ? 1 : 0);
        actual = `${a}处`;
        ratio = short ? a / t : 1;
        out.push(mk(g, `第${no}片区新建改造供水工程`, target, actual, weight, ratio, short));
      }
    }
  });
  return out;
}

function mk(
  g: { level1: string; level2: string },
  name: string,
  target: CellInput,
  actual: CellInput,
  weight: number,
  ratio: number,
  short: boolean,
  qualitative = false,
): NationalIndicator {
  // Quantitative: weight × attainment to two decimals (rules.md). Qualitative: a point inside its
  // band, to four decimals so that the tiny weights of a very long form stay inside it.
  const unit = qualitative ? 10000 : 100;
  const score = short ? Math.min(weight, Math.round(weight * ratio * unit) / unit) : weight;
  return {
    level1: g.level1,
    level2: g.level2,
    name,
    target,
    actual,
    weight,
    score,
    deviation: short ? '受汛期强降雨影响，部分工程延期，已调整施工计划，明年一季度完成。' : null,
  };
}

/** A complete national form with `n` synthetic indicator rows whose stated numbers add up. */
export function syntheticNationalSpec(n: number, styled = n <= 2000): NationalFormSpec {
  const indicators = syntheticIndicators(n);
  const adjusted = 1000;
  const executed = 985.6;
  const rate = executed / adjusted;
  const execScore = Math.round(10 * rate * 100) / 100;
  const total = Math.round((bp(execScore) + indicators.reduce((s, i) => s + bp(Number(i.score)), 0)) / 100) / 100;
  return {
    sheetName: '项目支出绩效自评表',
    year: 2024,
    project: `农村供水保障工程（${n}项指标）`,
    department: '示例县水利局',
    unit: '示例县农村供水管理站',
    budgetRows: [
      { label: '年度资金总额', original: 1000, adjusted, executed },
      { label: '其中：当年财政拨款', original: 800, adjusted: 800, executed: 790.6 },
      { label: '上年结转资金', original: 200, adjusted: 200, executed: 195 },
      { label: '其他资金', original: 0, adjusted: 0, executed: 0 },
    ],
    executionWeight: 10,
    statedRate: rate,
    statedExecutionScore: execScore,
    goals: {
      planned: '完成农村供水工程新建改造，提升农村供水保障水平，受益群众满意度达到90%以上。',
      achieved: '全年完成计划内工程建设任务，农村供水保障水平稳步提升，群众满意度较高。',
    },
    indicators,
    totalWeight: 100,
    statedTotal: total,
    styled,
  };
}
