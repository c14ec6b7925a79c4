import { withCell } from '../../support/fixtures';
import { hubeiScoredForm } from '../../support/hubeiScoredForm';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';

/**
 * rules.md `execution-rate-mismatch` (error): a stated 执行率 differs from the computed one by more
 * than 0.05 percentage points. The national form's rate is 148 ÷ 150 = 98.666…%.
 */
describe('execution-rate-mismatch', () => {
  const withRate = (rate: string | number) => nationalForm({ budget: [150, 150, 148, 10, rate, 9.87] });

  it('fires on 98.80% against 98.67%, naming both', () => {
    const f = withRate('98.80%');
    const i = theIssue(check(f.grid), 'execution-rate-mismatch', f.at.rate);
    expect(i.severity).toBe('error');
    expect(i.message).toContain('98.8%');
    expect(i.message).toContain('98.67%');
  });

  it('fires just outside the tolerance: 98.72% is 0.053 points off', () => {
    const f = withRate('98.72%');
    expect(theIssue(check(f.grid), 'execution-rate-mismatch', f.at.rate).severity).toBe('error');
  });

  it('fires below the computed rate too: 98.61% is 0.057 points off', () => {
    const f = withRate('98.61%');
    expect(theIssue(check(f.grid), 'execution-rate-mismatch', f.at.rate).severity).toBe('error');
  });

  it.each(['98.70%', '98.71%', '98.62%', '98.67%'])('near miss: %s is within 0.05 points', (rate) => {
    expectNoIssue(check(withRate(rate).grid), 'execution-rate-mismatch');
  });

  it('reads an Excel number with a percent format as a percent: 0.988 shown as 98.80% fires', () => {
    const f = nationalForm();
    const i = theIssue(check(withCell(f.grid, f.at.rate, 0.988, { format: '0.00%' })), 'execution-rate-mismatch', f.at.rate);
    expect(i.message).toContain('98.8%');
  });

  it('near miss: 0.987 shown as 98.70% does not fire', () => {
    const f = nationalForm();
    expectNoIssue(check(withCell(f.grid, f.at.rate, 0.987, { format: '0.00%' })), 'execution-rate-mismatch');
  });

  it('fires on the hubei-scored form (执行率(B/A)): 96% against 190 ÷ 200 = 95%', () => {
    const h = hubeiScoredForm({ budget: [200, 190, '96%', 19] });
    const i = theIssue(check(h.grid), 'execution-rate-mismatch', h.at.rate);
    expect(i.message).toContain('96%');
    expect(i.message).toContain('95%');
  });

  it('near miss: the hubei-scored form as stated (95%)', () => {
    expectNoIssue(check(hubeiScoredForm().grid), 'execution-rate-mismatch');
  });

  it('fires on a 其中 row stating a rate its own amounts do not give (99% for 65.07 of 65.66)', () => {
    const f = nationalForm({ budget: [65.66, 65.66, 65.07, 10, '99.10%', 9.91], subRows: [['其中：当年财政拨款', 65.66, 65.66, 65.07]] });
    const rateCell = f.at.subRow(0, 'rate');
    const r = check(withCell(f.grid, rateCell, 0.99, { format: '0%' }));
    expect(theIssue(r, 'execution-rate-mismatch', rateCell).message).toContain('99.1%');
  });

  it('near miss: a 其中 row stating 0.00% for 0 of 0 (no rate to compare)', () => {
    const f = nationalForm({ subRows: [['其中：当年财政拨款', 150, 150, 148], ['上年结转资金', 0, 0, 0]] });
    const rateCell = f.at.subRow(1, 'rate');
    expectNoIssue(check(withCell(f.grid, rateCell, 0, { format: '0.00%' })), 'execution-rate-mismatch');
  });
});
