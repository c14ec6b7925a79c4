import { checkWorkbook, FormKind, GridData, Issue, parseA1, SheetReport } from '../../src/core';
import { CorpusTable, ReviewItem } from './corpusTable';
import { Deviation, deviationsOf } from './deviations';

/**
 * What the engine makes of one corpus table, against its review: the kind of every form found,
 * each review item hit or missed, and the errors on rows the reviewer found clean.
 */
export interface TableResult {
  table: CorpusTable;
  /** The kind of each form found on the sheet, in sheet order (empty: no form). */
  kinds: FormKind[];
  kindRight: boolean;
  items: { item: ReviewItem; hit: boolean; deviation: Deviation | null }[];
  /** Error-severity findings on a clean row (`deviation` set when a recorded one accepts it). */
  cleanRowErrors: { issue: Issue; row: number; deviation: Deviation | null }[];
  /** Error-severity findings the review does not name, on rows it did not call clean. */
  otherErrors: Issue[];
  reports: SheetReport[];
}

/** The sheet rows an issue is about: its cell's row and, for an indicator finding, the indicator's row. */
export function issueRows(i: Issue): number[] {
  const rows = new Set<number>();
  if (i.cell) rows.add(parseA1(i.cell).row + 1);
  if (i.row) rows.add(i.row);
  return [...rows];
}

/**
 * Findings about a form as a whole: reviewers place them on different rows (the block label, the
 * header, the total row, the level's own label), so they match anywhere in the form that holds the
 * review's row.
 */
const FORM_LEVEL: ReadonlySet<string> = new Set(['level1-absent', 'weights-total', 'weights-split-unusual']);

function formRows(r: SheetReport): [number, number] | null {
  if (!r.form) return null;
  const [a, b] = r.form.range.split(':');
  return [parseA1(a).row + 1, parseA1(b ?? a).row + 1];
}

function matches(i: Issue, item: ReviewItem, reports: SheetReport[]): boolean {
  if (i.rule !== item.rule) return false;
  if (item.rule === 'form-not-found') return true;
  if (issueRows(i).includes(item.row)) return true;
  if (!FORM_LEVEL.has(item.rule)) return false;
  const holder = reports.find((r) => r.issues.includes(i));
  const rows = holder ? formRows(holder) : null;
  const other = reports.find((r) => {
    const x = formRows(r);
    return x !== null && x[0] <= item.row && item.row <= x[1];
  });
  // In the form holding the review's row; a row outside every form goes with the nearest form above.
  return rows !== null && (other ? other === holder : item.row >= rows[0]);
}

/**
 * The kind is right when every form found is of the table's kind, or — where the reviewer says the
 * grid holds no form (form-not-found) — when none is found.
 */
function kindIsRight(table: CorpusTable, kinds: FormKind[]): boolean {
  if (kinds.length === 0) return table.review.some((r) => r.rule === 'form-not-found');
  return kinds.every((k) => k === table.kind);
}

export function measureTable(table: CorpusTable, sheets: GridData[]): TableResult {
  const reports = checkWorkbook(sheets);
  const issues = reports.flatMap((r) => r.issues);
  const kinds = reports.flatMap((r) => (r.form ? [r.form.kind] : []));
  const deviations = deviationsOf(table.file);
  const items = table.review.map((item) => {
    const deviation = deviations.find((d) => d.kind === 'not-flagged' && d.rule === item.rule && d.row === item.row) ?? null;
    return { item, hit: issues.some((i) => matches(i, item, reports)), deviation };
  });
  const clean = new Set(table.clean_rows);
  const cleanRowErrors: TableResult['cleanRowErrors'] = [];
  const otherErrors: Issue[] = [];
  for (const i of issues) {
    if (i.severity !== 'error') continue;
    const onClean = issueRows(i).filter((r) => clean.has(r));
    for (const row of onClean) {
      const deviation = deviations.find((d) => d.kind === 'flagged' && d.rule === i.rule && d.row === row) ?? null;
      cleanRowErrors.push({ issue: i, row, deviation });
    }
    if (onClean.length === 0 && !table.review.some((item) => matches(i, item, reports))) otherErrors.push(i);
  }
  return { table, kinds, kindRight: kindIsRight(table, kinds), items, cleanRowErrors, otherErrors, reports };
}

export interface CorpusTotals {
  tables: number;
  kindsRight: number;
  items: number;
  hits: number;
  /** Review items recorded as deviations (not expected to be flagged). */
  deviations: number;
  /** Hits among the items that are not deviations. */
  expectedHits: number;
  cleanRowErrors: number;
  /** Clean-row errors not accepted by a recorded deviation: false errors. */
  falseErrors: number;
}

export function totals(results: TableResult[]): CorpusTotals {
  const t: CorpusTotals = { tables: results.length, kindsRight: 0, items: 0, hits: 0, deviations: 0, expectedHits: 0, cleanRowErrors: 0, falseErrors: 0 };
  for (const r of results) {
    if (r.kindRight) t.kindsRight++;
    for (const x of r.items) {
      t.items++;
      if (x.hit) t.hits++;
      if (x.deviation) t.deviations++;
      else if (x.hit) t.expectedHits++;
    }
    t.cleanRowErrors += r.cleanRowErrors.length;
    t.falseErrors += r.cleanRowErrors.filter((e) => !e.deviation).length;
  }
  return t;
}

/** Review items that must be flagged and are not, and false errors: what makes the corpus fail. */
export function failures(r: TableResult): string[] {
  const out: string[] = [];
  if (!r.kindRight) out.push(`kind: expected ${r.table.kind}, found ${r.kinds.join(', ') || 'no form'}`);
  for (const x of r.items) {
    if (!x.hit && !x.deviation) out.push(`missed ${x.item.rule} on row ${x.item.row} (${x.item.cell ?? '-'})`);
    if (x.hit && x.deviation) out.push(`${x.item.rule} on row ${x.item.row} is flagged although recorded as a deviation`);
  }
  for (const e of r.cleanRowErrors) {
    if (!e.deviation) out.push(`false error ${e.issue.rule} at ${e.issue.cell ?? '-'} on clean row ${e.row}: ${e.issue.message}`);
  }
  for (const d of deviationsOf(r.table.file)) {
    if (d.kind === 'flagged' && !r.cleanRowErrors.some((e) => e.deviation === d)) out.push(`recorded ${d.rule} on row ${d.row} is no longer flagged`);
    if (d.kind === 'not-flagged' && !r.items.some((x) => x.deviation === d)) out.push(`deviation ${d.rule} on row ${d.row} names no review item`);
  }
  return out;
}
