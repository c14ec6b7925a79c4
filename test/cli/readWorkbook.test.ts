import { readFileSync } from 'fs';
import { join } from 'path';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { tempDir, writeWorkbook } from './support/tmp';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

describe('readWorkbookFile', () => {
  it('reads plain values: text, numbers, booleans, dates as ISO, empty cells as null', async () => {
    const file = await writeWorkbook(join(dir, 'values.xlsx'), (wb) => {
      const ws = wb.addWorksheet('数据');
      ws.getCell('A1').value = '项目名称';
      ws.getCell('B1').value = '12345热线';
      ws.getCell('A2').value = 421;
      ws.getCell('B2').value = 125.25;
      ws.getCell('C2').value = true;
      ws.getCell('A3').value = new Date(Date.UTC(2025, 3, 19));
      ws.getCell('C3').value = '100%';
    });
    const { sheets } = await readWorkbookFile(file);
    expect(sheets).toHaveLength(1);
    const g = sheets[0];
    expect(g.name).toBe('数据');
    expect(g.cells[0]).toEqual([{ value: '项目名称' }, { value: '12345热线' }]);
    expect(g.cells[1]).toEqual([{ value: 421 }, { value: 125.25 }, { value: true }]);
    expect(g.cells[2][0]?.value).toBe('2025-04-19');
    expect(g.cells[2][1]).toBeNull();
    expect(g.cells[2][2]).toEqual({ value: '100%' }); // text stays text
    expect(g.merges).toEqual([]);
    expect(g.truncated).toBeUndefined();
  });

  it('keeps number formats other than General (percentages stay fractions)', async () => {
    const file = await writeWorkbook(join(dir, 'formats.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 0.99;
      ws.getCell('A1').numFmt = '0%';
      ws.getCell('B1').value = 0.835;
      ws.getCell('B1').numFmt = '0.00%';
      ws.getCell('C1').value = 150;
      ws.getCell('D1').value = 1234.5;
      ws.getCell('D1').numFmt = '#,##0.00';
    });
    const [g] = (await readWorkbookFile(file)).sheets;
    expect(g.cells[0]).toEqual([
      { value: 0.99, format: '0%' },
      { value: 0.835, format: '0.00%' },
      { value: 150 },
      { value: 1234.5, format: '#,##0.00' },
    ]);
  });

  it('gives formula cells their cached result and the formula with "=", shared formulas translated', async () => {
    const file = await writeWorkbook(join(dir, 'formulas.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 421;
      ws.getCell('B1').value = 421;
      ws.getCell('C1').value = { formula: 'B1/A1', result: 1 };
      ws.getCell('C1').numFmt = '0.00%';
      ws.getCell('A2').value = 1;
      ws.getCell('A3').value = 2;
      ws.getCell('A4').value = 3;
      ws.getCell('B2').value = { formula: 'A2*10', result: 10, shareType: 'shared', ref: 'B2:B4' } as never;
      ws.getCell('B3').value = { sharedFormula: 'B2', result: 20 };
      ws.getCell('B4').value = { sharedFormula: 'B2', result: 30 };
      ws.getCell('D1').value = { formula: 'CONCATENATE("a","b")', result: 'ab' };
      ws.getCell('E1').value = { formula: 'A1*2' } as never; // no cached result
    });
    const [g] = (await readWorkbookFile(file)).sheets;
    expect(g.cells[0][2]).toEqual({ value: 1, formula: '=B1/A1', format: '0.00%' });
    expect(g.cells[0][3]).toEqual({ value: 'ab', formula: '=CONCATENATE("a","b")' });
    expect(g.cells[0][4]).toEqual({ value: null, formula: '=A1*2', uncached: true });
    expect(g.cells[1][1]).toEqual({ value: 10, formula: '=A2*10' });
    expect(g.cells[2][1]).toEqual({ value: 20, formula: '=A3*10' });
    expect(g.cells[3][1]).toEqual({ value: 30, formula: '=A4*10' });
  });

  it('reads error values as their string with `error` set, plain or as a formula result', async () => {
    const file = await writeWorkbook(join(dir, 'errors.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = { formula: 'B1/0', result: { error: '#DIV/0!' } };
      ws.getCell('B1').value = { error: '#N/A' };
      ws.getCell('C1').value = { formula: 'XX1', result: { error: '#REF!' } };
    });
    const [g] = (await readWorkbookFile(file)).sheets;
    expect(g.cells[0][0]).toEqual({ value: '#DIV/0!', error: '#DIV/0!', formula: '=B1/0' });
    expect(g.cells[0][1]).toEqual({ value: '#N/A', error: '#N/A' });
    expect(g.cells[0][2]).toMatchObject({ value: '#REF!', error: '#REF!' });
  });

  it('reads merges as 0-based ranges, with the value in the top-left cell only', async () => {
    const file = await writeWorkbook(join(dir, 'merges.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = '绩效指标';
      ws.mergeCells('A1:A5');
      ws.getCell('B2').value = '年度预算执行情况（万元）';
      ws.mergeCells('B2:D3');
    });
    const [g] = (await readWorkbookFile(file)).sheets;
    const sorted = [...g.merges].sort((a, b) => a.left - b.left);
    expect(sorted).toEqual([
      { top: 0, left: 0, bottom: 4, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 3 },
    ]);
    expect(g.cells[0][0]).toEqual({ value: '绩效指标' });
    expect(g.cells[1][0] ?? null).toBeNull();
    expect(g.cells[1][1]).toEqual({ value: '年度预算执行情况（万元）' });
    expect(g.cells[1][2] ?? null).toBeNull();
    expect(g.cells[2][3] ?? null).toBeNull();
  });

  it('flattens rich text and hyperlinks to plain text', async () => {
    const file = await writeWorkbook(join(dir, 'rich.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = { richText: [{ text: '坐席人员' }, { font: { bold: true }, text: '服务满意率' }] };
      ws.getCell('B1').value = { text: '市民满意率', hyperlink: 'https://example.org/a' };
      ws.getCell('C1').value = {
        text: { richText: [{ text: '来电' }, { text: '回复率' }] },
        hyperlink: 'https://example.org/b',
      } as never;
    });
    const [g] = (await readWorkbookFile(file)).sheets;
    expect(g.cells[0][0]).toEqual({ value: '坐席人员服务满意率' });
    expect(g.cells[0][1]).toEqual({ value: '市民满意率' });
    expect(g.cells[0][2]).toEqual({ value: '来电回复率' });
  });

  it('reads a sheet with notes and a picture (the picture is never inflated)', async () => {
    // A 1×1 PNG.
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
    const file = await writeWorkbook(join(dir, 'notes-picture.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = '项目名称';
      ws.getCell('A1').note = '请填写全称';
      ws.addImage(wb.addImage({ buffer: png as never, extension: 'png' }), 'C3:D4');
    });
    const [g] = (await readWorkbookFile(file)).sheets;
    expect(g.cells[0][0]).toEqual({ value: '项目名称' });
  });

  it('reads every sheet in order, an empty one as an empty grid', async () => {
    const file = await writeWorkbook(join(dir, 'sheets.xlsx'), (wb) => {
      wb.addWorksheet('封面').getCell('A1').value = '2024年度决算';
      wb.addWorksheet('空表');
      wb.addWorksheet('自评表').getCell('C3').value = '一级指标';
    });
    const { sheets } = await readWorkbookFile(file);
    expect(sheets.map((s) => s.name)).toEqual(['封面', '空表', '自评表']);
    expect(sheets[1].cells).toEqual([]);
    expect(sheets[2].cells).toHaveLength(3);
    expect(sheets[2].cells[2]).toEqual([null, null, { value: '一级指标' }]);
  });

  it('truncates a sheet beyond the row or cell limit, clipping merges, and says so', async () => {
    const file = await writeWorkbook(join(dir, 'long.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      for (let r = 1; r <= 500; r++) ws.getCell(r, 1).value = r;
      ws.getCell(1, 4).value = 'x';
      ws.mergeCells('B50:B200');
      ws.mergeCells('C300:C310');
    });
    const [g] = (await readWorkbookFile(file, { maxRows: 100 })).sheets;
    expect(g.cells).toHaveLength(100);
    expect(g.cells[99][0]).toEqual({ value: 100 });
    expect(g.truncated).toEqual({ rows: 100, cols: 4 });
    expect(g.merges).toEqual([{ top: 49, left: 1, bottom: 99, right: 1 }]);

    const [h] = (await readWorkbookFile(file, { maxCells: 40 })).sheets;
    expect(h.cells).toHaveLength(10); // 40 cells over 4 columns
    expect(h.truncated).toEqual({ rows: 10, cols: 4 });

    const [k] = (await readWorkbookFile(file, { maxCols: 2 })).sheets;
    expect(k.truncated).toEqual({ rows: 500, cols: 2 });
    expect(k.cells[0]).toEqual([{ value: 1 }]);
  });

  it('reads the bundled worked example with its values exactly as in the grid JSON', async () => {
    const root = join(__dirname, '..', '..');
    const grid = JSON.parse(readFileSync(join(root, 'examples', 'source', 'jingmen-12345-2024.grid.json'), 'utf8')) as {
      sheet: string;
      rows: (string | number | null)[][];
      merges: string[];
    };
    const { sheets } = await readWorkbookFile(join(root, 'examples', 'jingmen-12345-2024.xlsx'));
    expect(sheets).toHaveLength(1);
    const g = sheets[0];
    expect(g.name).toBe(grid.sheet);
    grid.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        expect([r, c, g.cells[r]?.[c]?.value ?? null]).toEqual([r, c, v]);
      }),
    );
    expect(g.merges).toHaveLength(grid.merges.length);
  });
});
