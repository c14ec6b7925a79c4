import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/** rules.md `score-deducted-though-met` (warning): met, but 得分 < 分值. */
describe('score-deducted-though-met', () => {
  it('fires on a met qualitative indicator scored 13 of 15, naming both', () => {
    const f = nationalForm({ indicators: withIndicator(5, { score: 13 }), totalScore: 97.87 });
    const i = theIssue(check(f.grid), 'score-deducted-though-met', f.at.indicator(5, 'score'));
    expect(i).toMatchObject({ severity: 'warning', indicator: '工程长效运行' });
    expect(i.message).toContain('13');
    expect(i.message).toContain('15');
  });

  it('fires at the bottom of the met band (12 of 15)', () => {
    const f = nationalForm({ indicators: withIndicator(5, { score: 12 }), totalScore: 96.87 });
    expect(theIssue(check(f.grid), 'score-deducted-though-met').severity).toBe('warning');
  });

  it('near miss: full marks', () => {
    expectNoIssue(check(nationalForm().grid), 'score-deducted-though-met');
  });

  it('near miss: a partly-met indicator may score below its weight', () => {
    const f = nationalForm({ indicators: withIndicator(5, { actual: '基本完成', score: 11, deviation: '管护制度尚在完善' }), totalScore: 95.87 });
    expectNoIssue(check(f.grid), 'score-deducted-though-met');
  });
});
