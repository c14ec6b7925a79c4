import { hubeiScoredForm } from '../../support/hubeiScoredForm';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/**
 * rules.md `total-mismatch` (error): the stated 总分 differs from the computed total by more than
 * 0.05. National form: 10 × 148/150 + 90 = 99.866….
 */
describe('total-mismatch', () => {
  const withTotal = (totalScore: number) => nationalForm({ totalScore });

  it('fires on 99.80, naming the stated and computed totals', () => {
    const f = withTotal(99.8);
    const i = theIssue(check(f.grid), 'total-mismatch', f.at.totalScore);
    expect(i.severity).toBe('error');
    expect(i.message).toContain('99.8');
    expect(i.message).toContain('99.87');
  });

  it('fires above too: 99.93', () => {
    expect(theIssue(check(withTotal(99.93).grid), 'total-mismatch').severity).toBe('error');
  });

  it('says a mismatch under weights that do not add up (weights-total) as a warning, and writes no total', () => {
    const f = nationalForm({ indicators: withIndicator(0, { weight: 25, score: 25 }), totalScore: 99.87 });
    const r = check(f.grid);
    expect(r.issues.find((i) => i.rule === 'weights-total')?.severity).toBe('error');
    const i = theIssue(r, 'total-mismatch', f.at.totalScore);
    expect(i.severity).toBe('warning');
    expect(i.message).toContain('分值合计不是 100');
    expect(r.writes.filter((w) => w.what === 'total')).toEqual([]);
  });

  it.each([99.83, 99.87, 99.9])('near miss: %s is within 0.05', (total) => {
    expectNoIssue(check(withTotal(total).grid), 'total-mismatch');
  });

  it('with a qualitative score left to the person, checks the stated total against the possible range', () => {
    // 工程长效运行 partly met, weight 15: 9 to 12 of it; the rest is 84.87.
    const f = (totalScore: number) =>
      nationalForm({ indicators: withIndicator(5, { actual: '基本完成', score: null, deviation: '管护制度尚在完善' }), totalScore });
    expectNoIssue(check(f(95).grid), 'total-mismatch');
    expect(theIssue(check(f(99.87).grid), 'total-mismatch').severity).toBe('error');
  });

  it('fires on the hubei-scored form', () => {
    const h = hubeiScoredForm({ totalScore: 100 });
    const i = theIssue(check(h.grid), 'total-mismatch', h.at.totalScore);
    expect(i.message).toContain('99');
  });
});
