import { withCell } from '../../support/fixtures';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';

/** rules.md `number-as-text` (info): a number stored as text where the form expects a number. */
describe('number-as-text', () => {
  const f = nationalForm();

  it.each([
    ['an amount', () => f.at.original, '150'],
    ['an execution score', () => f.at.score, '9.87'],
    ['an indicator weight', () => f.at.indicator(0, 'weight'), '15'],
    ['an indicator score', () => f.at.indicator(0, 'score'), '15'],
    ['the total', () => f.at.totalScore, '99.87'],
  ])('fires on %s typed as text, quoting it', (_what, at, text) => {
    const i = theIssue(check(withCell(f.grid, at(), text)), 'number-as-text', at());
    expect(i.severity).toBe('info');
    expect(i.message).toContain(text);
  });

  it('near miss: Excel numbers', () => {
    expectNoIssue(check(f.grid), 'number-as-text');
  });

  it('near miss: an amount with its unit (150万元) is written as text on purpose', () => {
    expectNoIssue(check(withCell(f.grid, f.at.original, '150万元')), 'number-as-text');
  });

  it('fires on a 总分 written with its unit, 99.87分, and still reads it', () => {
    const r = check(withCell(f.grid, f.at.totalScore, '99.87分'));
    theIssue(r, 'number-as-text', f.at.totalScore);
    expect(r.total?.statedScore).toBe(99.87);
  });

  it('near miss: 99.87分 in a text column that is no points cell', () => {
    expectNoIssue(check(withCell(f.grid, f.at.indicator(0, 'deviation'), '99.87分')), 'number-as-text');
  });
});
