import { Cell, CellGrid, CellValue, GridData } from '../../src/core/grid/cellGrid';
import { detectForm } from '../../src/core/detect/detectForm';
import { HeaderField } from '../../src/core/detect/formModel';
import { compactLabel } from '../../src/core/detect/findIndicatorBlocks';
import { gridFromTemplate } from '../../src/core/template/gridFromTemplate';
import { indicatorRowSpan } from '../../src/core/template/planInsertRows';
import { TemplateSpec } from '../../src/core/template/templateSpec';

/**
 * Fills a blank template the way a careful person would (tests): header fields, budget amounts
 * (the rate formula's cached value as Excel would calculate it), and every indicator row with a
 * name, a target, an actual that meets it, a weight under the national split where the form
 * has 分值, and the matching 得分 and 总分. Finds every cell by the engine's detection, so the
 * same filler works for each template.
 */

const HEADER_TEXT: Record<HeaderField['key'], string> = {
  projectName: '示例县农村公路养护项目',
  department: '示例县交通运输局',
  implementer: '示例县公路事业发展中心',
  unit: '示例县交通运输局',
  fillDate: '2025年4月19日',
  projectBudget: '',
  basicInfo: '对全县农村公路开展日常养护和专项整治，保障农村公路安全畅通，提升群众出行条件。',
  goalPlanned: '完成农村公路日常养护里程，路况优良率稳步提升，群众出行满意度持续提高。',
  goalActual: '全年完成农村公路日常养护任务，路况优良率达到预期，群众出行满意度较高。',
};

/** Budget amounts (万元): the total row, then the sub-rows in order. */
const BUDGET = [
  [200, 200, 190],
  [180, 180, 172],
  [20, 20, 18],
  [0, 0, 0],
];

const SPLIT = { output: 50, benefit: 30, satisfaction: 10 } as const;

export interface FilledTemplate {
  grid: GridData;
  /** Execution score + indicator scores as written. */
  total: number;
  indicatorRows: number[];
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function fillTemplate(spec: TemplateSpec): FilledTemplate {
  const data = gridFromTemplate(spec);
  const grid = new CellGrid(data);
  const form = detectForm(grid);
  if (!form) throw new Error(`the ${spec.kind} template is not detected`);
  const cells = data.cells as (Cell | null)[][];
  const set = (row: number, col: number, value: CellValue, extra: Partial<Cell> = {}): void => {
    const prev = cells[row][col];
    cells[row][col] = { ...(prev ?? {}), ...extra, value };
  };

  // Header fields.
  for (const f of form.header) {
    const text = f.key === 'projectBudget' ? null : HEADER_TEXT[f.key];
    const inline = f.value.row === f.label.row && f.value.col === f.label.col;
    if (f.key === 'projectBudget') set(f.value.row, f.value.col, BUDGET[0][0]);
    else if (inline) set(f.label.row, f.label.col, `${grid.text(f.label.row, f.label.col)}${text}`);
    else set(f.value.row, f.value.col, text);
  }

  // Budget block: amounts, the formula's cached rate, the execution score.
  const b = form.budget;
  let executionScore = 0;
  if (b) {
    const rows = b.rows.length > 0 ? b.rows.map((r) => r.row) : [b.headerRow + 1];
    rows.forEach((r, k) => {
      const [original, adjusted, executed] = BUDGET[k] ?? [0, 0, 0];
      if (b.columns.original !== null) set(r, b.columns.original, original);
      if (b.columns.adjusted !== null) set(r, b.columns.adjusted, adjusted);
      set(r, b.columns.executed!, executed);
      if (k > 0) return;
      const budget = b.columns.adjusted !== null ? adjusted : original;
      const rate = executed / budget;
      if (b.columns.rate !== null) set(r, b.columns.rate, rate);
      const weightCell = b.columns.weight !== null ? grid.value(r, b.columns.weight) : null;
      const weight = typeof weightCell === 'number' ? weightCell : 20;
      executionScore = round2(weight * Math.min(rate, 1));
      if (b.columns.score !== null) set(r, b.columns.score, executionScore);
    });
  }

  // Indicators.
  const block = form.blocks[0];
  const cols = block.columns;
  const span = indicatorRowSpan(grid, block);
  const rows: { row: number; level1: string; level2: string }[] = [];
  for (let r = span.first; r <= span.last; r++) {
    rows.push({
      row: r,
      level1: cols.level1 !== null ? compactLabel(grid.labelText(r, cols.level1)) : '',
      level2: cols.level2 !== null ? compactLabel(grid.labelText(r, cols.level2)) : '',
    });
  }
  const groupOf = (l1: string): keyof typeof SPLIT => (/满意/.test(l1) ? 'satisfaction' : /效益/.test(l1) ? 'benefit' : 'output');
  const counts = { output: 0, benefit: 0, satisfaction: 0 };
  for (const r of rows) counts[groupOf(r.level1)]++;
  let indicatorTotal = 0;
  rows.forEach((r, k) => {
    const n = k + 1;
    const stem = r.level2.replace(/指标$/, '');
    let name: string;
    let unit: string | null;
    let target: CellValue;
    let actual: CellValue;
    if (/成本/.test(r.level1) || /成本/.test(r.level2)) {
      [name, unit, target, actual] = [`${stem}控制数${n}`, '万元', '≤50', 48];
    } else if (/满意/.test(r.level1)) {
      [name, unit, target, actual] = [`服务对象满意率${n}`, '%', '≥90', 95];
    } else if (/时效/.test(r.level2)) {
      [name, unit, target, actual] = [`养护任务按时完成${n}`, null, '12月底前完成', '已完成'];
    } else if (/可持续/.test(r.level2)) {
      [name, unit, target, actual] = [`长效管护机制${n}`, null, '持续发挥作用', '达成年度指标'];
    } else if (/质量/.test(r.level2)) {
      [name, unit, target, actual] = [`路况优良率${n}`, '%', '≥85', 88];
    } else {
      [name, unit, target, actual] = [`${stem}养护里程${n}`, '公里', '≥100', 102];
    }
    set(r.row, cols.name, name);
    if (cols.unit !== null) {
      set(r.row, cols.unit, unit);
      set(r.row, cols.target!, target);
      set(r.row, cols.actual!, actual);
    } else {
      // No unit column: the unit goes with the numbers.
      const withUnit = (v: CellValue) => (unit && v !== null ? `${v}${unit}` : v);
      set(r.row, cols.target!, withUnit(target));
      set(r.row, cols.actual!, withUnit(actual));
    }
    if (cols.evidence !== null) set(r.row, cols.evidence, '年度统计报表');
    if (cols.weight !== null) {
      const g = groupOf(r.level1);
      const weight = SPLIT[g] / counts[g];
      set(r.row, cols.weight, weight);
      if (cols.score !== null) set(r.row, cols.score, weight);
      indicatorTotal += weight;
    }
  });

  const total = round2(executionScore + indicatorTotal);
  if (form.total?.score) set(form.total.score.row, form.total.score.col, total);

  // Footers: a reason and a measure.
  for (const f of form.footers) {
    const at = f.cells[0];
    if (at) set(at.row, at.col, f.kind === 'reason' ? '各项指标均已完成，无明显偏差。' : '继续加强日常养护管理，完善绩效监控。');
  }
  return { grid: data, total, indicatorRows: rows.map((r) => r.row) };
}
