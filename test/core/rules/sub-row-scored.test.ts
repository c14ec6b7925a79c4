import { withCell } from '../../support/fixtures';
import { check, expectNoIssue, issuesOf, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';

/** rules.md `sub-row-scored` (warning): 其中 / sub-rows carry 分值 or 得分 (only the total row is scored). */
describe('sub-row-scored', () => {
  const f = nationalForm();

  it('fires on a 分值 in the 其中：当年财政拨款 row, naming the row', () => {
    const at = f.at.subRow(0, 'weight');
    const i = theIssue(check(withCell(f.grid, at, 10)), 'sub-row-scored', at);
    expect(i.severity).toBe('warning');
    expect(i.message).toContain('当年财政拨款');
  });

  it('fires on a 得分 in the 上年结转资金 row', () => {
    const at = f.at.subRow(1, 'score');
    const i = theIssue(check(withCell(f.grid, at, 5)), 'sub-row-scored', at);
    expect(i.message).toContain('上年结转资金');
  });

  it('fires once per scored cell', () => {
    const g = withCell(withCell(f.grid, f.at.subRow(0, 'weight'), 10), f.at.subRow(0, 'score'), 9.87);
    expect(issuesOf(check(g), 'sub-row-scored')).toHaveLength(2);
  });

  it.each([['—'], ['/'], ['-'], [0], [null]])('near miss: %p in a sub-row', (v) => {
    const g = withCell(withCell(f.grid, f.at.subRow(0, 'weight'), v), f.at.subRow(0, 'score'), v);
    expectNoIssue(check(g), 'sub-row-scored');
  });
});
