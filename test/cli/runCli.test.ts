/**
 * runCli in-process, with the engine replaced: how the command line behaves when the engine
 * fails on one file, and what it passes the engine. (The CLI does not re-validate its own
 * engine's report at run time: the schema is checked by the tests.)
 */
import { copyFileSync } from 'fs';
import { join } from 'path';
import type { GridData } from '../../src/core/grid/cellGrid';
import type { SheetReport } from '../../src/core/report/reportSchema';
import { tempDir } from './support/tmp';

const checkWorkbook = jest.fn();
jest.mock('../../src/core/check/checkWorkbook', () => ({
  ...jest.requireActual('../../src/core/check/checkWorkbook'),
  checkWorkbook: (sheets: GridData[], settings: unknown) => checkWorkbook(sheets, settings),
}));

// Imported after the mock is declared (jest hoists jest.mock above imports anyway).
import { runCli } from '../../src/cli/run';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'jingmen-12345-2024.xlsx');

function sheetReport(name: string, over: Partial<SheetReport> = {}): SheetReport {
  return {
    sheet: name, form: null, project: null, budget: null, indicators: [], total: null, issues: [],
    summary: { errors: 0, warnings: 0, infos: 0 }, writes: [], highlights: [], ...over,
  };
}

function io(): { out: string[]; err: string[]; stdout: (t: string) => void; stderr: (t: string) => void } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

let dir: string;
let cleanup: () => void;
let a: string;
let b: string;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  a = join(dir, 'a.xlsx');
  b = join(dir, 'b.xlsx');
  copyFileSync(EXAMPLE, a);
  copyFileSync(EXAMPLE, b);
});
afterAll(() => cleanup());
beforeEach(() => checkWorkbook.mockReset());

describe('runCli with a stand-in engine', () => {
  it('exit 1 when a sheet has an error-severity issue, 0 when none', async () => {
    checkWorkbook.mockImplementation((sheets: GridData[]) =>
      sheets.map((s) =>
        sheetReport(s.name, {
          form: { kind: 'hubei-project', policy: 'hubei', range: 'A1:G21' },
          issues: [{ rule: 'over-budget', severity: 'error', cell: 'F19', message: '执行数超过预算数', indicator: null, row: null }],
          summary: { errors: 1, warnings: 0, infos: 0 },
        }),
      ),
    );
    const t = io();
    expect(await runCli(['--json', a], t)).toBe(1);
    const report = JSON.parse(t.out.join(''));
    expect(report.summary).toEqual({ files: 1, sheets: 1, errors: 1, warnings: 0, infos: 0, unreadable: 0 });

    checkWorkbook.mockImplementation((sheets: GridData[]) => sheets.map((s) => sheetReport(s.name)));
    expect(await runCli(['--json', a], io())).toBe(0);
  });

  it('passes --policy, --lang, --overwrite and --include-hidden to the engine as settings', async () => {
    checkWorkbook.mockImplementation((sheets: GridData[]) => sheets.map((s) => sheetReport(s.name)));
    await runCli(['--json', '--policy', 'sichuan', '--lang', 'en', '--overwrite', '--fill', join(dir, 'o.xlsx'), a], io());
    expect(checkWorkbook).toHaveBeenCalledWith(expect.any(Array), { policy: 'sichuan', locale: 'en-US', overwriteStated: true, includeHidden: false });
    checkWorkbook.mockClear();
    await runCli(['--json', '--include-hidden', a], io());
    expect(checkWorkbook).toHaveBeenCalledWith(expect.any(Array), expect.objectContaining({ includeHidden: true }));
  });

  it('an engine failure on one file is one stderr line and exit 2; the other file is still reported', async () => {
    checkWorkbook
      .mockImplementationOnce(() => {
        throw new Error('boom\n    at somewhere (x.ts:1:1)');
      })
      .mockImplementation((sheets: GridData[]) => sheets.map((s) => sheetReport(s.name)));
    const t = io();
    expect(await runCli(['--json', a, b], t)).toBe(2);
    const report = JSON.parse(t.out.join(''));
    expect(report.files[0]).toEqual({ file: a, error: 'internal: boom', sheets: [] });
    expect(report.files[1].error).toBeNull();
    expect(t.err.join('')).toBe(`[1/2] ${a}\n${a}: 内部错误：boom\n[2/2] ${b}\n`);
  });
});
