/**
 * The command line as a process: `tsx src/cli/main.ts …`, as `npm run check` runs it.
 * Assertions that depend on the engine's findings are made against the contract (report.md):
 * the schema, and the exit status agreeing with the report.
 */
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { planFillOutputs } from '../../src/cli/run';
import { Report, reportSchema } from '../../src/core/report/reportSchema';
import { tempDir } from './support/tmp';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const JINGMEN = join(ROOT, 'examples', 'jingmen-12345-2024.xlsx');
const NATIONAL = join(ROOT, 'examples', 'national-example.xlsx');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [MAIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
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
afterAll(() => cleanup());

jest.setTimeout(60_000);

describe('npm run check (as a process)', () => {
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
  it('one input: OUT is the file, or the input name inside an existing directory', () => {
    expect(planFillOutputs(['x/a.xlsx'], 'o.xlsx')).toEqual({ outputs: ['o.xlsx'] });
    expect(planFillOutputs(['x/a.xlsx'], dir)).toEqual({ outputs: [join(dir, 'a.xlsx')] });
  });

  it('several inputs: OUT is a directory; equal names get a suffix', () => {
    expect(planFillOutputs(['x/a.xlsx', 'y/a.xlsx', 'b.xlsx'], 'out')).toEqual({
      outputs: [join('out', 'a.xlsx'), join('out', 'a-2.xlsx'), join('out', 'b.xlsx')],
    });
    expect(planFillOutputs(['x/a.xlsx', 'b.xlsx'], a)).toEqual({ error: 'needDirectory' });
  });
});
