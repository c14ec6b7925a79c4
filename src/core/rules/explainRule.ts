import type { RuleId, Severity } from '../report/ruleIds';
import type { Locale } from '../report/settingsValues';
import { exampleMessage, ruleMeta } from './catalogue';

const LABELS = {
  'zh-CN': {
    severity: '级别',
    checks: '检查内容',
    why: '为什么重要',
    fix: '如何改正',
    example: '示例',
    message: '提示',
    severities: { error: '错误', warning: '警告', info: '提示' },
    or: '；',
  },
  'en-US': {
    severity: 'Severity',
    checks: 'What it checks',
    why: 'Why it matters',
    fix: 'How to fix it',
    example: 'Example',
    message: 'Message',
    severities: { error: 'error', warning: 'warning', info: 'info' },
    or: '; ',
  },
} as const satisfies Record<Locale, unknown>;

/** The severity line: "警告（四川口径下为错误）". */
export function severityText(id: RuleId, locale: Locale): string {
  const meta = ruleMeta(id);
  const l = LABELS[locale];
  const name = (s: Severity) => l.severities[s];
  const others = (meta.otherSeverities ?? []).map((o) => (locale === 'zh-CN' ? o.when[locale] : `${name(o.severity)} ${o.when[locale]}`));
  if (others.length === 0) return name(meta.severity);
  return locale === 'zh-CN' ? `${name(meta.severity)}（${others.join(l.or)}）` : `${name(meta.severity)} (${others.join(l.or)})`;
}

/** The severities in a word or two: "error / warning". */
export function severityNames(id: RuleId, locale: Locale): string {
  const meta = ruleMeta(id);
  const l = LABELS[locale];
  return [meta.severity, ...(meta.otherSeverities ?? []).map((o) => o.severity)].map((s) => l.severities[s]).join(' / ');
}

/** A rule explained in plain text (the command line's `--explain RULE`). */
export function explainRule(id: RuleId, locale: Locale): string {
  const meta = ruleMeta(id);
  const l = LABELS[locale];
  const colon = locale === 'zh-CN' ? '：' : ': ';
  return [
    `${id} — ${meta.title[locale]}`,
    `${l.severity}${colon}${severityText(id, locale)}`,
    '',
    `${l.checks}${colon}${meta.checks[locale]}`,
    `${l.why}${colon}${meta.why[locale]}`,
    `${l.fix}${colon}${meta.fix[locale]}`,
    '',
    `${l.example}${colon}${meta.example.situation[locale]}`,
    `${l.message}${colon}${exampleMessage(id, locale)}`,
  ].join('\n');
}
