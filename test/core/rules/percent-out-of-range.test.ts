import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/** rules.md `percent-out-of-range` (error): a satisfaction rate (满意度 indicators, or names with 满意) below 0 or above 100%. */
describe('percent-out-of-range', () => {
  it('fires on a satisfaction actual of 105%, naming the indicator and the value', () => {
    const f = nationalForm({ indicators: withIndicator(6, { actual: '105%' }) });
    const i = theIssue(check(f.grid), 'percent-out-of-range', f.at.indicator(6, 'actual'));
    expect(i).toMatchObject({ severity: 'error', indicator: '受益群众满意度' });
    expect(i.message).toContain('105%');
  });

  it('fires on a satisfaction target of ≥110%', () => {
    const f = nationalForm({ indicators: withIndicator(6, { target: '≥110%' }) });
    const i = theIssue(check(f.grid), 'percent-out-of-range', f.at.indicator(6, 'target'));
    expect(i.message).toContain('110%');
  });

  it('fires on a name with 满意 outside the 满意度 level', () => {
    const f = nationalForm({ indicators: withIndicator(4, { name: '用水户满意率', target: '≥90%', actual: '100.5%' }) });
    expect(theIssue(check(f.grid), 'percent-out-of-range', f.at.indicator(4, 'actual')).indicator).toBe('用水户满意率');
  });

  it('fires on a percent format above 1 (1.05 shown as 105%)', () => {
    const f = nationalForm({ indicators: withIndicator(6, { actual: 1.05 }) });
    const g = { ...f.grid, cells: f.grid.cells.map((row) => row.slice()) };
    const at = f.at.indicator(6, 'actual');
    const row = Number(at.slice(1)) - 1;
    g.cells[row][at.charCodeAt(0) - 65] = { value: 1.05, format: '0%' };
    expect(theIssue(check(g), 'percent-out-of-range', at).severity).toBe('error');
  });

  it.each(['100%', '0%', '99.5%'])('near miss: a satisfaction of %s', (actual) => {
    expectNoIssue(check(nationalForm({ indicators: withIndicator(6, { target: '≥0%', actual }) }).grid), 'percent-out-of-range');
  });

  it('near miss: 105% on an indicator that is not about satisfaction', () => {
    expectNoIssue(check(nationalForm({ indicators: withIndicator(2, { actual: '105%' }) }).grid), 'percent-out-of-range');
  });
});
