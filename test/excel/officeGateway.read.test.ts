import { OfficeGateway } from '../../src/excel/officeGateway';
import { allFeatures, featuresUpTo } from '../../src/excel/requirements';
import { FakeExcel, FakeValue } from './fakeExcel';
import { formSheet } from './forms';

const gateway = (fake: FakeExcel, version?: string) => new OfficeGateway({ run: fake.run, features: version ? featuresUpTo(version) : allFeatures() });

describe('reading a sheet', () => {
  test('converts values, formulas, formats and merges in one sync', async () => {
    const fake = new FakeExcel({ 表1: formSheet(10) });
    const snap = await gateway(fake).readActiveSheet();
    expect(fake.syncs).toBe(1);
    expect(snap.grid.name).toBe('表1');
    expect(snap.grid.cells[2][4]).toEqual({ value: 102, format: '0.00' });
    expect(snap.grid.cells[9][6]).toEqual({ value: null, formula: '=SUM(G3:G9)' });
    expect(snap.grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 7 });
    expect(snap.grid.merges).toContainEqual({ top: 2, left: 0, bottom: 8, right: 0 });
    expect(snap.grid.truncated).toBeUndefined();
  });

  test('below ExcelApi 1.13 merges are not read (no merged-area calls)', async () => {
    const fake = new FakeExcel({ 表1: formSheet(10) });
    const snap = await gateway(fake, '1.12').readActiveSheet();
    expect(snap.grid.merges).toEqual([]);
    expect(fake.mergeCalls).toBe(0);
  });

  test('truncates a huge sheet at the read window', async () => {
    const fake = new FakeExcel({ 大表: formSheet(10) });
    const s = fake.sheet('大表');
    s.ensure(7999, 2).value = 'far';
    s.ensure(3, 60).value = 'wide';
    const snap = await gateway(fake).readActiveSheet();
    expect(snap.grid.truncated).toEqual({ rows: 5000, cols: 40 });
    expect(snap.grid.cells.length).toBe(5000);
    expect(fake.syncs).toBe(1);
  });

  test('Excel on the web: a sheet whose answer exceeds 5 MB is read in bands, each under the limit', async () => {
    const values: FakeValue[][] = [];
    for (let r = 0; r < 5000; r++) values.push(Array.from({ length: 15 }, (_, c) => `第${r + 1}行指标内容${c}`));
    const fake = new FakeExcel({ 表1: { values, merges: ['A1:C1', 'A4000:B4000'] } }).web();
    const snap = await gateway(fake).readActiveSheet();
    expect(snap.grid.cells).toHaveLength(5000);
    expect(snap.grid.cells[2500][7]?.value).toBe('第2501行指标内容7');
    expect(snap.grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 3999, left: 0, bottom: 3999, right: 1 },
    ]);
    // The refused answer, the extent, then bands (2 halves, split once more while too large).
    expect(fake.syncs).toBeGreaterThanOrEqual(4);
    expect(fake.syncs).toBeLessThanOrEqual(8);
    expect(fake.lastResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });

  test('a band of rows with more than 512 merged areas: cells first, then merges in smaller bands', async () => {
    const merges: string[] = [];
    for (let r = 1; r <= 64; r++) for (let c = 0; c < 20; c += 2) merges.push(`${String.fromCharCode(65 + c)}${r}:${String.fromCharCode(66 + c)}${r}`);
    const fake = new FakeExcel({ 表1: { values: [['x']], merges } });
    const snap = await gateway(fake).readActiveSheet();
    expect(snap.grid.merges).toHaveLength(640);
    expect(fake.syncs).toBe(3); // refused, cells, merges in 32-row bands
  });

  test('a read that fails for another reason is not retried', async () => {
    const fake = new FakeExcel({ 表1: formSheet(10) });
    fake.cellEditMode = true; // the fake's runs are delayed by default… unless the option is dropped:
    const gw = new OfficeGateway({ run: (_o, batch) => fake.run({}, batch), features: allFeatures() });
    await expect(gw.readActiveSheet()).rejects.toMatchObject({ code: 'cell-edit-mode' });
    expect(fake.syncs).toBe(1);
  });
});

describe('reading the workbook', () => {
  test('the list and the record in one sync, every visible sheet in the next', async () => {
    const fake = new FakeExcel({ 封面: { values: [['2024年度部门决算']] }, 表1: formSheet(10), 底稿: { ...formSheet(10), visibility: 'VeryHidden' } });
    const wb = await gateway(fake).readWorkbook();
    expect(fake.syncs).toBe(2);
    expect(wb.sheets.map((s) => s.grid.name)).toEqual(['封面', '表1']);
    expect(wb.skipped).toEqual([{ sheet: '底稿', reason: 'very-hidden' }]);
  });

  test('on the web, sheets too large together are read one by one', async () => {
    const values: FakeValue[][] = [];
    for (let r = 0; r < 3300; r++) values.push(Array.from({ length: 12 }, (_, c) => `第${r + 1}行${c}列的内容`));
    const fake = new FakeExcel({ 甲: { values }, 乙: { values } }).web();
    const wb = await gateway(fake).readWorkbook();
    expect(wb.sheets.map((s) => s.grid.cells.length)).toEqual([3300, 3300]);
    expect(fake.syncs).toBe(4); // list, refused, one per sheet
  });
});
