import { departmentForm, withDepartmentIndicator } from '../../support/departmentForm';
import { jingmenGrid, withCell } from '../../support/fixtures';
import { HUBEI_BLOCK_1, HUBEI_BLOCK_2, hubeiScoredForm, withHubeiIndicator } from '../../support/hubeiScoredForm';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';
import { sichuanForm, withSichuanIndicator } from '../../support/sichuanForm';

/**
 * rules.md `target-not-met-unexplained`: attainment < 100% or a band below met, and no deviation
 * text for it — an error where the form has a deviation column, a warning where it has only a
 * general reason footer.
 */
describe('target-not-met-unexplained', () => {
  describe('an error on forms with a deviation column', () => {
    it('national: 89% against ≥90%, at the 偏差原因分析 cell, naming the indicator and both values', () => {
      const f = nationalForm({ indicators: withIndicator(6, { actual: '89%', score: 9.89 }) });
      const i = theIssue(check(f.grid), 'target-not-met-unexplained');
      expect(i).toMatchObject({ severity: 'error', cell: f.at.indicator(6, 'deviation'), indicator: '受益群众满意度' });
      expect(i.message).toBe('受益群众满意度：实际完成值 89% 未达到年度指标值 ≥90%，请说明偏差原因');
    });

    it('national: a ≤ target exceeded (工程建设成本 160万元 against ≤150万元)', () => {
      const f = nationalForm({ indicators: withIndicator(3, { actual: '160万元', score: 9.38 }) });
      const i = theIssue(check(f.grid), 'target-not-met-unexplained', f.at.indicator(3, 'deviation'));
      expect(i.message).toContain('160万元');
      expect(i.message).toContain('≤150万元');
    });

    it('national: 2起 against a target of none (0起, no comparator: at most none)', () => {
      const f = nationalForm({ indicators: withIndicator(1, { name: '安全事故发生数', target: '0起', actual: '2起', score: 0 }) });
      expect(theIssue(check(f.grid), 'target-not-met-unexplained', f.at.indicator(1, 'deviation')).message).toContain('2起');
    });

    it('national: a qualitative target partly met (基本完成)', () => {
      const f = nationalForm({ indicators: withIndicator(5, { actual: '基本完成', score: 11 }) });
      const i = theIssue(check(f.grid), 'target-not-met-unexplained', f.at.indicator(5, 'deviation'));
      expect(i).toMatchObject({ severity: 'error', indicator: '工程长效运行' });
      expect(i.message).toContain('基本完成');
    });

    it('national: a deviation cell holding only 0 explains nothing', () => {
      const f = nationalForm({ indicators: withIndicator(6, { actual: '89%', score: 9.89, deviation: 0 }) });
      expect(theIssue(check(f.grid), 'target-not-met-unexplained').severity).toBe('error');
    });

    it('sichuan: at the 未完成原因分析 cell', () => {
      const s = sichuanForm({ indicators: withSichuanIndicator(0, { actual: 480, score: 19.2 }), totalScore: 98.7 });
      const i = theIssue(check(s.grid), 'target-not-met-unexplained', s.at.indicator(0, 'reason'));
      expect(i).toMatchObject({ severity: 'error', indicator: '培训人次' });
      expect(i.message).toContain('480');
      expect(i.message).toContain('500');
    });

    it('department: at the 偏差原因 cell, with the form\'s own column names', () => {
      const d = departmentForm({ indicators: withDepartmentIndicator(0, { actual: '85%', score: 9.44 }), totalScore: 99.04 });
      const i = theIssue(check(d.grid), 'target-not-met-unexplained', d.at.indicator(0, 'deviation'));
      expect(i.severity).toBe('error');
      expect(i.message).toBe('预算编制准确率：全年实际值 85% 未达到年度指标值 ≥90%，请说明偏差原因');
    });
  });

  describe('a warning on forms with only a general reason footer', () => {
    it('hubei-project: the worked example (目标基本完成 names no cause)', () => {
      const i = theIssue(check(jingmenGrid()), 'target-not-met-unexplained');
      expect(i).toMatchObject({ severity: 'warning', cell: 'F16', indicator: '坐席人员服务满意率' });
      expect(i.message).toBe('坐席人员服务满意率：实际完成值 99% 未达到年初目标值 100%，请说明偏差原因');
    });

    it('hubei-scored: 88% against ≥90%, at the actual', () => {
      const h = hubeiScoredForm({ blocks: [withHubeiIndicator(HUBEI_BLOCK_1, 3, { actual: '88%', score: 9.78 }), HUBEI_BLOCK_2], totalScore: 98.78 });
      const i = theIssue(check(h.grid), 'target-not-met-unexplained', h.at.indicator(0, 3, 'actual'));
      expect(i).toMatchObject({ severity: 'warning', indicator: '居民满意度' });
      expect(i.message).toContain('88%');
      expect(i.message).toContain('≥90%');
    });
  });

  describe('near misses', () => {
    it('national: none against a target of none (0起 against 0起)', () => {
      expectNoIssue(check(nationalForm({ indicators: withIndicator(1, { name: '安全事故发生数', target: '0起', actual: '0起' }) }).grid), 'target-not-met-unexplained');
    });

    it('national: the deviation is explained', () => {
      const f = nationalForm({ indicators: withIndicator(6, { actual: '89%', score: 9.89, deviation: '部分群众对供水时段安排不满意，将优化供水调度' }) });
      expectNoIssue(check(f.grid), 'target-not-met-unexplained');
    });

    it('national: exactly at the target (90% against ≥90%) is met', () => {
      expectNoIssue(check(nationalForm({ indicators: withIndicator(6, { actual: '90%' }) }).grid), 'target-not-met-unexplained');
    });

    it('national: a ≤ target reached exactly (150万元 against ≤150万元)', () => {
      expectNoIssue(check(nationalForm({ indicators: withIndicator(3, { actual: '150万元' }) }).grid), 'target-not-met-unexplained');
    });

    it('department: the 偏差原因 column explains it', () => {
      const d = departmentForm({ indicators: withDepartmentIndicator(0, { actual: '85%', score: 9.44, deviation: '年中新增专项资金导致编制准确率下降' }), totalScore: 99.04 });
      expectNoIssue(check(d.grid), 'target-not-met-unexplained');
    });

    it('hubei-project: the 原因分析 footer names the indicator and a cause', () => {
      const g = withCell(jingmenGrid(), 'C20', '坐席人员服务满意率未达目标，原因是个别新入职坐席业务不熟练');
      expectNoIssue(check(g), 'target-not-met-unexplained');
    });

    it('hubei-scored: the 偏差大或目标未完成原因分析 footer explains it', () => {
      const h = hubeiScoredForm({
        blocks: [withHubeiIndicator(HUBEI_BLOCK_1, 3, { actual: '88%', score: 9.78 }), HUBEI_BLOCK_2],
        totalScore: 98.78,
        reason: '居民满意度未达目标，原因是施工期间噪声和出行不便影响居民感受',
      });
      expectNoIssue(check(h.grid), 'target-not-met-unexplained');
    });

    it('a met qualitative target (达成年度指标)', () => {
      expectNoIssue(check(nationalForm().grid), 'target-not-met-unexplained');
    });
  });
});

describe('target-not-met-unexplained: a deviation cell that says nothing', () => {
  it.each(['无', '暂无', '/', '—'])('fires when the deviation cell holds only %s', (text) => {
    const f = nationalForm({ indicators: withIndicator(6, { actual: '89%', score: 9.89, deviation: text }) });
    expect(theIssue(check(f.grid), 'target-not-met-unexplained').severity).toBe('error');
  });

  it('does not fire when the deviation cell gives a cause', () => {
    const f = nationalForm({ indicators: withIndicator(6, { actual: '89%', score: 9.89, deviation: '部分村组供水时段不稳定，群众评价偏低' }) });
    expectNoIssue(check(f.grid), 'target-not-met-unexplained');
  });

  it.each(['未完成原因和改进措施', '偏差原因分析及整改措施', '备注'])('near miss: a reason in the row’s own column headed %s', (heading) => {
    const f = nationalForm({ indicators: withIndicator(1, { actual: '90%', score: 14.21, deviation: '受疫情影响，部分工程延期验收' }) });
    const headerRow = Number(f.at.indicator(0, 'deviation').slice(1)) - 1;
    expectNoIssue(check(withCell(f.grid, `I${headerRow}`, heading)), 'target-not-met-unexplained');
  });
});
