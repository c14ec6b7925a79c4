import { HUBEI_BLOCK_1, HUBEI_BLOCK_2, hubeiScoredForm } from '../../support/hubeiScoredForm';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';
import { sichuanForm, withSichuanIndicator } from '../../support/sichuanForm';

/** rules.md `weights-total` (error): the weights (execution + indicators) do not add up to 100. */
describe('weights-total', () => {
  it('fires on a national form adding up to 105, at the 总分 分值 cell, naming the sum', () => {
    const f = nationalForm({ indicators: withIndicator(0, { weight: 20, score: 20 }), totalScore: 104.87 });
    const i = theIssue(check(f.grid), 'weights-total', f.at.totalWeight);
    expect(i.severity).toBe('error');
    expect(i.message).toContain('105');
  });

  it('counts the execution weight: 20 + 90 = 110', () => {
    const f = nationalForm({ budget: [150, 150, 148, 20, '98.67%', 19.73], totalScore: 109.73 });
    expect(theIssue(check(f.grid), 'weights-total').message).toContain('110');
  });

  it('fires on a sichuan form adding up to 99', () => {
    const s = sichuanForm({ indicators: withSichuanIndicator(3, { weight: 4, score: 4 }), totalScore: 98.5 });
    expect(theIssue(check(s.grid), 'weights-total').message).toContain('99');
  });

  it('fires on a hubei-scored form whose blocks are worth 40 + 30 (with 20 for execution: 90)', () => {
    const h = hubeiScoredForm({ blocks: [HUBEI_BLOCK_1, { ...HUBEI_BLOCK_2, points: 30 }], totalScore: 89 });
    expect(theIssue(check(h.grid), 'weights-total').message).toContain('90');
  });

  it('near miss: weights moved between indicators of one level still add up to 100', () => {
    const f = nationalForm({ indicators: withIndicator(1, { weight: 10, score: 10 }, withIndicator(0, { weight: 20, score: 20 })) });
    expectNoIssue(check(f.grid), 'weights-total');
  });

  it('near miss: the clean forms', () => {
    expectNoIssue(check(nationalForm().grid), 'weights-total');
    expectNoIssue(check(sichuanForm().grid), 'weights-total');
    expectNoIssue(check(hubeiScoredForm().grid), 'weights-total');
  });
});
