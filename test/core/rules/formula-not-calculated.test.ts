import { GridData } from '../../../src/core';
import { withCell } from '../../support/fixtures';
import { check, expectNoIssue, issuesOf, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/**
 * `formula-not-calculated` (warning): a cell of the form holds a formula whose result the file
 * does not hold (a workbook written by a program and never opened in Excel). Its value is
 * unknown, not empty: no finding that reads it as empty, and no sum over the form's cells.
 */

/** The grid with `a1` holding `formula` and no cached value, as the reader gives it. */
function uncachedAt(grid: GridData, a1: string, formula: string): GridData {
  const g = withCell(grid, a1, 0);
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  g.cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = { value: null, formula, uncached: true };
  return g;
}

describe('formula-not-calculated', () => {
  const f = nationalForm();

  it('fires on an execution rate never calculated, naming the formula, instead of "rate empty"', () => {
    const r = check(uncachedAt(f.grid, f.at.rate, '=E6/D6'));
    const i = theIssue(r, 'formula-not-calculated', f.at.rate);
    expect(i.severity).toBe('warning');
    expect(i.message).toContain('=E6/D6');
    expect(i.message).toContain('Excel');
    expectNoIssue(r, 'execution-rate-empty');
    expect(r.issues.filter((x) => x.cell === f.at.rate).map((x) => x.rule)).toEqual(['formula-not-calculated']);
  });

  it('speaks English with locale en-US', () => {
    const r = check(uncachedAt(f.grid, f.at.rate, '=E6/D6'), { locale: 'en-US' });
    expect(theIssue(r, 'formula-not-calculated', f.at.rate).message).toMatch(/no calculated value/);
  });

  it('an executed amount summed by a formula is not "empty or not a number"', () => {
    const r = check(uncachedAt(f.grid, f.at.executed, '=SUM(E7:E9)'));
    theIssue(r, 'formula-not-calculated', f.at.executed);
    expectNoIssue(r, 'budget-value-invalid');
    expect(r.summary.errors).toBe(0);
  });

  it('a project name taken from another sheet is not "未填写"', () => {
    const r = check(uncachedAt(f.grid, f.at.projectName, '=封面!B3'));
    theIssue(r, 'formula-not-calculated', f.at.projectName);
    expectNoIssue(r, 'field-empty');
  });

  it('an uncalculated weight is not empty, and the weights are not said to miss 100', () => {
    const r = check(uncachedAt(f.grid, f.at.indicator(0, 'weight'), '=100-SUM(G16:G21)'));
    theIssue(r, 'formula-not-calculated', f.at.indicator(0, 'weight'));
    expectNoIssue(r, 'indicator-field-empty');
    expectNoIssue(r, 'weights-total');
  });

  it('an uncalculated total is not "总分未填写"', () => {
    const r = check(uncachedAt(f.grid, f.at.totalScore, '=SUM(H13:H19)+H6'));
    theIssue(r, 'formula-not-calculated', f.at.totalScore);
    expectNoIssue(r, 'total-empty');
  });

  it('reports each uncalculated cell once', () => {
    const g = uncachedAt(uncachedAt(f.grid, f.at.rate, '=E6/D6'), f.at.score, '=F6*G6');
    expect(issuesOf(check(g), 'formula-not-calculated').map((i) => i.cell)).toEqual([f.at.rate, f.at.score]);
  });

  it('cuts a long formula with …', () => {
    const long = `=${'A1+'.repeat(40)}A1`;
    const i = theIssue(check(uncachedAt(f.grid, f.at.rate, long)), 'formula-not-calculated', f.at.rate);
    expect(i.message).toContain('…');
    expect(i.message).not.toContain(long);
  });

  it('near miss: a formula with its cached value is checked as that value', () => {
    const r = check(withCell(f.grid, f.at.rate, 0.9867, { formula: '=E6/D6', format: '0.00%' }));
    expectNoIssue(r, 'formula-not-calculated');
  });

  it('near miss: a formula whose cached result is an empty text is empty, not uncalculated', () => {
    const g = withCell(f.grid, f.at.rate, 0);
    const m = /^([A-Z]+)(\d+)$/.exec(f.at.rate)!;
    g.cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = { value: null, formula: '=IF(D6=0,"",E6/D6)' };
    expectNoIssue(check(g), 'formula-not-calculated');
  });

  it('near miss: an uncalculated formula outside the form is not the form\'s business', () => {
    expectNoIssue(check(uncachedAt(f.grid, 'K1', '=TODAY()')), 'formula-not-calculated');
  });

  it('near miss: without an uncalculated cell, a wrong weights total is still reported', () => {
    const g = nationalForm({ indicators: withIndicator(0, { weight: 25 }) }).grid;
    theIssue(check(g), 'weights-total');
  });
});
