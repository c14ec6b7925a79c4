/**
 * Property tests of the engine: for random grids and for mutations of the worked forms, the check
 * never throws, its report passes its own schema, and its write-back plan stays inside the
 * detected form and off formula cells. Seeded and bounded (see arbitraries.ts for PROPERTY_SEED
 * and PROPERTY_RUNS); the defaults keep this file well under a minute on a 2-core machine.
 */
import { isDeepStrictEqual } from 'util';
import fc from 'fast-check';
import { checkSheet, checkWorkbook, GridData, parseA1, parseRangeA1, rangeContains, SheetReport, sheetReportSchema } from '../../src/core';
import { classifyBand, parseActual, parseComparator, parseDecimalLoose, parseQuantity, parseTarget } from '../../src/core/parse';
import { compactText, normalizeLabel } from '../../src/core/text';
import { withCell } from '../support/fixtures';
import { nationalForm } from '../support/nationalForm';
import {
  baseForms,
  cellValueArb,
  LABELS,
  mutatedFormArb,
  mutate,
  OVERFLOW_NUMBERS,
  OVERFLOW_TEXT,
  params,
  randomGridArb,
  SEED,
  settingsArb,
} from './arbitraries';

const TIMEOUT = 120_000;

/** Counts of what the runs exercised, printed once (a property that never finds a form proves little). */
const seen = { grids: 0, forms: 0, writes: 0, overwrites: 0, highlights: 0, issues: 0, formulaCellsInForms: 0 };

function inputCell(grid: GridData, a1: string) {
  const { row, col } = parseA1(a1);
  return grid.cells[row]?.[col] ?? null;
}

function anchorOf(grid: GridData, a1: string): string | null {
  const { row, col } = parseA1(a1);
  const m = grid.merges.find((r) => rangeContains(r, row, col));
  return m && (m.top !== row || m.left !== col) ? `merge anchored elsewhere` : null;
}

/** Throws a precise message when a report breaks one of the invariants. */
function assertReportInvariants(grid: GridData, report: SheetReport): void {
  sheetReportSchema.parse(report);
  seen.grids++;
  if (report.sheet !== grid.name) throw new Error(`sheet name changed: ${report.sheet}`);
  const s = report.summary;
  const count = (sev: string) => report.issues.filter((i) => i.severity === sev).length;
  if (s.errors !== count('error') || s.warnings !== count('warning') || s.infos !== count('info')) {
    throw new Error(`summary ${JSON.stringify(s)} does not match the issues`);
  }
  seen.issues += report.issues.length;
  if (!report.form) {
    if (report.writes.length || report.highlights.length) throw new Error('writes or highlights without a detected form');
    return;
  }
  seen.forms++;
  const range = parseRangeA1(report.form.range);
  grid.cells.forEach((row, r) =>
    row?.forEach((c, k) => {
      if (c?.formula && rangeContains(range, r, k)) seen.formulaCellsInForms++;
    }),
  );
  const written = new Set<string>();
  for (const w of report.writes) {
    const { row, col } = parseA1(w.cell);
    if (!rangeContains(range, row, col)) throw new Error(`write to ${w.cell} outside the form ${report.form.range}`);
    const cell = inputCell(grid, w.cell);
    if (cell?.formula) throw new Error(`write to ${w.cell}, a formula cell (${cell.formula})`);
    const merged = anchorOf(grid, w.cell);
    if (merged) throw new Error(`write to ${w.cell}: ${merged}`);
    if (written.has(w.cell)) throw new Error(`two writes to ${w.cell}`);
    written.add(w.cell);
    const previous = cell ? cell.value : null;
    if (!isDeepStrictEqual(w.previous, previous)) throw new Error(`write to ${w.cell}: previous ${String(w.previous)} is not the cell's ${String(previous)}`);
    if (typeof w.value === 'number' && !Number.isFinite(w.value)) throw new Error(`write of a non-finite number to ${w.cell}`);
    seen.writes++;
    if (w.overwrites) seen.overwrites++;
  }
  const marked = new Set<string>();
  for (const h of report.highlights) {
    const { row, col } = parseA1(h.cell);
    if (!rangeContains(range, row, col)) throw new Error(`highlight ${h.cell} outside the form ${report.form.range}`);
    if (marked.has(h.cell)) throw new Error(`two highlights on ${h.cell}`);
    marked.add(h.cell);
    if (!report.issues.some((i) => i.cell === h.cell && i.severity === h.severity)) {
      throw new Error(`highlight ${h.cell} (${h.severity}) has no issue of that severity`);
    }
    seen.highlights++;
  }
}

/**
 * The reports of one sheet: at least one, every one valid, and the forms' ranges apart (a sheet
 * with several forms gives one report per form, TEAM.md).
 */
function assertSheetInvariants(grid: GridData, reports: SheetReport[]): void {
  if (reports.length === 0) throw new Error('no report for the sheet');
  for (const r of reports) assertReportInvariants(grid, r);
  const ranges = reports.flatMap((r) => (r.form ? [parseRangeA1(r.form.range)] : []));
  if (ranges.length !== reports.length && reports.length > 1) throw new Error('a sheet with a form also reported without one');
  for (let i = 1; i < ranges.length; i++) {
    const a = ranges[i - 1];
    const b = ranges[i];
    if (b.top <= a.bottom) throw new Error(`forms overlap or are out of order: rows ${a.top + 1}-${a.bottom + 1} and ${b.top + 1}-${b.bottom + 1}`);
  }
}

/**
 * A deep copy made in this realm (jest's sandbox: `structuredClone` would build objects with the
 * outer realm's prototypes, which isDeepStrictEqual tells apart).
 */
function copyGrid(g: GridData): GridData {
  return {
    ...g,
    cells: g.cells.map((row) => (row ? row.map((c) => (c ? { ...c } : c)) : row)),
    merges: g.merges.map((m) => ({ ...m })),
    ...(g.truncated ? { truncated: { ...g.truncated } } : {}),
  };
}

/** Checks sheets, asserting the engine leaves its input untouched. */
function checkUntouched(grids: GridData[], settings: Parameters<typeof checkWorkbook>[1]): SheetReport[] {
  const before = grids.map(copyGrid);
  const reports = checkWorkbook(grids, settings);
  if (!isDeepStrictEqual(before, grids)) throw new Error('the engine changed its input grid');
  return reports;
}

afterAll(() => {
  // Visible with --verbose or on failure; the README quotes these numbers.
  process.stdout.write(
    `[property] seed ${SEED}: ${seen.grids} sheets checked, ${seen.forms} with a form, ${seen.issues} issues, ` +
      `${seen.writes} writes (${seen.overwrites} overwriting), ${seen.highlights} highlights, ${seen.formulaCellsInForms} formula cells inside forms\n`,
  );
});

describe('the engine on random grids', () => {
  it(
    'never throws; the report passes its schema; writes and highlights stay inside the form and off formulas',
    () => {
      fc.assert(
        fc.property(randomGridArb, settingsArb, (grid, settings) => {
          assertSheetInvariants(grid, checkUntouched([grid], settings));
        }),
        params(2000),
      );
    },
    TIMEOUT,
  );

  it(
    'whole workbooks: one report per sheet, and form-not-found only when no sheet holds a form',
    () => {
      fc.assert(
        fc.property(fc.array(randomGridArb, { maxLength: 4 }), (grids) => {
          const reports = checkUntouched(grids, {});
          const bySheet = grids.map((g) => reports.filter((r) => r.sheet === g.name));
          if (new Set(grids.map((g) => g.name)).size === grids.length) bySheet.forEach((rs, i) => assertSheetInvariants(grids[i], rs));
          else if (reports.length < grids.length) throw new Error('at least one report per sheet');
          const none = reports.every((r) => r.form === null);
          const notFound = reports.flatMap((r) => r.issues).filter((i) => i.rule === 'form-not-found');
          if (grids.length > 0 && none && (notFound.length !== 1 || reports[0].issues.length !== 1)) throw new Error('expected one form-not-found issue');
          // A form cut off before its indicator header carries its own form-not-found (partial:
          // README, Decisions); the workbook's form-not-found is for a workbook without any form.
          const workbookNotFound = reports.filter((r) => r.form === null).flatMap((r) => r.issues).filter((i) => i.rule === 'form-not-found');
          if (!none && workbookNotFound.length > 0) throw new Error('form-not-found although a form was found');
        }),
        params(300),
      );
    },
    TIMEOUT,
  );
});

describe('the engine on mutated forms', () => {
  const forms = baseForms();

  it('the unmutated forms are all detected (otherwise the mutations would prove little)', () => {
    for (const f of forms) {
      const reports = checkSheet(f.grid);
      expect({ form: f.label, forms: reports.map((r) => r.form !== null) }).toEqual({ form: f.label, forms: [true] });
      assertSheetInvariants(f.grid, reports);
    }
  });

  it(
    'deleted cells, shuffled rows, text in number cells, huge and negative numbers, empty strings, error values, formulas: never throws, reports stay valid',
    () => {
      fc.assert(
        fc.property(mutatedFormArb(forms), settingsArb, ({ grid }, settings) => {
          assertSheetInvariants(grid, checkUntouched([grid], settings));
        }),
        params(2000),
      );
    },
    TIMEOUT,
  );

  it(
    'is deterministic: the same grid gives the same report',
    () => {
      fc.assert(
        fc.property(mutatedFormArb(forms), settingsArb, ({ grid }, settings) => {
          const a = checkSheet(grid, settings);
          const b = checkSheet(copyGrid(grid), settings);
          if (!isDeepStrictEqual(a, b)) throw new Error('two checks of the same grid differ');
        }),
        params(200),
      );
    },
    TIMEOUT,
  );

  it(
    'a formula placed on any cell of a form is never written over',
    () => {
      // Targeted: put a formula on every result-looking cell the unmutated check would write.
      fc.assert(
        fc.property(fc.nat({ max: forms.length - 1 }), fc.boolean(), (i, overwriteStated) => {
          const base = forms[i].grid;
          const plan = checkSheet(base, { overwriteStated: true }).flatMap((r) => r.writes);
          const cells = base.cells.map((r) => r.map((c) => (c ? { ...c } : c)));
          for (const w of plan) {
            const { row, col } = parseA1(w.cell);
            while (cells.length <= row) cells.push([]);
            while (cells[row].length <= col) cells[row].push(null);
            cells[row][col] = { value: typeof w.value === 'number' ? w.value + 1 : 'x', formula: '=1+1' };
          }
          const grid = { ...base, cells };
          const reports = checkSheet(grid, { overwriteStated });
          assertSheetInvariants(grid, reports);
          const writes = reports.flatMap((r) => r.writes);
          if (writes.length) throw new Error(`wrote ${writes.map((w) => w.cell).join(', ')} over formulas`);
        }),
        params(50),
      );
    },
    TIMEOUT,
  );
});

describe('the parsers', () => {
  const anyText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
  const ctxText = fc.option(fc.oneof(anyText, fc.constantFrom('%', '万元', '≥', '≤', '反向', '个')), { nil: undefined });

  it(
    'parseQuantity, parseDecimalLoose, parseTarget, parseActual, parseComparator and classifyBand never throw',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(anyText, cellValueArb),
          ctxText,
          ctxText,
          fc.option(fc.constantFrom('0.00%', '0%', '0.00"万元"', '@', 'General', '"%"0'), { nil: undefined }),
          fc.boolean(),
          (value, unitColumn, comparatorColumn, numberFormat, isCost) => {
            const q = parseQuantity(value, { numberFormat, amountColumnUnit: unitColumn });
            if (q && !q.value.isFinite()) throw new Error(`parseQuantity gave ${q.value.toString()}`);
            parseDecimalLoose(value);
            const t = parseTarget(value, { numberFormat, unitColumn, comparatorColumn, isCost });
            parseActual(value, { numberFormat, targetUnit: t.kind === 'quantity' ? t.unit : unitColumn });
            parseComparator(typeof value === 'string' ? value : null);
            classifyBand(typeof value === 'string' ? value : null);
          },
        ),
        params(3000),
      );
    },
    TIMEOUT,
  );

  it(
    'normalizeLabel is idempotent, and so is compactText',
    () => {
      fc.assert(
        fc.property(fc.oneof(anyText, fc.constantFrom(...LABELS), fc.constantFrom(...LABELS).map((l) => ` ${l}：： `)), (s) => {
          const once = normalizeLabel(s);
          if (normalizeLabel(once) !== once) throw new Error(`normalizeLabel(${JSON.stringify(once)}) !== itself`);
          const c = compactText(s);
          if (compactText(c) !== c) throw new Error(`compactText(${JSON.stringify(c)}) !== itself`);
        }),
        params(3000),
      );
    },
    TIMEOUT,
  );
});

/**
 * Numbers past the double range. The engine computes exactly (Decimal) and converts to a double
 * only for the report, so a sum of two weights at Excel's maximum (9.99999999999999E+307), a rate
 * of 1E+300 ÷ 1E-300, or a 400-digit number typed as text becomes ±Infinity in the report, which
 * would fail its own schema (`z.number().finite()`). src/core/report/finiteReport.ts reports such
 * results as null; these cases pin that.
 */
describe('results beyond a double', () => {
  const n = nationalForm();
  const EXCEL_MAX = 9.99999999999999e307;
  const cases: [string, GridData][] = [
    ['two weights at Excel’s maximum (total.weight)', withCell(withCell(n.grid, n.at.indicator(0, 'weight'), EXCEL_MAX), n.at.indicator(1, 'weight'), EXCEL_MAX)],
    ['budget 1E-300, executed 1E+300 (budget.rate)', withCell(withCell(n.grid, n.at.adjusted, 1e-300), n.at.executed, 1e300)],
    ['a 400-digit actual typed as text (actual.value)', withCell(n.grid, n.at.indicator(0, 'actual'), OVERFLOW_TEXT)],
    ['Number.MAX_VALUE as a target, rounded up to 15 digits (target.value)', withCell(n.grid, n.at.indicator(0, 'target'), Number.MAX_VALUE)],
  ];
  for (const [name, grid] of cases) {
    it(`${name}: the report passes its schema`, () => {
      for (const r of checkSheet(grid)) sheetReportSchema.parse(r);
    });
  }

  it(
    'still never throws, and never plans a write of a non-finite number (writePlan drops them)',
    () => {
      const forms = baseForms();
      const overflow = fc.record({
        form: fc.nat({ max: forms.length - 1 }),
        values: fc.array(fc.record({ r: fc.nat({ max: 10_000 }), value: fc.constantFrom(...OVERFLOW_NUMBERS) }), { minLength: 1, maxLength: 4 }),
      });
      fc.assert(
        fc.property(overflow, ({ form, values }) => {
          const grid = mutate(forms[form].grid, values.map((v) => ({ op: 'huge-number' as const, r: v.r, value: v.value })));
          for (const overwriteStated of [false, true]) {
            for (const w of checkSheet(grid, { overwriteStated }).flatMap((r) => r.writes)) {
              if (typeof w.value === 'number' && !Number.isFinite(w.value)) throw new Error(`write of ${w.value} to ${w.cell}`);
              if (inputCell(grid, w.cell)?.formula) throw new Error(`write to formula cell ${w.cell}`);
            }
          }
        }),
        params(300),
      );
    },
    TIMEOUT,
  );
});
