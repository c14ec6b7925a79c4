import Decimal from 'decimal.js';
import { hasMarkedChar, NEEDS_MAPPING, toSimplified, traditionalChars } from './toSimplified';

/**
 * Label normalisation (forms.md, "Label matching"): labels are split by spaces and line breaks
 * (绩 效 指 标, 年度\n指标值), typed with full-width punctuation and digits (（ ） ： ％ ０-９),
 * converted to Traditional characters (績效指標), and sometimes end with a colon.
 */

/** Small form variants (U+FE50–U+FE6B) with an obvious ASCII counterpart. */
const SMALL_FORMS: Readonly<Record<string, string>> = {
  '\uFE50': ',', // ﹐
  '\uFE52': '.', // ﹒
  '\uFE54': ';', // ﹔
  '\uFE55': ':', // ﹕
  '\uFE56': '?', // ﹖
  '\uFE57': '!', // ﹗
  '\uFE59': '(', // ﹙
  '\uFE5A': ')', // ﹚
  '\uFE5F': '#', // ﹟
  '\uFE60': '&', // ﹠
  '\uFE61': '*', // ﹡
  '\uFE62': '+', // ﹢
  '\uFE63': '-', // ﹣
  '\uFE64': '<', // ﹤
  '\uFE65': '>', // ﹥
  '\uFE66': '=', // ﹦
  '\uFE68': '\\', // ﹨
  '\uFE69': '$', // ﹩
  '\uFE6A': '%', // ﹪
  '\uFE6B': '@', // ﹫
};

/** Unit symbols of one square character (CJK Compatibility, U+3380–U+33DF) as their letters. */
const SQUARE_UNITS: Readonly<Record<string, string>> = {
  '\u338E': 'mg', // ㎎
  '\u338F': 'kg', // ㎏
  '\u3396': 'ml', // ㎖
  '\u339C': 'mm', // ㎜
  '\u339D': 'cm', // ㎝
  '\u339E': 'km', // ㎞
  '\u33A1': 'm²', // ㎡
  '\u33A2': 'km²', // ㎢
  '\u33A5': 'm³', // ㎥
};

const WIDE = /[\uFF01-\uFF5E\u3000\uFE50-\uFE6B\u338E\u338F\u3396\u339C-\u339E\u33A1\u33A2\u33A5]/g;
const WIDE_TEST = /[\uFF01-\uFF5E\u3000\uFE50-\uFE6B\u338E\u338F\u3396\u339C-\u339E\u33A1\u33A2\u33A5]/;

/**
 * Folds width only: full-width ASCII (U+FF01–U+FF5E: （ ） ： ， ％ ＝ ＞ ＜ ０-９ Ａ-Ｚ) to ASCII,
 * the ideographic space U+3000 to a space, the small form variants (﹦ ﹤ ﹥ ﹪ ﹙ ﹚ …) to ASCII,
 * and the square unit symbols (㎡ ㎞ ㎏ …) to their letters (m² km kg).
 * Comparison signs such as ≧ ≦ ≥ ≤ are not width variants and are kept; so are 、 。 【 】.
 */
export function foldWidth(s: string): string {
  if (!WIDE_TEST.test(s)) return s;
  return s.replace(WIDE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x3000) return ' ';
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    return SMALL_FORMS[ch] ?? SQUARE_UNITS[ch] ?? ch;
  });
}

/** All white space, including NBSP, U+3000, line/paragraph separators, and zero-width spaces. */
const WHITE_SPACE = /[\s\u200B-\u200D\u2060\uFEFF]/g;
const WHITE_SPACE_TEST = /[\s\u200B-\u200D\u2060\uFEFF]/;

/** Removes all white space (see {@link WHITE_SPACE}). */
export function removeWhiteSpace(s: string): string {
  if (!WHITE_SPACE_TEST.test(s)) return s;
  return s.replace(WHITE_SPACE, '');
}

/**
 * Width-folded, Simplified, without any white space. Unlike {@link normalizeLabel} it keeps a
 * trailing colon; used for reading values (targets, band words) rather than labels.
 */
export function compactText(s: string): string {
  return removeWhiteSpace(toSimplified(foldWidth(s)));
}

/**
 * The canonical form of a label: width folded, Simplified, all white space removed, trailing
 * colons removed. `年度\n指標值（Ａ）：` → `年度指标值(A)`.
 */
export function normalizeLabel(s: string): string {
  // One test for "anything to change" instead of four passes: most cells hold plain Simplified
  // text without white space, wide forms or a colon, and come back as they are.
  if (!hasMarkedChar(s, MAY_CHANGE)) return s;
  return dropRomanisation(compactText(s)).replace(/:+$/, '');
}

/** Vowels with a pinyin tone mark (and ü with or without one). */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
/** One pinyin syllable in plain letters: an optional initial, one to three vowels, a final. */
const PLAIN_SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]{1,3}(?:ng|n|r)?$/;
/** A parenthesised run of Latin letters right after a Han character (width already folded). */
const ROMAN_GROUP = new RegExp(String.raw`(?<=[\u3400-\u9FFF])\(([a-zA-Z${TONED}]+)\)`, 'g');
const HAS_TONE = new RegExp(`[${TONED}]`);

/**
 * Drops romanisation that mirror sites insert after a character (績效指標(biāo), 項(xiàng)目): a
 * parenthesised run of Latin letters following a Han character, when it carries a tone mark or is
 * a lower-case pinyin syllable of two letters or more. A single letter or capitals are kept:
 * 年度指标值(A), 执行数(b) and 执行率(B/A) name a column.
 */
export function dropRomanisation(s: string): string {
  if (!s.includes('(')) return s;
  return s.replace(ROMAN_GROUP, (group, run: string) => {
    if (HAS_TONE.test(run)) return '';
    return run.length >= 2 && PLAIN_SYLLABLE.test(run) ? '' : group;
  });
}

/**
 * A pattern matching every character that {@link compactText} (and so {@link normalizeLabel})
 * turns into one of `chars`: the characters themselves, their full-width and small forms,
 * Traditional forms and compatibility ideographs. Normalisation maps character by character (and
 * drops white space), so text whose normalised form contains one of `chars` matches the pattern.
 * A cheap pre-filter for hot loops: text that does not match cannot hold the label, and need not
 * be normalised. `chars` are characters of the Basic Multilingual Plane (all Chinese labels are).
 */
export function rawCharsOf(chars: string): RegExp {
  const wanted = [...chars];
  const found = new Set(wanted);
  for (const [ch, n] of foldedChars()) if (wanted.some((w) => n.includes(w))) found.add(ch);
  // Without the `u` flag (every character here is a single UTF-16 unit): a plainer, faster test.
  const escaped = [...found].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  return new RegExp(`[${escaped}]`);
}

let folded: [string, string][] | null = null;

/** The characters normalisation changes, with what each becomes; worked out once. */
function foldedChars(): [string, string][] {
  if (folded) return folded;
  const candidates: string[] = traditionalChars();
  const ranges: [number, number][] = [
    [0x2e80, 0x2fdf], // Kangxi radicals, CJK radicals supplement
    [0x3000, 0x3000], // ideographic space
    [0xf900, 0xfaff], // compatibility ideographs
    [0xfe50, 0xfe6b], // small forms
    [0xff01, 0xff5e], // full-width ASCII
  ];
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) candidates.push(String.fromCharCode(c));
  folded = candidates.map((ch) => [ch, compactText(ch)]);
  return folded;
}

/**
 * Per UTF-16 code unit, 1 for any character that {@link normalizeLabel} may change or drop: wide
 * and small forms, white space, a colon, compatibility ideographs and Traditional characters.
 */
const MAY_CHANGE: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(NEEDS_MAPPING);
  table.fill(1, 0xff01, 0xff5f); // WIDE
  table.fill(1, 0xfe50, 0xfe6c);
  table[0x3a] = 1; // ':'
  table[0x28] = 1; // '(': may open inserted romanisation (績效指標(biāo))
  // White space: every character of \s is at most U+3000, except U+FEFF. One pass of the pattern
  // over all of them (testing each alone cost a noticeable part of loading the engine).
  let upTo3000 = '';
  for (let c = 0; c <= 0x3000; c++) upTo3000 += String.fromCharCode(c);
  for (const ch of upTo3000.match(WHITE_SPACE) ?? []) table[ch.charCodeAt(0)] = 1;
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) table[c] = 1;
  return table;
})();

/**
 * Like {@link rawCharsOf}, for the first character: a pattern matching raw text whose normalised
 * form may start with one of `chars` (after any white space, which normalisation drops).
 */
export function rawStartOf(chars: string): RegExp {
  return new RegExp(`^${WHITE_SPACE_TEST.source}*${rawCharsOf(chars).source}`);
}

type LabelInput = string | number | boolean | null | undefined;

/** The form labels are compared in: normalised, ASCII letters lower-cased (执行数(b) = 执行数(B)). */
function comparable(text: LabelInput): string | null {
  if (text === null || text === undefined || typeof text === 'boolean') return null;
  return normalizeLabel(String(text)).toLowerCase();
}

/**
 * Whether a cell's text is the label, after normalising both. ASCII letters compare
 * case-insensitively, so `执行率(b/A)` matches `执行率(B/A)`. Non-text cells never match.
 */
export function labelMatches(cellText: LabelInput, label: string): boolean {
  const a = comparable(cellText);
  const b = comparable(label);
  return a !== null && b !== null && b !== '' && a === b;
}

/**
 * Whether a cell's text is the label, or the label followed by parenthetical groups:
 * `年度指标值(A)`, `产出指标(50分)`, `预算执行情况（万元）（20分）` all start with their base label.
 * The character after the prefix must be `(`, so `单位名称` does not start with `单位`.
 */
export function labelStartsWith(cellText: LabelInput, prefix: string): boolean {
  const a = comparable(cellText);
  const p = comparable(prefix);
  if (a === null || p === null || p === '') return false;
  if (a === p) return true;
  return a.startsWith(p) && a.charAt(p.length) === '(';
}

/**
 * The index of the `(` that opens the group closing at `end` (which holds `)`), or -1 when the
 * parentheses do not balance.
 */
export function openingParen(s: string, end: number): number {
  let depth = 0;
  for (let i = end; i >= 0; i--) {
    const ch = s.charAt(i);
    if (ch === ')') depth++;
    else if (ch === '(') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * The normalised label without its trailing parenthetical groups:
 * `预算执行情况（万元）（20分）` → `预算执行情况`, `得分(20分*执行率)` → `得分`,
 * `年度绩效目标1（40分）` → `年度绩效目标1`. Inner groups stay (`全年(调整)预算数`), and so does a
 * label that is nothing but a group (`(万元)`) or whose parentheses do not balance.
 */
export function stripParenthetical(s: string): string {
  let out = normalizeLabel(s);
  for (;;) {
    if (!out.endsWith(')')) return out;
    const open = openingParen(out, out.length - 1);
    if (open <= 0) return out;
    out = out.slice(0, open).replace(/:+$/, '');
  }
}

/** The top-level parenthetical groups of a normalised label, their contents in order. */
function parentheticalContents(s: string): string[] {
  const groups: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch === '(') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push(s.slice(start, i));
    }
  }
  return groups;
}

const POINTS = /^(\d+(?:\.\d+)?)分$/;

/**
 * The points a label states as a whole parenthetical group `(N分)`, as a Decimal:
 * `年度绩效目标1（40分）` → 40, `产出指标(50分)` → 50, `预算执行情况（万元）（20分）` → 20,
 * `分值(10分)` → 10. `得分(20分*执行率)` (a formula, not a weight) and `指标权重(分)` (a unit) give
 * null. The first points group wins.
 */
export function extractPointsDecimal(s: string): Decimal | null {
  for (const content of parentheticalContents(normalizeLabel(s))) {
    const m = POINTS.exec(content);
    if (m) return new Decimal(m[1]);
  }
  return null;
}

/** {@link extractPointsDecimal} as a plain number (weights are small decimals: 40, 12.5). */
export function extractPoints(s: string): number | null {
  const d = extractPointsDecimal(s);
  return d === null ? null : d.toNumber();
}
