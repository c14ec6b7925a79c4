import { check, expectNoIssue, theIssue } from '../../support/issues';
import { sichuanForm } from '../../support/sichuanForm';
import { nationalForm } from '../../support/nationalForm';
import { stackGrids } from '../../support/stackGrids';
import { gridFromValues } from '../../../src/core';

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

/** Forms whose budget block has no reason cell (the national template): the reason footer counts. */
describe('budget-adjusted-unexplained on a form without a reason cell', () => {
  const national = (adjusted: number, executed: number) =>
    nationalForm({ budget: [150, adjusted, executed, 10, `${((executed / adjusted) * 100).toFixed(2)}%`, Number(((executed / adjusted) * 10).toFixed(2))], subRows: [['其中：当年财政拨款', 150, adjusted, executed]] });
  const withFooter = (f: ReturnType<typeof national>, text: string) =>
    stackGrids([f.grid, gridFromValues('x', [['偏差原因分析', text, null, null, null, null, null, null, null]], ['B1:I1'])], 0);

  it('fires on the adjusted budget when no footer speaks of the adjustment', () => {
    const f = national(160, 158);
    const i = theIssue(check(f.grid), 'budget-adjusted-unexplained', f.at.adjusted);
    expect(i.severity).toBe('warning');
    expect(i.message).toContain('150');
    expect(i.message).toContain('160');
  });

  it('near miss: the reason footer explains the adjustment', () => {
    const f = national(160, 158);
    expectNoIssue(check(withFooter(f, '年中追加预算10万元，用于管网延伸工程')), 'budget-adjusted-unexplained');
  });

  it('fires when the footer speaks of something else', () => {
    const f = national(160, 158);
    expect(theIssue(check(withFooter(f, '部分指标完成值略低于目标，原因是工期受雨季影响')), 'budget-adjusted-unexplained').cell).toBe(f.at.adjusted);
  });

  it('near miss: the budget was adjusted to what was spent (budget-adjusted-to-spend asks about it)', () => {
    const r = check(national(148, 148).grid);
    expectNoIssue(r, 'budget-adjusted-unexplained');
    expect(r.issues.some((i) => i.rule === 'budget-adjusted-to-spend')).toBe(true);
  });
});
