import { exportSheetSpec, linkFormula } from '../../../src/app/present/exportSheet';
import { gridFromTemplate } from '../../../src/core/template/gridFromTemplate';
import { templateSpecSchema } from '../../../src/core/template/templateSpec';
import { MemoryGateway, MemoryWorkbook, MemorySheet } from '../../../src/app/memoryGateway';
import { sampleReport } from '../../../src/taskpane/testing/sampleReport';

const settings = { locale: 'zh-CN' as const, lowerIsBetter: 'ratio' as const };

describe('the 检查结果 export sheet', () => {
  const r = sampleReport();
  const spec = exportSheetSpec({ sheet: '项目自评表', reports: [r], accepted: [] }, settings);

  it('is a valid sheet layout named 检查结果', () => {
    expect(templateSpecSchema.parse(spec)).toMatchObject({ kind: 'check-results', sheetName: '检查结果' });
  });

  it('has one row per finding, errors first, each with a link to its cell', () => {
    const grid = gridFromTemplate(spec);
    const at = (row: number, col: number) => grid.cells[row]?.[col];
    expect(at(3, 0)?.value).toBe('序号');
    const rows = [4, 5, 6, 7, 8, 9].map((row) => [at(row, 0)?.value, at(row, 1)?.formula, at(row, 2)?.value, at(row, 5)?.value]);
    expect(rows[0]).toEqual([1, linkFormula('项目自评表', 'I6'), '错误', '预算执行得分 9 与计算值 8.35 不符']);
    expect(rows.map((x) => x[2])).toEqual(['错误', '错误', '警告', '警告', '警告', '提示']);
    expect(at(10, 0)).toBeFalsy();
  });

  it('has the scores table beside the findings', () => {
    const grid = gridFromTemplate(spec);
    expect(grid.cells[2][8]?.value).toBe('得分明细');
    expect(grid.cells[3].slice(8, 15).map((c) => c?.value)).toEqual(['指标', '指标值', '实际完成值', '完成率', '分值', '得分', '计算方式']);
    expect(grid.cells[4][8]?.value).toBe('预算执行率');
    expect(grid.cells[6][14]?.value).toBe('10 × 99% ÷ 100% = 9.9');
  });

  it('quotes sheet names in links the way Excel wants them', () => {
    expect(linkFormula("It's 表", 'B2')).toBe(`=HYPERLINK("#'It''s 表'!B2","B2")`);
    expect(linkFormula('a"b', 'B2')).toBe(`=HYPERLINK("#'a""b'!B2","B2")`);
  });

  it('lists accepted findings after the open ones, with their reason', () => {
    const accepted = [{ issue: r.issues[0], accepted: { sheet: '项目自评表', rule: r.issues[0].rule, subject: '', column: 'B', reason: '另附说明', message: '', at: '' } }];
    const grid = gridFromTemplate(exportSheetSpec({ sheet: '项目自评表', reports: [{ ...r, issues: r.issues.slice(1) }], accepted }, settings));
    expect(grid.cells[9][6]?.value).toBe('另附说明');
  });

  it('opens on a new sheet of the workbook through insertTemplate, active, at A1', async () => {
    const wb = new MemoryWorkbook([new MemorySheet('项目自评表')]);
    const gw = new MemoryGateway(wb);
    const name = await gw.insertTemplate(spec);
    expect(name).toBe('检查结果');
    expect(wb.activeSheet.name).toBe('检查结果');
    expect(wb.selection).toEqual({ sheet: '检查结果', address: 'A1' });
    expect(wb.activeSheet.cell(5, 1)).toMatchObject({ value: 'F16', formula: linkFormula('项目自评表', 'F16') });
  });
});
