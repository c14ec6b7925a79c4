import { checkSheet, GridData, Issue, RuleId, SettingsInput, SheetReport, sheetReportSchema } from '../../src/core';
import { ruleSeverities } from '../../src/core/rules/catalogue';

/** The one report of a sheet that holds a single form (or none); fails when the sheet gave several. */
export function single(reports: SheetReport[]): SheetReport {
  if (reports.length !== 1) {
    throw new Error(`expected one report for the sheet, got ${reports.length}: ${reports.map((r) => r.form?.range ?? 'no form').join(', ')}`);
  }
  return reports[0];
}

/**
 * Checks one sheet holding one form and validates the report against its schema, and every
 * finding's severity against the rule catalogue (src/core/rules): the catalogue is the source of
 * rule severities.
 */
export function check(grid: GridData, settings: SettingsInput = {}): SheetReport {
  const report = single(checkSheet(grid, settings));
  sheetReportSchema.parse(report);
  for (const i of report.issues) {
    if (!ruleSeverities(i.rule).includes(i.severity)) {
      throw new Error(`${i.rule} reported as ${i.severity}; the rule catalogue allows ${ruleSeverities(i.rule).join(', ')} (src/core/rules)`);
    }
  }
  return report;
}

export function issuesOf(report: SheetReport, rule: RuleId): Issue[] {
  return report.issues.filter((i) => i.rule === rule);
}

function listing(report: SheetReport): string {
  return report.issues.map((i) => `  ${i.rule} ${i.severity} ${i.cell ?? '-'} ${i.message}`).join('\n') || '  (no issue)';
}

/**
 * The single issue of `rule` (at `cell` when given). Fails, listing every issue of the sheet,
 * when there is none or more than one.
 */
export function theIssue(report: SheetReport, rule: RuleId, cell?: string): Issue {
  const found = issuesOf(report, rule).filter((i) => cell === undefined || i.cell === cell);
  if (found.length !== 1) {
    throw new Error(`expected one ${rule}${cell ? ` at ${cell}` : ''}, found ${found.length}; the sheet's issues:\n${listing(report)}`);
  }
  return found[0];
}

/** The sheet holds a form, and no issue of `rule` (at `cell` when given). */
export function expectNoIssue(report: SheetReport, rule: RuleId, cell?: string): void {
  if (report.form === null) throw new Error(`no form detected on ${report.sheet}: the near miss would pass vacuously`);
  const found = issuesOf(report, rule).filter((i) => cell === undefined || i.cell === cell);
  if (found.length > 0) throw new Error(`expected no ${rule}${cell ? ` at ${cell}` : ''}; the sheet's issues:\n${listing(report)}`);
}

/** The sheet holds a form and no finding of error or warning severity. */
export function expectClean(report: SheetReport): void {
  if (report.form === null) throw new Error(`no form detected on ${report.sheet}`);
  const serious = report.issues.filter((i) => i.severity !== 'info');
  if (serious.length > 0) throw new Error(`expected no error or warning; the sheet's issues:\n${listing(report)}`);
}
