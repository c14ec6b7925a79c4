import { checkWorkbook, GridData, Issue, parseA1, SheetReport } from '../../src/core';
import { readTables } from './buildWorkbook';
import { loadCorpus } from './corpusTable';
import { measureTable } from './measure';
import { VARIANTS } from './variants';

/**
 * Metamorphic tests over the corpus: each table laid out as a person could just as well have typed
 * it (moved down or right, punctuation full- or half-width, line breaks in labels, a signature
 * footer under it) gives the same findings, row for row, as the table itself.
 */
const tables = loadCorpus();
let base: Map<string, GridData[]>;

beforeAll(async () => {
  base = await readTables(tables);
}, 60_000);

function rowOfIssue(i: Issue): number {
  return i.row ?? (i.cell ? parseA1(i.cell).row + 1 : 0);
}

function signature(reports: SheetReport[], rowOf: (row: number) => number): string[] {
  const out = reports.flatMap((r) => r.issues.map((i) => `${i.rule}@${rowOfIssue(i) === 0 ? 0 : rowOf(rowOfIssue(i))}:${i.severity}`));
  out.push(...reports.flatMap((r) => (r.form ? [`kind:${r.form.kind}`] : [])));
  return out.sort();
}

/**
 * Layouts that may change findings (a merge can carry meaning; an inserted column can split a wide
 * label from its value) but not a table's kind or the absence of errors on its clean rows.
 */
const LOOSE: ReadonlySet<string> = new Set(['no merges', 'an empty column inserted', 'an empty column inserted at C', 'an empty column inserted at H']);
/** Layouts that must not change a single finding. */
const STRICT = VARIANTS.filter((v) => !LOOSE.has(v.name));

describe.each(STRICT.map((v) => [v.name, v] as const))('the corpus, %s', (_name, variant) => {
  let grids: Map<string, GridData[]>;
  beforeAll(async () => {
    grids = await readTables(tables.map((t) => ({ ...variant.apply(t), file: t.file })));
  }, 60_000);

  it('gives every table the findings of the table as published', () => {
    const differ = tables.filter((t) => {
      const expected = signature(checkWorkbook(base.get(t.file)!), variant.rowOf);
      const actual = signature(checkWorkbook(grids.get(t.file)!), (r) => r);
      return JSON.stringify(expected) !== JSON.stringify(actual);
    });
    expect(differ.map((t) => t.file)).toEqual([]);
  });
});

describe('the corpus with every cell stored as text', () => {
  let grids: Map<string, GridData[]>;
  beforeAll(async () => {
    grids = await readTables(tables, 'text');
  }, 60_000);

  // A sheet pasted from a web page holds its numbers as text: number-as-text says so on every such
  // cell (and is left out here); every other finding must be the one the typed table gives.
  it('gives every table the findings of the typed table, number-as-text aside', () => {
    const withoutAsText = (s: string[]): string[] => s.filter((x) => !x.startsWith('number-as-text@'));
    const differ = tables.filter((t) => {
      const expected = withoutAsText(signature(checkWorkbook(base.get(t.file)!), (r) => r));
      const actual = withoutAsText(signature(checkWorkbook(grids.get(t.file)!), (r) => r));
      return JSON.stringify(expected) !== JSON.stringify(actual);
    });
    expect(differ.map((t) => t.file)).toEqual([]);
  });
});

describe.each([...LOOSE])('the corpus, %s', (name) => {
  const variant = VARIANTS.find((v) => v.name === name)!;
  let grids: Map<string, GridData[]>;
  beforeAll(async () => {
    grids = await readTables(tables.map((t) => ({ ...variant.apply(t), file: t.file })));
  }, 60_000);

  // Findings may differ (see LOOSE); the kind and the absence of errors on clean rows (other than
  // those recorded as deviations) may not.
  it('gives every table its kind and no error on a row the reviewer found clean', () => {
    const wrong = tables.flatMap((t) => {
      const r = measureTable(t, grids.get(t.file)!);
      return [...(r.kindRight ? [] : [`${t.file}: kind ${r.kinds.join(',')}`]), ...r.cleanRowErrors.filter((e) => e.deviation === null).map((e) => `${t.file}: ${e.issue.rule} on row ${e.row}`)];
    });
    expect(wrong).toEqual([]);
  });
});
