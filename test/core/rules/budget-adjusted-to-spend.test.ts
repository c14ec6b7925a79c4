import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';
import { sichuanForm } from '../../support/sichuanForm';

/** rules.md `budget-adjusted-to-spend` (warning): original ≠ adjusted budget and adjusted = executed exactly. */
describe('budget-adjusted-to-spend', () => {
  const f = (o: number, a: number, e: number) => nationalForm({ budget: [o, a, e, 10, `${((e / a) * 100).toFixed(2)}%`, Math.min(e / a, 1) * 10], subRows: [] });

  it('fires when 160 was adjusted to 150 and 150 was spent, naming both budgets', () => {
    const g = f(160, 150, 150);
    const i = theIssue(check(g.grid), 'budget-adjusted-to-spend', g.at.adjusted);
    expect(i.severity).toBe('warning');
    expect(i.message).toContain('160');
    expect(i.message).toContain('150');
  });

  it('fires on the sichuan form (调整后预算数 = 预算执行数)', () => {
    const s = sichuanForm({ budget: [110, 95, 95, '100%', 10, 10, '年中按实际需求调减'], subRows: [], totalScore: 100 });
    expect(theIssue(check(s.grid), 'budget-adjusted-to-spend', s.at.adjusted).severity).toBe('warning');
  });

  it('near miss: adjusted, but not to the amount spent (150 vs 149.99)', () => {
    expectNoIssue(check(f(160, 150, 149.99).grid), 'budget-adjusted-to-spend');
  });

  it('near miss: fully spent but never adjusted', () => {
    expectNoIssue(check(f(150, 150, 150).grid), 'budget-adjusted-to-spend');
  });

  it('fires on a 其中 row when the total row is left at zero', () => {
    const g = nationalForm({ budget: [0, 0, 0, 10, null, null], subRows: [['其中：当年财政拨款', 202.64, 132.912, 132.912]] });
    expect(theIssue(check(g.grid), 'budget-adjusted-to-spend', g.at.subRow(0, 'adjusted')).severity).toBe('warning');
  });

  it('near miss: a 其中 row repeating the total row’s adjustment is not reported twice', () => {
    const g = nationalForm({ budget: [160, 150, 150, 10, '100%', 10], subRows: [['其中：当年财政拨款', 160, 150, 150]] });
    const r = check(g.grid);
    expect(r.issues.filter((i) => i.rule === 'budget-adjusted-to-spend').map((i) => i.cell)).toEqual([g.at.adjusted]);
  });
});
