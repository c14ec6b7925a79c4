import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/** rules.md `score-exceeds-weight` (error): 得分 > 分值, or 得分 < 0. */
describe('score-exceeds-weight', () => {
  it('fires on 16 of 15, naming the indicator, the score and the weight', () => {
    const f = nationalForm({ indicators: withIndicator(0, { score: 16 }) });
    const i = theIssue(check(f.grid), 'score-exceeds-weight', f.at.indicator(0, 'score'));
    expect(i).toMatchObject({ severity: 'error', indicator: '新建供水管网长度' });
    expect(i.message).toContain('16');
    expect(i.message).toContain('15');
  });

  it('fires on 15.01 of 15', () => {
    const f = nationalForm({ indicators: withIndicator(0, { score: 15.01 }) });
    expect(theIssue(check(f.grid), 'score-exceeds-weight').severity).toBe('error');
  });

  it('fires on a negative score', () => {
    const f = nationalForm({ indicators: withIndicator(0, { score: -1 }) });
    const i = theIssue(check(f.grid), 'score-exceeds-weight', f.at.indicator(0, 'score'));
    expect(i.message).toContain('-1');
  });

  it('near miss: the full weight, and 0 for an indicator that scores 0', () => {
    expectNoIssue(check(nationalForm().grid), 'score-exceeds-weight');
    const f = nationalForm({ indicators: withIndicator(5, { actual: '未达成', score: 0, deviation: '管护经费未落实' }) });
    expectNoIssue(check(f.grid), 'score-exceeds-weight');
  });
});
