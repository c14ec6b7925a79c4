/**
 * Counts written in Chinese numerals (一套, 两次, 十二期, 一百二十人次): clerks type them as often as
 * digits. The first run of numerals, when it starts with a digit word (一 … 九, 两, 十, 零), is
 * rewritten in digits; whether the result is a measure (a known unit after it) is for the reader to
 * decide, so that 一般, 一致 or 十分满意 stay words.
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const RUN = /[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*/;

/** The value of a run of Chinese numerals below 100 000 000 (十二 → 12, 一万二千 → 12000), or null. */
export function chineseNumeralValue(run: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of run) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null; // 二三: no numeral
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      section += (digit ?? 1) * UNITS[ch];
      digit = null;
    } else if (ch === '万') {
      if (total !== 0) return null;
      total = (section + (digit ?? 0)) * 10_000;
      if (total === 0) return null;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

/** The text with its first run of Chinese numerals in digits (不少于两次 → 不少于2次), or null when it has none. */
export function withArabicNumerals(text: string): string | null {
  const m = RUN.exec(text);
  if (!m) return null;
  const value = chineseNumeralValue(m[0]);
  if (value === null) return null;
  return text.slice(0, m.index) + String(value) + text.slice(m.index + m[0].length);
}
