/**
 * What to assign to `range.values` so that Excel stores exactly the intended value. Excel parses an
 * assigned string like typed input: "=…", "+…", "-…" become formulas (Excel.Range.values in the
 * Office.js reference), and numbers, percentages, currency, scientific notation ("1e5"), fractions
 * ("1 1/2"), dates in the person's locale ("2024年1月", "1月5日", "1/5"), times ("12:30"),
 * TRUE/FALSE and error literals ("#N/A") become numbers, dates, booleans or errors (Microsoft
 * support, "Stop automatically changing numbers to dates"). Guessing every pattern of every
 * locale cannot be done safely, so text is protected unless it is certainly text: a leading
 * apostrophe (Excel's prefix character, not part of the value read back) on every string except
 * those that start with a Chinese character Excel does not read as a number or date. Text-formatted
 * cells ('@') keep any string as typed and need no prefix.
 */
import type { CellValue } from '../core/grid/cellGrid';

/** Text made only of Chinese numerals and date or time units ("二〇二四年", "三月五日", "十点半"), which Excel may read as a date. */
const CJK_DATEISH = /^([〇零一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾]+\s*[年月日时点分秒号])+[半整]?\s*$/;
/** A CJK ideograph (the unified blocks and the compatibility block). */
const CJK_START = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** True when the string is certainly stored as the same text if assigned as is. */
export function isPlainText(text: string): boolean {
  const t = text.trimStart();
  return CJK_START.test(t) && !CJK_DATEISH.test(t);
}

/** True when Excel might not store the string as the same text if it were assigned as is. */
export function needsTextPrefix(text: string): boolean {
  if (text === '') return false;
  return !isPlainText(text);
}

/**
 * The value to assign for a result or restored cell. `numberFormat` is the format the cell will
 * have: text-formatted cells ('@') keep any string as typed, so they need no prefix.
 */
export function toExcelInput(value: CellValue | undefined, numberFormat?: string | null): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return value;
  if (numberFormat === '@') return value;
  return needsTextPrefix(value) ? `'${value}` : value;
}
