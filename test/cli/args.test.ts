import { parseArgs } from '../../src/cli/args';
import { CLI_MESSAGES, cliMessages } from '../../src/cli/cliMessages';

describe('parseArgs', () => {
  it('reads the flags of report.md and the files in order', () => {
    const { options, error } = parseArgs(['--json', 'a.xlsx', '--fill', 'out', '--policy', 'hubei', '--lang', 'en', 'b.xlsx']);
    expect(error).toBeNull();
    expect(options).toEqual({
      json: true, jsonl: false, pretty: false, fill: 'out', overwrite: false, summary: null, policy: 'hubei', locale: 'en-US',
      includeHidden: false, convert: false, jobs: null, explain: null, help: false, version: false, files: ['a.xlsx', 'b.xlsx'],
    });
  });

  it('accepts --opt=value, -h, and -- before file names that start with a dash', () => {
    const { options, error } = parseArgs(['--fill=o.xlsx', '--overwrite', '-h', '--', '--odd.xlsx']);
    expect(error).toBeNull();
    expect(options).toMatchObject({ fill: 'o.xlsx', overwrite: true, help: true, files: ['--odd.xlsx'] });
  });

  it('reports usage errors in the chosen language', () => {
    const m = cliMessages('zh-CN');
    expect(parseArgs(['--bogus']).error?.(m)).toBe('未知选项：--bogus（用 --help 查看用法）');
    expect(parseArgs(['--policy', 'beijing']).error?.(m)).toContain('beijing');
    expect(parseArgs(['--fill']).error?.(m)).toContain('--fill');
    expect(parseArgs(['--fill', '--json']).error?.(m)).toContain('--fill');
    expect(parseArgs(['--lang', 'fr']).error?.(m)).toContain('fr');
    expect(parseArgs(['--overwrite', 'a.xlsx']).error?.(m)).toContain('--fill');
    expect(parseArgs(['--lang', 'en', '--bogus']).error?.(cliMessages('en-US'))).toBe('unknown option: --bogus (see --help)');
  });

  it('reads the reviewer\'s flags: --jsonl, --summary, --include-hidden, --convert, --jobs, --explain', () => {
    const { options, error } = parseArgs(['--jsonl', '--summary', 'out.csv', '--include-hidden', '--convert', '-j', '3', '--explain', 'over-budget', 'in/']);
    expect(error).toBeNull();
    expect(options).toMatchObject({ jsonl: true, summary: 'out.csv', includeHidden: true, convert: true, jobs: 3, explain: 'over-budget', files: ['in/'] });
    expect(parseArgs(['--json', '--pretty', '--summary=汇总.XLSX']).options).toMatchObject({ json: true, pretty: true, summary: '汇总.XLSX' });
  });

  it('refuses contradictory or malformed reviewer flags', () => {
    const m = cliMessages('zh-CN');
    expect(parseArgs(['--json', '--jsonl']).error?.(m)).toBe('--json 与 --jsonl 只能选一个');
    expect(parseArgs(['--pretty']).error?.(m)).toBe('--pretty 只能与 --json 同用');
    expect(parseArgs(['--jsonl', '--pretty']).error?.(m)).toBe('--pretty 只能与 --json 同用');
    expect(parseArgs(['--summary', 'out.txt']).error?.(m)).toContain('.xlsx 或 .csv');
    expect(parseArgs(['--summary']).error?.(m)).toContain('--summary');
    expect(parseArgs(['--jobs', '0']).error?.(m)).toContain('--jobs');
    expect(parseArgs(['--jobs', 'many']).error?.(m)).toContain('many');
    expect(parseArgs(['--json=yes']).error?.(m)).toBe('选项 --json 不带值');
  });

  it('near miss: one of --json / --jsonl, and --pretty with --json, are fine', () => {
    expect(parseArgs(['--json', '--pretty']).error).toBeNull();
    expect(parseArgs(['--jsonl']).error).toBeNull();
    expect(parseArgs(['--summary', 'a/b.csv', '--jobs', '64']).error).toBeNull();
  });
});

describe('cliMessages', () => {
  /** The shape of a catalog: keys, nested, with the arity of every message function. */
  function shape(o: unknown): unknown {
    if (typeof o === 'function') return `fn/${o.length}`;
    if (Array.isArray(o)) return o.map(() => 'str');
    if (o && typeof o === 'object') return Object.fromEntries(Object.keys(o).sort().map((k) => [k, shape((o as Record<string, unknown>)[k])]));
    return typeof o;
  }

  it('has the same keys in both locales (also checked by the compiler)', () => {
    expect(shape(CLI_MESSAGES['en-US'])).toEqual(shape(CLI_MESSAGES['zh-CN']));
  });

  it('defaults to Chinese', () => {
    expect(cliMessages()).toBe(CLI_MESSAGES['zh-CN']);
    expect(cliMessages().help('jxzp', 'examples')).toContain('用法：jxzp');
  });
});
