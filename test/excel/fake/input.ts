/**
 * How Excel stores a string assigned to `Range.values` in a General-formatted cell: like typed
 * input, it is parsed. The Office.js reference says so for formulas ("If the returned value starts
 * with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula",
 * Excel.Range.values in @types/office-js); Microsoft's support article "Stop automatically
 * changing numbers to dates" (support.microsoft.com/office/452bd2db-cc96-47d1-81e4-72cec11c4ed8)
 * describes the rest of the parse — numbers, percentages, currency, scientific notation,
 * fractions, dates and times become numbers, TRUE/FALSE booleans, error literals errors — and the
 * two ways to keep text: the Text number format ('@') or a leading apostrophe, which is not part
 * of the value. Modelled here for a zh-CN Excel (dates like 2024年1月, 1月5日, 2024/1/5, 1/5).
 */

export interface ParsedInput {
  value: string | number | boolean | null;
  formula?: string;
  /** Set when the input became an Excel error value (valueType 'Error'). */
  error?: string;
  /** The number format Excel gives a General cell for this input (dates, percentages …), if any. */
  numberFormat?: string;
}

const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];

/** Excel's serial number of a date (1900 system: 1 = 1900-01-01, with the 1900 leap-year bug). */
export function excelSerial(year: number, month: number, day: number): number {
  const utc = Date.UTC(year, month - 1, day);
  return Math.round((utc - Date.UTC(1899, 11, 30)) / 86400000);
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** The year Excel assumes for a date typed without one (tests pin it). */
export let CURRENT_YEAR = 2026;
export function setCurrentYear(y: number): void {
  CURRENT_YEAR = y;
}

function parseDate(t: string): ParsedInput | null {
  let m = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/.exec(t);
  if (m && validDate(+m[1], +m[2], +m[3])) return { value: excelSerial(+m[1], +m[2], +m[3]), numberFormat: 'yyyy/m/d' };
  m = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/.exec(t);
  if (m && validDate(+m[1], +m[2], m[3] ? +m[3] : 1)) return { value: excelSerial(+m[1], +m[2], m[3] ? +m[3] : 1), numberFormat: m[3] ? 'yyyy"年"m"月"d"日"' : 'yyyy"年"m"月"' };
  m = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(t);
  if (m && validDate(CURRENT_YEAR, +m[1], +m[2])) return { value: excelSerial(CURRENT_YEAR, +m[1], +m[2]), numberFormat: 'm"月"d"日"' };
  m = /^(\d{1,2})\s*[-/]\s*(\d{1,2})$/.exec(t);
  if (m && validDate(CURRENT_YEAR, +m[1], +m[2])) return { value: excelSerial(CURRENT_YEAR, +m[1], +m[2]), numberFormat: 'm/d' };
  return null;
}

function parseTime(t: string): ParsedInput | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM|上午|下午)?$/i.exec(t);
  if (!m) return null;
  let h = +m[1];
  const min = +m[2];
  const s = m[3] ? +m[3] : 0;
  const half = m[4]?.toUpperCase();
  if (half === 'PM' || half === '下午') h = (h % 12) + 12;
  else if (half === 'AM' || half === '上午') h = h % 12;
  if (h > 23 || min > 59 || s > 59) return null;
  return { value: (h * 3600 + min * 60 + s) / 86400, numberFormat: 'h:mm' };
}

function parseNumber(t: string): ParsedInput | null {
  // (1,234.5) is negative; currency symbols and thousands separators are dropped.
  let s = t;
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    s = paren[1].trim();
    sign = -1;
  }
  let format: string | undefined;
  const currency = /^([-+]?)\s*[¥￥$€£]\s*(.*)$/.exec(s);
  if (currency) {
    s = currency[1] + currency[2];
    format = '¥#,##0.00';
  }
  let percent = false;
  if (/%$/.test(s)) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  if (/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d*)?$|^[-+]?\.\d+$/.test(s)) {
    const n = Number(s.replace(/,/g, '')) * sign;
    if (!Number.isFinite(n)) return null;
    return percent ? { value: n / 100, numberFormat: /\./.test(s) ? '0.00%' : '0%' } : format ? { value: n, numberFormat: format } : { value: n };
  }
  if (!percent && !format && /^[-+]?(\d+\.?\d*|\.\d+)[eE][-+]?\d+$/.test(s)) {
    const n = Number(s) * sign;
    return Number.isFinite(n) ? { value: n, numberFormat: '0.00E+00' } : null;
  }
  return null;
}

function parseFraction(t: string): ParsedInput | null {
  const m = /^([-+]?)(\d+)\s+(\d+)\/(\d+)$/.exec(t);
  if (!m || +m[4] === 0 || +m[3] >= +m[4]) return null;
  const n = (+m[2] + +m[3] / +m[4]) * (m[1] === '-' ? -1 : 1);
  return { value: n, numberFormat: '# ?/?' };
}

/** What Excel stores when `input` is assigned to a cell whose number format is `numberFormat`. */
export function parseInput(input: unknown, numberFormat: string): ParsedInput {
  if (input === null || input === undefined || input === '') return { value: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const text = String(input);
  if (numberFormat === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (/^[=+\-@]/.test(text) && !parseNumber(text.trim())) return { value: null, formula: text.startsWith('=') ? text : `=${text.replace(/^@/, '')}` };
  const t = text.trim();
  if (ERRORS.includes(t.toUpperCase())) return { value: t.toUpperCase(), error: t.toUpperCase() };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  return parseNumber(t) ?? parseFraction(t) ?? parseDate(t) ?? parseTime(t) ?? { value: text };
}
