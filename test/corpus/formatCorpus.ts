import { CorpusTotals, failures, TableResult } from './measure';

/** The per-table lines and totals `npm run corpus` prints. */

function pct(n: number, d: number): string {
  return d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`;
}

function pad(s: string, n: number): string {
  // Chinese characters take two columns in a terminal; the names printed here are ASCII.
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function formatCorpus(results: TableResult[], t: CorpusTotals, verbose: boolean): string {
  const lines: string[] = [];
  const head = `${pad('table', 48)} ${pad('kind expected', 17)} ${pad('kind found', 28)} ${pad('findings hit', 14)} false errors`;
  lines.push(head, '-'.repeat(head.length));
  for (const r of results) {
    const hits = r.items.filter((x) => x.hit).length;
    const dev = r.items.filter((x) => x.deviation).length;
    const found = r.kinds.length === 0 ? 'no form' : r.kinds.join(' + ');
    const falseErrors = r.cleanRowErrors.filter((e) => !e.deviation).length;
    lines.push(
      `${pad(r.table.file, 48)} ${pad(r.table.kind, 17)} ${pad(`${r.kindRight ? 'ok' : 'WRONG'} ${found}`, 28)} ${pad(`${hits}/${r.items.length}${dev ? ` (${dev} dev.)` : ''}`, 14)} ${falseErrors}`,
    );
    if (verbose) {
      for (const f of failures(r)) lines.push(`    ${f}`);
      for (const e of r.otherErrors) lines.push(`    (unreviewed error ${e.rule} at ${e.cell ?? '-'}: ${e.message})`);
    }
  }
  lines.push('-'.repeat(head.length));
  lines.push(`tables ${t.tables}; kind right ${t.kindsRight}/${t.tables}`);
  lines.push(`reviewer's findings flagged: ${t.hits}/${t.items} (${pct(t.hits, t.items)})`);
  const expected = t.items - t.deviations;
  lines.push(`  without the ${t.deviations} recorded deviations: ${t.expectedHits}/${expected} (${pct(t.expectedHits, expected)})`);
  lines.push(`errors on clean rows: ${t.cleanRowErrors} (${t.cleanRowErrors - t.falseErrors} recorded as deviations, ${t.falseErrors} false)`);
  return lines.join('\n') + '\n';
}
