import { issueMessage } from '../i18n/issueMessages';
import { RULE_IDS, RuleId, Severity } from '../report/ruleIds';
import type { Locale } from '../report/settingsValues';
import { BUDGET_RULES } from './budgetRules';
import { FORM_RULES } from './formRules';
import { INDICATOR_RULES } from './indicatorRules';
import { RuleCatalogue, RuleMeta } from './ruleMeta';
import { SCORING_RULES } from './scoringRules';
import { STRUCTURE_RULES } from './structureRules';

/**
 * The rule catalogue: one entry per rule id (the compiler checks that none is missing), the
 * single source of what each rule checks, its severity, why it matters, how to fix it and an
 * example. docs/rules.md is generated from it (npm run docs; a test fails when it is stale), the
 * task pane shows it under "为什么？", and `check --explain RULE` prints it.
 */
export const RULE_CATALOGUE: RuleCatalogue = {
  ...FORM_RULES,
  ...BUDGET_RULES,
  ...INDICATOR_RULES,
  ...STRUCTURE_RULES,
  ...SCORING_RULES,
};

/** The entries in RULE_IDS order (the order of rules.md). */
export function allRules(): RuleMeta[] {
  return RULE_IDS.map((id) => RULE_CATALOGUE[id] as RuleMeta);
}

export function ruleMeta(id: RuleId): RuleMeta {
  return RULE_CATALOGUE[id] as RuleMeta;
}

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

/** Every severity the rule can be reported with. */
export function ruleSeverities(id: RuleId): Severity[] {
  const meta = ruleMeta(id);
  return [meta.severity, ...(meta.otherSeverities ?? []).map((o) => o.severity)];
}

/** The message the example table gets, in the language asked for. */
export function exampleMessage(id: RuleId, locale: Locale): string {
  const meta = RULE_CATALOGUE[id] as RuleMeta<typeof id>;
  return issueMessage(locale, id, meta.example.params);
}

/** Rule ids close to a mistyped one (shared prefix or containing it), for "did you mean". */
export function similarRules(input: string): RuleId[] {
  const q = input.trim().toLowerCase();
  if (q === '') return [];
  const words = q.split(/[-_\s]+/).filter((w) => w.length >= 3);
  return RULE_IDS.filter((id) => id.includes(q) || q.includes(id) || words.some((w) => id.includes(w))).slice(0, 8);
}
