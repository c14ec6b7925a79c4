import { FileReport, Report, SheetReport } from './reportSchema';

export function countIssues(sheets: SheetReport[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const s of sheets) {
    errors += s.summary.errors;
    warnings += s.summary.warnings;
    infos += s.summary.infos;
  }
  return { errors, warnings, infos };
}

/** Wraps file reports into the top-level report of report.md. */
export function summarizeFiles(files: FileReport[]): Report {
  const sheets = files.flatMap((f) => f.sheets);
  return {
    version: 1,
    files,
    summary: { files: files.length, sheets: sheets.filter((s) => s.form !== null).length, ...countIssues(sheets) },
  };
}
