import Decimal from 'decimal.js';
import { toSimplified } from './toSimplified';

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

const WIDE = /[\uFF01-\uFF5E\u3000\uFE50-\uFE6B]/g;
const WIDE_TEST = /[\uFF01-\uFF5E\u3000\uFE50-\uFE6B]/;

/**
 * Folds width only: full-width ASCII (U+FF01–U+FF5E: （ ） ： ， ％ ＝ ＞ ＜ ０-９ Ａ-Ｚ) to ASCII,
 * the ideographic space U+3000 to a space, and the small form variants (﹦ ﹤ ﹥ ﹪ ﹙ ﹚ …) to ASCII.
 * Comparison signs such as ≧ ≦ ≥ ≤ are not width variants and are kept; so are 、 。 【 】.
 */
export function foldWidth(s: string): string {
  if (!WIDE_TEST.test(s)) return s;
  return s.replace(WIDE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x3000) return ' ';
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    return SMALL_FORMS[ch] ?? ch;
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
  return compactText(s).replace(/:+$/, '');
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
function openingParen(s: string, end: number): number {
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
