/**
 * docs/rules.md, generated from the rule catalogue (src/core/rules). `npm run docs` writes it;
 * test/docs/rulesDoc.test.ts fails when the committed file is not what this renders.
 */
import { allRules, exampleMessage } from '../../src/core/rules/catalogue';
import { severityNames, severityText } from '../../src/core/rules/explainRule';
import { RULE_CATEGORIES, RuleCategory, RuleMeta } from '../../src/core/rules/ruleMeta';

const CATEGORY_TITLES: Record<RuleCategory, string> = {
  form: '表格 · The form',
  header: '表头 · Header fields',
  budget: '预算执行 · Budget execution',
  indicator: '绩效指标 · Indicators',
  scoring: '得分与总分 · Scores and total',
  weights: '分值 · Weights',
  cells: '单元格 · Cells',
};

/** Markdown text of a table cell: no pipes, no line breaks. */
function cellText(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function ruleSection(r: RuleMeta): string[] {
  return [
    `### \`${r.id}\``,
    '',
    `**${r.title['zh-CN']}** · ${r.title['en-US']}`,
    '',
    `级别：${severityText(r.id, 'zh-CN')} · Severity: ${severityText(r.id, 'en-US')}`,
    '',
    `- **检查内容**：${r.checks['zh-CN']}`,
    `- **为什么重要**：${r.why['zh-CN']}`,
    `- **如何改正**：${r.fix['zh-CN']}`,
    `- **示例**：${r.example.situation['zh-CN']}`,
    `- **提示**：${exampleMessage(r.id, 'zh-CN')}`,
    '',
    `- **What it checks**: ${r.checks['en-US']}`,
    `- **Why it matters**: ${r.why['en-US']}`,
    `- **How to fix it**: ${r.fix['en-US']}`,
    `- **Example**: ${r.example.situation['en-US']}`,
    `- **Message**: ${exampleMessage(r.id, 'en-US')}`,
    '',
  ];
}

export function renderRulesDoc(): string {
  const rules = allRules();
  const lines: string[] = [
    '<!-- Generated from src/core/rules by `npm run docs`. Do not edit by hand: a test fails when this file is stale. -->',
    '',
    '# 检查规则 · Rules',
    '',
    '每条检查结果都有一个规则编号（如 `degenerate-target`）、级别、所在单元格和一条说明。**错误**：评审或预算管理系统会退回；**警告**：评审会质疑；**提示**：加载项可以自动填写，或只是写法问题。',
    '规则编号是公开约定（JSON 报告、设置、已接受的问题都用它），不会改名或删除。命令行 `npm run check -- --explain 规则编号` 显示一条规则的说明；任务窗格中每条问题的“为什么？”显示同样的内容。',
    '',
    'Every finding has a rule id (such as `degenerate-target`), a severity, the cell it is about and a message. **Error**: a reviewer or the budget system would reject the table; **warning**: a reviewer would question it; **info**: something the add-in can fill in, or a matter of style.',
    'Rule ids are a public contract (JSON report, settings, accepted findings): never renamed or removed. `npm run check -- --explain RULE` prints a rule’s explanation; the task pane shows the same under “为什么？” (Why?) for every finding.',
    '',
    `| 规则 · rule | 级别 · severity | 说明 · title |`,
    `|---|---|---|`,
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${cellText(severityNames(r.id, 'zh-CN'))} · ${cellText(severityNames(r.id, 'en-US'))} | ${cellText(r.title['zh-CN'])} · ${cellText(r.title['en-US'])} |`),
    '',
  ];
  for (const category of RULE_CATEGORIES) {
    const inCategory = rules.filter((r) => r.category === category);
    if (inCategory.length === 0) continue;
    lines.push(`## ${CATEGORY_TITLES[category]}`, '');
    for (const r of inCategory) lines.push(...ruleSection(r));
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}
