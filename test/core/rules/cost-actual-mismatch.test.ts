import { jingmenGrid, withCell } from '../../support/fixtures';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/**
 * rules.md `cost-actual-mismatch` (warning): a money cost indicator whose target equals the budget
 * but whose actual differs from the executed amount. The national form: 工程建设成本 ≤150万元,
 * budget 150, executed 148.
 */
describe('cost-actual-mismatch', () => {
  const cost = (target: string, actual: string) => nationalForm({ indicators: withIndicator(3, { target, actual }) });

  it('fires when the actual is 145万元 and 148 was executed, naming the indicator and both amounts', () => {
    const f = cost('≤150万元', '145万元');
    const i = theIssue(check(f.grid), 'cost-actual-mismatch', f.at.indicator(3, 'actual'));
    expect(i.severity).toBe('warning');
    expect(i.indicator).toBe('工程建设成本');
    expect(i.message).toContain('工程建设成本');
    expect(i.message).toContain('145万元');
    expect(i.message).toContain('148');
  });

  it('compares across 元 and 万元 (target 1500000元, actual 1450000元)', () => {
    const f = cost('1500000元', '1450000元');
    expect(theIssue(check(f.grid), 'cost-actual-mismatch').indicator).toBe('工程建设成本');
  });

  it('fires on the worked example when 项目预算控制数 reports 400 of the 421 executed', () => {
    const i = theIssue(check(withCell(jingmenGrid(), 'F12', 400)), 'cost-actual-mismatch', 'F12');
    expect(i.indicator).toBe('项目预算控制数');
  });

  it.each([
    ['≤150万元', '148万元'],
    ['150万元', '1480000元'],
    ['≤1500000元', '1480000元'],
  ])('near miss: target %s, actual %s — the executed amount', (target, actual) => {
    expectNoIssue(check(cost(target, actual).grid), 'cost-actual-mismatch');
  });

  it('near miss: a cost target that is not the budget (≤140万元)', () => {
    const f = nationalForm({ indicators: withIndicator(3, { target: '≤140万元', actual: '135万元' }) });
    expectNoIssue(check(f.grid), 'cost-actual-mismatch');
  });
});
