/**
 * Plain-text tables for a terminal: CJK (East Asian Wide / Fullwidth) characters take two
 * columns, combining marks and zero-width characters none.
 */

const WIDE_RANGES: [number, number][] = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // Hiragana … CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x20000, 0x3fffd], // CJK extensions B…
];

const ZERO_RANGES: [number, number][] = [
  [0x0300, 0x036f], // combining diacritics
  [0x200b, 0x200f], // zero-width space, joiners, marks
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // BOM
];

function inRanges(cp: number, ranges: [number, number][]): boolean {
  for (const [lo, hi] of ranges) if (cp >= lo && cp <= hi) return true;
  return false;
}

/** Terminal columns taken by one code point. */
export function charWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (inRanges(cp, ZERO_RANGES)) return 0;
  return inRanges(cp, WIDE_RANGES) ? 2 : 1;
}

/** Terminal columns taken by a string. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0) ?? 0);
  return w;
}

/** Cuts a string to at most `max` columns, ending with `…` when cut. */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch.codePointAt(0) ?? 0);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Pads with spaces to `width` columns (left-aligned, or right-aligned for numbers). */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const pad = Math.max(0, width - displayWidth(text));
  return align === 'left' ? text + ' '.repeat(pad) : ' '.repeat(pad) + text;
}

export interface ColumnSpec {
  /** Longest cell, in columns; longer text is cut with `…`. */
  max?: number;
  align?: 'left' | 'right';
}

/**
 * Lays out a header and rows with columns separated by two spaces, each column as wide as its
 * widest cell (capped by `max`). Line breaks and tabs in cells become spaces. Trailing spaces are
 * trimmed.
 */
export function formatTable(header: string[], rows: string[][], specs: ColumnSpec[] = [], indent = ''): string[] {
  const clean = (s: string, i: number): string => {
    const flat = s.replace(/[\r\n\t]+/g, ' ');
    const max = specs[i]?.max;
    return max ? truncateToWidth(flat, max) : flat;
  };
  const all = [header, ...rows].map((r) => header.map((_, i) => clean(r[i] ?? '', i)));
  const widths = header.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i]))));
  const line = (r: string[]): string =>
    (indent + r.map((c, i) => padToWidth(c, widths[i], specs[i]?.align ?? 'left')).join('  ')).replace(/\s+$/, '');
  const rule = indent + widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(all[0]), rule, ...all.slice(1).map(line)];
}
