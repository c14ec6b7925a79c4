import { departmentForm } from '../../support/departmentForm';
import { hubeiScoredForm } from '../../support/hubeiScoredForm';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';

/** rules.md `over-budget` (error): executed > budget (rate above 100%). */
describe('over-budget', () => {
  const sub = (e: number): [string, number, number, number][] => [['其中：当年财政拨款', 150, 150, e]];

  it('fires on 151 executed of 150, naming both amounts and the rate', () => {
    const f = nationalForm({ budget: [150, 150, 151, 10, '100.67%', 10], subRows: sub(151), totalScore: 100 });
    const i = theIssue(check(f.grid), 'over-budget', f.at.executed);
    expect(i.severity).toBe('error');
    expect(i.message).toContain('151');
    expect(i.message).toContain('150');
    expect(i.message).toContain('100.67%');
  });

  it('fires by the smallest amount: 150.01 of 150', () => {
    const f = nationalForm({ budget: [150, 150, 150.01, 10, '100.01%', 10], subRows: sub(150.01), totalScore: 100 });
    expect(theIssue(check(f.grid), 'over-budget', f.at.executed).severity).toBe('error');
  });

  it('measures against the adjusted budget: 155 of an adjusted 150 fires although the original was 160', () => {
    const f = nationalForm({ budget: [160, 150, 155, 10, '103.33%', 10], subRows: [], totalScore: 100 });
    expect(theIssue(check(f.grid), 'over-budget', f.at.executed).severity).toBe('error');
  });

  it('fires on the hubei-scored form (执行数(B) > 预算数(A))', () => {
    const h = hubeiScoredForm({ budget: [200, 210, '105%', 20], totalScore: 100 });
    expect(theIssue(check(h.grid), 'over-budget', h.at.executed).severity).toBe('error');
  });

  it('near miss: executed equal to the budget (100%)', () => {
    const f = nationalForm({ budget: [150, 150, 150, 10, '100%', 10], subRows: sub(150), totalScore: 100 });
    expectNoIssue(check(f.grid), 'over-budget');
  });

  it('near miss: executed above the original but within the adjusted budget', () => {
    const f = nationalForm({ budget: [140, 150, 145, 10, '96.67%', 9.67], subRows: [], totalScore: 99.67 });
    expectNoIssue(check(f.grid), 'over-budget');
  });
});

describe('over-budget on a department form measured against 年初预算数', () => {
  it('fires as a warning naming the missing adjusted budget: the rate may exceed 100% there (forms.md)', () => {
    const f = departmentForm({ adjustedColumn: false, budget: [500, null, 520, 10, 10], subRows: [] });
    const r = check(f.grid);
    const i = theIssue(r, 'over-budget', f.at.executed);
    expect(i.severity).toBe('warning');
    expect(i.message).toContain('年初预算数');
    expect(i.message).toContain('调整后');
    expect(r.budget?.rate).toBeCloseTo(1.04, 6);
    expect(r.budget?.score).toBe(10);
  });

  it('near miss: a department form spending within its 年初预算数', () => {
    const f = departmentForm({ adjustedColumn: false, budget: [500, null, 480, 10, 9.6], subRows: [] });
    expectNoIssue(check(f.grid), 'over-budget');
  });

  it('still fires on a department form that has a 全年预算数 column', () => {
    const f = departmentForm({ adjustedColumn: true, budget: [500, 500, 520, 10, 10], subRows: [] });
    expect(theIssue(check(f.grid), 'over-budget').severity).toBe('error');
  });
});
