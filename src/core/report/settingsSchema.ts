import { z } from 'zod';
import { DEFAULT_SETTINGS as DEFAULTS, LOCALES, LOWER_IS_BETTER, POLICY_IDS } from './settingsValues';

export { FORM_KINDS, LOCALES, POLICY_IDS } from './settingsValues';
export type { FormKind, Locale, PolicyId } from './settingsValues';

/**
 * What a person can change. Stored in the document (task pane), passed by flags (CLI).
 * Every field is optional on input; `parseSettings` fills the defaults.
 */
export const settingsSchema = z.object({
  /** null: the policy follows the detected form kind. */
  policy: z.enum(POLICY_IDS).nullable().default(DEFAULTS.policy),
  /** Attainment at or above this (as a fraction) on a ≥ target raises `over-achieved`. */
  overAchievementThreshold: z.number().min(1).max(10).default(DEFAULTS.overAchievementThreshold),
  /** Execution rates below this (fraction) must be explained. */
  lowExecutionThreshold: z.number().min(0).max(1).default(DEFAULTS.lowExecutionThreshold),
  /** Write-back may replace stated (non-formula) values that differ from the computed ones. */
  overwriteStated: z.boolean().default(DEFAULTS.overwriteStated),
  /**
   * How an unmet ≤ target scores: `ratio` A ÷ B (default) or `linear` 1 − (B − A) ÷ A, floored at 0
   * (the form used by the national budget system).
   */
  lowerIsBetter: z.enum(LOWER_IS_BETTER).default(DEFAULTS.lowerIsBetter),
  locale: z.enum(LOCALES).default(DEFAULTS.locale),
  /**
   * Check hidden and very hidden sheets too. Off by default: a hidden sheet (last year's form, a
   * scratch copy) is not what the person submits; the report lists the sheets it skipped.
   */
  includeHidden: z.boolean().default(DEFAULTS.includeHidden),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export function parseSettings(input: unknown = {}): Settings {
  return settingsSchema.parse(input ?? {});
}

export const DEFAULT_SETTINGS: Settings = parseSettings({});
