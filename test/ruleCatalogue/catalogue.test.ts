import { issueMessage, IssueParams } from '../../src/core/i18n/issueMessages';
import { RULE_IDS, RuleId, SEVERITIES } from '../../src/core/report/ruleIds';
import { LOCALES } from '../../src/core/report/settingsValues';
import { allRules, exampleMessage, isRuleId, RULE_CATALOGUE, ruleSeverities, similarRules } from '../../src/core/rules/catalogue';
import { explainRule, severityText } from '../../src/core/rules/explainRule';
import { RULE_CATEGORIES } from '../../src/core/rules/ruleMeta';

const CJK = /[\u4e00-\u9fff]/;

describe('the rule catalogue', () => {
  it('has exactly one entry per rule id, under its own id', () => {
    expect(Object.keys(RULE_CATALOGUE).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(RULE_CATALOGUE[id].id).toBe(id);
    expect(allRules().map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it.each([...RULE_IDS])('%s: says what it checks, why, how to fix it and shows an example, in both languages', (id) => {
    const r = RULE_CATALOGUE[id];
    expect(SEVERITIES).toContain(r.severity);
    expect(RULE_CATEGORIES).toContain(r.category);
    for (const text of [r.title, r.checks, r.why, r.fix, r.example.situation]) {
      expect(text['zh-CN'].trim().length).toBeGreaterThan(1);
      expect(text['zh-CN']).toMatch(CJK);
      expect(text['en-US'].trim().length).toBeGreaterThan(1);
    }
    for (const o of r.otherSeverities ?? []) {
      expect(o.severity).not.toBe(r.severity);
      expect(o.when['zh-CN']).toMatch(CJK);
    }
    for (const locale of LOCALES) expect(exampleMessage(id, locale).length).toBeGreaterThan(5);
  });

  it.each([...RULE_IDS])('%s: the example’s message says what to do, in both languages', (id) => {
    expect(exampleMessage(id, 'zh-CN')).toMatch(/请|可自动填入|建议/);
    expect(exampleMessage(id, 'en-US')).toMatch(
      /\b(fill|check|change|give|delete|add|use|move|write|enter|explain|describe|make|score|convert|adjust|consider|open|start|say|filled in)\b/i,
    );
  });

  it('knows its ids and suggests close ones for a typo', () => {
    expect(isRuleId('degenerate-target')).toBe(true);
    expect(isRuleId('degenerate')).toBe(false);
    expect(similarRules('degenerate')).toEqual(['degenerate-target']);
    expect(similarRules('score')).toEqual(expect.arrayContaining(['score-mismatch', 'score-empty', 'score-exceeds-weight']));
    expect(similarRules('')).toEqual([]);
  });

  it('lists the other severities a rule can have, with when', () => {
    expect(ruleSeverities('low-execution-unexplained')).toEqual(['warning', 'error']);
    expect(severityText('low-execution-unexplained', 'zh-CN')).toBe('警告（四川口径下为错误）');
    expect(severityText('low-execution-unexplained', 'en-US')).toBe('warning (error under the Sichuan policy)');
    expect(ruleSeverities('over-budget')).toEqual(['error', 'warning']);
    expect(ruleSeverities('formula-error')).toEqual(['error']);
  });

  it('explains a rule in plain text: title, severity, what, why, how, and the example’s real message', () => {
    const zh = explainRule('degenerate-target', 'zh-CN');
    expect(zh).toContain('degenerate-target — 目标只能恰好达到');
    expect(zh).toContain('级别：提示');
    expect(zh).toContain('如何改正：');
    expect(zh).toContain(issueMessage('zh-CN', 'degenerate-target', RULE_CATALOGUE['degenerate-target'].example.params));
    const en = explainRule('degenerate-target', 'en-US');
    expect(en).toContain('Severity: info');
    expect(en).toContain('How to fix it: ');
    expect(en).not.toMatch(/如何改正/);
  });
});

describe('messages name the numbers and say what to do', () => {
  const p = <K extends RuleId>(_rule: K, params: IssueParams[K]) => params;

  it('a score above its weight asks for at most the weight; a negative one for 0 to the weight', () => {
    expect(issueMessage('zh-CN', 'score-exceeds-weight', p('score-exceeds-weight', { name: '接通率', score: '12', weight: '10' }))).toBe(
      '接通率：得分 12 超过分值 10：得分不能超过分值，请改为不超过 10 的得分',
    );
    expect(issueMessage('zh-CN', 'score-exceeds-weight', p('score-exceeds-weight', { name: '接通率', score: '-2', weight: '10' }))).toBe(
      '接通率：得分 -2 为负数：请改为 0 到 10 之间的得分',
    );
    expect(issueMessage('en-US', 'score-exceeds-weight', p('score-exceeds-weight', { name: 'x', score: '12', weight: '10' }))).toContain('give at most 10');
  });

  it('a qualitative score outside its band names the range to score within', () => {
    const m = issueMessage('zh-CN', 'score-mismatch', p('score-mismatch', { name: '社会效益', stated: '18', computed: '12–16' }));
    expect(m).toBe('社会效益：得分 18 不在该完成档次的得分范围 12–16 内：请在这一范围内评分');
    const q = issueMessage('zh-CN', 'score-mismatch', p('score-mismatch', { name: '接通率', stated: '20', computed: '19.6' }));
    expect(q).toContain('请改为 19.6');
  });

  it('units that do not agree: says to use one unit', () => {
    expect(issueMessage('zh-CN', 'unit-mismatch', p('unit-mismatch', { name: '控制数', units: '% / 万元' }))).toBe(
      '控制数：计量单位不一致（% / 万元）：请统一计量单位列、指标值和实际完成值的单位',
    );
  });
});
