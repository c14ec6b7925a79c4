/**
 * `npm run corpus`: checks every table of test/corpus/tables and prints, per table, the kind found,
 * the reviewer's findings hit and the false errors (errors on rows the reviewer found clean), then
 * the totals. Exits 1 when a table fails its corpus test (see test/corpus/README.md).
 *
 *   npm run corpus                  # the table and the totals
 *   npm run corpus -- --verbose     # also every miss, false error and unreviewed error
 *   npm run corpus -- 05 09         # only the tables whose file name starts so
 */
import { loadCorpus } from '../test/corpus/corpusTable';
import { readTables } from '../test/corpus/buildWorkbook';
import { failures, measureTable, totals } from '../test/corpus/measure';
import { formatCorpus } from '../test/corpus/formatCorpus';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const only = args.filter((a) => !a.startsWith('-'));
  const tables = loadCorpus().filter((t) => only.length === 0 || only.some((o) => t.file.startsWith(o)));
  const grids = await readTables(tables);
  const results = tables.map((t) => measureTable(t, grids.get(t.file)!));
  process.stdout.write(formatCorpus(results, totals(results), verbose));
  return results.some((r) => failures(r).length > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`corpus: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
