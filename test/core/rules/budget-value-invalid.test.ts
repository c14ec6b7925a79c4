import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';

/** rules.md `budget-value-invalid` (error): a budget or executed amount of the scored row is empty or not a number. */
describe('budget-value-invalid', () => {
  it('fires on an empty 全年执行数', () => {
    const f = nationalForm({ budget: [150, 150, null, 10, '98.67%', 9.87] });
    const i = theIssue(check(f.grid), 'budget-value-invalid', f.at.executed);
    expect(i.severity).toBe('error');
    expect(i.message).toContain('全年执行数');
  });

  it('fires on a 全年执行数 that is text, quoting it', () => {
    const f = nationalForm({ budget: [150, 150, '待统计', 10, '98.67%', 9.87] });
    const i = theIssue(check(f.grid), 'budget-value-invalid', f.at.executed);
    expect(i.message).toContain('待统计');
  });

  it('fires on an empty 全年预算数 (the adjusted budget is the one the rate uses)', () => {
    const f = nationalForm({ budget: [150, null, 148, 10, '98.67%', 9.87] });
    const i = theIssue(check(f.grid), 'budget-value-invalid', f.at.adjusted);
    expect(i.message).toContain('全年预算数');
  });

  it('fires on a budget of 0 against a positive executed amount', () => {
    const f = nationalForm({ budget: [0, 0, 148, 10, '98.67%', 9.87], subRows: [] });
    expect(theIssue(check(f.grid), 'budget-value-invalid', f.at.adjusted).severity).toBe('error');
  });

  it('says of a budget of 0 that money was spent against it, quoting the amount, not that 0 is no number', () => {
    const f = nationalForm({ budget: [0, 0, 148, 10, '98.67%', 9.87], subRows: [] });
    const m = theIssue(check(f.grid), 'budget-value-invalid', f.at.adjusted).message;
    expect(m).toContain('为 0');
    expect(m).toContain('148');
    expect(m).not.toContain('不是数字');
  });

  it('says the same in English', () => {
    const f = nationalForm({ budget: [0, 0, 148, 10, '98.67%', 9.87], subRows: [] });
    const m = theIssue(check(f.grid, { locale: 'en-US' }), 'budget-value-invalid', f.at.adjusted).message;
    expect(m).toContain('is 0');
    expect(m).toContain('148');
  });

  it('leaves the total unchecked rather than wrong when the execution score cannot be computed', () => {
    const f = nationalForm({ budget: [150, 150, null, 10, '98.67%', 9.87] });
    expectNoIssue(check(f.grid), 'total-mismatch');
  });

  it('near miss: an amount with its unit (148万元) is a number', () => {
    const f = nationalForm({ budget: [150, 150, '148万元', 10, '98.67%', 9.87] });
    const r = check(f.grid);
    expectNoIssue(r, 'budget-value-invalid');
    expect(r.budget?.executed).toBe(148);
  });

  it('near miss: 1480000元 in a (万元) block converts to 148', () => {
    const f = nationalForm({ budget: [150, 150, '1480000元', 10, '98.67%', 9.87] });
    const r = check(f.grid);
    expectNoIssue(r, 'budget-value-invalid');
    expect(r.budget?.executed).toBe(148);
  });

  it('fires on an empty 年初预算数 beside a filled 全年预算数', () => {
    const f = nationalForm({ budget: [null, 150, 148, 10, '98.67%', 9.87], subRows: [] });
    expect(theIssue(check(f.grid), 'budget-value-invalid', f.at.original).severity).toBe('error');
  });

  it('near miss: nothing budgeted and nothing spent (0 of 0)', () => {
    const f = nationalForm({ budget: [0, 0, 0, 10, null, null], subRows: [] });
    expectNoIssue(check(f.grid), 'budget-value-invalid');
  });
});
