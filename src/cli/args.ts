/** The command line's arguments: `[--json] [--fill OUT] [--policy P] [--lang L] [--overwrite] [--help] [files…]`. */
import type { Locale, PolicyId } from '../core';
import { POLICY_IDS } from '../core';
import type { CliMessages } from './cliMessages';

export interface CliOptions {
  json: boolean;
  fill: string | null;
  policy: PolicyId | null;
  locale: Locale;
  overwrite: boolean;
  /** Check hidden and very hidden sheets too. */
  includeHidden: boolean;
  help: boolean;
  files: string[];
}

export interface ParsedArgs {
  options: CliOptions;
  /** A usage error, rendered in the chosen language once the language is known. */
  error: ((m: CliMessages) => string) | null;
}

const LANGS: Record<string, Locale> = { zh: 'zh-CN', 'zh-cn': 'zh-CN', cn: 'zh-CN', en: 'en-US', 'en-us': 'en-US' };

export function parseArgs(argv: string[]): ParsedArgs {
  const options: CliOptions = {
    json: false,
    fill: null,
    policy: null,
    locale: 'zh-CN',
    overwrite: false,
    includeHidden: false,
    help: false,
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
    switch (name) {
      case '--json':
        options.json = true;
        break;
      case '--overwrite':
        options.overwrite = true;
        break;
      case '--include-hidden':
        options.includeHidden = true;
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '--fill': {
        const v = takeValue();
        if (v === null) fail((m) => m.usage.missingValue('--fill'));
        else options.fill = v;
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
  return { options, error };
}
