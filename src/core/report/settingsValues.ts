/**
 * The settings' allowed values and defaults as plain constants, without zod: the task pane's first
 * bundle needs them before the engine (and zod) are loaded. settingsSchema.ts builds the schema
 * from these; a test checks that its defaults are DEFAULT_SETTINGS.
 */
export const POLICY_IDS = ['national', 'hubei', 'sichuan'] as const;
export type PolicyId = (typeof POLICY_IDS)[number];

export const FORM_KINDS = ['national-project', 'hubei-project', 'hubei-scored', 'sichuan-project', 'department'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOWER_IS_BETTER = ['ratio', 'linear'] as const;

/** The settings' shape (settingsSchema.ts's `Settings`, which a test checks against this). */
export interface SettingsValues {
  policy: PolicyId | null;
  overAchievementThreshold: number;
  lowExecutionThreshold: number;
  overwriteStated: boolean;
  lowerIsBetter: (typeof LOWER_IS_BETTER)[number];
  locale: Locale;
  includeHidden: boolean;
}

/** What `parseSettings({})` gives (see settingsSchema.ts for what each setting means). */
export const DEFAULT_SETTINGS: Readonly<SettingsValues> = {
  policy: null,
  overAchievementThreshold: 1.2,
  lowExecutionThreshold: 0.9,
  overwriteStated: false,
  lowerIsBetter: 'ratio',
  locale: 'zh-CN',
  includeHidden: false,
};
