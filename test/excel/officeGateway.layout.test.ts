import { OfficeGateway } from '../../src/excel/officeGateway';
import { allFeatures, featuresUpTo } from '../../src/excel/requirements';
import type { TemplateSpec } from '../../src/core/template/templateSpec';
import { FakeExcel } from './fakeExcel';
import { formSheet } from './forms';

const spec: TemplateSpec = {
  kind: 'national-project',
  sheetName: '项目支出绩效自评表',
  rowCount: 6,
  colCount: 4,
  cells: [
    { row: 0, col: 0, value: '项目支出绩效自评表', bold: true, align: 'center' },
    { row: 1, col: 0, value: '一级指标', bold: true, align: 'center' },
    { row: 1, col: 1, value: '指标值', bold: true, align: 'center' },
    { row: 2, col: 1, value: '-', align: 'left' },
    { row: 3, col: 1, value: '001', align: 'left' },
    { row: 4, col: 2, value: null, numberFormat: '0.00%' },
    { row: 5, col: 3, value: null, formula: 'SUM(D3:D5)', numberFormat: '0.00' },
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
  columnWidths: [12, 20, 10, 10],
  bordered: { top: 1, left: 0, bottom: 5, right: 3 },
  lists: [{ range: { top: 2, left: 0, bottom: 4, right: 0 }, values: ['产出指标', '效益指标', '满意度指标'] }],
};

describe('insertTemplate', () => {
  test('adds a uniquely named sheet, lays it out and activates it after a sync', async () => {
    const fake = new FakeExcel({ 项目支出绩效自评表: {} });
    const gw = new OfficeGateway({ run: fake.run, features: allFeatures() });
    const name = await gw.insertTemplate(spec);
    expect(name).toBe('项目支出绩效自评表 (2)');
    const s = fake.sheet(name);
    expect(fake.active).toBe(s);
    expect(fake.syncs).toBe(3);
    expect(fake.cell(name, 'A1')?.value).toBe('项目支出绩效自评表');
    expect(fake.cell(name, 'A1')?.bold).toBe(true);
    expect(fake.cell(name, 'B3')?.value).toBe('-'); // text, not a formula
    expect(fake.cell(name, 'B3')?.formula).toBeUndefined();
    expect(fake.cell(name, 'B4')?.value).toBe('001'); // text, not the number 1
    expect(fake.cell(name, 'C5')?.numberFormat).toBe('0.00%');
    expect(fake.cell(name, 'D6')?.formula).toBe('=SUM(D3:D5)');
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(s.validations).toEqual([{ range: { top: 2, left: 0, bottom: 4, right: 0 }, source: '产出指标,效益指标,满意度指标' }]);
    expect(s.columnWidths.get(1)).toBeCloseTo((20 * 7 + 5) * 0.75);
    expect(s.borders.map((b) => b.edge).sort()).toEqual(['EdgeBottom', 'EdgeLeft', 'EdgeRight', 'EdgeTop', 'InsideHorizontal', 'InsideVertical']);
  });

  test('an Excel below the manifest minimum (1.9) is refused with "unsupported", before any batch', async () => {
    const fake = new FakeExcel({ Sheet1: {} });
    const gw = new OfficeGateway({ run: fake.run, features: featuresUpTo('1.8') });
    await expect(gw.insertTemplate(spec)).rejects.toMatchObject({ code: 'unsupported' });
    await expect(gw.readActiveSheet()).rejects.toMatchObject({ code: 'unsupported' });
    expect(fake.runs).toBe(0);
  });
});

describe('insertRows', () => {
  test('inserts rows inside the merged group and copies formats per segment in one sync; the marks move with their rows', async () => {
    const fake = new FakeExcel({ 表1: formSheet(10) });
    const s = fake.sheet('表1');
    s.ensure(3, 5).fill = { color: '#DDDDDD', pattern: 'Solid' };
    s.ensure(3, 5).numberFormat = '0.0';
    const gw = new OfficeGateway({ run: fake.run, features: allFeatures() });
    const snap = await gw.readActiveSheet();
    await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: [{ cell: 'G8', severity: 'info', text: 'x' }], notes: false });
    fake.syncs = 0;
    await gw.insertRows({ sheetId: snap.sheetId, beforeRow: 4, count: 2, copyFormatsFrom: 3, fromCol: 0, toCol: 8 });
    expect(fake.syncs).toBe(1);
    // The 一级指标 merge A3:A9 grew by two rows; the new rows got H:I merges and F's format.
    expect(s.merges).toContainEqual({ top: 2, left: 0, bottom: 10, right: 0 });
    expect(s.merges).toContainEqual({ top: 4, left: 7, bottom: 4, right: 8 });
    expect(s.merges).toContainEqual({ top: 5, left: 7, bottom: 5, right: 8 });
    expect(fake.fill('表1', 'F5').color).toBe('#DDDDDD');
    expect(fake.cell('表1', 'F6')?.numberFormat).toBe('0.0');
    expect(fake.visibleState().fills).toEqual({ F4: '#DDDDDD', F5: '#DDDDDD', F6: '#DDDDDD', G10: '#DDEBF7' }); // the mark moved down with its row
    expect((await gw.clearMarks()).restored).toBe(1);
    expect(fake.visibleState().fills).toEqual({ F4: '#DDDDDD', F5: '#DDDDDD', F6: '#DDDDDD' });
    // Writes need a fresh read after an insert.
    await expect(
      gw.apply({ sheetId: snap.sheetId, writes: [{ cell: 'G3', value: 1, numberFormat: null, what: 'score', previous: null, overwrites: false }], highlights: [], notes: false }),
    ).rejects.toMatchObject({ code: 'sheet-changed' });
  });

  test('a mark on the model row is not copied onto the new rows (two more syncs to put its rule back without them)', async () => {
    const fake = new FakeExcel({ 表1: formSheet(10) });
    const gw = new OfficeGateway({ run: fake.run, features: allFeatures() });
    const snap = await gw.readActiveSheet();
    await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: [{ cell: 'E4', severity: 'error', text: 'x' }, { cell: 'E8', severity: 'error', text: 'y' }], notes: false });
    fake.syncs = 0;
    await gw.insertRows({ sheetId: snap.sheetId, beforeRow: 4, count: 2, copyFormatsFrom: 3, fromCol: 0, toCol: 8 });
    expect(fake.syncs).toBe(3);
    const fills = fake.visibleState().fills;
    expect(fills).toEqual({ E4: '#FFC7CE', E10: '#FFC7CE' });
    expect((await gw.clearMarks()).restored).toBe(2);
    expect(fake.visibleState().fills).toEqual({});
  });
});
