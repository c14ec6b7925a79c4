import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/** rules.md `target-unreadable` (error): the target is neither a readable quantity nor qualitative text. */
describe('target-unreadable', () => {
  const withTarget = (target: string) => nationalForm({ indicators: withIndicator(1, { target }) });

  it.each(['约95%', '95%左右', '≥', '≥95%以下', '95%%'])('fires on %p, naming the indicator and quoting the text', (target) => {
    const f = withTarget(target);
    const i = theIssue(check(f.grid), 'target-unreadable', f.at.indicator(1, 'target'));
    expect(i).toMatchObject({ severity: 'error', indicator: '工程验收合格率' });
    expect(i.message).toContain('工程验收合格率');
    expect(i.message).toContain(target);
  });

  it.each(['95%以上', '≥95%', '不低于95%', '95%-100%', '效果明显', '12月底前', '符合相关规定'])('near miss: %p is readable', (target) => {
    expectNoIssue(check(withTarget(target).grid), 'target-unreadable');
  });
});
