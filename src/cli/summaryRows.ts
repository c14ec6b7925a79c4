/**
 * The rows a reviewer works from, built from one file's report: one per form (the summary
 * table), one per finding, one per unreadable file and per sheet not checked, and one per file
 * for the table ending the text output. Built where the file was checked, so that only these
 * small rows travel and stay in memory, not the reports.
 */
import type { FileReport } from '../core/report/reportSchema';
import type { CliMessages } from './cliMessages';

export interface FormRow {
  /** Input order, to sort stably. */
  order: number;
  file: string;
  sheet: string;
  project: string;
  department: string;
  kind: string;
  policy: string;
  /** Execution rate as a fraction (1 = 100%). */
  rate: number | null;
  score: number | null;
  statedScore: number | null;
  grade: string;
  errors: number;
  warnings: number;
  infos: number;
  /** Why the row is not a form: no form found, or the file could not be read. */
  note: string;
  /** The file could not be read (sorted first: it must go back). */
  unreadable: boolean;
}

/** 文件, 工作表, 单元格, 规则, 级别, 说明. */
export type FindingRow = [string, string, string, string, string, string];

export interface UnreadableRow {
  file: string;
  reason: string;
  nextStep: string;
}

export interface SkippedRow {
  file: string;
  sheet: string;
  reason: string;
}

/** One line of the per-file table at the end of the text output. */
export interface FileRow {
  file: string;
  forms: number;
  /** The total score, when the file holds one form. */
  score: number | null;
  grade: string;
  errors: number;
  warnings: number;
  infos: number;
  status: 'clean' | 'errors' | 'noForm' | 'unreadable';
}

function counts(f: FileReport): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const s of f.sheets) {
    errors += s.summary.errors;
    warnings += s.summary.warnings;
    infos += s.summary.infos;
  }
  return { errors, warnings, infos };
}

/** The summary rows of one file: a row per form, or one row saying why there is none. */
export function formRows(f: FileReport, order: number, m: CliMessages, unreadableReason: string | null): FormRow[] {
  const base = { order, file: f.file, project: '', department: '', kind: '', policy: '', rate: null, score: null, statedScore: null, grade: '' };
  if (f.error !== null) {
    return [{ ...base, sheet: '', errors: 0, warnings: 0, infos: 0, note: m.book.unreadable(unreadableReason ?? f.error), unreadable: true }];
  }
  const forms = f.sheets.filter((s) => s.form !== null);
  if (forms.length === 0) {
    return [{ ...base, sheet: f.sheets[0]?.sheet ?? '', ...counts(f), note: m.book.noForm, unreadable: false }];
  }
  return forms.map((s) => ({
    order,
    file: f.file,
    sheet: s.sheet,
    project: s.project?.name ?? '',
    department: s.project?.department ?? s.project?.unit ?? '',
    kind: m.formKind[s.form!.kind],
    policy: m.policy[s.form!.policy],
    rate: s.budget?.rate ?? null,
    score: s.total?.score ?? null,
    statedScore: s.total?.statedScore ?? null,
    grade: s.total?.grade ? m.grade[s.total.grade] : '',
    errors: s.summary.errors,
    warnings: s.summary.warnings,
    infos: s.summary.infos,
    note: '',
    unreadable: false,
  }));
}

/** Unreadable files first (they must go back), then most errors, most warnings, input order. */
export function compareFormRows(a: FormRow, b: FormRow): number {
  return (
    Number(b.unreadable) - Number(a.unreadable) ||
    b.errors - a.errors ||
    b.warnings - a.warnings ||
    a.order - b.order ||
    0
  );
}

export function findingRows(f: FileReport, m: CliMessages): FindingRow[] {
  const out: FindingRow[] = [];
  for (const s of f.sheets) {
    for (const i of s.issues) out.push([f.file, s.sheet, i.cell ?? '', i.rule, m.severity[i.severity], i.message]);
  }
  return out;
}

export function skippedRows(f: FileReport, m: CliMessages): SkippedRow[] {
  return (f.skippedSheets ?? []).map((k) => ({ file: f.file, sheet: k.sheet, reason: m.hidden[k.reason] }));
}

export function fileRow(f: FileReport): FileRow {
  const c = counts(f);
  const forms = f.sheets.filter((s) => s.form !== null);
  const one = forms.length === 1 ? forms[0] : null;
  const status: FileRow['status'] = f.error !== null ? 'unreadable' : forms.length === 0 ? 'noForm' : c.errors > 0 ? 'errors' : 'clean';
  return {
    file: f.file,
    forms: forms.length,
    score: one?.total?.score ?? null,
    grade: one?.total?.grade ?? '',
    ...c,
    status,
  };
}
