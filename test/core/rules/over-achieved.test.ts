import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/** rules.md `over-achieved` (warning): attainment ≥ 120% of a ≥ target. */
describe('over-achieved', () => {
  it('fires at exactly 120% (144 of ≥120公里), naming the indicator, both values and the attainment', () => {
    const f = nationalForm({ indicators: withIndicator(0, { actual: '144公里' }) });
    const i = theIssue(check(f.grid), 'over-achieved', f.at.indicator(0, 'actual'));
    expect(i).toMatchObject({ severity: 'warning', indicator: '新建供水管网长度' });
    expect(i.message).toContain('144公里');
    expect(i.message).toContain('≥120公里');
    expect(i.message).toContain('120%');
  });

  it('fires on a > target too (> 3万人, 4万人)', () => {
    const f = nationalForm({ indicators: withIndicator(4, { target: '>3万人', actual: '4万人' }) });
    expect(theIssue(check(f.grid), 'over-achieved', f.at.indicator(4, 'actual')).message).toContain('133.33%');
  });

  it('near miss: 143.9 of 120 is 119.9%', () => {
    expectNoIssue(check(nationalForm({ indicators: withIndicator(0, { actual: '143.9公里' }) }).grid), 'over-achieved');
  });

  it('near miss: a ≤ target far undercut is not over-achievement', () => {
    expectNoIssue(check(nationalForm({ indicators: withIndicator(3, { target: '≤200万元', actual: '100万元' }) }).grid), 'over-achieved');
  });

  it('a custom threshold from the settings (150%)', () => {
    const g = nationalForm({ indicators: withIndicator(0, { actual: '144公里' }) }).grid;
    expectNoIssue(check(g, { overAchievementThreshold: 1.5 }), 'over-achieved');
  });
});
