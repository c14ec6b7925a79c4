import { parseArgs } from '../../src/cli/args';
import { CLI_MESSAGES, cliMessages } from '../../src/cli/cliMessages';

describe('parseArgs', () => {
  it('reads the flags of report.md and the files in order', () => {
    const { options, error } = parseArgs(['--json', 'a.xlsx', '--fill', 'out', '--policy', 'hubei', '--lang', 'en', 'b.xlsx']);
    expect(error).toBeNull();
    expect(options).toEqual({
      json: true, fill: 'out', policy: 'hubei', locale: 'en-US', overwrite: false, includeHidden: false, help: false, files: ['a.xlsx', 'b.xlsx'],
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
    expect(cliMessages().help('examples')).toContain('用法');
  });
});
