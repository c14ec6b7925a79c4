import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { ReadErrorCode, WorkbookReadError, readWorkbookFile } from '../../src/cli/readWorkbook';
import { makeOle } from './support/ole';
import { editZip, makeZip, unzip } from './support/zip';
import { tempDir, writeWorkbook } from './support/tmp';

let dir: string;
let cleanup: () => void;
let good: Buffer;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  const file = await writeWorkbook(join(dir, 'good.xlsx'), (wb) => {
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = '一级指标';
    ws.mergeCells('A2:B3');
  });
  good = readFileSync(file);
});
afterAll(() => cleanup());

async function codeOf(path: string, limits = {}): Promise<ReadErrorCode | 'ok'> {
  try {
    await readWorkbookFile(path, limits);
    return 'ok';
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      expect(e.detail).not.toMatch(/\n/);
      return e.code;
    }
    throw e;
  }
}

function put(name: string, data: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

describe('readWorkbookFile on bad input', () => {
  it('a missing file is not-found', async () => {
    expect(await codeOf(join(dir, 'nope.xlsx'))).toBe('not-found');
  });

  it('a directory is not-found', async () => {
    mkdirSync(join(dir, 'folder.xlsx'));
    expect(await codeOf(join(dir, 'folder.xlsx'))).toBe('not-found');
  });

  it('a zero-byte file is empty', async () => {
    expect(await codeOf(put('zero.xlsx', ''))).toBe('empty');
  });

  it('a CSV file renamed .xlsx is csv, with the next step', async () => {
    const p = put('text.xlsx', '项目名称,预算\n热线,421\n');
    expect(await codeOf(p)).toBe('csv');
  });

  it('near miss: plain text without separators is not-xlsx, not csv', async () => {
    expect(await codeOf(put('notes.xlsx', '这是一段说明文字\n没有分隔符\n'))).toBe('not-xlsx');
  });

  it('near miss: one line of prose with a comma is text, not csv', async () => {
    expect(await codeOf(put('prose.xlsx', 'just text, not a zip'))).toBe('not-xlsx');
  });

  it('a truncated zip is corrupt', async () => {
    expect(await codeOf(put('cut.xlsx', good.subarray(0, Math.floor(good.length / 2))))).toBe('corrupt');
  });

  it('a zip whose entries are damaged is corrupt', async () => {
    const damaged = Buffer.from(good);
    // Scribble over the middle of the archive (compressed data) but keep the directory intact.
    for (let i = 200; i < Math.min(damaged.length - 2000, 1200); i++) damaged[i] = 0x55;
    expect(await codeOf(put('damaged.xlsx', damaged))).toBe('corrupt');
  });

  it('an OLE file holding EncryptedPackage is an encrypted .xlsx', async () => {
    expect(await codeOf(put('protected.xlsx', makeOle(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'])))).toBe('encrypted');
  });

  it('near miss: an OLE file holding a Workbook stream is a legacy .xls, not "encrypted"', async () => {
    expect(await codeOf(put('old.xls', makeOle(['Workbook', '\u0005SummaryInformation'])))).toBe('legacy-xls');
    expect(await codeOf(put('old.et', makeOle(['Book'])))).toBe('legacy-xls');
  });

  it('an OLE file whose directory cannot be read is corrupt', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect(await codeOf(put('garbled.xlsx', ole))).toBe('corrupt');
  });

  it('a zip that is not a workbook is not-xlsx', async () => {
    const zip = makeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    expect(await codeOf(put('doc.xlsx', zip))).toBe('not-xlsx');
  });

  it('a file over the size limit is too-large', async () => {
    expect(await codeOf(put('big.xlsx', good), { maxFileBytes: 1000 })).toBe('too-large');
  });

  it('a zip declaring a huge uncompressed size is too-large, before anything is inflated', async () => {
    const entries = unzip(good);
    entries.push({ name: 'xl/media/bomb.bin', data: Buffer.alloc(16), declaredSize: 0xfff00000 });
    const started = Date.now();
    expect(await codeOf(put('declared-bomb.xlsx', makeZip(entries)))).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a real compression bomb is refused by the uncompressed limit', async () => {
    const entries = unzip(good);
    entries.push({ name: 'xl/media/zeros.bin', data: Buffer.alloc(20 * 1024 * 1024) });
    const zip = makeZip(entries);
    expect(zip.length).toBeLessThan(200_000);
    expect(await codeOf(put('bomb.xlsx', zip), { maxUncompressedBytes: 10 * 1024 * 1024 })).toBe('too-large');
  });

  it('a worksheet inflating past its declared size is corrupt', async () => {
    const entries = unzip(good).map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { ...e, declaredSize: Math.floor(e.data.length / 2) } : e,
    );
    expect(await codeOf(put('liar.xlsx', makeZip(entries)))).toBe('corrupt');
  });

  it('a merge covering the whole sheet is too-large (exceljs would create every cell)', async () => {
    const zip = editZip(good, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/ref="A2:B3"/, 'ref="A1:XFD1048576"'));
    expect(zip.toString('latin1')).not.toContain('A2:B3');
    const started = Date.now();
    expect(await codeOf(put('huge-merge.xlsx', zip))).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reads a rebuilt-but-intact zip (the test zip writer is sound)', async () => {
    expect(await codeOf(put('rebuilt.xlsx', makeZip(unzip(good))))).toBe('ok');
  });

  it('reads a sheet with a 50 000-row used range fast and whole', async () => {
    const file = await writeWorkbook(join(dir, 'tall.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = '一级指标';
      ws.getCell('B1').value = '三级指标';
      for (let r = 2; r <= 50_000; r += 1) ws.getCell(r, 2).value = r % 7 === 0 ? `指标${r}` : r;
      ws.getCell('C50000').value = '末行';
    });
    const started = Date.now();
    const { sheets } = await readWorkbookFile(file);
    const elapsed = Date.now() - started;
    expect(sheets[0].cells).toHaveLength(50_000);
    expect(sheets[0].cells[49_999][2]).toEqual({ value: '末行' });
    expect(sheets[0].truncated).toBeUndefined();
    expect(elapsed).toBeLessThan(15_000);

    const bounded = await readWorkbookFile(file, { maxRows: 10_000 });
    expect(bounded.sheets[0].cells).toHaveLength(10_000);
    expect(bounded.sheets[0].truncated).toEqual({ rows: 10_000, cols: 2 }); // the columns of the rows read
  }, 60_000);

  it('reads a sheet whose only far cell is at row 50 000 (sparse used range)', async () => {
    const file = await writeWorkbook(join(dir, 'sparse.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = '项目名称';
      ws.getCell('A50000').value = ' ';
    });
    const { sheets } = await readWorkbookFile(file);
    expect(sheets[0].cells).toHaveLength(50_000);
    expect(sheets[0].cells[25_000]).toEqual([]);
  }, 30_000);
});
