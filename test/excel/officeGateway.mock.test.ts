/**
 * Round trips, counted with office-addin-mock (context.sync is a jest.fn): constant whatever the
 * number of rows — the numbers README's "How it is built" gives.
 */
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
  test('readActiveSheet: exactly one sync (the record is read in it), GridData converted', async () => {
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

  test('apply (writes + marks + notes): the live check and the change, two syncs; clear and undo two each', async () => {
    const m = mockExcel(rows);
    const gw = new OfficeGateway({ run: m.run, features: allFeatures() });
    const snap = await gw.readActiveSheet();
    m.context.sync.mockClear();
    const out = await gw.apply({ sheetId: snap.sheetId, writes: writes(rows), highlights: highlights(rows), notes: true });
    expect(m.context.sync).toHaveBeenCalledTimes(2);
    expect(out.skipped).toEqual([]);
    expect(out.marked).toBe(rows - 3);
    expect(out.written).toBe(Math.min(rows - 3, 200));
    expect(m.calls.suspend).toBe(1);
    expect(m.calls.namesAdded).toBe(out.written);
    // One conditional format per severity and address list, none longer than 8 000 characters.
    expect(m.calls.conditionalFormatsAdded).toBe(m.calls.getRanges.length);
    expect(m.calls.getRanges.length).toBeLessThanOrEqual(rows < 100 ? 2 : 6);
    for (const list of m.calls.getRanges) expect(list.length).toBeLessThanOrEqual(8000);
    expect(m.calls.notesAdded).toHaveLength(Math.min(rows - 3, 500));
    // Ribbon and pane batches are one undo step each (ExcelApi 1.20), and wait for cell edit.
    expect(m.calls.runOptions.at(-1)).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });

    m.context.sync.mockClear();
    expect((await gw.undoWrites()).restored).toBe(Math.min(rows - 3, 200));
    expect(m.context.sync).toHaveBeenCalledTimes(2);
    m.context.sync.mockClear();
    const cleared = await gw.clearMarks();
    expect(cleared.skipped).toEqual([]);
    expect(cleared.restored).toBe(rows - 3);
    expect(m.context.sync).toHaveBeenCalledTimes(2);
  });

  test('检查表格’s apply replacing earlier marks: two syncs too', async () => {
    const m = mockExcel(rows);
    const gw = new OfficeGateway({ run: m.run, features: allFeatures() });
    const snap = await gw.readActiveSheet();
    await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: highlights(rows), notes: false });
    m.context.sync.mockClear();
    const out = await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: highlights(rows), notes: false, replaceMarks: true });
    expect(m.context.sync).toHaveBeenCalledTimes(2);
    expect(out.cleared?.restored).toBe(rows - 3);
  });
});

describe('office-addin-mock: requirement sets', () => {
  test.each(['1.17', '1.14', '1.9'])('%s: no notes requested from Excel, two syncs, no undo group', async (v) => {
    const m = mockExcel(10);
    const gw = new OfficeGateway({ run: m.run, features: featuresUpTo(v) });
    const snap = await gw.readActiveSheet();
    m.context.sync.mockClear();
    const out = await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: highlights(10), notes: true });
    expect(out.marked).toBe(7);
    expect(m.calls.notesAdded).toHaveLength(0);
    expect(m.context.sync).toHaveBeenCalledTimes(2);
    expect(m.calls.runOptions.at(-1)).toEqual({ delayForCellEdit: true });
  });

  test('below 1.13 no merged-area calls', async () => {
    const m = mockExcel(10);
    const gw = new OfficeGateway({ run: m.run, features: featuresUpTo('1.12') });
    const snap = await gw.readActiveSheet();
    expect(m.calls.mergeCalls).toBe(0);
    expect(snap.grid.merges).toEqual([]);
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
    const sheet = (m.context as unknown as { workbook: { holder: { sheet: { name: unknown } } } }).workbook.holder.sheet;
    expect(sheet.name).toBe('Error, property was not loaded');
  });
});
