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

  it('fires on a national form without a 分值 column', () => {
    const r = check(withCell(f.grid, `G${headerRow}`, null));
    const i = theIssue(r, 'column-missing');
    expect(i).toMatchObject({ severity: 'error' });
    expect(i.message).toContain('分值');
  });

  it('fires on a sichuan form without its 权重 column', () => {
    const s = sichuanForm();
    const row = Number(s.at.indicator(0, 'weight').slice(1)) - 1;
    const r = check(withCell(s.grid, `I${row}`, null));
    expect(r.form?.kind).toBe('sichuan-project');
    expect(issuesOf(r, 'column-missing')).toHaveLength(1);
    expect(issuesOf(r, 'column-missing')[0].severity).toBe('error');
  });

  it('fires on a hubei-scored block without its 得分 column', () => {
    const h = hubeiScoredForm();
    const row = Number(h.at.indicator(0, 0, 'score').slice(1)) - 1;
    const r = check(withCell(h.grid, `F${row}`, null));
    expect(r.form?.kind).toBe('hubei-scored');
    const i = theIssue(r, 'column-missing');
    expect(i.severity).toBe('error');
    expect(i.message).toContain('得分');
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
});
