import { checkSheet } from '../check/checkWorkbook';
import { detectForm } from '../detect/detectForm';
import { CellGrid } from '../grid/cellGrid';
import { sheetReportSchema } from '../report/reportSchema';
import { fillTemplate } from '../../../test/support/fillTemplate';
import { gridFromTemplate } from './gridFromTemplate';
import { TEMPLATE_KINDS } from './templateSpec';
import { templateFor } from './templates';
import { single } from '../../../test/support/issues';

describe('gridFromTemplate', () => {
  it('lays out values, formats and merges, with formulas not yet calculated', () => {
    const spec = templateFor('national-project');
    const grid = gridFromTemplate(spec);
    expect(grid.name).toBe('项目支出绩效自评表');
    expect(grid.cells).toHaveLength(spec.rowCount);
    expect(grid.cells.every((r) => r.length === spec.colCount)).toBe(true);
    expect(grid.cells[5][7]).toEqual({ value: null, formula: '=IFERROR(F6/E6,"")', format: '0.00%' });
    expect(grid.cells[5][8]).toEqual({ value: null, format: '0.00' });
    expect(grid.cells[0][0]).toEqual({ value: '项目支出绩效自评表' });
    expect(grid.cells[2][1]).toBeNull(); // 项目名称's blank value
    expect(grid.merges).toEqual(spec.merges);
    expect(grid.merges).not.toBe(spec.merges);
    expect(gridFromTemplate(spec, 'Other').name).toBe('Other');
  });
});

describe.each(TEMPLATE_KINDS)('%s template round trip', (kind) => {
  describe.each([{}, { rowsPerGroup: 1 }, { rowsPerGroup: 3, year: 2024 }])('options %j', (options) => {
    const spec = templateFor(kind, options);

    it('blank: detected as its kind, no form-not-found, no column-missing, only group rows', () => {
      const grid = gridFromTemplate(spec);
      const report = single(checkSheet(grid));
      expect(report.form?.kind).toBe(kind);
      expect(report.issues.filter((i) => i.rule === 'form-not-found' || i.rule === 'column-missing')).toEqual([]);
      expect(() => sheetReportSchema.parse(report)).not.toThrow();
      expect(report.indicators).toEqual([]);
      const form = detectForm(new CellGrid(grid))!;
      expect(form.blocks).toHaveLength(1);
      const rows = form.blocks[0].rows;
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => !r.groupOnly && !r.placeholder)).toEqual([]);
      // One group row per 二级 group, each read with its 一级 and 二级.
      expect(rows.map((r) => r.level2)).toEqual(spec.cells.filter((c) => c.col === spec.lists[1].range.left && c.row >= spec.lists[1].range.top && typeof c.value === 'string' && c.row <= spec.lists[1].range.bottom).map((c) => c.value));
      expect(rows.every((r) => r.level1 !== null)).toBe(true);
    });

    it('filled: checks with zero errors and nothing to write', () => {
      const filled = fillTemplate(spec);
      const report = single(checkSheet(filled.grid));
      expect(report.form?.kind).toBe(kind);
      expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(report.writes).toEqual([]);
      expect(report.indicators.map((i) => i.row - 1)).toEqual(filled.indicatorRows);
      expect(report.indicators.every((i) => i.met === true)).toBe(true);
      expect(report.budget).toMatchObject({ executed: 190, rate: 0.95, statedRate: 0.95 });
      if (kind !== 'hubei-project') {
        expect(report.total).toMatchObject({ weight: 100, score: 99.5, statedScore: 99.5, grade: '优' });
      } else {
        expect(report.total).toMatchObject({ weight: 100, score: 99, grade: '优' });
      }
    });
  });
});
