import { parseA1 } from '../core/grid/address';
import type { GridData } from '../core/grid/cellGrid';
import type { Highlight, Issue, SheetReport } from '../core/report/reportSchema';
import type { RuleId } from '../core/report/ruleIds';

/**
 * Findings the person accepted as intended ("已知，保留"), with a short reason. They are stored in
 * the document (HostGateway.saveAccepted) and matched again at every check, so that they are
 * shown as accepted and left out of the counts and the marks.
 *
 * A finding is recognised by what it is about, not by its address alone: the sheet, the rule,
 * the indicator's name (or, for findings about the table, the labels of the finding's row) and
 * the column letter. Rows inserted above it, a re-check or reopening the workbook keep the match;
 * renaming the indicator or the sheet, or moving the finding to another column, drops it.
 */

/** At most this many accepted findings are kept in a document, and a reason this long. */
export const ACCEPTED_MAX = 500;
export const REASON_MAX = 200;

export interface FindingKey {
  sheet: string;
  rule: RuleId;
  /** The indicator's name, or the labels of the finding's row ('' for a finding with no cell). */
  subject: string;
  /** The finding's column letter ('' for a finding with no cell). */
  column: string;
}

export interface AcceptedFinding extends FindingKey {
  reason: string;
  /** The finding's message when it was accepted (shown if it reads differently now). */
  message: string;
  /** When it was accepted (ISO 8601). */
  at: string;
}

/** A finding of this check that matches an accepted one. */
export interface AcceptedIssue {
  issue: Issue;
  accepted: AcceptedFinding;
}

const SUBJECT_MAX = 80;

function clean(text: string): string {
  return text.replace(/\s+/g, '').slice(0, SUBJECT_MAX);
}

/** The first two texts of a sheet row (1-based), joined: what a label row is called. */
export function rowLabels(grid: GridData, row: number): string {
  const cells = grid.cells[row - 1] ?? [];
  const texts: string[] = [];
  for (const c of cells) {
    if (c && typeof c.value === 'string' && c.value.trim() !== '') texts.push(c.value);
    if (texts.length === 2) break;
  }
  return clean(texts.join('|'));
}

export function findingKey(sheet: string, issue: Issue, grid: GridData): FindingKey {
  let column = '';
  let row = issue.row ?? null;
  if (issue.cell) {
    try {
      const at = parseA1(issue.cell);
      column = issue.cell.replace(/\d+$/, '');
      row = row ?? at.row + 1;
    } catch {
      column = '';
    }
  }
  const subject = issue.indicator !== null ? clean(issue.indicator) : row !== null && issue.cell ? rowLabels(grid, row) : '';
  return { sheet, rule: issue.rule, subject, column };
}

export function sameKey(a: FindingKey, b: FindingKey): boolean {
  return a.sheet === b.sheet && a.rule === b.rule && a.subject === b.subject && a.column === b.column;
}

function summaryOf(issues: readonly Issue[]): SheetReport['summary'] {
  const summary = { errors: 0, warnings: 0, infos: 0 };
  for (const i of issues) {
    if (i.severity === 'error') summary.errors++;
    else if (i.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The report with the accepted findings taken out of its issues, counts and highlights (a cell
 * keeps its mark, recoloured and re-worded, while another finding on it is still open), and the
 * findings that were accepted.
 */
export function applyAccepted(
  report: SheetReport,
  grid: GridData,
  accepted: readonly AcceptedFinding[],
): { report: SheetReport; accepted: AcceptedIssue[] } {
  const mine = accepted.filter((a) => a.sheet === report.sheet);
  if (mine.length === 0 || report.form === null) return { report, accepted: [] };
  const open: Issue[] = [];
  const taken: AcceptedIssue[] = [];
  for (const issue of report.issues) {
    const key = findingKey(report.sheet, issue, grid);
    const match = mine.find((a) => sameKey(a, key));
    if (match) taken.push({ issue, accepted: match });
    else open.push(issue);
  }
  if (taken.length === 0) return { report, accepted: [] };
  const byCell = new Map<string, Issue[]>();
  for (const i of open) {
    if (!i.cell || i.severity === 'info') continue;
    const list = byCell.get(i.cell);
    if (list) list.push(i);
    else byCell.set(i.cell, [i]);
  }
  const highlights: Highlight[] = [];
  for (const h of report.highlights) {
    const still = byCell.get(h.cell);
    if (!still) continue;
    const severity = still.reduce<Highlight['severity']>((s, i) => (RANK[i.severity] < RANK[s] ? i.severity : s), 'info');
    highlights.push({ cell: h.cell, severity, text: still.map((i) => i.message).join('\n') });
  }
  return { report: { ...report, issues: open, summary: summaryOf(open), highlights }, accepted: taken };
}
