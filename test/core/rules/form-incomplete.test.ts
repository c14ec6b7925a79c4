import { gridFromValues } from '../../../src/core';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';
import { rowsUntil } from '../../support/stackGrids';
import { jingmenGrid } from '../../support/fixtures';

/** `form-incomplete` (warning): a form cut off before its indicators or its total row gets no total or grade. */
describe('form-incomplete', () => {
  const f = nationalForm();
  const totalRow = f.grid.cells.findIndex((r) => r?.some((c) => c?.value === '总分'));
  const headerRow = f.grid.cells.findIndex((r) => r?.some((c) => c?.value === '一级指标'));

  it('fires on a scored form without its total row, and gives no total or grade', () => {
    const r = check(rowsUntil(f.grid, totalRow));
    expect(theIssue(r, 'form-incomplete').severity).toBe('warning');
    expect(r.form?.complete).toBe(false);
    expect(r.total).toMatchObject({ score: null, grade: null });
  });

  it('does not add up the weights of a form cut off (no weights-total)', () => {
    const r = check(rowsUntil(f.grid, headerRow + 3));
    expectNoIssue(r, 'weights-total');
  });

  it('fires on an indicator header with no indicator rows under it', () => {
    const r = check(rowsUntil(f.grid, headerRow + 1));
    expect(theIssue(r, 'form-incomplete').message).toContain('没有绩效指标行');
  });

  it('near miss: a whole form', () => {
    const r = check(f.grid);
    expectNoIssue(r, 'form-incomplete');
    expect(r.form?.complete).toBe(true);
  });

  it('near miss: a form without score columns needs no total row (the worked example)', () => {
    expectNoIssue(check(jingmenGrid()), 'form-incomplete');
  });

  it('near miss: a minimal unscored indicator table', () => {
    expectNoIssue(check(gridFromValues('S', [['三级指标', '年度指标值', '实际完成值'], ['来电回复率', '≥95%', '98%']])), 'form-incomplete');
  });
});
