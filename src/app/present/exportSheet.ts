import { parseRangeA1 } from '../../core/grid/address';
import type { Issue, SheetReport } from '../../core/report/reportSchema';
import type { Settings } from '../../core/report/settingsSchema';
import { ruleMeta } from '../../core/rules/catalogue';
import type { TemplateCell, TemplateSpec } from '../../core/template/templateSpec';
import type { AcceptedIssue } from '../acceptedFindings';
import { byImportance } from './findingsText';
import { presentMessages } from './presentMessages';
import { scoreBreakdown } from './scoreBreakdown';

/**
 * 导出到工作表: the check's findings as a new sheet 检查结果 of the workbook — a title and the
 * counts, then per form one row per finding (open ones first, errors first, then the accepted
 * ones with their reason) whose 单元格 is a link to the cell (=HYPERLINK("#'sheet'!F16","F16")),
 * and the scores table (得分明细) beside it. Laid out as a TemplateSpec, which every host already
 * knows how to put on a new sheet (insertTemplate).
 */

export interface ExportInput {
  sheet: string;
  reports: readonly SheetReport[];
  accepted: readonly AcceptedIssue[];
}

const FINDING_COLS = 7;
const GAP = 1;
const SCORE_COL = FINDING_COLS + GAP;
const SCORE_COLS = 7;
const WIDTHS = [6, 9, 7, 24, 22, 60, 26, 2, 24, 14, 14, 10, 8, 8, 44];

/** A formula string literal: double quotes doubled. */
const literal = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** `'Sheet name'!F16` as a link target inside the workbook (quotes in the name doubled). */
export function linkFormula(sheet: string, cell: string): string {
  return `=HYPERLINK(${literal(`#'${sheet.replace(/'/g, "''")}'!${cell}`)},${literal(cell)})`;
}

export function exportSheetSpec(input: ExportInput, settings: Pick<Settings, 'locale' | 'lowerIsBetter'>): TemplateSpec {
  const m = presentMessages(settings.locale);
  const cells: TemplateCell[] = [];
  const merges: TemplateSpec['merges'] = [];
  const put = (row: number, col: number, value: string | number | null, extra: Partial<TemplateCell> = {}) => cells.push({ row, col, value, ...extra });

  const counts = input.reports.reduce((c, r) => ({ e: c.e + r.summary.errors, w: c.w + r.summary.warnings, i: c.i + r.summary.infos }), { e: 0, w: 0, i: 0 });
  put(0, 0, m.exportTitle(input.sheet), { bold: true });
  merges.push({ top: 0, left: 0, bottom: 0, right: FINDING_COLS - 1 });
  put(1, 0, m.exportSummary(counts.e, counts.w, counts.i, input.accepted.length));
  merges.push({ top: 1, left: 0, bottom: 1, right: FINDING_COLS - 1 });

  let row = 3;
  let firstHeader = -1;
  let lastFindingRow = row;
  const forms = input.reports.filter((r) => r.form !== null);
  forms.forEach((report, formIndex) => {
    if (forms.length > 1) {
      put(row, 0, m.exportForm(formIndex + 1, report.form!.range), { bold: true });
      row++;
    }
    const top = row;
    if (firstHeader < 0) firstHeader = top;
    m.exportFindingHeaders.forEach((h, c) => put(top, c, h, { bold: true, align: 'center' }));
    let r = top + 1;
    const accepted = input.accepted.filter((a) => formOf(forms, a.issue) === report);
    const rows: { issue: Issue; reason: string | null }[] = [
      ...byImportance(report.issues).map((issue) => ({ issue, reason: null })),
      ...accepted.map((a) => ({ issue: a.issue, reason: a.accepted.reason })),
    ];
    if (rows.length === 0) {
      put(r, 0, m.exportNoFindings);
      merges.push({ top: r, left: 0, bottom: r, right: FINDING_COLS - 1 });
      r++;
    }
    rows.forEach(({ issue, reason }, n) => {
      put(r, 0, n + 1, { align: 'center' });
      if (issue.cell) put(r, 1, issue.cell, { formula: linkFormula(input.sheet, issue.cell), align: 'center' });
      put(r, 2, m.severities[issue.severity], { align: 'center' });
      put(r, 3, `${ruleMeta(issue.rule).title[settings.locale]}（${issue.rule}）`, { align: 'left' });
      put(r, 4, issue.indicator, { align: 'left' });
      put(r, 5, issue.message, { align: 'left' });
      put(r, 6, reason, { align: 'left' });
      r++;
    });
    lastFindingRow = Math.max(lastFindingRow, r - 1);

    // The scores table beside the findings: its title on the row above, its header level with theirs.
    const b = scoreBreakdown(report, settings);
    put(top - 1, SCORE_COL, m.exportScoresTitle, { bold: true });
    const sTop = top;
    m.exportScoreHeaders.forEach((h, c) => put(sTop, SCORE_COL + c, h, { bold: true, align: 'center' }));
    let s = sTop + 1;
    for (const x of b.rows) {
      put(s, SCORE_COL, x.name, { align: 'left' });
      put(s, SCORE_COL + 1, x.target, { align: 'center' });
      put(s, SCORE_COL + 2, x.actual, { align: 'center' });
      put(s, SCORE_COL + 3, x.attainment, { align: 'center' });
      put(s, SCORE_COL + 4, asNumber(x.weight), { align: 'center' });
      put(s, SCORE_COL + 5, asNumber(x.score), { align: 'center' });
      put(s, SCORE_COL + 6, x.stated ? `${x.how}；${m.stated(x.stated)}` : x.how, { align: 'left' });
      s++;
    }
    if (report.total) {
      put(s, SCORE_COL, m.exportTotal, { bold: true });
      put(s, SCORE_COL + 4, report.total.weight, { align: 'center' });
      const range = report.total.range;
      put(s, SCORE_COL + 5, report.total.score ?? (range ? `${range[0]}–${range[1]}` : null), { bold: true, align: 'center' });
      put(s, SCORE_COL + 6, [b.totalHow, report.total.grade ? m.grades[report.total.grade] : null].filter(Boolean).join('，') || null, { align: 'left' });
      s++;
    }
    row = Math.max(r, s) + 1;
  });
  if (forms.length === 0) {
    put(row, 0, m.exportNoFindings);
    row++;
  }

  const rowCount = Math.max(row, 3);
  const headerTop = firstHeader < 0 ? 3 : firstHeader;
  const spec: TemplateSpec = {
    kind: 'check-results',
    sheetName: m.exportSheetName,
    rowCount,
    colCount: SCORE_COL + SCORE_COLS,
    cells: cells.filter((c) => c.value !== null || c.formula),
    merges,
    columnWidths: WIDTHS,
    bordered: { top: headerTop, left: 0, bottom: Math.max(headerTop, lastFindingRow), right: FINDING_COLS - 1 },
    lists: [],
  };
  if (forms.length === 1) spec.freezeRows = headerTop + 1;
  return spec;
}

/** A shown number as a number cell ("19.6" → 19.6); anything else (a range "12–16") as text. */
function asNumber(shown: string | null): string | number | null {
  return shown !== null && /^-?\d+(\.\d+)?$/.test(shown) ? Number(shown) : shown;
}

/** The form a finding belongs to: the one whose rows hold it (the first when it has no row). */
function formOf(forms: readonly SheetReport[], issue: Issue): SheetReport | undefined {
  if (issue.row === null || issue.row === undefined) return forms[0];
  return (
    forms.find((f) => {
      const r = parseRangeA1(f.form!.range);
      return issue.row! - 1 >= r.top && issue.row! - 1 <= r.bottom;
    }) ?? forms[0]
  );
}
