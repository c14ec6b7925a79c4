import type { PaneTheme } from './App';

/** The part of Office's theme the pane reads (`isDarkTheme` is missing on older Office). */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Dark when Office says so, else when its body background is dark; light when unknown. */
export function themeFromOffice(theme: OfficeThemeLike | null | undefined): PaneTheme {
  if (!theme) return 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme.bodyBackgroundColor?.trim() ?? '');
  if (!m) return 'light';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  // Relative luminance, roughly: below the middle grey reads as a dark theme.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}
