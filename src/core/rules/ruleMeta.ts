import type { IssueParams } from '../i18n/issueMessages';
import type { RuleId, Severity } from '../report/ruleIds';
import type { Locale } from '../report/settingsValues';

/**
 * What the add-in knows about a rule, kept the way ESLint keeps a rule's meta: one entry per rule
 * id in the catalogue (catalogue.ts), which feeds docs/rules.md, the task pane's "为什么？" and the
 * command line's `--explain`. The finding's own message stays in src/core/i18n/issueMessages.ts;
 * the example here is rendered through it, so that the docs show the message as it is.
 */

/** A text in both of the add-in's languages. */
export type Localized = Readonly<Record<Locale, string>>;

export const RULE_CATEGORIES = ['form', 'header', 'budget', 'indicator', 'scoring', 'weights', 'cells'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export interface RuleMeta<K extends RuleId = RuleId> {
  id: K;
  /** The usual severity. */
  severity: Severity;
  /** Other severities the rule can be given, and when (e.g. a policy that makes it an error). */
  otherSeverities?: readonly { severity: Severity; when: Localized }[];
  category: RuleCategory;
  /**
   * The finding is about how the project performed (a target missed, money unspent), not about
   * how the form was filled in: it belongs in the form's 问题和不足, and the pane's "copy for
   * 问题和不足" lists these only.
   */
  performance?: boolean;
  /** A short name, as a finding's group title: "模板提示文字未删除". */
  title: Localized;
  /** What the rule checks. */
  checks: Localized;
  /** Why a reviewer (the finance bureau, the budget system) cares. */
  why: Localized;
  /** What to do about it. */
  fix: Localized;
  /** A table that triggers it, and the message's parameters for that table. */
  example: { situation: Localized; params: IssueParams[K] };
}

/** Every rule id has its entry: the compiler checks completeness and each example's parameters. */
export type RuleCatalogue = { readonly [K in RuleId]: RuleMeta<K> };

/** The parts of the catalogue one file keeps (a category or two). */
export type RuleGroup<K extends RuleId> = { readonly [P in K]: RuleMeta<P> };

export function L(zh: string, en: string): Localized {
  return { 'zh-CN': zh, 'en-US': en };
}
