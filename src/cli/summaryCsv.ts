/**
 * `--summary OUT.csv`: the summary table (one row per form) as CSV that Excel opens right: UTF-8
 * with a byte order mark (without it Excel reads the Chinese as the ANSI code page), CRLF line
 * ends, every text quoted when it needs to be — and text that Excel would take for a formula
 * (`=`, `+`, `-`, `@` first) led by an apostrophe, so that a cell typed by the sender cannot run
 * as a formula in the reviewer's Excel (CSV injection).
 */
import { promises as fs } from 'fs';
import type { CliMessages } from './cliMessages';
import type { FormRow } from './summaryRows';

const BOM = '\ufeff';

function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvNumber(value: number | null, places: number): string {
  return value === null ? '' : String(Number(value.toFixed(places)));
}

function percent(value: number | null): string {
  return value === null ? '' : `${(value * 100).toFixed(2)}%`;
}

/** The CSV text of the summary rows (already sorted). */
export function summaryCsv(rows: FormRow[], m: CliMessages): string {
  const lines = [m.book.formsHeader.map(csvText).join(',')];
  for (const r of rows) {
    lines.push(
      [
        csvText(r.file),
        csvText(r.sheet),
        csvText(r.project),
        csvText(r.department),
        csvText(r.kind),
        csvText(r.policy),
        percent(r.rate),
        csvNumber(r.score, 2),
        csvNumber(r.statedScore, 2),
        csvText(r.grade),
        String(r.errors),
        String(r.warnings),
        String(r.infos),
        csvText(r.note),
      ].join(','),
    );
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

export async function writeSummaryCsv(path: string, rows: FormRow[], m: CliMessages): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await fs.writeFile(tmp, summaryCsv(rows, m), 'utf8');
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
