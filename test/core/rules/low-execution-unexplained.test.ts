import { hubeiScoredForm } from '../../support/hubeiScoredForm';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';
import { sichuanForm } from '../../support/sichuanForm';

/**
 * rules.md `low-execution-unexplained`: rate < 90% and no reason text anywhere it could be given;
 * a warning, an error under the sichuan policy.
 */
describe('low-execution-unexplained', () => {
  const national = (executed: number, rate: string, score: number) =>
    nationalForm({ budget: [150, 150, executed, 10, rate, score], subRows: [['其中：当年财政拨款', 150, 150, executed]] });
  const sichuan = (executed: number, reason: string | null, problems?: string) =>
    sichuanForm({
      budget: [100, 100, executed, `${executed}%`, 10, executed / 10, reason],
      subRows: [['其中：财政资金', 100, 100, executed]],
      ...(problems ? { problems } : {}),
    });

  it('is a warning on a national form at 80%, naming the rate and the threshold', () => {
    const f = national(120, '80.00%', 8);
    const i = theIssue(check(f.grid), 'low-execution-unexplained');
    expect(i.severity).toBe('warning');
    expect(i.cell).toBe(f.at.rate);
    expect(i.message).toContain('80%');
    expect(i.message).toContain('90%');
  });

  it('fires just under the threshold: 89.99%', () => {
    const f = national(134.985, '89.99%', 9);
    expect(theIssue(check(f.grid), 'low-execution-unexplained').severity).toBe('warning');
  });

  it('near miss: exactly 90% is not low', () => {
    expectNoIssue(check(national(135, '90.00%', 9).grid), 'low-execution-unexplained');
  });

  it('is an error under the sichuan policy', () => {
    const s = sichuan(80, null);
    const i = theIssue(check(s.grid), 'low-execution-unexplained', s.at.rate);
    expect(i.severity).toBe('error');
    expect(i.message).toContain('80%');
  });

  it('is an error on a national form when the person picks the sichuan policy', () => {
    const f = national(120, '80.00%', 8);
    expect(theIssue(check(f.grid, { policy: 'sichuan' }), 'low-execution-unexplained').severity).toBe('error');
  });

  it('is a warning under the hubei policy (hubei-scored form)', () => {
    const h = hubeiScoredForm({ budget: [200, 160, '80%', 16] });
    expect(theIssue(check(h.grid), 'low-execution-unexplained').severity).toBe('warning');
  });

  it('near miss: a reason in the sichuan 原因 cell', () => {
    expectNoIssue(check(sichuan(80, '因项目招标延期，部分合同款未到支付节点').grid), 'low-execution-unexplained');
  });

  it('sichuan wants the reason in 原因 (forms.md): a cause in the 存在问题 footer alone still fires', () => {
    expect(theIssue(check(sichuan(80, null, '因招标延期，预算执行进度滞后').grid), 'low-execution-unexplained').severity).toBe('error');
  });

  it('a number in the 原因 cell is no reason', () => {
    expect(theIssue(check(sichuan(80, '80%').grid), 'low-execution-unexplained').severity).toBe('error');
  });

  it('judges by the stated rate when the amounts cannot give one (76%, executed unreadable)', () => {
    const f = nationalForm({ budget: [150, 150, 'O', 10, '76%', 7.6], subRows: [] });
    expect(theIssue(check(f.grid), 'low-execution-unexplained').message).toContain('76%');
  });

  it('near miss: a stated 95% with unreadable amounts', () => {
    expectNoIssue(check(nationalForm({ budget: [150, 150, 'O', 10, '95%', 9.5], subRows: [] }).grid), 'low-execution-unexplained');
  });
});
