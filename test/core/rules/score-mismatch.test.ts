import { HUBEI_BLOCK_1, HUBEI_BLOCK_2, hubeiScoredForm, withHubeiIndicator } from '../../support/hubeiScoredForm';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/**
 * rules.md `score-mismatch` (error): a stated quantitative 得分 differs from the computed one by
 * more than 0.01, or a qualitative 得分 outside its band.
 */
describe('score-mismatch', () => {
  describe('quantitative: weight × attainment, two decimals, 0.01 tolerance', () => {
    // 工程验收合格率 ≥95%, actual 90%, weight 15: 15 × 90/95 = 14.2105… → 14.21.
    const unmet = (score: number) => nationalForm({ indicators: withIndicator(1, { actual: '90%', score, deviation: '个别标段返工' }) });

    it('fires on 14.19 against 14.21, naming the indicator and both scores', () => {
      const f = unmet(14.19);
      const i = theIssue(check(f.grid), 'score-mismatch', f.at.indicator(1, 'score'));
      expect(i).toMatchObject({ severity: 'error', indicator: '工程验收合格率' });
      expect(i.message).toContain('14.19');
      expect(i.message).toContain('14.21');
    });

    it.each([14.2, 14.21, 14.22])('near miss: %s is within 0.01', (score) => {
      expectNoIssue(check(unmet(score).grid), 'score-mismatch');
    });

    it('near miss: a met indicator scored below its weight is a deduction to question, not a mismatch', () => {
      const f = nationalForm({ indicators: withIndicator(1, { score: 14 }) });
      const r = check(f.grid);
      expectNoIssue(r, 'score-mismatch', f.at.indicator(1, 'score'));
      expect(theIssue(r, 'score-deducted-though-met', f.at.indicator(1, 'score')).severity).toBe('warning');
    });
  });

  describe('≤ targets under the two policies (settings lowerIsBetter)', () => {
    // 工程返工率 ≤2%, actual 2.5%, weight 15: ratio 2/2.5 = 0.8 → 12; linear 1 − 0.5/2 = 0.75 → 11.25.
    const rework = (score: number) =>
      nationalForm({ indicators: withIndicator(1, { name: '工程返工率', target: '≤2%', actual: '2.5%', score, deviation: '雨季施工返工增加' }) });

    it('ratio (default): 12 is right, 11.25 is not', () => {
      expectNoIssue(check(rework(12).grid), 'score-mismatch');
      const i = theIssue(check(rework(11.25).grid), 'score-mismatch');
      expect(i.message).toContain('12');
    });

    it('linear: 11.25 is right, 12 is not', () => {
      expectNoIssue(check(rework(11.25).grid, { lowerIsBetter: 'linear' }), 'score-mismatch');
      const i = theIssue(check(rework(12).grid, { lowerIsBetter: 'linear' }), 'score-mismatch');
      expect(i.message).toContain('11.25');
    });
  });

  describe('qualitative: within the band of the weight', () => {
    // 工程长效运行, weight 15. National bands: met [12, 15], partly [9, 12), not met [0, 9).
    const qual = (actual: string, score: number) => nationalForm({ indicators: withIndicator(5, { actual, score, deviation: '管护制度尚在完善' }) });

    it('fires on a partly-met score of 12 (the band is [60%, 80%) of 15), naming the range', () => {
      const f = qual('基本完成', 12);
      const i = theIssue(check(f.grid), 'score-mismatch', f.at.indicator(5, 'score'));
      expect(i).toMatchObject({ severity: 'error', indicator: '工程长效运行' });
      expect(i.message).toContain('12');
      expect(i.message).toContain('9');
    });

    it('fires on a partly-met score of 8.99 (below 60%)', () => {
      expect(theIssue(check(qual('部分达成', 8.99).grid), 'score-mismatch').severity).toBe('error');
    });

    it.each([9, 10.5, 11.99])('near miss: a partly-met score of %s', (score) => {
      expectNoIssue(check(qual('基本完成', score).grid), 'score-mismatch');
    });

    it('fires on a met score of 11.99 (below 80%), and not on 12', () => {
      expect(theIssue(check(qual('达成年度指标', 11.99).grid), 'score-mismatch').severity).toBe('error');
      expectNoIssue(check(qual('达成年度指标', 12).grid), 'score-mismatch');
    });

    it('fires on a not-met score of 9 (the band is [0, 60%)), and not on 8.99', () => {
      expect(theIssue(check(qual('未达成', 9).grid), 'score-mismatch').severity).toBe('error');
      expectNoIssue(check(qual('未达成', 8.99).grid), 'score-mismatch');
    });

    it('the hubei policy lowers the partly band to 50%: 8 of 15 is right under hubei, wrong under national', () => {
      expectNoIssue(check(qual('基本完成', 8).grid, { policy: 'hubei' }), 'score-mismatch');
      expect(theIssue(check(qual('基本完成', 8).grid), 'score-mismatch').severity).toBe('error');
    });

    it('hubei-scored form: partly met on a 20-point row accepts 10 (50%) and refuses 9.99', () => {
      const h = (score: number) =>
        hubeiScoredForm({ blocks: [HUBEI_BLOCK_1, withHubeiIndicator(HUBEI_BLOCK_2, 1, { actual: '部分达成预期指标', score })], totalScore: 79 + score, reason: '小区长效管理机制未全面建立，原因是部分小区业委会尚未成立' });
      expectNoIssue(check(h(10).grid), 'score-mismatch');
      expect(theIssue(check(h(9.99).grid), 'score-mismatch').severity).toBe('error');
    });
  });
});
