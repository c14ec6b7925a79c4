import { GatewayError } from '../../src/app/hostGateway';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { allFeatures, featuresUpTo } from '../../src/excel/requirements';
import type { Highlight, Write } from '../../src/core/report/reportSchema';
import { mockExcel } from './officeMock';

const highlights = (rows: number): Highlight[] =>
  Array.from({ length: rows - 3 }, (_, i) => ({ cell: `G${i + 3}`, severity: i % 3 === 0 ? 'error' : 'warning', text: `第${i + 3}行得分不符` }));
const writes = (rows: number): Write[] =>
  Array.from({ length: Math.min(rows - 3, 200) }, (_, i) => ({ cell: `G${i + 3}`, value: 10, numberFormat: '0.00', what: 'score', previous: null, overwrites: false }));

describe.each([10, 5000])('office-addin-mock: a %i-row form', (rows) => {
  test('readActiveSheet: exactly one sync, GridData converted', async () => {
    const m = mockExcel(rows);
    const gw = new OfficeGateway({ run: m.run, features: allFeatures() });
    const snap = await gw.readActiveSheet();
    expect(m.context.sync).toHaveBeenCalledTimes(1);
    expect(snap.sheetId).toBe('{SHEET-1}');
    expect(snap.grid.name).toBe('表1');
    expect(snap.grid.cells.length).toBe(rows);
    expect(snap.grid.cells[2][4]).toEqual({ value: 102, format: '0.00' });
    expect(snap.grid.cells[rows - 1][6]).toEqual({ value: '#DIV/0!', error: '#DIV/0!', formula: `=SUM(G3:G${rows - 1})` });
    expect(snap.grid.merges[0]).toEqual({ top: 0, left: 0, bottom: 0, right: 8 });
    expect(snap.grid.merges).toHaveLength(1 + rows - 2);
    expect(m.calls.mergeCalls).toBe(Math.ceil(5000 / 64));
    expect(snap.grid.truncated).toBeUndefined();
  });

  test('apply (writes + marks): exactly one sync; clearMarks and undoWrites one each', async () => {
    const m = mockExcel(rows);
    const gw = new OfficeGateway({ run: m.run, features: allFeatures() });
    const snap = await gw.readActiveSheet();
    m.context.sync.mockClear();
    const out = await gw.apply({ sheetId: snap.sheetId, writes: writes(rows), highlights: highlights(rows), notes: false });
    expect(m.context.sync).toHaveBeenCalledTimes(1);
    expect(out.marked).toBe(rows - 3);
    expect(out.written).toBe(Math.min(rows - 3, 200));
    expect(m.calls.suspend).toBe(1);
    // Fills grouped by colour into getRanges lists, none longer than 8 000 characters.
    expect(m.calls.getRanges.length).toBeGreaterThanOrEqual(2);
    for (const list of m.calls.getRanges) expect(list.length).toBeLessThanOrEqual(8000);
    // The previous fills were snapshotted in bands, not per cell.
    const bands = new Set(Array.from({ length: rows - 3 }, (_, i) => Math.floor((i + 2) / 32)));
    expect(m.calls.getCellProperties).toBe(bands.size);

    m.context.sync.mockClear();
    expect((await gw.clearMarks()).restored).toBe(rows - 3);
    expect(m.context.sync).toHaveBeenCalledTimes(1);
    m.context.sync.mockClear();
    expect((await gw.undoWrites()).restored).toBe(Math.min(rows - 3, 200));
    expect(m.context.sync).toHaveBeenCalledTimes(1);
  });
});

describe('office-addin-mock: requirement sets', () => {
  test('1.18: notes are probed and added (one extra sync)', async () => {
    const m = mockExcel(10);
    const gw = new OfficeGateway({ run: m.run, features: allFeatures() });
    const snap = await gw.readActiveSheet();
    m.context.sync.mockClear();
    await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: highlights(10), notes: true });
    expect(m.calls.notesAdded).toHaveLength(7);
    expect(m.context.sync).toHaveBeenCalledTimes(2);
  });

  test.each(['1.17', '1.13', '1.9', '1.7'])('%s: no notes requested from Excel, no crash, one sync', async (v) => {
    const m = mockExcel(10);
    const gw = new OfficeGateway({ run: m.run, features: featuresUpTo(v) });
    const snap = await gw.readActiveSheet();
    m.context.sync.mockClear();
    const out = await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: highlights(10), notes: true });
    expect(out.marked).toBe(7);
    expect(m.calls.notesAdded).toHaveLength(0);
    expect(m.context.sync).toHaveBeenCalledTimes(1);
  });

  test('below 1.13 no merged-area calls; below 1.9 no getRanges/getCellProperties', async () => {
    const m = mockExcel(10);
    const gw = new OfficeGateway({ run: m.run, features: featuresUpTo('1.8') });
    const snap = await gw.readActiveSheet();
    expect(m.calls.mergeCalls).toBe(0);
    expect(snap.grid.merges).toEqual([]);
    await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: highlights(10), notes: false });
    expect(m.calls.getRanges).toEqual([]);
    expect(m.calls.getCellProperties).toBe(0);
  });
});

describe('office-addin-mock: errors', () => {
  test('AccessDenied → GatewayError protected, without Office\'s localised message', async () => {
    const m = mockExcel(10, { syncError: { code: 'AccessDenied', message: '工作表受保护，无法更改。' } });
    const gw = new OfficeGateway({ run: m.run, features: allFeatures() });
    const err = await gw.readActiveSheet().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect((err as GatewayError).code).toBe('protected');
    expect((err as GatewayError).message).not.toContain('受保护');
  });

  test('a property read without load/sync is an office-addin-mock error string, not a value', () => {
    const m = mockExcel(10);
    const sheet = (m.context as unknown as { workbook: { worksheets: { sheet: { name: unknown } } } }).workbook.worksheets.sheet;
    expect(sheet.name).toBe('Error, property was not loaded');
  });
});
