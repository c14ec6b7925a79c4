/**
 * The command line's arguments:
 * `[--json [--pretty] | --jsonl] [--summary OUT.xlsx|OUT.csv] [--fill OUT [--overwrite]]
 *  [--policy P] [--lang L] [--include-hidden] [--convert] [--jobs N] [--explain RULE]
 *  [--help] [--version] [inputs…]`.
 */
import { extname } from 'path';
import type { Locale, PolicyId } from '../core/report/settingsSchema';
import { POLICY_IDS } from '../core/report/settingsSchema';
import type { CliMessages } from './cliMessages';

export type SummaryFormat = 'xlsx' | 'csv';

export interface CliOptions {
  /** One JSON document (report.md) on stdout. */
  json: boolean;
  /** One JSON line per file, as each is done. */
  jsonl: boolean;
  /** Indented JSON (with --json). */
  pretty: boolean;
  fill: string | null;
  overwrite: boolean;
  /** The reviewer's summary: a workbook (.xlsx) or a CSV file. */
  summary: string | null;
  policy: PolicyId | null;
  locale: Locale;
  /** Check hidden and very hidden sheets too. */
  includeHidden: boolean;
  /** Convert .xls, .et, .ods, .csv and HTML files with LibreOffice, then check them. */
  convert: boolean;
  /** Worker threads (default: the machine's cores). */
  jobs: number | null;
  /** `--explain RULE`: print what a rule checks (from the rule catalogue). */
  explain: string | null;
  help: boolean;
  version: boolean;
  /** Files, folders and glob patterns, as given. */
  files: string[];
}

export interface ParsedArgs {
  options: CliOptions;
  /** A usage error, rendered in the chosen language once the language is known. */
  error: ((m: CliMessages) => string) | null;
}

const LANGS: Record<string, Locale> = { zh: 'zh-CN', 'zh-cn': 'zh-CN', cn: 'zh-CN', en: 'en-US', 'en-us': 'en-US' };

/** The summary format an output name asks for, or null when it names neither. */
export function summaryFormat(path: string): SummaryFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : null;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const options: CliOptions = {
    json: false,
    jsonl: false,
    pretty: false,
    fill: null,
    overwrite: false,
    summary: null,
    policy: null,
    locale: 'zh-CN',
    includeHidden: false,
    convert: false,
    jobs: null,
    explain: null,
    help: false,
    version: false,
    files: [],
  };
  let error: ParsedArgs['error'] = null;
  const fail = (e: (m: CliMessages) => string): void => {
    if (!error) error = e;
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      options.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string | null => {
      if (inline !== undefined) return inline === '' ? null : inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return null;
      i++;
      return next;
    };
    const flag = (set: () => void): void => {
      if (inline !== undefined) fail((m) => m.usage.noValue(name));
      else set();
    };
    switch (name) {
      case '--json':
        flag(() => (options.json = true));
        break;
      case '--jsonl':
        flag(() => (options.jsonl = true));
        break;
      case '--pretty':
        flag(() => (options.pretty = true));
        break;
      case '--overwrite':
        flag(() => (options.overwrite = true));
        break;
      case '--include-hidden':
        flag(() => (options.includeHidden = true));
        break;
      case '--convert':
        flag(() => (options.convert = true));
        break;
      case '-h':
      case '--help':
        flag(() => (options.help = true));
        break;
      case '-v':
      case '--version':
        flag(() => (options.version = true));
        break;
      case '--fill': {
        const v = takeValue();
        if (v === null) fail((m) => m.usage.missingValue('--fill'));
        else options.fill = v;
        break;
      }
      case '--summary': {
        const v = takeValue();
        if (v === null) fail((m) => m.usage.missingValue('--summary'));
        else if (!summaryFormat(v)) fail((m) => m.usage.summaryExtension(v));
        else options.summary = v;
        break;
      }
      case '--explain': {
        const v = takeValue();
        if (v === null) fail((m) => m.usage.missingValue('--explain'));
        else options.explain = v;
        break;
      }
      case '--jobs':
      case '-j': {
        const v = takeValue();
        const n = v === null ? NaN : Number(v);
        if (v === null) fail((m) => m.usage.missingValue(name));
        else if (!Number.isInteger(n) || n < 1 || n > 64) fail((m) => m.usage.badJobs(v));
        else options.jobs = n;
        break;
      }
      case '--policy': {
        const v = takeValue();
        if (v === null) fail((m) => m.usage.missingValue('--policy'));
        else if ((POLICY_IDS as readonly string[]).includes(v)) options.policy = v as PolicyId;
        else fail((m) => m.usage.badPolicy(v));
        break;
      }
      case '--lang': {
        const v = takeValue();
        if (v === null) fail((m) => m.usage.missingValue('--lang'));
        else if (LANGS[v.toLowerCase()]) options.locale = LANGS[v.toLowerCase()];
        else fail((m) => m.usage.badLang(v));
        break;
      }
      default:
        fail((m) => m.usage.unknownOption(arg));
    }
  }
  if (!error && options.overwrite && !options.fill) fail((m) => m.usage.overwriteWithoutFill);
  if (!error && options.json && options.jsonl) fail((m) => m.usage.jsonAndJsonl);
  if (!error && options.pretty && !options.json) fail((m) => m.usage.prettyWithoutJson);
  return { options, error };
}
