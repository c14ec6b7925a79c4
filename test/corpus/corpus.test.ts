import { GridData } from '../../src/core';
import { readTables } from './buildWorkbook';
import { loadCorpus } from './corpusTable';
import { DEVIATIONS } from './deviations';
import { failures, measureTable } from './measure';

/**
 * The corpus of real published tables (test/corpus/README.md): each table, built into a workbook
 * the way a person typing it into Excel would leave it and read back through the project's reader,
 * gives the form kind the review names, flags every reviewed finding with its rule on its row, and
 * raises no error on a row the reviewer found clean — except where a recorded deviation says why
 * the review cannot be right by rules.md.
 */
const tables = loadCorpus();
let grids: Map<string, GridData[]>;

beforeAll(async () => {
  grids = await readTables(tables);
}, 60_000);

describe('the corpus', () => {
  it('holds at least 30 tables', () => {
    expect(tables.length).toBeGreaterThanOrEqual(30);
  });

  it('records every deviation against a table of the corpus', () => {
    const files = new Set(tables.map((t) => t.file));
    expect(DEVIATIONS.filter((d) => !files.has(d.table))).toEqual([]);
  });

  it.each(tables.map((t) => [t.file, t] as const))('%s: kind, every reviewed finding, no error on a clean row', (_file, table) => {
    const result = measureTable(table, grids.get(table.file)!);
    expect(failures(result)).toEqual([]);
  });
});
