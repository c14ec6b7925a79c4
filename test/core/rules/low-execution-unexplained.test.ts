import { hubeiScoredForm } from '../../support/hubeiScoredForm';
import { gridFromValues } from '../../../src/core';
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

  describe('a section whose 存在问题 column stands over its rows (资金管理情况 | 情况说明 | 存在问题 | 改进措施)', () => {
    const sheet = (problem: string | null) =>
      gridFromValues('S', [
        ['项目支出绩效自评表', null, null, null, null, null],
        ['项目名称', '某项目', null, null, null, null],
        ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '执行率', null],
        ['年度资金总额', 100, 100, 60, '60%', null],
        ['资金管理情况', '情况说明', null, '存在问题', null, '改进措施'],
        ['下达及时性', '及时分解下达', null, problem, null, problem ? '加快资金支付' : null],
        ['拨付合规性', '按规定拨付', null, null, null, null],
      ]);

    it('near miss: a cause about the funds in the column explains the low rate', () => {
      expectNoIssue(check(sheet('第三批资金于次年2月才下达，资金下达滞后')), 'low-execution-unexplained');
    });

    it('fires when the column gives no cause', () => {
      expect(theIssue(check(sheet('无')), 'low-execution-unexplained').severity).toBe('warning');
    });

    it('fires when the column is empty', () => {
      expect(theIssue(check(sheet(null)), 'low-execution-unexplained').severity).toBe('warning');
    });
  });
});
