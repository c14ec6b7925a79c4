import { check, expectNoIssue, issuesOf, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';
import { sichuanForm } from '../../support/sichuanForm';

/** rules.md `subtotal-mismatch` (error): the total row differs from the sum of its 其中 rows (0.01 tolerance), per column. */
describe('subtotal-mismatch', () => {
  const withSubs = (subs: [string, number | null, number | null, number | null][]) => nationalForm({ subRows: subs });

  it('fires on the one column that is off by 0.02, naming the column and both sums', () => {
    const f = withSubs([
      ['其中：当年财政拨款', 150, 150, 147.98],
      ['上年结转资金', null, null, null],
    ]);
    const r = check(f.grid);
    const i = theIssue(r, 'subtotal-mismatch', f.at.executed);
    expect(i.severity).toBe('error');
    expect(i.message).toContain('全年执行数');
    expect(i.message).toContain('148');
    expect(i.message).toContain('147.98');
    expect(issuesOf(r, 'subtotal-mismatch')).toHaveLength(1);
  });

  it('fires per column: two columns off give two findings', () => {
    const f = withSubs([
      ['其中：当年财政拨款', 100, 100, 100],
      ['上年结转资金', 40, 40, 48],
    ]);
    const r = check(f.grid);
    expect(issuesOf(r, 'subtotal-mismatch').map((i) => i.cell).sort()).toEqual([f.at.original, f.at.adjusted].sort());
  });

  it('near miss: 0.01 off is within the tolerance', () => {
    const f = withSubs([
      ['其中：当年财政拨款', 150, 150, 147.99],
      ['上年结转资金', null, null, null],
    ]);
    expectNoIssue(check(f.grid), 'subtotal-mismatch');
  });

  it('near miss: sub-rows that add up exactly (100 + 48 = 148; 0.1 + 0.2 style decimals)', () => {
    expectNoIssue(check(withSubs([['其中：当年财政拨款', 100, 100, 100], ['上年结转资金', 50, 50, 48]]).grid), 'subtotal-mismatch');
    const f = nationalForm({
      budget: [0.3, 0.3, 0.3, 10, '100%', 10],
      subRows: [['其中：当年财政拨款', 0.1, 0.1, 0.1], ['上年结转资金', 0.2, 0.2, 0.2]],
      totalScore: 100,
    });
    expectNoIssue(check(f.grid), 'subtotal-mismatch');
  });

  it('fires on the sichuan form (总额 against 其中：财政资金)', () => {
    const s = sichuanForm({ subRows: [['其中：财政资金', 100, 100, 90], ['单位资金', null, null, null]] });
    const i = theIssue(check(s.grid), 'subtotal-mismatch', s.at.executed);
    expect(i.message).toContain('95');
    expect(i.message).toContain('90');
  });
});
