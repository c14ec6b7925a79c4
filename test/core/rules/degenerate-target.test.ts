import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/** rules.md `degenerate-target` (info): `≥100%` style targets that can only be met exactly. */
describe('degenerate-target', () => {
  it.each(['≥100%', '不低于100%', '100%以上'])('fires on %p, naming the indicator and quoting the target', (target) => {
    const f = nationalForm({ indicators: withIndicator(2, { target }) });
    const i = theIssue(check(f.grid), 'degenerate-target', f.at.indicator(2, 'target'));
    expect(i).toMatchObject({ severity: 'info', indicator: '工程按期完工率' });
    expect(i.message).toContain(target);
  });

  it('fires on =100% too, which is scored like ≥ (and says so)', () => {
    const f = nationalForm({ indicators: withIndicator(2, { target: '=100%', actual: '100%' }) });
    expect(theIssue(check(f.grid), 'degenerate-target', f.at.indicator(2, 'target')).message).toContain('按“≥”计分');
  });

  it.each(['≥99%', '≤100%', '≥100人', '=99%'])('near miss: %p', (target) => {
    expectNoIssue(check(nationalForm({ indicators: withIndicator(2, { target, actual: target.endsWith('人') ? '100人' : '100%' }) }).grid), 'degenerate-target');
  });
});
