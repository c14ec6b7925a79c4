import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/** rules.md `total-empty` (info): 总分 empty, the add-in fills it. */
describe('total-empty', () => {
  it('fires on an empty 总分 with the computed total, and plans the write', () => {
    const f = nationalForm({ totalScore: null });
    const r = check(f.grid);
    const i = theIssue(r, 'total-empty', f.at.totalScore);
    expect(i.severity).toBe('info');
    expect(i.message).toContain('99.87');
    expect(r.writes).toContainEqual({ cell: f.at.totalScore, value: 99.87, numberFormat: null, what: 'total', previous: null, overwrites: false });
  });

  it('fires without a value to write while a qualitative score is left to the person', () => {
    const f = nationalForm({ indicators: withIndicator(5, { actual: '基本完成', score: null, deviation: '管护制度尚在完善' }), totalScore: null });
    const r = check(f.grid);
    expect(theIssue(r, 'total-empty', f.at.totalScore).severity).toBe('info');
    expect(r.writes.some((w) => w.cell === f.at.totalScore)).toBe(false);
  });

  it('near miss: a stated total', () => {
    expectNoIssue(check(nationalForm().grid), 'total-empty');
  });
});
