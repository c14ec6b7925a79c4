import { parseA1, toA1 } from '../../src/core';
import { CorpusTable } from './corpusTable';

/**
 * Variants of a corpus table that a person could have typed just as well and that must not change
 * what the checker finds: the form further down or right on the sheet, punctuation full-width or
 * half-width, a label's line break as a space or as a break, a signature footer under the form, the
 * merges left out. Each variant maps the table's rows so that its findings can be compared with the
 * original's row for row (`rowOf`).
 */
export interface Variant {
  name: string;
  /** The table as the variant lays it out. */
  apply(table: CorpusTable): CorpusTable;
  /** The variant's row for a row of the original table. */
  rowOf(row: number): number;
}

type Rows = CorpusTable['rows'];

function mapCells(rows: Rows, f: (text: string) => string): Rows {
  return rows.map((row) => row.map((text) => (text === null ? null : f(text))));
}

function shiftRange(range: string, dRow: number, dCol: number): string {
  return range
    .split(':')
    .map((ref) => {
      const { row, col } = parseA1(ref);
      return toA1(row + dRow, col + dCol);
    })
    .join(':');
}

/** Moves the table `dRow` rows down and `dCol` columns right. */
function shifted(table: CorpusTable, dRow: number, dCol: number): CorpusTable {
  const width = Math.max(0, ...table.rows.map((r) => r.length));
  const blankRow = (): (string | null)[] => Array<string | null>(width + dCol).fill(null);
  const rows: Rows = [
    ...Array.from({ length: dRow }, blankRow),
    ...table.rows.map((r) => [...Array<string | null>(dCol).fill(null), ...r]),
  ];
  return {
    ...table,
    rows,
    merges: table.merges.map((m) => shiftRange(m, dRow, dCol)),
    review: table.review.map((i) => ({ ...i, row: i.row + dRow, cell: i.cell ? shiftRange(i.cell, dRow, dCol) : i.cell })),
    clean_rows: table.clean_rows.map((r) => r + dRow),
  };
}

/** A numeral as typed (`30`, `83.5%`, `1,234.5`): left alone, Excel reads it as a number. */
const NUMERAL = /^[+-]?[\d.,]+%?$/;

const HALF_TO_FULL: Record<string, string> = { '(': '（', ')': '）', ':': '：', ',': '，', ';': '；' };
const FULL_TO_HALF: Record<string, string> = Object.fromEntries(Object.entries(HALF_TO_FULL).map(([h, f]) => [f, h]));

function replaceChars(map: Record<string, string>): (text: string) => string {
  const re = new RegExp(`[${Object.keys(map).map((c) => `\\${c}`).join('')}]`, 'g');
  return (text) => (NUMERAL.test(text.trim()) ? text : text.replace(re, (c) => map[c] ?? c));
}

const CJK = '\\u4e00-\\u9fff';
/** A space between two Chinese characters: how the stored pages print a label's line break. */
const SPACE_IN_LABEL = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, 'g');

const FOOTER: string[] = ['填表人：（略）', '联系电话：（略）', '填报日期：2024年3月15日'];

const identityRow = (row: number): number => row;

/** An empty column inserted before column `at`, as Excel inserts one: merges across it widen. */
function withColumnInserted(table: CorpusTable, at: number): CorpusTable {
  const shift = (ref: string): string => {
    const { row, col } = parseA1(ref);
    return toA1(row, col >= at ? col + 1 : col);
  };
  return {
    ...table,
    rows: table.rows.map((r) => [...r.slice(0, at), null, ...r.slice(at)]),
    merges: table.merges.map((m) => m.split(':').map(shift).join(':')),
    review: table.review.map((i) => ({ ...i, cell: i.cell ? i.cell.split(':').map(shift).join(':') : i.cell })),
  };
}

export const VARIANTS: readonly Variant[] = [
  { name: 'three rows down', apply: (t) => shifted(t, 3, 0), rowOf: (r) => r + 3 },
  { name: 'two columns right', apply: (t) => shifted(t, 0, 2), rowOf: identityRow },
  {
    name: 'full-width punctuation',
    apply: (t) => ({ ...t, rows: mapCells(t.rows, replaceChars(HALF_TO_FULL)) }),
    rowOf: identityRow,
  },
  {
    name: 'half-width punctuation',
    apply: (t) => ({ ...t, rows: mapCells(t.rows, replaceChars(FULL_TO_HALF)) }),
    rowOf: identityRow,
  },
  {
    name: 'line breaks in labels',
    apply: (t) => ({ ...t, rows: mapCells(t.rows, (text) => text.replace(SPACE_IN_LABEL, '\n')) }),
    rowOf: identityRow,
  },
  {
    name: 'a signature footer',
    apply: (t) => {
      const width = Math.max(1, ...t.rows.map((r) => r.length));
      const footer = [...FOOTER, ...Array<string | null>(Math.max(0, width - FOOTER.length)).fill(null)].slice(0, width);
      return { ...t, rows: [...t.rows, Array<string | null>(width).fill(null), footer] };
    },
    rowOf: identityRow,
  },
  { name: 'no merges', apply: (t) => ({ ...t, merges: [] }), rowOf: identityRow },
  { name: 'an empty column inserted', apply: (t) => withColumnInserted(t, 3), rowOf: identityRow },
  // Between a field's numbered parts and their texts (Sichuan), and inside a target group spanning
  // sub-columns (Hebei's 预期指标值 over 符号 | 值 | 单位): both gave errors on clean rows before.
  { name: 'an empty column inserted at C', apply: (t) => withColumnInserted(t, 2), rowOf: identityRow },
  { name: 'an empty column inserted at H', apply: (t) => withColumnInserted(t, 7), rowOf: identityRow },
];

