import Decimal from 'decimal.js';
import { CellValue, isErrorValue } from '../grid/cellGrid';
import { compactText, removeWhiteSpace } from '../text';
import { canonicalUnit, isMoneyUnit, productSignsOf } from './units';
import { Memo } from './memo';

/**
 * Numbers as the forms hold them (rules.md, "Reading values"): Excel numbers, possibly with a
 * percent format; text with thousands separators, full-width digits, or a unit attached
 * (`150万`, `421万元`, `48.9万件` = 489 000 件, `15秒`). Every value is a Decimal built from
 * decimal text, never from binary floating-point arithmetic.
 */

export interface Quantity {
  /** The value, in `unit` (`48.9万件` → 489000, `0.99` in a percent format → 99). */
  value: Decimal;
  /** The canonical unit (`%`, `万元`, `件` …), or null when none was written. */
  unit: string | null;
  /** The number came from text (rule `number-as-text`). */
  fromText: boolean;
  /** An Excel number shown with a percent format (0.99 → 99 %). */
  percentFormat: boolean;
  /** The unit as written after the number (`％`, `万件`, `萬元`), or null. */
  unitText: string | null;
}

export interface ParseQuantityOptions {
  /** The cell's number format (`0.00%`, `#,##0.00"万元"`). */
  numberFormat?: string;
  /** The unit of the column the value sits in; a money unit makes a bare `万` mean 万元. */
  amountColumnUnit?: string | null;
}

/** A number: optional sign, digits with optional comma grouping, optional decimals. */
const NUMBER = /[+\-\u2212]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)/y;

/**
 * Reads a number at `pos` of a compacted (width-folded, white-space-free) text: optional sign
 * (`+`, `-`, `−`), digits with optional thousands commas in groups of three, optional decimals.
 * Returns the value and the index after the number, or null when no number starts there.
 */
export function readNumber(text: string, pos = 0): { value: Decimal; end: number } | null {
  NUMBER.lastIndex = pos;
  const m = NUMBER.exec(text);
  if (!m) return null;
  const digits = m[0].replace(/,/g, '').replace('\u2212', '-');
  return { value: new Decimal(digits), end: pos + m[0].length };
}

/** Words that make a trailing text a phrase rather than a unit (`以上`, `以内`, `的` …). */
const NOT_IN_UNIT = /以上|以下|以内|之内|左右|内$|[的了是和及或与等约未不超低高达前后]/;
const UNIT_CHARS = /^[\u3400-\u9FFFA-Za-z²³°℃·*×⋅・/]{1,8}$/;

/**
 * Whether a text could be a unit written after a number: `%`, `‰`, or one to eight Han characters,
 * Latin letters, `²`, `³`, `°`, `℃`, `·` (or `*` `×` for it) and `/` (`万元`, `个工作日`, `次/年`,
 * `km/h`, compound units `元/人·月`, `元/人*月`, `万元/公里`), not
 * starting with `/` and holding no comparator or phrase word (`以上`, `以内`, `的` …).
 */
export function isPlausibleUnit(raw: string): boolean {
  if (raw === '%' || raw === '‰') return true;
  // A power typed as a digit after the letters (m2, km2, m3) is the superscript.
  const text = productSignsOf(raw).replace(/(?<=[A-Za-z])([23])(?![\d.])/g, (d) => (d === '2' ? '²' : '³'));
  if (!UNIT_CHARS.test(text) || text.startsWith('/') || text.endsWith('/')) return false;
  return !NOT_IN_UNIT.test(text);
}

const MULTIPLIER: Readonly<Record<string, Decimal>> = {
  万: new Decimal(10000),
  亿: new Decimal(100000000),
};

/**
 * Applies a 万 / 亿 written before a unit: `48.9万件` → 489000 件, `3亿人次` → 300000000 人次.
 * 万元 and 亿元 are units and are not scaled. A bare `万` in a money column (its unit 元, 万元 …)
 * means 万元 (`150万` under (万元) is 150 万元); elsewhere it multiplies (`150万` → 1500000).
 */
export function applyMultiplier(
  value: Decimal,
  unit: string | null,
  amountColumnUnit?: string | null,
): { value: Decimal; unit: string | null } {
  const u = canonicalUnit(unit);
  if (u === null) return { value, unit: null };
  const first = u.charAt(0);
  const scale = MULTIPLIER[first];
  if (scale === undefined || isMoneyUnit(u)) return { value, unit: u };
  if (u.length === 1) {
    if (isMoneyUnit(amountColumnUnit)) return { value, unit: `${u}元` };
    return { value: value.times(scale), unit: null };
  }
  return { value: value.times(scale), unit: u.slice(1) };
}

/** The section of a number format that applies to the value (positive; negative; zero; text). */
function formatSection(format: string, value: number): string {
  const sections = splitFormat(format);
  if (value < 0 && sections.length > 1) return sections[1];
  if (value === 0 && sections.length > 2) return sections[2];
  return sections[0];
}

/** Splits a number format on `;` outside quotes and escapes. */
function splitFormat(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format.charAt(i);
    if (ch === '"') quoted = !quoted;
    else if (ch === '\\' && !quoted && i + 1 < format.length) {
      current += ch + format.charAt(i + 1);
      i++;
      continue;
    } else if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/** A format section without its quoted literals, escaped characters and [colour/condition] tags. */
function formatCodes(section: string): string {
  return section.replace(/"[^"]*"?/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

/**
 * Whether an Excel number format shows the value as a percentage (a `%` code outside quotes and
 * escapes, in the section that applies to the value): `0%`, `0.00%`, `#,##0.0%`. A quoted `"%"`
 * is a literal and does not scale.
 */
export function isPercentFormat(format: string | undefined, value = 1): boolean {
  if (!format) return false;
  return formatCodes(formatSection(format, value)).includes('%');
}

/**
 * The unit a custom number format appends as a literal after the digits: `0.00"万元"` → 万元,
 * `#,##0"件"` → 件, `0\秒` → 秒. Null when there is none or it is not a plausible unit.
 */
export function unitFromNumberFormat(format: string | undefined, value = 1): string | null {
  if (!format) return null;
  const section = formatSection(format, value);
  let lastPlaceholder = -1;
  let literal = '';
  let quoted = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section.charAt(i);
    if (ch === '"') {
      quoted = !quoted;
      continue;
    }
    if (quoted) {
      literal += ch;
      continue;
    }
    if (ch === '\\' && i + 1 < section.length) {
      literal += section.charAt(i + 1);
      i++;
      continue;
    }
    if (ch === '[') {
      const close = section.indexOf(']', i);
      if (close > i) i = close;
      continue;
    }
    if (/[0#?]/.test(ch)) {
      lastPlaceholder = i;
      literal = '';
      continue;
    }
    if (/[\u3400-\u9FFF]/.test(ch)) literal += ch;
  }
  if (lastPlaceholder < 0) return null;
  const unit = compactText(literal);
  return unit !== '' && isPlausibleUnit(unit) ? canonicalUnit(unit) : null;
}

/**
 * An Excel number as a Decimal, at Excel's own precision of 15 significant digits: a cell holding
 * =0.1+0.2 carries the binary double 0.30000000000000004, which Excel shows, compares and sums as
 * 0.3. Reading the double's shortest round-trip text would carry the float error into exact
 * arithmetic (an execution rate of 100.00000000000001% for 0.1+0.2 of 0.3).
 */
export function excelDecimal(n: number): Decimal {
  // Weights, scores and amounts repeat across a form; building a Decimal from text is costly.
  return excelDecimals.get(n) ?? excelDecimals.set(n, new Decimal(n.toPrecision(15)));
}

/** Keyed by the number: 0 and -0 share a key, and read alike (toPrecision drops the sign of zero). */
const excelDecimals = new Memo<number, Decimal>();

function fromNumber(n: number, opts: ParseQuantityOptions): Quantity | null {
  if (!Number.isFinite(n)) return null;
  const value = excelDecimal(n);
  if (isPercentFormat(opts.numberFormat, n)) {
    return { value: value.times(100), unit: '%', fromText: false, percentFormat: true, unitText: null };
  }
  const formatUnit = unitFromNumberFormat(opts.numberFormat, n);
  if (formatUnit !== null) {
    const scaled = applyMultiplier(value, formatUnit, opts.amountColumnUnit);
    return { ...scaled, fromText: false, percentFormat: false, unitText: formatUnit };
  }
  return { value, unit: null, fromText: false, percentFormat: false, unitText: null };
}

/**
 * Reads a quantity written as text: white space trimmed (and allowed between the number and
 * its unit), width folded, thousands commas, optional sign, then an optional plausible unit
 * ({@link isPlausibleUnit}). Null for anything else: empty text, error values, comparators
 * (`≥95%`), words, two numbers, digits split by spaces (`1 234`).
 */
function fromText(text: string, opts: ParseQuantityOptions): Quantity | null {
  const trimmed = text.trim();
  if (trimmed === '' || isErrorValue(trimmed)) return null;
  if (/\d\s+[\d.,]|[\d.,]\s+\d/.test(trimmed)) return null;
  // compactText maps character for character (fold, simplify), so indices agree with `raw`.
  const raw = removeWhiteSpace(trimmed);
  const compact = compactText(trimmed);
  const n = readNumber(compact, 0);
  if (!n) return null;
  const rest = compact.slice(n.end);
  if (rest === '') return { value: n.value, unit: null, fromText: true, percentFormat: false, unitText: null };
  if (!isPlausibleUnit(rest)) return null;
  const scaled = applyMultiplier(n.value, rest, opts.amountColumnUnit);
  return { ...scaled, fromText: true, percentFormat: false, unitText: raw.slice(n.end) };
}

/**
 * Reads a cell value as a number with an optional unit.
 *
 * - Excel numbers are read at Excel's precision, 15 significant digits ({@link excelDecimal}: the
 *   double of =0.1+0.2 reads as 0.3); with a percent number format
 *   they are fractions (0.99 → 99, unit `%`, percentFormat); a format literal such as
 *   `0.00"万元"` supplies the unit.
 * - Text: `1,234.5`, `1，234`, `－５`, `99%`, `99％`, `421万元`, `48.9万件` (→ 489000 件),
 *   `150万` (→ 150 万元 in a money column, else 1500000), `15秒`, `3个工作日`.
 * - Null for empty cells, booleans, error values (`#DIV/0!`), and text that is not exactly a
 *   number with an optional unit.
 */
export function parseQuantity(value: CellValue | undefined, opts: ParseQuantityOptions = {}): Quantity | null {
  if (typeof value === 'number') return fromNumber(value, opts);
  if (typeof value === 'string') return fromText(value, opts);
  return null;
}

/**
 * A plain number without a unit, from an Excel number or text (`1,234.5`, `１２３`, ` -5 `,
 * `1，234`). Null for anything else, including `95%` and `150万`.
 */
export function parseDecimalLoose(value: CellValue | undefined): Decimal | null {
  if (typeof value === 'number') return Number.isFinite(value) ? excelDecimal(value) : null;
  if (typeof value !== 'string') return null;
  const q = fromText(value, {});
  return q !== null && q.unitText === null ? q.value : null;
}
