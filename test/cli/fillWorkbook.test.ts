import { createHash } from 'crypto';
import { readFileSync, symlinkSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { HIGHLIGHT_COLOURS, SameFileError, fillWorkbook, isSameFile } from '../../src/cli/fillWorkbook';
import type { SheetReport } from '../../src/core/report/reportSchema';
import { tempDir, writeWorkbook } from './support/tmp';

let dir: string;
let cleanup: () => void;
let input: string;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  input = await writeWorkbook(join(dir, 'in.xlsx'), (wb) => {
    const ws = wb.addWorksheet('自评表');
    ws.getCell('A1').value = '项目支出绩效自评表';
    ws.mergeCells('A1:I1');
    ws.getCell('E6').value = 150;
    ws.getCell('F6').value = 125.25;
    ws.getCell('H6').value = { formula: 'F6/E6', result: 0.835 }; // a formula: never written
    ws.getCell('G13').value = 10;
    ws.getCell('H13').value = 9;
    ws.getCell('K2').value = '表外';
    // Two cells sharing one style: highlighting one must not colour the other.
    const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, bottom: { style: 'thin' } };
    ws.getCell('D13').border = border;
    ws.getCell('D14').border = border;
    ws.getCell('D13').value = '坐席人员服务满意率';
    ws.getCell('D14').value = '市民来电办理满意率';
    ws.getCell('F14').value = '99%';
    ws.getCell('F14').note = '原有批注';
    wb.addWorksheet('其他').getCell('A1').value = '说明';
  });
});
afterAll(() => cleanup());

const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

function report(over: Partial<SheetReport> = {}): SheetReport {
  return {
    sheet: '自评表',
    form: { kind: 'national-project', policy: 'national', range: 'A1:I20' },
    project: null,
    budget: null,
    indicators: [],
    total: null,
    issues: [],
    summary: { errors: 1, warnings: 1, infos: 1 },
    writes: [
      { cell: 'I6', value: 8.35, numberFormat: null, what: 'execution-score', previous: null, overwrites: false },
      { cell: 'H6', value: 0.835, numberFormat: '0.00%', what: 'rate', previous: 0.835, overwrites: false },
      { cell: 'H20', value: 93.35, numberFormat: '0.00', what: 'total', previous: null, overwrites: false },
      { cell: 'K2', value: 1, numberFormat: null, what: 'score', previous: null, overwrites: false },
      { cell: 'H13', value: 10, numberFormat: null, what: 'score', previous: 9, overwrites: true },
    ],
    highlights: [
      { cell: 'H13', severity: 'error', text: '得分 9 与计算值 10 不符' },
      { cell: 'F14', severity: 'warning', text: '实际完成值 99% 未达到年初目标值 100%' },
      { cell: 'D13', severity: 'info', text: '提示' },
      { cell: 'K2', severity: 'error', text: '表外' },
    ],
    ...over,
  };
}

async function load(p: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p);
  return wb.getWorksheet('自评表')!;
}

function fillColour(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

describe('fillWorkbook', () => {
  it('writes values and formats into the form, never over a formula or outside the form', async () => {
    const before = sha(input);
    const out = join(dir, 'out.xlsx');
    const result = await fillWorkbook(input, out, [report()]);
    expect(sha(input)).toBe(before);
    expect(result.written).toBe(2);
    expect(result.skipped).toEqual([
      { sheet: '自评表', cell: 'H6', reason: 'formula' },
      { sheet: '自评表', cell: 'K2', reason: 'outside-form' },
      { sheet: '自评表', cell: 'H13', reason: 'stated-value' },
    ]);
    const ws = await load(out);
    expect(ws.getCell('I6').value).toBe(8.35);
    expect(ws.getCell('H6').value).toEqual({ formula: 'F6/E6', result: 0.835 });
    expect(ws.getCell('H20').value).toBe(93.35);
    expect(ws.getCell('H20').numFmt).toBe('0.00');
    expect(ws.getCell('H13').value).toBe(9); // a stated value stays unless asked
    expect(ws.getCell('K2').value).toBe('表外');
  });

  it('replaces stated values only with { overwrite: true }', async () => {
    const out = join(dir, 'overwritten.xlsx');
    const result = await fillWorkbook(input, out, [report()], { overwrite: true });
    expect(result.written).toBe(3);
    expect((await load(out)).getCell('H13').value).toBe(10);
  });

  it('colours highlights by severity and puts their text in a note, keeping an existing note', async () => {
    const out = join(dir, 'marked.xlsx');
    const result = await fillWorkbook(input, out, [report()]);
    expect(result.highlighted).toBe(3);
    const ws = await load(out);
    expect(fillColour(ws.getCell('H13'))).toBe(HIGHLIGHT_COLOURS.error);
    expect(fillColour(ws.getCell('F14'))).toBe(HIGHLIGHT_COLOURS.warning);
    expect(fillColour(ws.getCell('D13'))).toBe(HIGHLIGHT_COLOURS.info);
    expect(HIGHLIGHT_COLOURS).toEqual({ error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' });
    expect(fillColour(ws.getCell('D14'))).toBeUndefined(); // shared style not mutated
    expect(ws.getCell('D14').border?.top?.style).toBe('thin');
    expect(fillColour(ws.getCell('K2'))).toBeUndefined(); // outside the form
    const note = (c: ExcelJS.Cell): string => {
      const n = c.note as unknown;
      return typeof n === 'string' ? n : ((n as { texts: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
    };
    expect(note(ws.getCell('H13'))).toBe('得分 9 与计算值 10 不符');
    expect(note(ws.getCell('F14'))).toContain('原有批注');
    expect(note(ws.getCell('F14'))).toContain('实际完成值 99% 未达到年初目标值 100%');
  });

  it('writes nothing on a sheet without a form, and skips unknown sheets', async () => {
    const out = join(dir, 'noform.xlsx');
    const result = await fillWorkbook(input, out, [
      report({ form: null, highlights: [] }),
      report({ sheet: '不存在', highlights: [] }),
    ]);
    expect(result.written).toBe(0);
    expect(new Set(result.skipped.map((s) => s.reason))).toEqual(new Set(['no-form', 'no-sheet']));
    const ws = await load(out);
    expect(ws.getCell('I6').value).toBeNull();
  });

  it('writes into the top-left cell when the address is inside a merge', async () => {
    const out = join(dir, 'merge.xlsx');
    await fillWorkbook(input, out, [
      report({ writes: [{ cell: 'C1', value: '新标题', numberFormat: null, what: 'grade', previous: null, overwrites: true }], highlights: [] }),
    ], { overwrite: true });
    const ws = await load(out);
    expect(ws.getCell('A1').value).toBe('新标题');
  });

  it('refuses to write over its input, also through another spelling or a symlink', async () => {
    const before = sha(input);
    await expect(fillWorkbook(input, input, [report()])).rejects.toBeInstanceOf(SameFileError);
    await expect(fillWorkbook(input, join(dir, '.', 'sub', '..', 'in.xlsx'), [report()])).rejects.toBeInstanceOf(SameFileError);
    const link = join(dir, 'link.xlsx');
    symlinkSync(input, link);
    expect(isSameFile(input, link)).toBe(true);
    await expect(fillWorkbook(input, link, [report()])).rejects.toBeInstanceOf(SameFileError);
    expect(sha(input)).toBe(before);
    expect(isSameFile(input, join(dir, 'other.xlsx'))).toBe(false);
  });
});
