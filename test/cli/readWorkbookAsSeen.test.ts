/**
 * The reader gives the engine the workbook as the person sees it in Excel (issue 8.3): hidden
 * sheets left out and listed, zh-CN built-in date formats read as dates, formulas that were never
 * calculated told apart from cells that are empty.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { fillWorkbook } from '../../src/cli/fillWorkbook';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { formulasWithoutValue, worksheetPartsByName } from '../../src/cli/sheetParts';
import { listZipEntries, readZipEntry } from '../../src/cli/zipInspect';
import { editZip } from './support/zip';
import { tempDir, writeWorkbook } from './support/tmp';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

describe('hidden sheets', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook(join(dir, 'hidden.xlsx'), (wb) => {
      wb.addWorksheet('2024年自评表').getCell('A1').value = '今年';
      const old = wb.addWorksheet('2023年（旧）');
      old.getCell('A1').value = '去年';
      old.state = 'hidden';
      const macro = wb.addWorksheet('参数');
      macro.getCell('A1').value = '宏';
      macro.state = 'veryHidden';
      wb.addWorksheet('附表').getCell('A1').value = '附';
    });
  });

  it('skips hidden and very hidden sheets by default and lists them, in workbook order', async () => {
    const wb = await readWorkbookFile(file);
    expect(wb.sheets.map((s) => s.name)).toEqual(['2024年自评表', '附表']);
    expect(wb.skipped).toEqual([
      { sheet: '2023年（旧）', reason: 'hidden' },
      { sheet: '参数', reason: 'very-hidden' },
    ]);
  });

  it('reads every sheet with includeHidden, skipping none', async () => {
    const wb = await readWorkbookFile(file, { includeHidden: true });
    expect(wb.sheets.map((s) => s.name)).toEqual(['2024年自评表', '2023年（旧）', '参数', '附表']);
    expect(wb.skipped).toEqual([]);
  });

  it('near miss: a visible sheet is never skipped', async () => {
    const f = await writeWorkbook(join(dir, 'visible.xlsx'), (wb) => {
      wb.addWorksheet('S').state = 'visible';
    });
    expect((await readWorkbookFile(f)).skipped).toEqual([]);
  });
});

/**
 * A workbook whose cell A1 holds `serial` with the built-in number format `id` given by id
 * alone, as a Chinese Excel saves it (exceljs would write a format code: the code is removed).
 */
async function builtinFormatFile(name: string, serial: number, id: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = serial;
  ws.getCell('A1').numFmt = 'PLACEHOLDER0.000';
  ws.getCell('B1').value = serial;
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const edited = editZip(buf, 'xl/styles.xml', (xml) => {
    const custom = /<numFmt numFmtId="(\d+)" formatCode="PLACEHOLDER0.000"\/>/.exec(xml);
    if (!custom) throw new Error('fixture: custom format not found');
    return xml
      .replace(custom[0], '')
      .replace('<numFmts count="1">', '<numFmts count="0">')
      .replace(`numFmtId="${custom[1]}"`, `numFmtId="${id}"`);
  });
  const path = join(dir, name);
  writeFileSync(path, edited);
  return path;
}

describe('zh-CN built-in date formats (ids 27–36, 50–58)', () => {
  // 44895 is 2022-11-30 in the 1900 date system.
  it.each([27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58])('id %i: a date, with its zh-CN format', async (id) => {
    const file = await builtinFormatFile(`date-${id}.xlsx`, 44895, id);
    const [g] = (await readWorkbookFile(file)).sheets;
    expect(g.cells[0][0]?.value).toBe('2022-11-30');
    expect(g.cells[0][0]?.format).toMatch(/[年月]|m-d-yy/);
  });

  it('id 31 carries the code a Chinese Excel shows: 2022年11月30日', async () => {
    const file = await builtinFormatFile('date-31b.xlsx', 44895, 31);
    const [g] = (await readWorkbookFile(file)).sheets;
    expect(g.cells[0][0]).toEqual({ value: '2022-11-30', format: 'yyyy"年"m"月"d"日"' });
  });

  it.each([32, 33, 34, 35, 55, 56])('id %i: a time of day, read as the time, not as a date of 1899', async (id) => {
    const file = await builtinFormatFile(`time-${id}.xlsx`, 0.5625, id); // 13:30
    const [g] = (await readWorkbookFile(file)).sheets;
    expect(g.cells[0][0]?.value).toBe('13:30');
  });

  it('near miss: the same number without a format stays the number 44895', async () => {
    const file = await builtinFormatFile('date-none.xlsx', 44895, 31);
    const [g] = (await readWorkbookFile(file)).sheets;
    expect(g.cells[0][1]).toEqual({ value: 44895 });
  });

  it('near miss: built-in id 10 (0.00%) is a percent, not a date', async () => {
    const file = await builtinFormatFile('percent-10.xlsx', 0.835, 10);
    const [g] = (await readWorkbookFile(file)).sheets;
    expect(g.cells[0][0]).toEqual({ value: 0.835, format: '0.00%' });
  });

  it('a copy written by --fill keeps the date format (not the bare number)', async () => {
    const file = await builtinFormatFile('date-fill.xlsx', 44895, 31);
    const out = join(dir, 'date-fill-out.xlsx');
    await fillWorkbook(file, out, []);
    const [g] = (await readWorkbookFile(out)).sheets;
    expect(g.cells[0][0]).toEqual({ value: '2022-11-30', format: 'yyyy"年"m"月"d"日"' });
  });
});

describe('formulas without a cached value', () => {
  /** A workbook whose sheet XML is edited to hold the given cells in row 1. */
  async function withCells(name: string, cellsXml: string, sheetName = 'S'): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheetName);
    ws.getCell('A1').value = 1;
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const edited = editZip(buf, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/<c r="A1"[^]*?<\/c>/, cellsXml));
    const path = join(dir, name);
    writeFileSync(path, edited);
    return path;
  }

  it('flags a formula with no <v> as uncached, its value unknown (null)', async () => {
    const file = await withCells('uncached.xlsx', '<c r="A1"><f>B1*2</f></c>');
    const [g] = (await readWorkbookFile(file)).sheets;
    expect(g.cells[0][0]).toEqual({ value: null, formula: '=B1*2', uncached: true });
  });

  it('near miss: a cached empty text (<v></v>, as Excel saves IF(…,"",…)) is an empty result, not uncached', async () => {
    const file = await withCells('empty-text.xlsx', '<c r="A1" t="str"><f>IF(B1="","",B1)</f><v></v></c><c r="B1" t="str"><f>""</f><v/></c>');
    const [g] = (await readWorkbookFile(file)).sheets;
    expect(g.cells[0][0]).toEqual({ value: null, formula: '=IF(B1="","",B1)' });
    expect(g.cells[0][1]).toEqual({ value: null, formula: '=""' });
  });

  it('near miss: a formula with a cached number is not uncached', async () => {
    const file = await withCells('cached.xlsx', '<c r="A1"><f>1+1</f><v>2</v></c>');
    const [g] = (await readWorkbookFile(file)).sheets;
    expect(g.cells[0][0]).toEqual({ value: 2, formula: '=1+1' });
  });

  it('finds the right sheet part by name, even when parts are not in sheet order', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('甲').getCell('A1').value = { formula: 'B1' } as never;
    wb.addWorksheet('乙 & 丙').getCell('C2').value = { formula: 'D2', result: 5 };
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const inflated = new Map(listZipEntries(buf).map((e) => [e.name.replace(/^\//, ''), readZipEntry(buf, e)]));
    const parts = worksheetPartsByName((name) => inflated.get(name));
    expect([...parts.keys()]).toEqual(['甲', '乙 & 丙']);
    expect(parts.get('乙 & 丙')).toBe('xl/worksheets/sheet2.xml');
    const path = join(dir, 'two-sheets.xlsx');
    writeFileSync(path, buf);
    const { sheets } = await readWorkbookFile(path);
    expect(sheets[0].cells[0][0]).toEqual({ value: null, formula: '=B1', uncached: true });
    expect(sheets[1].cells[1][2]).toEqual({ value: 5, formula: '=D2' });
  });

  it('reads namespace-prefixed sheet XML (<x:c>, as the Open XML SDK writes it)', () => {
    const xml = Buffer.from('<x:sheetData><x:row r="1"><x:c r="A1"><x:f>B1</x:f></x:c><x:c r="B1" s="1"/><x:c r="C1"><x:f>1</x:f><x:v>1</x:v></x:c></x:row></x:sheetData>');
    expect([...formulasWithoutValue(xml)]).toEqual(['A1']);
  });
});
