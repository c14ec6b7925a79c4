/**
 * The command line as a process: the installed `jxzp` (see support/installed.ts).
 * Assertions that depend on the engine's findings are made against the contract (report.md):
 * the schema, and the exit status agreeing with the report.
 */
import { createHash } from 'crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { InputFile } from '../../src/cli/inputs';
import { planFillOutputs } from '../../src/cli/run';
import { Report, reportSchema } from '../../src/core/report/reportSchema';
import { ROOT, Run, runInstalled, uninstallCommand } from './support/installed';
import { tempDir } from './support/tmp';

const JINGMEN = join(ROOT, 'examples', 'jingmen-12345-2024.xlsx');
const NATIONAL = join(ROOT, 'examples', 'national-example.xlsx');

function cli(args: string[], cwd = ROOT): Promise<Run> {
  return runInstalled(args, { cwd });
}

const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

/** The exit status report.md asks for, given a report and whether a file was unreadable. */
function expectedStatus(report: Report): number {
  if (report.files.some((f) => f.error !== null)) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}

let dir: string;
let cleanup: () => void;
let a: string;
let b: string;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  a = join(dir, 'a.xlsx');
  b = join(dir, 'b.xlsx');
  copyFileSync(JINGMEN, a);
  copyFileSync(NATIONAL, b);
});
afterAll(() => {
  cleanup();
  uninstallCommand();
});

jest.setTimeout(60_000);

describe('jxzp (the installed command, as a process)', () => {
  it('--json prints only the report, which passes the schema; the exit status agrees with it', async () => {
    const run = await cli(['--json', a]);
    const report = reportSchema.parse(JSON.parse(run.stdout));
    expect(report.version).toBe(1);
    expect(report.files.map((f) => f.file)).toEqual([a]);
    expect(report.files[0].error).toBeNull();
    expect(report.files[0].sheets.length).toBeGreaterThan(0);
    expect(run.code).toBe(expectedStatus(report));
    expect(run.stderr).toBe(''); // one file: no progress line
  });

  it('reports an unreadable file in one stderr line, exit 2, and still checks the others', async () => {
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook\n');
    const missing = join(dir, 'missing.xlsx');
    const run = await cli(['--json', a, bad, missing, b]);
    expect(run.code).toBe(2);
    const report = reportSchema.parse(JSON.parse(run.stdout));
    expect(report.files.map((f) => f.file)).toEqual([a, bad, missing, b]);
    expect(report.files[0].error).toBeNull();
    expect(report.files[0].sheets.length).toBeGreaterThan(0);
    expect(report.files[3].error).toBeNull();
    expect(report.files[1]).toEqual({ file: bad, error: expect.stringMatching(/^not-xlsx: /), sheets: [] });
    expect(report.files[2]).toEqual({ file: missing, error: expect.stringMatching(/^not-found: /), sheets: [] });
    const lines = run.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith(`${bad}: `))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith(`${missing}: `))).toHaveLength(1);
    expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(lines).toContain(`[1/4] ${a}`); // progress for several files
    expect(lines).toContain(`[4/4] ${b}`);
  });

  it('prints a readable Chinese summary by default', async () => {
    const run = await cli([a]);
    expect([0, 1]).toContain(run.code);
    expect(run.stdout).toContain(`文件 ${a}`);
    expect(run.stdout).toContain('工作表「项目绩效自评表」');
    expect(run.stdout).toMatch(/合计：1 个文件/);
  });

  it('--fill writes a copy and leaves the input byte-identical', async () => {
    const before = sha(a);
    const out = join(dir, 'filled.xlsx');
    const run = await cli(['--json', '--fill', out, a]);
    expect([0, 1]).toContain(run.code);
    reportSchema.parse(JSON.parse(run.stdout)); // --fill does not pollute the JSON on stdout
    expect(sha(a)).toBe(before);
    expect(existsSync(out)).toBe(true);
    const { sheets } = await readWorkbookFile(out);
    expect(sheets[0].name).toBe('项目绩效自评表');
  });

  it('--fill with several inputs writes into a directory, one copy per input, same names', async () => {
    const out = join(dir, 'filled-dir');
    const run = await cli(['--fill', out, a, b]);
    expect([0, 1]).toContain(run.code);
    expect(existsSync(join(out, 'a.xlsx'))).toBe(true);
    expect(existsSync(join(out, 'b.xlsx'))).toBe(true);
  });

  it('--fill refuses an output that is an input (exit 2, nothing written)', async () => {
    const before = sha(a);
    const run = await cli(['--fill', a, a]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(sha(a)).toBe(before);
    const run2 = await cli(['--fill', dir, a, b]); // the copies would land on the inputs
    expect(run2.code).toBe(2);
  });

  it('checks the bundled examples when no file is given', async () => {
    const run = await cli(['--json']);
    const report = reportSchema.parse(JSON.parse(run.stdout));
    expect(report.files.map((f) => f.file).sort()).toEqual(['examples/jingmen-12345-2024.xlsx', 'examples/national-example.xlsx']);
    expect(run.code).toBe(expectedStatus(report));
  });

  it('--help exits 0; a bad option exits 2 with one line', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fill OUT');
    const bad = await cli(['--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('未知选项：--frobnicate（用 --help 查看用法）\n');
  });
});

describe('planFillOutputs', () => {
  const given = (path: string, below: string | null = null): InputFile => ({ path, shown: path, below });

  it('one file given as such: OUT is the file, or the input name inside an existing directory', () => {
    expect(planFillOutputs([given('x/a.xlsx')], 'o.xlsx')).toEqual({ outputs: ['o.xlsx'] });
    expect(planFillOutputs([given('x/a.xlsx')], dir)).toEqual({ outputs: [join(dir, 'a.xlsx')] });
  });

  it('several inputs: OUT is a directory; equal names get a suffix', () => {
    expect(planFillOutputs([given('x/a.xlsx'), given('y/a.xlsx'), given('b.xlsx')], 'out')).toEqual({
      outputs: [join('out', 'a.xlsx'), join('out', 'a-2.xlsx'), join('out', 'b.xlsx')],
    });
    expect(planFillOutputs([given('x/a.xlsx'), given('b.xlsx')], a)).toEqual({ error: 'needDirectory' });
  });

  it('several inputs and an OUT named like a workbook: refused, not made into a directory', () => {
    expect(planFillOutputs([given('x/a.xlsx'), given('b.xlsx')], join(dir, 'out.xlsx'))).toEqual({ error: 'fileForMany' });
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  it('files found in a folder keep their path below it; a converted format becomes .xlsx', () => {
    const found = [given('in/单位A/表.xlsx', join('单位A', '表.xlsx')), given('in/单位B/表.xls', join('单位B', '表.xls'))];
    expect(planFillOutputs(found, 'out')).toEqual({ outputs: [join('out', '单位A', '表.xlsx'), join('out', '单位B', '表.xlsx')] });
    // One file, but found in a folder: still a directory.
    expect(planFillOutputs([found[0]], 'out')).toEqual({ outputs: [join('out', '单位A', '表.xlsx')] });
  });
});
