/**
 * fast-check arbitraries for the engine's property tests: random grids built from the label
 * table, and mutations of the worked forms (test/support). Seed and run counts come from the
 * environment (PROPERTY_SEED, PROPERTY_RUNS) with fixed defaults, so CI is reproducible and a
 * developer can run many more cases locally:
 *
 *   PROPERTY_SEED=7 PROPERTY_RUNS=50000 npx jest test/property
 */
import fc from 'fast-check';
import { Cell, CellValue, ERROR_VALUES, GridData, RangeRef } from '../../src/core';
import { SettingsInput, POLICY_IDS, LOCALES } from '../../src/core/report/settingsSchema';
import {
  BLOCK_END_PREFIXES,
  BUDGET_BLOCK_PREFIXES,
  BUDGET_SUB_ROW_LABELS,
  BUDGET_TOTAL_ROW_LABELS,
  COLUMN_LABELS,
  GOAL_ACTUAL_LABELS,
  GOAL_PLANNED_LABELS,
  HEADER_LABELS,
  IMPROVEMENT_FOOTER_LABELS,
  REASON_FOOTER_LABELS,
} from '../../src/core/detect/labelTable';
import { departmentForm } from '../support/departmentForm';
import { jingmenGrid } from '../support/fixtures';
import { hubeiScoredForm } from '../support/hubeiScoredForm';
import { nationalForm } from '../support/nationalForm';
import { sichuanForm } from '../support/sichuanForm';

// ---------------------------------------------------------------------------------------------
// Seed and counts

/** The fixed default seed (the date the suite was written). */
export const DEFAULT_SEED = 20241127;

function envInt(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`${name} must be an integer (got "${raw}")`);
  return n;
}

/** PROPERTY_SEED, else the fixed default. */
export const SEED = envInt('PROPERTY_SEED') ?? DEFAULT_SEED;

/**
 * The number of runs for a property: `base` by default; PROPERTY_RUNS sets the count of the
 * large properties (those whose base is ≥ 1000) and scales the small ones with it.
 */
export function runs(base: number): number {
  const override = envInt('PROPERTY_RUNS');
  if (override === undefined || override <= 0) return base;
  return base >= 1000 ? override : Math.max(1, Math.round((base * override) / 2000));
}

/** The options every assertion of the suite uses: the seed, the count, and one shrink budget. */
export function params<T>(base: number): fc.Parameters<T> {
  return { seed: SEED, numRuns: runs(base) };
}

// ---------------------------------------------------------------------------------------------
// Cell values

/** Every label the detector knows, plus the taxonomy and block labels forms use. */
export const LABELS: readonly string[] = [
  ...Object.values(COLUMN_LABELS).flat(),
  ...Object.values(HEADER_LABELS).flat(),
  ...GOAL_PLANNED_LABELS,
  ...GOAL_ACTUAL_LABELS,
  ...BUDGET_TOTAL_ROW_LABELS,
  ...BUDGET_SUB_ROW_LABELS,
  ...BUDGET_BLOCK_PREFIXES,
  ...BLOCK_END_PREFIXES,
  ...REASON_FOOTER_LABELS,
  ...IMPROVEMENT_FOOTER_LABELS,
  '绩效指标',
  '年度绩效目标1（40分）',
  '绩效指标（90分）',
  '项目资金（万元）',
  '预算执行情况（10分）',
  '得分(20分*执行率)',
  '项目支出绩效自评表',
  '部门整体支出绩效自评表',
  '（2024年度）',
  '产出指标',
  '效益指标',
  '满意度指标',
  '成本指标',
  '投入',
  '过程',
  '产出',
  '效果',
  '数量指标',
  '质量指标',
  '时效指标',
  '经济成本指标',
  '社会效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
  '进度指标',
  '指标1：',
  '……',
  '正向',
  '反向',
  '定性',
];

/** Spaced, full-width, Traditional and colon-suffixed variants of the labels, as real tables write them. */
const labelVariant = fc.constantFrom(...LABELS).chain((l) =>
  fc.constantFrom(
    l,
    `${l}：`,
    ` ${l} `,
    l.split('').join(' '),
    l.replace(/\(/g, '（').replace(/\)/g, '）'),
    l.replace(/指标/g, '指標').replace(/预算/g, '預算'),
    `${l}\n`,
  ),
);

const COMPARATOR_STRINGS = ['≥', '≤', '>=', '<=', '>', '<', '=', '＞', '＜', '不低于', '不超过', '以上', '以内', '达到', '正向指标', '反向指标'];
const UNITS = ['%', '％', '万元', '元', '个', '人', '公里', '件', '天', '个工作日', '秒', '万件', '次', '分', '户', '亩', ''];

/**
 * Extreme numbers the engine must take in its stride: ±1e300, the largest safe integers, the
 * smallest doubles, 1e21 (where JavaScript switches to exponent notation).
 */
export const EXTREME_NUMBERS = [1e300, -1e300, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e21, -1e21, 123456789012345680000, 1e-6, -1e-6];

/**
 * Numbers near the top of the double range, where the engine's exact (Decimal) results no longer
 * fit a double: Excel's own maximum 9.99999999999999E+307 (two of them sum past it) and
 * Number.MAX_VALUE (which hosts other than Excel could hand in). Results beyond a double are
 * reported as null (src/core/report/finiteReport.ts). Part of the properties by default;
 * PROPERTY_OVERFLOW=0 leaves them out.
 */
export const OVERFLOW_NUMBERS = [9.99999999999999e307, -9.99999999999999e307, Number.MAX_VALUE, -Number.MAX_VALUE, 1e-300, Number.MIN_VALUE, -Number.MIN_VALUE];
/** A number written as text with more than 308 digits (also beyond a double). */
export const OVERFLOW_TEXT = '9'.repeat(400);

const withOverflow = process.env.PROPERTY_OVERFLOW !== '0';
const extremes: number[] = withOverflow ? [...EXTREME_NUMBERS, ...OVERFLOW_NUMBERS] : EXTREME_NUMBERS;

/** With PROPERTY_OVERFLOW=0, a random double below 1e-6 becomes 0 (see OVERFLOW_NUMBERS). */
const notTiny = (x: number): number => (withOverflow || x === 0 || Math.abs(x) >= 1e-6 ? x : 0);

const numberish = fc.oneof(
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map(notTiny),
  fc.double({ min: 0, max: 2, noNaN: true }).map(notTiny),
  fc.constantFrom(0, -0, 1, 100, 0.9, 0.95, 1.2, 0.1 + 0.2, ...extremes),
);

/** Strings that look like numbers, percents, targets, ranges and actuals. */
const quantityText = fc
  .tuple(
    fc.constantFrom('', ...COMPARATOR_STRINGS),
    fc.oneof(fc.integer({ min: -500, max: 200_000 }).map(String), fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true }).map((n) => n.toFixed(2)), fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true }).map((n) => String(notTiny(n))), fc.constantFrom('1,234.5', '１２３', '－５', '1e300', '9'.repeat(300), withOverflow ? OVERFLOW_TEXT : '0'.repeat(400), '.5', '1.2.3', '0x10', 'NaN', 'Infinity')),
    fc.constantFrom(...UNITS),
    fc.constantFrom('', '', '', '-100%', '以上', '左右', '约', '（含）', '~120%'),
  )
  .map(([op, n, unit, tail]) => `${op}${n}${unit}${tail}`);

const htmlText = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  "=cmd|' /C calc'!A0",
  '"><svg onload=alert(4)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '__proto__',
  'constructor',
);

const otherText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', ' ', '\t', '\n', '　', '—', '-', '/', '无', '是', '否', '达成年度指标', '部分达成', '未达成', '好', '较好', '长期发挥效益', '2024年12月31日前', '2024-12-31', '#DIV/0!'),
  // Long text: a sentence repeated (the engine has a fast path for long cells).
  fc.tuple(fc.constantFrom('完成供水管网建设。', 'abc ', '指标值≥95%，'), fc.integer({ min: 50, max: 4000 })).map(([s, n]) => s.repeat(n)),
);

export const cellValueArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: labelVariant },
  { weight: 5, arbitrary: numberish },
  { weight: 4, arbitrary: quantityText },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_VALUES) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: otherText },
  { weight: 1, arbitrary: htmlText },
);

const FORMATS = ['0.00%', '0%', '0.00', '#,##0.00', '0.00"万元"', '#,##0"元"', 'yyyy-mm-dd', '@', 'General', '0.0%;[Red]-0.0%'];

/** A cell: a value, maybe a number format, maybe a formula, maybe an error. */
export const cellArb: fc.Arbitrary<Cell | null> = fc
  .tuple(
    cellValueArb,
    fc.option(fc.constantFrom(...FORMATS), { freq: 4 }),
    fc.option(fc.constantFrom('=B2/C2', '=SUM(G10:G20)', '=IFERROR(E7/D7,0)', '=H5*0.1', '=1/0', '=A1'), { freq: 6 }),
    fc.option(fc.constantFrom(...ERROR_VALUES), { freq: 15 }),
  )
  .map(([value, format, formula, error]) => {
    if (value === null && formula === null && error === null) return null;
    const cell: Cell = { value: error ?? value };
    if (format !== null) cell.format = format;
    if (formula !== null) cell.formula = formula;
    if (error !== null) cell.error = error;
    return cell;
  });

// ---------------------------------------------------------------------------------------------
// Random grids

/** A row of column labels in random order, so that random grids often hold a table's header. */
const headerRowArb = (cols: number): fc.Arbitrary<(Cell | null)[]> =>
  fc
    .shuffledSubarray(
      [
        ...COLUMN_LABELS.level1,
        ...COLUMN_LABELS.level2,
        ...COLUMN_LABELS.name,
        ...COLUMN_LABELS.target,
        ...COLUMN_LABELS.actual,
        ...COLUMN_LABELS.weight,
        ...COLUMN_LABELS.score,
        ...COLUMN_LABELS.original,
        ...COLUMN_LABELS.adjusted,
        ...COLUMN_LABELS.executed,
        ...COLUMN_LABELS.rate,
        ...COLUMN_LABELS.unit,
        ...COLUMN_LABELS.deviation,
      ],
      { minLength: Math.min(2, cols), maxLength: cols },
    )
    .map((labels) => labels.map((l) => ({ value: l })));

/** The header rows of real tables, in their order (possibly cut to the grid's width). */
const CANONICAL_HEADERS: readonly string[][] = [
  ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ['一级指标', '二级指标', '三级指标', '单位', '年初目标值', '实际完成值', '取值依据'],
  ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重(分)', '实际完成值', '得分', '偏差原因分析'],
  ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度预算执行情况(万元)', '预算数(A)', '', '执行数(b)', '', '执行率(b/A)'],
];

const canonicalHeaderArb = (cols: number): fc.Arbitrary<(Cell | null)[]> =>
  fc.constantFrom(...CANONICAL_HEADERS).map((h) => h.slice(0, cols).map((l) => (l ? { value: l } : null)));

const rowArb = (cols: number): fc.Arbitrary<(Cell | null)[]> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.array(cellArb, { maxLength: cols }) },
    { weight: 1, arbitrary: headerRowArb(cols) },
    { weight: 1, arbitrary: canonicalHeaderArb(cols) },
    { weight: 1, arbitrary: fc.constant<(Cell | null)[]>([]) },
  );

/** Non-overlapping merges inside (or a little past) a rows × cols area, as Excel keeps them. */
const mergesArb = (rows: number, cols: number): fc.Arbitrary<RangeRef[]> =>
  fc
    .array(
      fc.record({
        top: fc.nat({ max: rows + 1 }),
        left: fc.nat({ max: cols + 1 }),
        height: fc.integer({ min: 1, max: 6 }),
        width: fc.integer({ min: 1, max: 6 }),
      }),
      { maxLength: 10 },
    )
    .map((raw) => {
      const kept: RangeRef[] = [];
      for (const m of raw) {
        const r: RangeRef = { top: m.top, left: m.left, bottom: m.top + m.height - 1, right: m.left + m.width - 1 };
        if (r.top === r.bottom && r.left === r.right) continue;
        const overlaps = kept.some((k) => !(r.bottom < k.top || r.top > k.bottom || r.right < k.left || r.left > k.right));
        if (!overlaps) kept.push(r);
      }
      return kept;
    });

/** A random sheet of up to 30 rows × 12 columns. */
export const randomGridArb: fc.Arbitrary<GridData> = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 12 }))
  .chain(([rows, cols]) =>
    fc.record({
      name: fc.oneof(fc.constantFrom('Sheet1', '项目支出绩效自评表', '<img src=x onerror=alert(1)>'), fc.string({ maxLength: 31 })),
      cells: fc.array(rowArb(cols), { minLength: rows, maxLength: rows }),
      merges: mergesArb(rows, cols),
    }),
  )
  // A plain object, as a host builds it (fc.record's objects have no prototype).
  .map((g): GridData => ({ name: g.name, cells: g.cells, merges: g.merges }));

// ---------------------------------------------------------------------------------------------
// Mutations of the worked forms

export interface BaseForm {
  label: string;
  grid: GridData;
}

/** The forms of test/support, each of which the engine detects and checks cleanly or nearly so. */
export function baseForms(): BaseForm[] {
  return [
    { label: 'jingmen (worked example)', grid: jingmenGrid() },
    { label: 'national', grid: nationalForm().grid },
    { label: 'department', grid: departmentForm().grid },
    { label: 'hubei-scored', grid: hubeiScoredForm().grid },
    { label: 'sichuan', grid: sichuanForm().grid },
  ];
}

/** A mutation, with a row/column picked later modulo the grid's size (so it always lands). */
export type Mutation =
  | { op: 'delete-cell'; r: number; c: number }
  | { op: 'delete-row'; r: number }
  | { op: 'insert-row'; r: number; row: (Cell | null)[] }
  | { op: 'swap-rows'; r: number; s: number }
  | { op: 'shuffle-rows'; order: number[] }
  | { op: 'set-value'; r: number; c: number; value: CellValue; anyCell: boolean }
  | { op: 'text-in-number'; r: number; text: string }
  | { op: 'huge-number'; r: number; value: number }
  | { op: 'negate'; r: number }
  | { op: 'empty-string'; r: number; c: number; text: string }
  | { op: 'error-value'; r: number; c: number; error: string; withFormula: boolean }
  | { op: 'formula'; r: number; c: number; formula: string; keep: boolean }
  | { op: 'percent-format'; r: number; format: string }
  | { op: 'drop-merge'; m: number }
  | { op: 'add-merge'; r: number; c: number; h: number; w: number }
  | { op: 'truncate'; rows: number };

const idx = fc.nat({ max: 10_000 });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete-cell' as const), r: idx, c: idx }),
  fc.record({ op: fc.constant('delete-row' as const), r: idx }),
  fc.record({ op: fc.constant('insert-row' as const), r: idx, row: fc.array(cellArb, { maxLength: 10 }) }),
  fc.record({ op: fc.constant('swap-rows' as const), r: idx, s: idx }),
  fc.record({ op: fc.constant('shuffle-rows' as const), order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }).map((a) => a.map((x) => Math.floor(x * 1e6))) }),
  fc.record({ op: fc.constant('set-value' as const), r: idx, c: idx, value: cellValueArb, anyCell: fc.boolean() }),
  fc.record({ op: fc.constant('text-in-number' as const), r: idx, text: fc.oneof(fc.string({ maxLength: 8 }), quantityText, htmlText, fc.constantFrom('', ' ', '—', '未填', '约100', '100万元以上')) }),
  fc.record({ op: fc.constant('huge-number' as const), r: idx, value: fc.constantFrom(...extremes) }),
  fc.record({ op: fc.constant('negate' as const), r: idx }),
  fc.record({ op: fc.constant('empty-string' as const), r: idx, c: idx, text: fc.constantFrom('', ' ', '  ', '\n', '　') }),
  fc.record({ op: fc.constant('error-value' as const), r: idx, c: idx, error: fc.constantFrom(...ERROR_VALUES, '#SPILL!', '#CALC!', '#GETTING_DATA'), withFormula: fc.boolean() }),
  fc.record({ op: fc.constant('formula' as const), r: idx, c: idx, formula: fc.constantFrom('=E7/D7', '=SUM(H10:H20)', '=G8*F8', '=ROUND(E7/D7*10,2)', '=IF(F9>=E9,G9,0)'), keep: fc.boolean() }),
  fc.record({ op: fc.constant('percent-format' as const), r: idx, format: fc.constantFrom('0.00%', '0%', '0.0"%"', '0.00"万元"') }),
  fc.record({ op: fc.constant('drop-merge' as const), m: idx }),
  fc.record({ op: fc.constant('add-merge' as const), r: idx, c: idx, h: fc.integer({ min: 1, max: 4 }), w: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant('truncate' as const), rows: idx }),
);

function cloneGrid(g: GridData): GridData {
  return {
    ...g,
    cells: g.cells.map((row) => (row ? row.map((c) => (c ? { ...c } : c)) : row)),
    merges: g.merges.map((m) => ({ ...m })),
  };
}

function width(g: GridData): number {
  return Math.max(1, ...g.cells.map((r) => (r ? r.length : 0)));
}

/** The positions of the cells that hold a number (or number text): where number mutations land. */
function numericCells(g: GridData): [number, number][] {
  const out: [number, number][] = [];
  g.cells.forEach((row, r) =>
    row?.forEach((c, k) => {
      if (c && (typeof c.value === 'number' || (typeof c.value === 'string' && /\d/.test(c.value) && c.value.length < 20))) out.push([r, k]);
    }),
  );
  return out;
}

function setCell(g: GridData, r: number, c: number, cell: Cell | null): void {
  while (g.cells.length <= r) g.cells.push([]);
  const row = g.cells[r] ?? (g.cells[r] = []);
  while (row.length <= c) row.push(null);
  row[c] = cell;
}

/** Applies mutations to a copy of the grid; the input is left untouched. */
export function mutate(base: GridData, mutations: Mutation[]): GridData {
  const g = cloneGrid(base);
  for (const m of mutations) {
    const rows = g.cells.length;
    const cols = width(g);
    const nums = numericCells(g);
    const num = (r: number): [number, number] | null => (nums.length ? nums[r % nums.length] : null);
    switch (m.op) {
      case 'delete-cell':
        if (rows) setCell(g, m.r % rows, m.c % cols, null);
        break;
      case 'delete-row':
        if (rows) g.cells.splice(m.r % rows, 1);
        break;
      case 'insert-row':
        g.cells.splice(rows ? m.r % (rows + 1) : 0, 0, m.row);
        break;
      case 'swap-rows':
        if (rows) {
          const a = m.r % rows;
          const b = m.s % rows;
          [g.cells[a], g.cells[b]] = [g.cells[b], g.cells[a]];
        }
        break;
      case 'shuffle-rows': {
        const keyed = g.cells.map((row, i) => ({ row, key: m.order[i % m.order.length] + i / 1e9 }));
        keyed.sort((a, b) => a.key - b.key);
        g.cells = keyed.map((k) => k.row);
        break;
      }
      case 'set-value': {
        if (!rows) break;
        const at = m.anyCell ? null : num(m.r);
        const [r, c] = at ?? [m.r % rows, m.c % cols];
        setCell(g, r, c, m.value === null ? null : { value: m.value });
        break;
      }
      case 'text-in-number': {
        const at = num(m.r);
        if (at) setCell(g, at[0], at[1], { value: m.text });
        break;
      }
      case 'huge-number': {
        const at = num(m.r);
        if (at) setCell(g, at[0], at[1], { value: m.value });
        break;
      }
      case 'negate': {
        const at = num(m.r);
        if (!at) break;
        const old = g.cells[at[0]]![at[1]]!;
        const v = typeof old.value === 'number' ? -old.value : `-${String(old.value)}`;
        setCell(g, at[0], at[1], { ...old, value: v });
        break;
      }
      case 'empty-string':
        if (rows) setCell(g, m.r % rows, m.c % cols, { value: m.text });
        break;
      case 'error-value': {
        if (!rows) break;
        const [r, c] = num(m.r) ?? [m.r % rows, m.c % cols];
        setCell(g, r, c, { value: m.error, error: m.error, ...(m.withFormula ? { formula: '=E7/D7' } : {}) });
        break;
      }
      case 'formula': {
        if (!rows) break;
        const [r, c] = num(m.r) ?? [m.r % rows, m.c % cols];
        const old = g.cells[r]?.[c];
        setCell(g, r, c, { value: m.keep && old ? old.value : 0, formula: m.formula, ...(old?.format ? { format: old.format } : {}) });
        break;
      }
      case 'percent-format': {
        const at = num(m.r);
        if (!at) break;
        const old = g.cells[at[0]]![at[1]]!;
        setCell(g, at[0], at[1], { ...old, format: m.format });
        break;
      }
      case 'drop-merge':
        if (g.merges.length) g.merges.splice(m.m % g.merges.length, 1);
        break;
      case 'add-merge': {
        if (!rows) break;
        const r: RangeRef = { top: m.r % rows, left: m.c % cols, bottom: (m.r % rows) + m.h - 1, right: (m.c % cols) + m.w - 1 };
        const overlaps = g.merges.some((k) => !(r.bottom < k.top || r.top > k.bottom || r.right < k.left || r.left > k.right));
        if (!overlaps && (m.h > 1 || m.w > 1)) g.merges.push(r);
        break;
      }
      case 'truncate':
        if (rows) g.cells = g.cells.slice(0, m.rows % (rows + 1));
        break;
    }
  }
  return g;
}

/** A base form and 1–8 mutations of it. */
export const mutatedFormArb = (forms: BaseForm[]): fc.Arbitrary<{ label: string; grid: GridData; mutations: Mutation[] }> =>
  fc
    .tuple(fc.nat({ max: forms.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 8 }))
    .map(([i, mutations]) => ({ label: forms[i].label, mutations, grid: mutate(forms[i].grid, mutations) }));

// ---------------------------------------------------------------------------------------------
// Settings

export const settingsArb: fc.Arbitrary<SettingsInput> = fc.record(
  {
    policy: fc.constantFrom(null, ...POLICY_IDS),
    overAchievementThreshold: fc.double({ min: 1, max: 10, noNaN: true }),
    lowExecutionThreshold: fc.double({ min: 0, max: 1, noNaN: true }),
    overwriteStated: fc.boolean(),
    lowerIsBetter: fc.constantFrom('ratio' as const, 'linear' as const),
    locale: fc.constantFrom(...LOCALES),
  },
  { requiredKeys: [] },
);
