import { themeFromOffice } from './officeEnv';

describe('themeFromOffice', () => {
  test('follows isDarkTheme when Office gives it', () => {
    expect(themeFromOffice({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' })).toBe('dark');
    expect(themeFromOffice({ isDarkTheme: false, bodyBackgroundColor: '#000000' })).toBe('light');
  });

  test('falls back to the body background on older Office', () => {
    expect(themeFromOffice({ bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(themeFromOffice({ bodyBackgroundColor: '#f3f2f1' })).toBe('light');
  });

  test('is light when Office gives no theme', () => {
    expect(themeFromOffice(undefined)).toBe('light');
    expect(themeFromOffice({ bodyBackgroundColor: 'not a colour' })).toBe('light');
  });
});
