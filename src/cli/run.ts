/**
 * The command line as a function (argv in, exit status out), so tests can run it in-process.
 * `main.ts` wires it to the process. Files are checked in parallel (pool.ts) and printed in input
 * order as each is done: text, one JSON document written as it goes, or JSON lines; only small
 * rows are kept for the summaries, so memory stays flat however many files there are.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'path';
import type { SettingsInput } from '../core/report/settingsSchema';
import { parseArgs, summaryFormat } from './args';
import { isRuleId, similarRules } from '../core/rules/catalogue';
import { explainRule } from '../core/rules/explainRule';
import { CliMessages, cliMessages } from './cliMessages';
import { findSoffice } from './convert';
import { isSameFile } from './fillWorkbook';
import { InputFile, expandInputs } from './inputs';
import type { FileOutcome, FileTask, OutputMode, RunConfig } from './outcome';
import { runTasks } from './pool';
import type { FileRow, FormRow, SkippedRow, UnreadableRow } from './summaryRows';
import { compareFormRows } from './summaryRows';
import { formatFileTable, formatOverall } from './textReport';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Resolves when stdout can take more (a slow pipe); without it, writes are not waited for. */
  drain?(): Promise<void>;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNREADABLE = 2;

/** The installed command's name. */
export const COMMAND = 'jxzp';

/** The package's root folder: where package.json is, from the sources or the compiled build. */
export function packageRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'perf-self-eval-assistant') return dir;
      } catch {
        // not ours; keep going up
      }
    }
    if (dirname(dir) === dir) return resolve(__dirname, '..', '..');
  }
}

/** The bundled example workbooks (`examples/*.xlsx` at the package root). */
export const EXAMPLES_DIR = join(packageRoot(), 'examples');

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

const WORKBOOK_OUTPUT = /\.(xlsx|xlsm|xls|et|ods|csv)$/i;

/** The copy's name: the input's, with .xlsx for a converted format. */
function copyName(name: string): string {
  const ext = extname(name).toLowerCase();
  return ext === '.xlsx' || ext === '.xlsm' ? name : `${name.slice(0, name.length - extname(name).length)}.xlsx`;
}

/**
 * Where `--fill OUT` writes each input. One file given as such: OUT is the file (or, when OUT is
 * an existing directory, the input's name inside it). Several inputs, or a folder or a pattern:
 * OUT is a directory — refused when it is an existing file or is named like a workbook — and
 * each copy keeps its name and its path below the folder given (`name-2.xlsx` … when two would
 * meet).
 */
export function planFillOutputs(files: InputFile[], out: string): { outputs: string[] } | { error: 'needDirectory' | 'fileForMany' } {
  const isDir = existsSync(out) && statSync(out).isDirectory();
  if (files.length === 1 && files[0].below === null) {
    return { outputs: [isDir ? join(out, copyName(basename(files[0].path))) : out] };
  }
  if (existsSync(out) && !isDir) return { error: 'needDirectory' };
  if (!isDir && WORKBOOK_OUTPUT.test(out)) return { error: 'fileForMany' };
  const used = new Set<string>();
  const outputs = files.map((f) => {
    const wanted = copyName(f.below ?? basename(f.path));
    const ext = extname(wanted);
    const stem = wanted.slice(0, wanted.length - ext.length);
    let name = wanted;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${stem}-${k}${ext}`;
    used.add(name.toLowerCase());
    return join(out, name);
  });
  return { outputs };
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

/** One JSON document (report.md), written file by file as the files are done. */
class JsonDocument {
  private count = 0;
  constructor(
    private readonly io: CliIO,
    private readonly pretty: boolean,
  ) {}

  start(): void {
    this.io.stdout(this.pretty ? '{\n  "version": 1,\n  "files": [' : '{"version":1,"files":[');
  }

  file(body: string): void {
    const sep = this.count++ === 0 ? '' : ',';
    this.io.stdout(this.pretty ? `${sep}\n    ${body.replace(/\n/g, '\n    ')}` : `${sep}${body}`);
  }

  end(summary: Totals): void {
    const s = {
      files: summary.files,
      sheets: summary.forms,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      unreadable: summary.unreadable,
    };
    if (this.pretty) {
      const close = this.count === 0 ? ']' : '\n  ]';
      this.io.stdout(`${close},\n  "summary": ${JSON.stringify(s, null, 2).replace(/\n/g, '\n  ')}\n}\n`);
    } else {
      this.io.stdout(`],"summary":${JSON.stringify(s)}}\n`);
    }
  }
}

interface Totals {
  files: number;
  forms: number;
  errors: number;
  warnings: number;
  infos: number;
  unreadable: number;
}

/** Usage errors and refusals before anything is checked. */
function refuse(io: CliIO, text: string): number {
  io.stderr(text + '\n');
  return EXIT_UNREADABLE;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const { options, error } = parseArgs(argv);
  const m: CliMessages = cliMessages(options.locale);
  if (error) return refuse(io, error(m));
  if (options.help) {
    io.stdout(m.help(COMMAND, relative(process.cwd(), EXAMPLES_DIR) || EXAMPLES_DIR) + '\n');
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout(`${COMMAND} ${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (options.explain !== null) {
    const rule = options.explain.trim();
    if (!isRuleId(rule)) return refuse(io, m.usage.unknownRule(rule, similarRules(rule)));
    io.stdout(explainRule(rule, options.locale) + '\n');
    return EXIT_OK;
  }

  const given = options.files.length > 0 ? options.files : exampleFiles();
  if (given.length === 0) return refuse(io, m.usage.noExamples(EXAMPLES_DIR));
  const exclude = [options.summary, options.fill].filter((x): x is string => x !== null);
  const inputs = expandInputs(given, { exclude });

  if (options.summary && inputs.some((f) => !f.problem && isSameFile(f.path, options.summary!))) {
    return refuse(io, m.usage.summaryIsInput(options.summary));
  }
  // Plan --fill before checking anything: a refused output costs no time.
  let outputs: string[] | null = null;
  if (options.fill) {
    const plan = planFillOutputs(inputs, options.fill);
    if ('error' in plan) {
      return refuse(io, plan.error === 'fileForMany' ? m.fill.fileForMany(options.fill, inputs.length) : m.fill.needDirectory(options.fill));
    }
    for (const o of plan.outputs) {
      if (inputs.some((f) => !f.problem && isSameFile(f.path, o))) return refuse(io, m.fill.sameAsInput(o));
    }
    if (plan.outputs.length > 1 || inputs[0].below !== null) {
      for (const o of plan.outputs) mkdirSync(dirname(o), { recursive: true });
    }
    outputs = plan.outputs;
  }

  const soffice = findSoffice();
  if (options.convert && !soffice) io.stderr(m.usage.convertUnavailable + '\n');
  const workDir = mkdtempSync(join(tmpdir(), 'jxzp-run-'));
  try {
    return await checkAll(inputs, outputs, options, m, io, { soffice, workDir });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function checkAll(
  inputs: InputFile[],
  outputs: string[] | null,
  options: ReturnType<typeof parseArgs>['options'],
  m: CliMessages,
  io: CliIO,
  env: { soffice: string | null; workDir: string },
): Promise<number> {
  const output: OutputMode = options.json ? 'json' : options.jsonl ? 'jsonl' : 'text';
  const summary = options.summary ? summaryFormat(options.summary) : null;
  const settings: SettingsInput = {
    policy: options.policy,
    locale: options.locale,
    overwriteStated: options.overwrite,
    includeHidden: options.includeHidden,
  };
  const config: RunConfig = {
    locale: options.locale,
    settings,
    output,
    pretty: options.pretty,
    summary,
    overwrite: options.overwrite,
    convert: options.convert && env.soffice ? { soffice: env.soffice, workDir: env.workDir } : null,
    convertHint: !options.convert && env.soffice !== null,
  };
  const tasks: FileTask[] = inputs.map((input, index) => ({ index, input, fillOutput: outputs ? outputs[index] : null }));

  const totals: Totals = { files: 0, forms: 0, errors: 0, warnings: 0, infos: 0, unreadable: 0 };
  const fileRows: FileRow[] = [];
  const formRows: FormRow[] = [];
  const unreadableRows: UnreadableRow[] = [];
  const skippedRows: SkippedRow[] = [];
  const findingsFile = summary === 'xlsx' ? join(env.workDir, 'findings.jsonl') : null;
  let failed = false;
  const json = output === 'json' ? new JsonDocument(io, options.pretty) : null;
  json?.start();

  await runTasks(tasks, config, options.jobs, async (o: FileOutcome) => {
    if (tasks.length > 1) io.stderr(m.progress(o.index + 1, tasks.length, o.file) + '\n');
    for (const n of o.notes) io.stderr(n + '\n');
    if (json) json.file(o.body);
    else if (output === 'jsonl') io.stdout(o.body + '\n');
    else io.stdout(o.body);
    totals.files++;
    totals.forms += o.counts.forms;
    totals.errors += o.counts.errors;
    totals.warnings += o.counts.warnings;
    totals.infos += o.counts.infos;
    if (o.unreadable) {
      totals.unreadable++;
      unreadableRows.push({ file: o.file, reason: o.unreadable.reason, nextStep: o.unreadable.nextStep });
    }
    if (o.failed) failed = true;
    if (output === 'text') fileRows.push(o.fileRow);
    for (const r of o.forms) formRows.push(r);
    for (const k of o.skipped) skippedRows.push(k);
    if (findingsFile && o.findings.length > 0) appendFileSync(findingsFile, o.findings.map((f) => JSON.stringify(f)).join('\n') + '\n');
    if (io.drain) await io.drain();
  });

  if (json) json.end(totals);
  if (output === 'text') {
    const lines: string[] = [];
    if (fileRows.length > 1) lines.push(...formatFileTable(fileRows, m), '');
    lines.push(formatOverall({ files: totals.files, sheets: totals.forms, errors: totals.errors, warnings: totals.warnings, infos: totals.infos }, totals.unreadable, m));
    io.stdout(lines.join('\n') + '\n');
  }

  if (options.summary && summary) {
    formRows.sort(compareFormRows);
    try {
      let findings: number | null = null;
      if (summary === 'csv') {
        const { writeSummaryCsv } = await import('./summaryCsv');
        await writeSummaryCsv(options.summary, formRows, m);
      } else {
        const { writeSummaryWorkbook } = await import('./summaryWorkbook');
        findings = await writeSummaryWorkbook(options.summary, { forms: formRows, findingsFile: findingsFile && existsSync(findingsFile) ? findingsFile : null, unreadable: unreadableRows, skipped: skippedRows }, m);
      }
      const note = m.summaryWritten(options.summary, formRows.length, findings);
      if (output === 'text') io.stdout(note + '\n');
      else io.stderr(note + '\n');
    } catch (e) {
      io.stderr(m.summaryFailed(options.summary, e instanceof Error ? e.message.split('\n')[0] : String(e)) + '\n');
      failed = true;
    }
  }

  if (totals.unreadable > 0 || failed) return EXIT_UNREADABLE;
  return totals.errors > 0 ? EXIT_ERRORS_FOUND : EXIT_OK;
}
