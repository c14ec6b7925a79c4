/** The default, human-readable output of the command line. */
import type { FileReport, IndicatorReport, Report, SheetReport } from '../core/report/reportSchema';
import { dec, formatPercentFixed } from '../core/compute/decimal';
import type { CliMessages } from './cliMessages';
import type { FileRow } from './summaryRows';
import { charWidth, displayWidth, formatTable, padToWidth } from './textTable';

function pct(x: number | null | undefined, none: string): string {
  // The engine's own display rule (two decimals of a percent, decimal rounding), as in the pane.
  return x === null || x === undefined ? none : formatPercentFixed(dec(x));
}

function num(x: number | null | undefined, none: string): string {
  return x === null || x === undefined ? none : String(Number(x.toFixed(2)));
}

function scoreCell(ind: IndicatorReport, none: string): string {
  const weight = ind.weight === null ? '' : `/${num(ind.weight, none)}`;
  if (ind.score !== null) return `${num(ind.score, none)}${weight}`;
  if (ind.scoreRange) return `${num(ind.scoreRange[0], none)}–${num(ind.scoreRange[1], none)}${weight}`;
  return ind.weight === null ? none : `${none}${weight}`;
}

function attainmentCell(ind: IndicatorReport, m: CliMessages): string {
  const none = m.summary.none;
  if (ind.attainment !== null) return pct(ind.attainment, none);
  if (ind.actual.band) return m.band[ind.actual.band];
  return none;
}

function issuesOn(sheet: SheetReport, ind: IndicatorReport): number {
  return sheet.issues.filter((i) => (i.row !== null && i.row !== undefined ? i.row === ind.row : i.indicator === ind.name))
    .length;
}

export function formatSheet(sheet: SheetReport, m: CliMessages): string[] {
  const s = m.summary;
  const none = s.none;
  const out: string[] = [sheet.form ? s.sheet(sheet.sheet) : s.sheetNoForm(sheet.sheet)];
  const ind = '    ';
  if (sheet.form) {
    out.push(ind + s.form(m.formKind[sheet.form.kind], m.policy[sheet.form.policy], sheet.form.range));
    if (sheet.project?.name) out.push(ind + s.project(sheet.project.name));
    if (sheet.budget) {
      out.push(ind + s.execution(pct(sheet.budget.rate, none), pct(sheet.budget.statedRate, none), num(sheet.budget.score, none)));
    }
    if (sheet.total) {
      out.push(
        ind +
          s.total(
            // A total the form's stated points leave open (no 分值 column) is a range.
            sheet.total.score === null && sheet.total.range ? `${num(sheet.total.range[0], none)}–${num(sheet.total.range[1], none)}` : num(sheet.total.score, none),
            num(sheet.total.weight, none),
            num(sheet.total.statedScore, none),
            sheet.total.grade ? m.grade[sheet.total.grade] : none,
          ),
      );
    }
    if (sheet.indicators.length === 0) {
      out.push(ind + s.noIndicators);
    } else {
      const rows = sheet.indicators.map((i) => [
        i.name || none,
        i.target.text || none,
        i.actual.text || none,
        attainmentCell(i, m),
        scoreCell(i, none),
        String(issuesOn(sheet, i)),
      ]);
      out.push(
        ...formatTable(s.tableHeader, rows, [{ max: 30 }, { max: 18 }, { max: 18 }, { align: 'right' }, { align: 'right' }, { align: 'right' }], ind),
      );
    }
  }
  if (sheet.issues.length > 0) {
    out.push(ind + s.issuesHeader);
    const sev = sheet.issues.map((i) => m.severity[i.severity]);
    const wSev = Math.max(...sev.map(displayWidth));
    const wRule = Math.max(...sheet.issues.map((i) => i.rule.length));
    const wCell = Math.max(...sheet.issues.map((i) => (i.cell ?? none).length));
    sheet.issues.forEach((i, k) => {
      const msg = i.message.replace(/[\r\n]+/g, ' ');
      out.push(`${ind}  ${padToWidth(sev[k], wSev)}  ${padToWidth(i.rule, wRule)}  ${padToWidth(i.cell ?? none, wCell)}  ${msg}`);
    });
  } else if (sheet.form) {
    out.push(ind + s.noIssues);
  }
  if (sheet.form) out.push(ind + s.counts(sheet.summary.errors, sheet.summary.warnings, sheet.summary.infos));
  return out;
}

/** C0 controls but tab and newline, DEL, and C1 controls: what cell text could use to drive a terminal. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Cell text as the terminal may print it: a control character (ESC of an ANSI sequence, a bare
 * carriage return that would overwrite the line, BEL) is shown as its Control Pictures symbol
 * (ESC → ␛, CR → ␍), so that a workbook cannot move the cursor, recolour, retitle or clear the
 * terminal. Excel keeps such characters (`_x001B_` in the file). The JSON output keeps them
 * verbatim (JSON escapes them).
 */
export function terminalSafe(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROL, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x20) return String.fromCharCode(0x2400 + c);
    return c === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** A copy of a value with every string made terminal-safe. */
function safeStrings<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value) as T;
  if (Array.isArray(value)) return value.map(safeStrings) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = safeStrings(v);
    return out as T;
  }
  return value;
}

/**
 * One file's report as text (ending with a blank line). `reason` is the localized line shown for
 * an unreadable file, `note` a line under the file name (a conversion).
 */
export function formatFileText(input: FileReport, m: CliMessages, reason: string | null = null, note: string | null = null): string {
  const f = safeStrings(input);
  const s = m.summary;
  if (f.error !== null) return `${s.fileError(f.file, terminalSafe(reason ?? f.error))}\n\n`;
  const lines: string[] = [s.file(f.file)];
  if (note) lines.push(s.converted(note));
  for (const sheet of f.sheets) lines.push(...formatSheet(sheet, m));
  for (const k of f.skippedSheets ?? []) lines.push(s.skippedSheet(k.sheet, m.hidden[k.reason]));
  lines.push('');
  return lines.join('\n') + '\n';
}

/** The grand-total line (unreadable files counted). */
export function formatOverall(t: Report['summary'], unreadable: number, m: CliMessages): string {
  return m.summary.overall(t.files, t.sheets, t.errors, t.warnings, t.infos) + (unreadable > 0 ? m.summary.unreadableCount(unreadable) : '');
}

/** The whole report as text: every file, then the grand total. */
export function formatTextReport(report: Report, m: CliMessages): string {
  const files = report.files.map((f) => formatFileText(f, m)).join('');
  return files + formatOverall(report.summary, report.files.filter((f) => f.error !== null).length, m) + '\n';
}

/** Cuts a path to at most `max` columns from the left, keeping its end: `…/单位A/自评表.xlsx`. */
function leftCut(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  const chars = [...text];
  let out = '';
  let w = 1;
  for (let i = chars.length - 1; i >= 0; i--) {
    const cw = charWidth(chars[i].codePointAt(0) ?? 0);
    if (w + cw > max) break;
    out = chars[i] + out;
    w += cw;
  }
  return `…${out}`;
}

/** The table of every file that ends the text output of a batch, in input order. */
export function formatFileTable(rows: FileRow[], m: CliMessages): string[] {
  const s = m.summary;
  const none = s.none;
  const body = rows.map((r) => [
    leftCut(terminalSafe(r.file), 48),
    String(r.forms),
    r.score === null ? none : num(r.score, none),
    r.grade ? m.grade[r.grade as keyof CliMessages['grade']] ?? r.grade : none,
    String(r.errors),
    String(r.warnings),
    String(r.infos),
    s.status[r.status],
  ]);
  const right = { align: 'right' as const };
  return formatTable(s.filesHeader, body, [{}, right, right, {}, right, right, right, {}]);
}
