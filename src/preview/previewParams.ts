import type { UiLocale } from '../i18n/uiMessages';
import type { PaneTheme } from '../taskpane/App';

/** The preview's URL parameters: language, pane width, theme. */

/** The initial language: `?lang=en` or `?lang=zh`, else Chinese. */
export function initialLocale(search: string): UiLocale {
  const lang = new URLSearchParams(search).get('lang');
  return lang && lang.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

/** A real Excel task pane is 320–350 px wide; `?pane=320` shows the pane at another width (300–480). */
export const DEFAULT_PANE_WIDTH = 340;

export function initialPaneWidth(search: string): number {
  const n = Number(new URLSearchParams(search).get('pane'));
  return Number.isInteger(n) && n >= 300 && n <= 480 ? n : DEFAULT_PANE_WIDTH;
}

/** `?theme=dark` opens the pane in Office's dark theme. */
export function initialTheme(search: string): PaneTheme {
  return new URLSearchParams(search).get('theme') === 'dark' ? 'dark' : 'light';
}
