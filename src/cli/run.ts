/**
 * The command line as a function (argv in, exit status out), so tests can run it in-process.
 * `main.ts` wires it to the process.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'path';
import { FileReport, SettingsInput, checkWorkbook, reportSchema, summarizeFiles } from '../core';
import { parseArgs } from './args';
import { CliMessages, cliMessages } from './cliMessages';
import { fillWorkbook, isSameFile } from './fillWorkbook';
import { WorkbookReadError, readWorkbookFile } from './readWorkbook';
import { formatTextReport, terminalSafe } from './textReport';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNREADABLE = 2;

/** The bundled example workbooks (`examples/*.xlsx` at the repository root). */
export const EXAMPLES_DIR = resolve(__dirname, '..', '..', 'examples');

function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? 'unknown error').trim().slice(0, 300);
}

export function readErrorText(e: WorkbookReadError, m: CliMessages): string {
  return `${m.readError[e.code]} (${e.detail})`;
}

function exampleFiles(): string[] {
  if (!existsSync(EXAMPLES_DIR)) return [];
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.toLowerCase().endsWith('.xlsx') && !f.startsWith('~$'))
    .sort()
    .map((f) => {
      // Shown as typed would be: relative to the working directory when inside it.
      const abs = join(EXAMPLES_DIR, f);
      const rel = relative(process.cwd(), abs);
      return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
    });
}

/**
 * Where `--fill OUT` writes each input: with one input OUT is the file (or, when OUT is an
 * existing directory, the input's name inside it); with several OUT is a directory and each copy
 * keeps its input's name (`name-2.xlsx`, … when two inputs share a name).
 */
export function planFillOutputs(files: string[], out: string): { outputs: string[] } | { error: 'needDirectory' } {
  const isDir = existsSync(out) && statSync(out).isDirectory();
  if (files.length === 1) return { outputs: [isDir ? join(out, basename(files[0])) : out] };
  if (existsSync(out) && !isDir) return { error: 'needDirectory' };
  const used = new Set<string>();
  const outputs = files.map((f) => {
    const ext = extname(f);
    const stem = basename(f, ext);
    let name = basename(f);
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${stem}-${k}${ext}`;
    used.add(name.toLowerCase());
    return join(out, name);
  });
  return { outputs };
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const { options, error } = parseArgs(argv);
  const m = cliMessages(options.locale);
  if (error) {
    io.stderr(error(m) + '\n');
    return EXIT_UNREADABLE;
  }
  if (options.help) {
    io.stdout(m.help('examples') + '\n');
    return EXIT_OK;
  }
  const files = options.files.length > 0 ? options.files : exampleFiles();
  if (files.length === 0) {
    io.stderr(m.usage.noExamples(EXAMPLES_DIR) + '\n');
    return EXIT_UNREADABLE;
  }

  // Plan --fill before checking anything: a refused output costs no time.
  let outputs: string[] | null = null;
  if (options.fill) {
    const plan = planFillOutputs(files, options.fill);
    if ('error' in plan) {
      io.stderr(m.fill.needDirectory(options.fill) + '\n');
      return EXIT_UNREADABLE;
    }
    for (const o of plan.outputs) {
      if (files.some((f) => isSameFile(f, o))) {
        io.stderr(m.fill.sameAsInput(o) + '\n');
        return EXIT_UNREADABLE;
      }
    }
    if (files.length > 1) mkdirSync(options.fill, { recursive: true });
    outputs = plan.outputs;
  }

  const settings: SettingsInput = {
    policy: options.policy,
    locale: options.locale,
    overwriteStated: options.overwrite,
    includeHidden: options.includeHidden,
  };
  const note = (text: string): void => (options.json ? io.stderr(text + '\n') : io.stdout(text + '\n'));
  let status = EXIT_OK;
  const reports: FileReport[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    if (files.length > 1) io.stderr(m.progress(i + 1, files.length, file) + '\n');
    let fileReport: FileReport;
    try {
      const wb = await readWorkbookFile(file, { includeHidden: options.includeHidden });
      for (const g of wb.sheets) {
        if (g.truncated) io.stderr(`${file} [${terminalSafe(g.name)}]: ${m.summary.truncated(g.truncated.rows, g.truncated.cols)}\n`);
      }
      fileReport = { file, error: null, sheets: checkWorkbook(wb.sheets, settings), skippedSheets: wb.skipped };
    } catch (e) {
      const reason = e instanceof WorkbookReadError ? readErrorText(e, m) : m.internalError(oneLine(e));
      io.stderr(`${file}: ${reason}\n`);
      reports.push({ file, error: e instanceof WorkbookReadError ? `${e.code}: ${reason}` : `internal: ${oneLine(e)}`, sheets: [] });
      status = EXIT_UNREADABLE;
      continue;
    }
    reports.push(fileReport);
    if (outputs) {
      const out = outputs[i];
      try {
        const r = await fillWorkbook(file, out, fileReport.sheets, { overwrite: options.overwrite });
        note(m.fill.written(out, r.written, r.highlighted));
      } catch (e) {
        io.stderr(m.fill.failed(out, oneLine(e)) + '\n');
        status = EXIT_UNREADABLE;
      }
    }
  }

  const parsed = reportSchema.safeParse(summarizeFiles(reports));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    io.stderr(m.internalError(`report does not match its schema at ${first?.path.join('.') ?? '?'}: ${first?.message ?? ''}`) + '\n');
    return EXIT_UNREADABLE;
  }
  const report = parsed.data;
  if (options.json) io.stdout(JSON.stringify(report, null, 2) + '\n');
  else io.stdout(formatTextReport(report, m));
  if (status === EXIT_OK && report.summary.errors > 0) status = EXIT_ERRORS_FOUND;
  return status;
}

