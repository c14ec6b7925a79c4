/**
 * Every user-facing string of the command line, per locale. `enUS` is typed by `CliMessages`
 * (the shape of `zhCN`), so the compiler reports a key missing from either.
 */
import type { Locale } from '../core/report/settingsSchema';
import { enUS } from './messages/enUS';
import { CliMessages, zhCN } from './messages/zhCN';

export type { Band, CliMessages, Grade } from './messages/zhCN';

export const CLI_MESSAGES: Record<Locale, CliMessages> = { 'zh-CN': zhCN, 'en-US': enUS };

export function cliMessages(locale: Locale = 'zh-CN'): CliMessages {
  return CLI_MESSAGES[locale];
}
