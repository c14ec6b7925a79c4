import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/** rules.md `deviation-text-junk` (warning): a deviation cell holding only a number or `0`. */
describe('deviation-text-junk', () => {
  it.each([[0], ['0'], [12.5], ['98%']])('fires on a deviation cell holding only %p, naming the indicator', (deviation) => {
    const f = nationalForm({ indicators: withIndicator(0, { deviation }) });
    const i = theIssue(check(f.grid), 'deviation-text-junk', f.at.indicator(0, 'deviation'));
    expect(i).toMatchObject({ severity: 'warning', indicator: '新建供水管网长度' });
    expect(i.message).toContain(String(deviation));
  });

  it.each(['无', '因雨季施工延误2周', ''])('near miss: %p', (deviation) => {
    expectNoIssue(check(nationalForm({ indicators: withIndicator(0, { deviation: deviation || null }) }).grid), 'deviation-text-junk');
  });
});
