/**
 * What to assign to `range.values` so that Excel stores exactly the intended value. Excel parses
 * assigned strings like typed input: `=…`, `+…`, `-…`, `@…` become formulas, "12%", "1/2",
 * "TRUE" become numbers, dates or booleans. A leading apostrophe (Excel's prefix character) keeps
 * such text as text; the apostrophe is not part of the value read back.
 */
import type { CellValue } from '../core/grid/cellGrid';

/** Strings Excel would turn into a formula. */
const FORMULA_START = /^[=+\-@]/;
/** Strings Excel would turn into a number, percentage, date or time. */
const NUMBER_LIKE = /^\s*[(]?[-+]?[$¥￥€£]?\s*[\d.,]+\s*%?[)]?\s*$|^\s*\d{1,4}\s*[/\-.年]\s*\d{1,2}(\s*[/\-.月]\s*\d{1,4}日?)?\s*$|^\s*\d{1,2}:\d{2}(:\d{2})?\s*$/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;

/** True when Excel would not store the string as the same text if it were assigned as is. */
export function needsTextPrefix(text: string): boolean {
  if (text === '') return false;
  return FORMULA_START.test(text) || NUMBER_LIKE.test(text) || BOOLEAN_LIKE.test(text) || text.startsWith("'");
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
