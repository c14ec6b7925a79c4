import { findingsText, statementOf } from '../../../src/app/present/findingsText';
import { RULE_IDS } from '../../../src/core/report/ruleIds';
import { exampleMessage } from '../../../src/core/rules/catalogue';
import { sampleReport } from '../../../src/taskpane/testing/sampleReport';

describe('findings as text', () => {
  it('for a message: heading, total and counts, then every finding, errors first, with its cell', () => {
    const text = findingsText({ sheet: '项目自评表', reports: [sampleReport()], accepted: [] }, 'zh-CN', 'message');
    expect(text.split('\n')).toEqual([
      '12345热线运行经费（工作表“项目自评表”）检查结果',
      '总分 88.25 / 100（良）；错误 2 条，警告 3 条，提示 1 条',
      '1. 【错误】预算执行得分 9 与计算值 8.35 不符（I6）',
      '2. 【错误】坐席人员服务满意率：实际完成值 99% 未达到年初目标值 100%，请说明偏差原因（F16）',
      '3. 【警告】“实施单位”未填写（B3）',
      '4. 【警告】来电接通量：目标值没有计量单位（E13）',
      '5. 【警告】坐席人员服务满意率：得分未填写（H16）',
      '6. 【提示】来电接通量：指标值只有恰好达到才算完成（E13）',
    ]);
  });

  it('for 问题和不足: only how the project fell short, without the instruction to the clerk', () => {
    expect(findingsText({ sheet: 's', reports: [sampleReport()], accepted: [] }, 'zh-CN', 'problems')).toBe(
      '存在的问题：\n1. 坐席人员服务满意率：实际完成值 99% 未达到年初目标值 100%。',
    );
    expect(findingsText({ sheet: 's', reports: [sampleReport({ issues: [] })], accepted: [] }, 'zh-CN', 'problems')).toBe('未发现问题。');
  });

  it('says how many accepted findings it left out', () => {
    const r = sampleReport();
    const accepted = [{ issue: r.issues[0], accepted: { sheet: 's', rule: r.issues[0].rule, subject: '', column: 'B', reason: '另附', message: '', at: '' } }];
    expect(findingsText({ sheet: 's', reports: [r], accepted }, 'zh-CN', 'message')).toMatch(/另有 1 条已确认保留，未列出。$/);
  });

  it.each([...RULE_IDS])('%s: the statement of its message keeps the facts and drops the instruction', (rule) => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const message = exampleMessage(rule, locale);
      const statement = statementOf(message, locale);
      expect(statement.length).toBeGreaterThan(3);
      expect(message.startsWith(statement)).toBe(true);
      if (locale === 'zh-CN') expect(statement).not.toMatch(/请|可自动填入/);
    }
  });
});
