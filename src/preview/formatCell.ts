import type { CellValue } from '../core/grid/cellGrid';

/**
 * How Excel would display a value with its number format, for the preview's grid: General
 * numbers, percentages (0%, 0.0%, 0.00%, …), fixed decimals with or without thousands separators
 * (0, 0.00, #,##0.00, with a literal suffix such as "万元"), text (@). Anything more exotic falls
 * back to General; the engine never depends on this (it reads values, not display text).
 */

export type CellAlign = 'left' | 'center' | 'right';

export interface DisplayCell {
  text: string;
  align: CellAlign;
}

/** Rounds |x| × 10^shift to `decimals` places, half away from zero, without binary drift. */
function fixed(abs: number, shift: number, decimals: number): string {
  // Shift through the decimal exponent (0.95875 → 95.875 exactly), then round on an integer.
  const scaled = Number(`${abs}e${shift + decimals}`);
  if (!Number.isFinite(scaled)) return (abs * 10 ** shift).toFixed(decimals);
  const int = Math.round(scaled);
  if (decimals === 0) return String(int);
  const digits = String(int).padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Excel's General: up to 11 characters' worth of precision; integers as they are. */
export function formatGeneral(v: number): string {
  if (Object.is(v, -0) || v === 0) return '0';
  const abs = Math.abs(v);
  if (Number.isInteger(v) && abs < 1e11) return String(v);
  if (abs >= 1e11 || abs < 1e-9) {
    const [m, e] = v.toExponential(5).split('e');
    const mant = m.replace(/\.?0+$/, '');
    const exp = Number(e);
    return `${mant}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(Number(v.toPrecision(10)));
}

interface ParsedFormat {
  percent: boolean;
  decimals: number;
  grouping: boolean;
  prefix: string;
  suffix: string;
}

/** Understands one section of a number format: [literal]0[.0…][%][literal]. Null when it cannot. */
function parseNumberFormat(format: string): ParsedFormat | null {
  // The first section is the one for positive numbers (and all numbers when there is one).
  let f = format.split(';')[0] ?? '';
  f = f
    .replace(/\[[^\]]*\]/g, '') // [Red], [$-804] …
    .replace(/_./g, '') // _) padding
    .replace(/\*./g, ''); // *  fill
  const literal = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const m = /^((?:"[^"]*"|\\.|[^0#?,.%])*)([#,0?]*0[#,0?]*|#[#,]*)(\.([0#?]+))?(%?)((?:"[^"]*"|\\.|[^0#?])*)$/.exec(f);
  if (!m) return null;
  const suffixRaw = m[6] ?? '';
  // A bare % (not quoted, not escaped) in the suffix scales too.
  const bare = suffixRaw.replace(/"[^"]*"|\\./g, '');
  const percent = m[5] === '%' || bare.includes('%');
  const suffix = percent && m[5] !== '%' ? suffixRaw.replace(/("[^"]*"|\\.)|%/g, (_all: string, kept: string | undefined) => kept ?? '') : suffixRaw;
  return {
    percent,
    decimals: m[4] ? m[4].replace(/[#?]/g, '').length || 0 : 0,
    grouping: m[2].includes(','),
    prefix: literal(m[1] ?? ''),
    suffix: literal(suffix),
  };
}

export function formatNumber(v: number, format: string | undefined): string {
  if (!Number.isFinite(v)) return String(v);
  if (!format || /^general$/i.test(format) || format === '@') return formatGeneral(v);
  const p = parseNumberFormat(format);
  if (!p) return formatGeneral(v);
  let body = fixed(Math.abs(v), p.percent ? 2 : 0, p.decimals);
  if (p.grouping) {
    const [i, d] = body.split('.');
    body = d === undefined ? group(i) : `${group(i)}.${d}`;
  }
  const negative = v < 0 && /[1-9]/.test(body);
  return `${negative ? '-' : ''}${p.prefix}${body}${p.percent ? '%' : ''}${p.suffix}`;
}

export function displayCell(value: CellValue | undefined, format: string | undefined, error?: string): DisplayCell {
  if (error) return { text: error, align: 'center' };
  if (value === null || value === undefined) return { text: '', align: 'left' };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', align: 'center' };
  if (typeof value === 'number') {
    if (format === '@') return { text: formatGeneral(value), align: 'left' };
    return { text: formatNumber(value, format), align: 'right' };
  }
  if (/^#(DIV\/0!|REF!|VALUE!|N\/A|NAME\?|NUM!|NULL!)$/.test(value)) return { text: value, align: 'center' };
  return { text: value, align: 'left' };
}
