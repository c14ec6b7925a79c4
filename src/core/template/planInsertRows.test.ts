import { InsertRowsRequest } from '../../app/hostGateway';
import { detectForm } from '../detect/detectForm';
import { CellGrid, GridData, gridFromValues } from '../grid/cellGrid';
import { jingmenGrid } from '../../../test/support/fixtures';
import { fillTemplate } from '../../../test/support/fillTemplate';
import { gridFromTemplate } from './gridFromTemplate';
import { MAX_INSERT_ROWS, indicatorRowSpan, planInsertRows } from './planInsertRows';
import { templateFor } from './templates';

const national = () => gridFromTemplate(templateFor('national-project')); // header row 11, indicators 12–29, 总分 30

describe('indicatorRowSpan', () => {
  it('covers a blank template’s rows, including the blank rows under each group, up to the total row', () => {
    const g = new CellGrid(national());
    const form = detectForm(g)!;
    expect(form.blocks[0].lastRow).toBe(30); // the detected block ends at 总分
    expect(indicatorRowSpan(g, form.blocks[0])).toEqual({ first: 12, last: 29 });
  });

  it('ends a block without a total at its last indicator, merged rows included', () => {
    const g = new CellGrid(jingmenGrid());
    expect(indicatorRowSpan(g, detectForm(g)!.blocks[0])).toEqual({ first: 11, last: 16 });
    const hubei = new CellGrid(gridFromTemplate(templateFor('hubei-project', { rowsPerGroup: 2 })));
    expect(indicatorRowSpan(hubei, detectForm(hubei)!.blocks[0])).toEqual({ first: 11, last: 32 });
  });
});

describe('planInsertRows', () => {
  it('inserts after a row in the middle of a 二级 group: the merges span the point and grow', () => {
    expect(planInsertRows(national(), 12, 2)).toEqual({ beforeRow: 13, count: 2, copyFormatsFrom: 12, fromCol: 0, toCol: 8, extendDown: [0, 1, 2] });
  });

  it('inserts after a group’s last row: its 一级/二级 cells and 绩效指标 are extended', () => {
    expect(planInsertRows(national(), 13)).toEqual({ beforeRow: 14, count: 1, copyFormatsFrom: 13, fromCol: 0, toCol: 8, extendDown: [0, 1, 2] });
  });

  it('inserts after the block’s last indicator row (before 总分)', () => {
    expect(planInsertRows(national(), 29, 3)).toMatchObject({ beforeRow: 30, count: 3, copyFormatsFrom: 29, extendDown: [0, 1, 2] });
  });

  it('works the same on a filled form', () => {
    const filled = fillTemplate(templateFor('national-project')).grid;
    expect(planInsertRows(filled, 20)).toEqual(planInsertRows(national(), 20));
  });

  it('plans on the worked example: single-row groups are extended, no 绩效指标 column', () => {
    const g = jingmenGrid();
    // 成本指标 / 经济成本: one unmerged row.
    expect(planInsertRows(g, 11)).toEqual({ beforeRow: 12, count: 1, copyFormatsFrom: 11, fromCol: 0, toCol: 6, extendDown: [0, 1] });
    // 质量指标: 一级 merged above (A13:A14), 二级 its own cell.
    expect(planInsertRows(g, 13)?.extendDown).toEqual([0, 1]);
    // The last indicator (满意度, merged A16:A17 / B16:B17).
    expect(planInsertRows(g, 16)).toMatchObject({ beforeRow: 17, extendDown: [0, 1] });
  });

  it('leaves a blank, unmerged level cell alone (the new rows carry the group down the same way)', () => {
    const g = gridFromValues('s', [
      ['项目名称', 'x', null, null],
      ['一级指标', '二级指标', '三级指标', '实际完成值'],
      ['产出指标', '数量指标', 'a', 1],
      [null, null, 'b', 2],
      ['总分', null, null, null],
    ]);
    expect(planInsertRows(g, 3)).toMatchObject({ beforeRow: 4, extendDown: [] });
    expect(planInsertRows(g, 2)).toMatchObject({ beforeRow: 3, extendDown: [0, 1] });
  });

  it('returns null outside the indicator rows, or without a form', () => {
    const g = national();
    for (const row of [0, 5, 11, 30, 31, 500, -1, 1.5]) expect([row, planInsertRows(g, row)]).toEqual([row, null]);
    const example = jingmenGrid();
    for (const row of [10, 17, 18, 19]) expect([row, planInsertRows(example, row)]).toEqual([row, null]);
    const empty: GridData = { name: 'empty', cells: [], merges: [] };
    expect(planInsertRows(empty, 0)).toBeNull();
  });

  it('rejects a count that is not a positive integer or is too large', () => {
    for (const n of [0, -1, 1.5, MAX_INSERT_ROWS + 1]) expect(() => planInsertRows(national(), 12, n)).toThrow(RangeError);
  });

  it('is an InsertRowsRequest once given a sheet', () => {
    const plan = planInsertRows(national(), 12)!;
    const request: InsertRowsRequest = { sheetId: 'Sheet1', ...plan };
    expect(request.extendDown).toEqual([0, 1, 2]);
  });
});
