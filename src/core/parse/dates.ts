/**
 * Dates as Excel shows them. A date cell holds a serial number (days since 1899-12-30) with a date
 * number format; hosts that convert it (the command line's reader) give the ISO text `2024-12-31`
 * with the same format. Either way the engine must read a date, never the number 44895.
 */

/** A number format's codes: quoted literals, escapes and [colour/locale] tags removed. */
function codes(format: string): string {
  return format.replace(/"[^"]*"?/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

/**
 * Whether a number format shows a date (year, month or day codes; `m` counts as a month only
 * without hours or seconds beside it): `yyyy"年"m"月"d"日"`, `yyyy/m/d`, `m月d日`, `yyyy"年"m"月"`.
 */
export function isDateFormat(format: string | undefined | null): boolean {
  if (!format || /^general$/i.test(format)) return false;
  const c = codes(format).toLowerCase();
  if (/[yd]/.test(c)) return true;
  // 年 / 月 / 日 as literals mark a date even when the codes are only m or e.
  if (/[年月日]/.test(format) && /[me]/.test(c) && !/[hs]/.test(c)) return true;
  return /m/.test(c) && !/[hs0#?]/.test(c);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The date of an Excel serial number (1900 date system), or null outside Excel's range. */
export function dateFromSerial(serial: number): DateParts | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000;
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The date of an ISO text `2024-12-31` (as the command line's reader gives dates), or null. */
export function dateFromIso(text: string): DateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * A date as its format shows it: `2024年12月31日` (a format with 年), `2024年12月` (no day code),
 * `12月31日` (no year code), `2024/12/31` (slashes), else `2024-12-31`.
 */
export function formatDate(d: DateParts, format: string | undefined | null): string {
  const f = format ?? '';
  const c = codes(f).toLowerCase();
  const hasYear = c.includes('y') || !/[md]/.test(c);
  const hasDay = c.includes('d') || /日/.test(f);
  if (/[年月日]/.test(f)) {
    return `${hasYear ? `${d.year}年` : ''}${d.month}月${hasDay ? `${d.day}日` : ''}`;
  }
  const mm = String(d.month).padStart(2, '0');
  const dd = String(d.day).padStart(2, '0');
  if (c.includes('/')) return hasDay ? `${d.year}/${d.month}/${d.day}` : `${d.year}/${d.month}`;
  return hasDay ? `${d.year}-${mm}-${dd}` : `${d.year}-${mm}`;
}
