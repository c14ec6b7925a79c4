import Decimal from 'decimal.js';
import { CellRef } from '../grid/address';
import { Cell, CellGrid, cellText } from '../grid/cellGrid';
import { excelDecimal, isPercentFormat } from '../parse/parseNumber';
import { dateFromIso, dateFromSerial, formatDate, isDateFormat } from '../parse/dates';

/**
 * How the findings quote a cell: as the cell displays it (issue 8, "Read the file as the person
 * sees it"). A percent-formatted 0.835 is `83.5%`, not `0.835`; a date is `2024年12月31日`, not
 * 45657; a number shows as Excel shows it (0.1+0.2 is `0.3`); a long text is cut at the end of a
 * phrase and ends with `…`.
 */

/** Decimal places a number format shows (`0.00%` → 2, `#,##0` → 0), or null for General. */
function formatDecimals(format: string): number | null {
  const section = format.split(';')[0].replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  const m = /[0#?][0#?,]*(?:\.([0#?]+))?/.exec(section);
  if (!m) return null;
  return m[1] ? m[1].length : 0;
}

function plainNumber(n: number): string {
  return excelDecimal(n).toString();
}

/** A number as its format shows it: percent, fixed decimals, thousands separators, dates. */
export function displayNumber(n: number, format: string | undefined): string {
  if (format && isDateFormat(format)) {
    const d = dateFromSerial(n);
    if (d) return formatDate(d, format);
  }
  if (format && isPercentFormat(format, n)) {
    const decimals = formatDecimals(format);
    const pct = excelDecimal(n).times(100);
    return `${decimals === null ? pct.toString() : pct.toFixed(decimals, Decimal.ROUND_HALF_UP)}%`;
  }
  const decimals = format ? formatDecimals(format) : null;
  if (decimals === null) return plainNumber(n);
  const fixed = excelDecimal(n).toFixed(decimals, Decimal.ROUND_HALF_UP);
  if (!format!.includes(',')) return fixed;
  const [whole, frac] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** What a cell shows ('' when empty). */
export function displayCell(cell: Cell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (typeof v === 'number') return displayNumber(v, cell.format);
  if (typeof v === 'string') {
    const t = v.trim();
    if (cell.format && isDateFormat(cell.format)) {
      const d = dateFromIso(t);
      if (d) return formatDate(d, cell.format);
    }
    return t;
  }
  return cellText(v).trim();
}

/** What the cell at `at` shows, cut for quoting (see {@link quoteText}). */
export function displayAt(grid: CellGrid, at: CellRef | null, max = QUOTE_LENGTH): string {
  return at ? quoteText(displayCell(grid.cell(at.row, at.col)), max) : '';
}

/** How long a quoted text may be before it is cut. */
export const QUOTE_LENGTH = 40;

const PHRASE_END = /[，。；：、,.;:！？!?）)\s]/;

/**
 * A text for quoting in a message: whole when short; else cut at the end of a phrase (after a
 * comma, full stop, semicolon, enumeration mark or space) no later than `max` characters, or at the
 * first phrase end after it when none comes early enough, with `…` added. Never cut mid-phrase
 * unless the text has no phrase end at all within twice `max`.
 */
export function quoteText(text: string, max = QUOTE_LENGTH): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  let cut = -1;
  for (let i = max; i >= Math.min(8, max); i--) {
    if (PHRASE_END.test(chars[i - 1] ?? '')) {
      cut = i;
      break;
    }
  }
  if (cut < 0) {
    for (let i = max + 1; i <= Math.min(chars.length, max * 2); i++) {
      if (PHRASE_END.test(chars[i - 1])) {
        cut = i;
        break;
      }
    }
  }
  if (cut < 0) {
    if (chars.length <= max * 2) return text;
    cut = max;
  }
  if (cut >= chars.length) return text;
  return `${chars.slice(0, cut).join('').replace(/[，。；：、,.;:\s]+$/, '')}…`;
}
