/**
 * Issue 8: "a hidden sheet holding last year's form checked and counted, so a clean visible form
 * exits 1". The command line checks what the person sees, lists what it skipped, and checks
 * hidden sheets too on request.
 */
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { runCli } from '../../src/cli/run';
import { toA1 } from '../../src/core/grid/address';
import { Report } from '../../src/core/report/reportSchema';
import { tempDir } from './support/tmp';

const ROOT = join(__dirname, '..', '..');
const JINGMEN = join(ROOT, 'examples', 'jingmen-12345-2024.xlsx');
const NATIONAL = join(ROOT, 'examples', 'national-example.xlsx');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => void (out += t), stderr: (t) => void (err += t) });
  return { code, out, err };
}

let dir: string;
let cleanup: () => void;
let file: string;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  // The clean worked example, plus last year's form (with planted errors) on a hidden sheet.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(JINGMEN);
  const [old] = (await readWorkbookFile(NATIONAL)).sheets;
  const ws = wb.addWorksheet('2023年（旧表）');
  old.cells.forEach((row, r) => row.forEach((c, k) => c && (ws.getCell(toA1(r, k)).value = c.value)));
  for (const m of old.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  ws.state = 'hidden';
  file = join(dir, 'with-hidden.xlsx');
  await wb.xlsx.writeFile(file);
});
afterAll(() => cleanup());

jest.setTimeout(60_000);

it('skips the hidden sheet: the clean visible form exits 0, and the JSON lists the skipped sheet', async () => {
  const r = await run(['--json', file]);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.out) as Report;
  expect(report.files[0].sheets.map((s) => s.sheet)).toEqual([expect.not.stringContaining('2023')]);
  expect(report.files[0].skippedSheets).toEqual([{ sheet: '2023年（旧表）', reason: 'hidden' }]);
  expect(report.summary.sheets).toBe(1);
});

it('says in the text output which sheet it skipped and how to include it', async () => {
  const r = await run([file]);
  expect(r.out).toContain('工作表「2023年（旧表）」：隐藏，未检查');
  expect(r.out).toContain('--include-hidden');
  const en = await run(['--lang', 'en', file]);
  expect(en.out).toContain('Sheet "2023年（旧表）": hidden, not checked');
});

it('--include-hidden checks it too: its planted errors count', async () => {
  const r = await run(['--json', '--include-hidden', file]);
  expect(r.code).toBe(1);
  const report = JSON.parse(r.out) as Report;
  expect(report.files[0].sheets.map((s) => s.sheet)).toContain('2023年（旧表）');
  expect(report.files[0].skippedSheets).toEqual([]);
  expect(report.summary.sheets).toBe(2);
});
