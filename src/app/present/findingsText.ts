import { dec, formatNumber } from '../../core/compute/decimal';
import type { Issue, SheetReport } from '../../core/report/reportSchema';
import type { Locale } from '../../core/report/settingsValues';
import { ruleMeta } from '../../core/rules/catalogue';
import type { AcceptedIssue } from '../acceptedFindings';
import { presentMessages } from './presentMessages';

/**
 * The findings as plain text to paste elsewhere:
 * - `message`: for an e-mail or a message to the reviewer — what was checked, the total, the
 *   counts, then every open finding (errors first, in row order) with its cell;
 * - `problems`: for the form's 问题和不足 field — only the findings about how the project did
 *   (a target missed, money unspent: the catalogue's `performance` rules), each stated without
 *   the instruction to the clerk that ends the message.
 * Accepted findings are left out of both (the message says how many).
 */

export type TextPurpose = 'message' | 'problems';

export interface TextInput {
  sheet: string;
  reports: readonly SheetReport[];
  accepted: readonly AcceptedIssue[];
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then notes; within each, top to bottom and left to right. */
export function byImportance(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.row ?? 0) - (b.row ?? 0));
}

/**
 * A message without its closing instruction ("…未达到年初目标值 100%，请说明偏差原因" → "…未达到
 * 年初目标值 100%"). Every message of the catalog is a statement, then what to do after "：请",
 * "，请", "；请", "，可自动填入" (zh) or ": " / "; " + the instruction (en).
 */
export function statementOf(message: string, locale: Locale): string {
  if (locale === 'zh-CN') {
    const cut = message.search(/[：，；。](请|建议|可自动填入)/);
    return (cut > 0 ? message.slice(0, cut) : message).replace(/[，。；：\s]+$/, '');
  }
  const cut = message.search(
    /[:;] (fill|check|change|give|delete|add|use|move|write|enter|explain|describe|make|score|convert|adjust|consider|open|start|say)\b|, which can be filled in/,
  );
  return (cut > 0 ? message.slice(0, cut) : message).replace(/[,.;:\s]+$/, '');
}

export function findingsText(input: TextInput, locale: Locale, purpose: TextPurpose): string {
  const m = presentMessages(locale);
  const issues = byImportance(input.reports.flatMap((r) => r.issues));
  if (purpose === 'problems') {
    const problems = issues.filter((i) => ruleMeta(i.rule).performance === true);
    if (problems.length === 0) return m.copyNone;
    return [m.copyProblemsHeading, ...problems.map((i, n) => m.copyProblem(n + 1, statementOf(i.message, locale)))].join('\n');
  }
  const lines: string[] = [];
  for (const r of input.reports) {
    if (!r.form) continue;
    lines.push(r.project?.name ? m.copyHeading(r.project.name, input.sheet) : m.copySheetHeading(input.sheet));
    const t = r.total;
    const facts: string[] = [];
    const shown = t?.score !== null && t?.score !== undefined ? formatNumber(dec(t.score)) : t?.range ? `${formatNumber(dec(t.range[0]))}–${formatNumber(dec(t.range[1]))}` : null;
    if (t && shown !== null && t.weight !== null) facts.push(m.copyScore(shown, formatNumber(dec(t.weight)), t.grade ? m.grades[t.grade] : null));
    facts.push(m.copyCounts(r.summary.errors, r.summary.warnings, r.summary.infos));
    lines.push(facts.join(m.separator));
  }
  if (lines.length === 0) lines.push(m.copySheetHeading(input.sheet));
  if (issues.length === 0) lines.push(m.copyNone);
  issues.forEach((i, n) => lines.push(m.copyFinding(n + 1, m.severities[i.severity], i.message, i.cell)));
  if (input.accepted.length > 0) lines.push(m.copyAccepted(input.accepted.length));
  return lines.join('\n');
}
