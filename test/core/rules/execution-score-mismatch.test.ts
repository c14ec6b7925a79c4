import { hubeiScoredForm } from '../../support/hubeiScoredForm';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';

/**
 * rules.md `execution-score-mismatch` (error): the stated execution 得分 differs from
 * weight × min(rate, 100%) by more than 0.01. National form: 10 × 148/150 = 9.8666….
 */
describe('execution-score-mismatch', () => {
  const withScore = (score: number) => nationalForm({ budget: [150, 150, 148, 10, '98.67%', score] });

  it('fires on 9.85, naming the stated and computed scores, the weight and the rate', () => {
    const f = withScore(9.85);
    const i = theIssue(check(f.grid), 'execution-score-mismatch', f.at.score);
    expect(i.severity).toBe('error');
    expect(i.message).toContain('9.85');
    expect(i.message).toContain('9.87');
    expect(i.message).toContain('98.67%');
    expect(i.message).toContain('10');
  });

  it('fires just outside 0.01 of the exact product: 9.856 is 0.0107 off', () => {
    expect(theIssue(check(withScore(9.856).grid), 'execution-score-mismatch').severity).toBe('error');
  });

  it.each([9.86, 9.857, 9.87, 9.8667])('near miss: %s is within 0.01', (score) => {
    expectNoIssue(check(withScore(score).grid), 'execution-score-mismatch');
  });

  it('caps the rate at 100%: 151 of 150 scores 10, so 10.07 fires and 10 does not', () => {
    const over = (score: number) => nationalForm({ budget: [150, 150, 151, 10, '100.67%', score], subRows: [], totalScore: 100 });
    const i = theIssue(check(over(10.07).grid), 'execution-score-mismatch');
    expect(i.message).toContain('10.07');
    expectNoIssue(check(over(10).grid), 'execution-score-mismatch');
  });

  it('fires on the hubei-scored form (得分(20分*执行率)): 18 where 20 × 95% = 19', () => {
    const h = hubeiScoredForm({ budget: [200, 190, '95%', 18] });
    const i = theIssue(check(h.grid), 'execution-score-mismatch', h.at.score);
    expect(i.message).toContain('19');
  });

  it('near miss: the hubei-scored form as stated (19)', () => {
    expectNoIssue(check(hubeiScoredForm().grid), 'execution-score-mismatch');
  });

  it('does not fire where the stated weight is the slip: 分值 100, 得分 10 at 100% (10 × 100%)', () => {
    const f = nationalForm({ budget: [150, 150, 150, 100, '100%', 10], subRows: [] });
    const issues = check(f.grid);
    expectNoIssue(issues, 'execution-score-mismatch');
    expect(theIssue(issues, 'execution-weight-unusual').severity).toBe('warning');
  });

  it('near miss: 分值 100, 得分 9 at 100% fits neither weight and fires', () => {
    const f = nationalForm({ budget: [150, 150, 150, 100, '100%', 9], subRows: [] });
    expect(theIssue(check(f.grid), 'execution-score-mismatch').severity).toBe('error');
  });
});
