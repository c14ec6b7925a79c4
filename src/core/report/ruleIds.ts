/**
 * The rule ids of rules.md. They are part of the public contract (report JSON, tests, settings):
 * never rename one.
 */
export const RULE_IDS = [
  'form-not-found',
  'column-missing',
  'field-empty',
  'placeholder-text',
  'goal-not-narrative',
  'budget-value-invalid',
  'execution-rate-mismatch',
  'execution-rate-empty',
  'over-budget',
  'subtotal-mismatch',
  'low-execution-unexplained',
  'budget-adjusted-to-spend',
  'budget-adjusted-unexplained',
  'execution-weight-unusual',
  'execution-score-mismatch',
  'sub-row-scored',
  'project-budget-mismatch',
  'cost-actual-mismatch',
  'indicator-field-empty',
  'level1-unknown',
  'level2-mismatch',
  'target-unreadable',
  'actual-unreadable',
  'qualitative-actual-unknown',
  'unit-missing',
  'unit-mismatch',
  'unit-nonstandard',
  'percent-out-of-range',
  'degenerate-target',
  'target-not-met-unexplained',
  'over-achieved',
  'score-exceeds-weight',
  'score-mismatch',
  'score-empty',
  'score-deducted-though-met',
  'deviation-text-junk',
  'weights-total',
  'weights-split-unusual',
  'level1-absent',
  'empty-group',
  'duplicate-indicator',
  'misclassified-indicator',
  'number-as-text',
  'formula-error',
  'total-mismatch',
  'total-empty',
  'formula-not-calculated',
  'form-incomplete',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
