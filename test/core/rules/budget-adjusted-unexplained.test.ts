import { check, expectNoIssue, theIssue } from '../../support/issues';
import { sichuanForm } from '../../support/sichuanForm';

/** rules.md `budget-adjusted-unexplained` (warning): original ≠ adjusted budget and the form's reason cell is empty. */
describe('budget-adjusted-unexplained', () => {
  const s = (original: number, reason: string | null) =>
    sichuanForm({ budget: [original, 100, 95, '95%', 10, 9.5, reason], subRows: [['其中：财政资金', original, 100, 95]] });

  it('fires on the sichuan 原因 cell when 110 became 100, naming both budgets', () => {
    const g = s(110, null);
    const i = theIssue(check(g.grid), 'budget-adjusted-unexplained', g.at.reason);
    expect(i.severity).toBe('warning');
    expect(i.message).toContain('110');
    expect(i.message).toContain('100');
  });

  it('fires on a small adjustment too (100.5 → 100)', () => {
    expect(theIssue(check(s(100.5, null).grid), 'budget-adjusted-unexplained').severity).toBe('warning');
  });

  it('near miss: the reason is given', () => {
    expectNoIssue(check(s(110, '年中追减预算10万元，用于疫情防控').grid), 'budget-adjusted-unexplained');
  });

  it('near miss: no adjustment', () => {
    expectNoIssue(check(s(100, null).grid), 'budget-adjusted-unexplained');
  });
});
