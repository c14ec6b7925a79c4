import { jingmenGrid, withCell } from '../../support/fixtures';
import { hubeiScoredForm } from '../../support/hubeiScoredForm';
import { check, expectNoIssue, issuesOf, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';
import { sichuanForm } from '../../support/sichuanForm';
import { CellValue, gridFromValues } from '../../../src/core';

/** rules.md `column-missing` (error): the detected form lacks a column it needs. */
describe('column-missing', () => {
  const f = nationalForm();
  // The indicator header row of the national form (the row above the first indicator).
  const headerRow = Number(f.at.indicator(0, 'score').slice(1)) - 1;

  it('fires on a national (scored) form without a 得分 column, on the indicator header row', () => {
    const r = check(withCell(f.grid, `H${headerRow}`, null));
    const i = theIssue(r, 'column-missing');
    expect(i.severity).toBe('error');
    expect(i.cell).toMatch(new RegExp(`^[A-I]${headerRow}$`));
    expect(i.message).toContain('得分');
  });

  it('fires on a form without its 实际完成值 column (no label, no actuals)', () => {
    const rows = f.grid.cells.length;
    let g = withCell(f.grid, `F${headerRow}`, null);
    for (let r = headerRow + 1; r <= rows; r++) g = withCell(g, `F${r}`, null);
    const r = check(g);
    const i = theIssue(r, 'column-missing');
    expect(i).toMatchObject({ severity: 'error' });
    expect(i.message).toContain('实际完成值');
  });

  it('fires on a sichuan form without its 得分 column', () => {
    const s = sichuanForm();
    const row = Number(s.at.indicator(0, 'score').slice(1)) - 1;
    const r = check(withCell(s.grid, `J${row}`, null));
    expect(r.form?.kind).toBe('sichuan-project');
    expect(issuesOf(r, 'column-missing')).toHaveLength(1);
  });

  it('near miss: an unlabelled column holding the actuals is read as the 实际完成值 column', () => {
    const r = check(withCell(f.grid, `F${headerRow}`, null));
    expectNoIssue(r, 'column-missing');
    expect(r.indicators[0].actual.value).toBe(125);
  });

  it('near miss: a form with 得分 and no 分值 states its weights otherwise (no finding)', () => {
    expectNoIssue(check(withCell(f.grid, `G${headerRow}`, null)), 'column-missing');
  });

  it('near miss: a form with neither 分值 nor 得分 is an unscored layout', () => {
    expectNoIssue(check(withCell(withCell(f.grid, `G${headerRow}`, null), `H${headerRow}`, null)), 'column-missing');
  });

  it('near miss: the hubei-project form has no 分值/得分 columns by design', () => {
    expectNoIssue(check(jingmenGrid()), 'column-missing');
  });

  it('near miss: the hubei-scored form has no 分值 column by design', () => {
    expectNoIssue(check(hubeiScoredForm().grid), 'column-missing');
  });

  it('near miss: 实际得分 is a 得分 column', () => {
    expectNoIssue(check(withCell(f.grid, `H${headerRow}`, '实际得分')), 'column-missing');
  });

  it('is info, naming the label, when the header holds a label the checker cannot place where the column may be', () => {
    const rows = f.grid.cells.length;
    // The actual column worded in a way no vocabulary lists: its label stays, unplaced.
    let g = withCell(f.grid, `F${headerRow}`, '年末兑现情况');
    for (let r = headerRow + 1; r <= rows; r++) g = withCell(g, `F${r}`, null);
    const i = theIssue(check(g), 'column-missing');
    expect(i.severity).toBe('info');
    expect(i.message).toContain('实际完成值');
    expect(i.message).toContain('年末兑现情况');
  });

  it('near miss: a 备注 column is no candidate, so the missing column stays an error', () => {
    const rows = f.grid.cells.length;
    let g = withCell(f.grid, `F${headerRow}`, '备注');
    for (let r = headerRow + 1; r <= rows; r++) g = withCell(g, `F${r}`, null);
    expect(theIssue(check(g), 'column-missing').severity).toBe('error');
  });
});

describe('column-missing on a form that states its points but has no 分值 column', () => {
  const rows = (extra: CellValue[] | null): CellValue[][] => [
    ['项目名称', '某项目', null, null, null, null, null],
    ['预算执行情况(万元)(20分)', '预算数(A)', null, '执行数(B)', null, '执行率(B/A)', null],
    ['年度财政资金总额', 100, null, 100, null, '100%', null],
    ['年度绩效目标(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', null],
    [null, '产出指标', '数量指标', '培训人次', '≥500人次', '520人次', extra?.[0] ?? null],
    [null, '效益指标', '社会效益指标', '就业人数', '≥80人', '85人', extra?.[1] ?? null],
    [null, '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', extra?.[2] ?? null],
  ];
  const merges = ['B2:C2', 'D2:E2', 'B3:C3', 'D3:E3', 'A4:A7'];

  it('says the 得分 column is missing: the stated points make it a scored form', () => {
    const found = issuesOf(check(gridFromValues('S', rows(null), merges)), 'column-missing');
    expect(found.map((i) => i.severity)).toEqual(['error']);
    expect(found[0].message).toContain('得分');
  });

  it('says it as info when an unlabelled column of numbers stands beside the indicators (it may be the scores)', () => {
    const found = issuesOf(check(gridFromValues('S', rows([40, 30, 10]), merges)), 'column-missing');
    expect(found.map((i) => i.severity)).toEqual(['info']);
    expect(found[0].message).toContain('“G”');
  });

  it('near miss: a form stating no points and having neither 分值 nor 得分 is an unscored layout', () => {
    const unscored = rows(null).map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/\(\d+分\)/, '') : v)));
    expect(issuesOf(check(gridFromValues('S', unscored, merges)), 'column-missing')).toEqual([]);
  });
});
