import { z } from 'zod';

export const POLICY_IDS = ['national', 'hubei', 'sichuan'] as const;
export type PolicyId = (typeof POLICY_IDS)[number];

export const FORM_KINDS = ['national-project', 'hubei-project', 'hubei-scored', 'sichuan-project', 'department'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * What a person can change. Stored in the document (task pane), passed by flags (CLI).
 * Every field is optional on input; `parseSettings` fills the defaults.
 */
export const settingsSchema = z.object({
  /** null: the policy follows the detected form kind. */
  policy: z.enum(POLICY_IDS).nullable().default(null),
  /** Attainment at or above this (as a fraction) on a ≥ target raises `over-achieved`. */
  overAchievementThreshold: z.number().min(1).max(10).default(1.2),
  /** Execution rates below this (fraction) must be explained. */
  lowExecutionThreshold: z.number().min(0).max(1).default(0.9),
  /** Write-back may replace stated (non-formula) values that differ from the computed ones. */
  overwriteStated: z.boolean().default(false),
  /**
   * How an unmet ≤ target scores: `ratio` A ÷ B (default) or `linear` 1 − (B − A) ÷ A, floored at 0
   * (the form used by the national budget system).
   */
  lowerIsBetter: z.enum(['ratio', 'linear']).default('ratio'),
  locale: z.enum(LOCALES).default('zh-CN'),
  /**
   * Check hidden and very hidden sheets too. Off by default: a hidden sheet (last year's form, a
   * scratch copy) is not what the person submits; the report lists the sheets it skipped.
   */
  includeHidden: z.boolean().default(false),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export function parseSettings(input: unknown = {}): Settings {
  return settingsSchema.parse(input ?? {});
}

export const DEFAULT_SETTINGS: Settings = parseSettings({});
