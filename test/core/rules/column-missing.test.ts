import { jingmenGrid, withCell } from '../../support/fixtures';
import { hubeiScoredForm } from '../../support/hubeiScoredForm';
import { check, expectNoIssue, issuesOf, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';
import { sichuanForm } from '../../support/sichuanForm';

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
