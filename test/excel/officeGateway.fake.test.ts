import { GatewayError } from '../../src/app/hostGateway';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { allFeatures, featuresUpTo } from '../../src/excel/requirements';
import type { Highlight, Write } from '../../src/core/report/reportSchema';
import { FakeExcel } from './fakeExcel';
import { formSheet } from './forms';

function setup(rows = 10, version?: string) {
  const fake = new FakeExcel({ 表1: formSheet(rows) });
  const features = version ? featuresUpTo(version) : allFeatures();
  fake.features = { notes: features.notes, getRanges: features.getRanges, rangeByIndexes: features.rangeByIndexes, orNullObject: Number(features.apiVersion.split('.')[1]) >= 4 };
  const gw = new OfficeGateway({ run: fake.run, features });
  return { fake, gw };
}

const write = (cell: string, value: number | string, numberFormat: string | null = null): Write => ({
  cell,
  value,
  numberFormat,
  what: 'score',
  previous: null,
  overwrites: false,
});
const mark = (cell: string, severity: Highlight['severity'] = 'error', text = '得分与计算不符'): Highlight => ({ cell, severity, text });

describe('OfficeGateway over the fake Excel', () => {
  test('readActiveSheet converts values, formulas, formats and merges in one sync', async () => {
    const { fake, gw } = setup(10);
    const snap = await gw.readActiveSheet();
    expect(fake.syncs).toBe(1);
    expect(snap.sheetId).toBe(fake.sheet('表1').id);
    expect(snap.grid.name).toBe('表1');
    expect(snap.grid.cells[0][0]).toEqual({ value: '项目支出绩效自评表' });
    expect(snap.grid.cells[2][4]).toEqual({ value: 102, format: '0.00' });
    expect(snap.grid.cells[9][6]).toEqual({ value: null, formula: '=SUM(G3:G9)' });
    expect(snap.grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 7 });
    expect(snap.grid.merges).toContainEqual({ top: 2, left: 0, bottom: 8, right: 0 });
    expect(snap.grid.truncated).toBeUndefined();
  });

  test('apply writes and marks in one sync; undo and clear restore, one sync each', async () => {
    const { fake, gw } = setup(10);
    fake.sheet('表1').ensure(3, 6).fill = { color: '#00B050', pattern: 'Solid' };
    const snap = await gw.readActiveSheet();
    fake.syncs = 0;
    const out = await gw.apply({
      sheetId: snap.sheetId,
      writes: [write('G3', 10), write('H3', '=not a formula'), { ...write('E3', 1), previous: 999 }, write('G10', 100)],
      highlights: [mark('G4'), mark('H5', 'warning')],
      notes: false,
    });
    expect(fake.syncs).toBe(1);
    expect(out).toEqual({
      written: 2,
      marked: 2,
      skipped: [
        { sheet: '表1', cell: 'E3', reason: 'value-changed' },
        { sheet: '表1', cell: 'G10', reason: 'formula' },
      ],
    });
    expect(fake.cell('表1', 'G3')?.value).toBe(10);
    expect(fake.cell('表1', 'H3')?.value).toBe('=not a formula');
    expect(fake.cell('表1', 'H3')?.formula).toBeUndefined();
    expect(fake.cell('表1', 'E3')?.value).toBe(102);
    expect(fake.fill('表1', 'G4').color).toBe('#FFC7CE');
    expect(fake.cell('表1', 'G4')?.fontColor).toBe('#9C0006');
    expect(fake.fill('表1', 'H5').color).toBe('#FFEB9C');
    expect(gw.pending()).toEqual({ marks: 2, writes: 2 });

    fake.syncs = 0;
    expect((await gw.clearMarks()).restored).toBe(2);
    expect(fake.syncs).toBe(1);
    expect(fake.fill('表1', 'G4')).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect(fake.fill('表1', 'H5').pattern).toBe('None');
    expect(fake.visibleState().fontColors).toEqual({});

    fake.syncs = 0;
    expect((await gw.undoWrites()).restored).toBe(2);
    expect(fake.syncs).toBe(1);
    expect(fake.cell('表1', 'G3')?.value).toBeNull();
    expect(fake.cell('表1', 'H3')?.value).toBeNull();
    expect(gw.pending()).toEqual({ marks: 0, writes: 0 });
  });

  test('a result written, re-read and recomputed is written again; undo still restores the original', async () => {
    const { fake, gw } = setup(10);
    const first = await gw.readActiveSheet();
    await gw.apply({ sheetId: first.sheetId, writes: [write('G3', 10)], highlights: [], notes: false });
    const second = await gw.readActiveSheet();
    const out = await gw.apply({ sheetId: second.sheetId, writes: [{ ...write('G3', 8), previous: 10 }], highlights: [], notes: false });
    expect(out.written).toBe(1);
    expect(fake.cell('表1', 'G3')?.value).toBe(8);
    // A stale report (previous = the original) is refused once the person typed over our write.
    fake.sheet('表1').ensure(2, 6).value = 99;
    await gw.readActiveSheet();
    expect((await gw.apply({ sheetId: second.sheetId, writes: [write('G3', 7)], highlights: [], notes: false })).skipped).toEqual([{ sheet: '表1', cell: 'G3', reason: 'value-changed' }]);
    fake.sheet('表1').ensure(2, 6).value = 8;
    await gw.undoWrites();
    expect(fake.cell('表1', 'G3')?.value).toBeNull();
  });

  test('notes: added on 1.18 (probe + add), never over a person\'s note, deleted on clear', async () => {
    const { fake, gw } = setup(10);
    fake.sheet('表1').notes.set('G5', '我的备注');
    const snap = await gw.readActiveSheet();
    fake.syncs = 0;
    await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: [mark('G4'), mark('G5')], notes: true });
    expect(fake.syncs).toBe(2);
    expect(fake.note('表1', 'G4')).toBe('得分与计算不符');
    expect(fake.note('表1', 'G5')).toBe('我的备注');
    await gw.clearMarks();
    expect(fake.note('表1', 'G4')).toBeUndefined();
    expect(fake.note('表1', 'G5')).toBe('我的备注');
  });

  test('a failing note batch keeps the marks; the notes that were added are still cleared', async () => {
    const { fake, gw } = setup(10);
    const snap = await gw.readActiveSheet();
    const sheet = fake.sheet('表1');
    // The second note fails (as a threaded comment on the cell would): the first one stays added.
    const realAdd = sheet.notes.set.bind(sheet.notes);
    let adds = 0;
    sheet.notes.set = (k: string, v: string) => {
      if (++adds === 2) throw new Error('boom');
      return realAdd(k, v);
    };
    const out = await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: [mark('G4'), mark('G5'), mark('G6')], notes: true });
    sheet.notes.set = realAdd;
    expect(out.marked).toBe(3);
    expect(fake.note('表1', 'G4')).toBeDefined();
    expect(fake.note('表1', 'G5')).toBeUndefined();
    expect((await gw.clearMarks()).restored).toBe(3);
    expect(fake.visibleState().notes).toEqual({});
    expect(fake.visibleState().fills).toEqual({});
  });

  test('below 1.18: no notes, no crash, one sync', async () => {
    const { fake, gw } = setup(10, '1.17');
    const snap = await gw.readActiveSheet();
    expect((await gw.capabilities()).notes).toBe(false);
    fake.syncs = 0;
    const out = await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: [mark('G4')], notes: true });
    expect(out.marked).toBe(1);
    expect(fake.syncs).toBe(1);
    expect(fake.noteAdds).toBe(0);
  });

  test('Excel 2019 (1.7): no merges read, per-cell fills, white-as-no-fill restore', async () => {
    const { fake, gw } = setup(10, '1.7');
    const snap = await gw.readActiveSheet();
    expect(snap.grid.merges).toEqual([]);
    expect(fake.mergeCalls).toBe(0);
    fake.sheet('表1').ensure(3, 6).fill = { color: '#00B050', pattern: 'Solid' };
    await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: [mark('G4'), mark('G6')], notes: true });
    expect(fake.getRangesCalls).toEqual([]);
    expect(fake.fill('表1', 'G6').color).toBe('#FFC7CE');
    await gw.clearMarks();
    expect(fake.fill('表1', 'G4')).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect(fake.fill('表1', 'G6').pattern).toBe('None');
    const caps = await gw.capabilities();
    expect(caps).toMatchObject({ notes: false, dataValidation: false, merges: false, apiVersion: '1.7' });
  });

  test('a protected sheet: the writes are skipped as protected', async () => {
    const { fake, gw } = setup(10);
    const snap = await gw.readActiveSheet();
    fake.sheet('表1').protected = true;
    expect((await gw.apply({ sheetId: snap.sheetId, writes: [write('G3', 1)], highlights: [], notes: false })).skipped).toEqual([
      { sheet: '表1', cell: 'G3', reason: 'protected' },
    ]);
    expect(gw.pending()).toEqual({ marks: 0, writes: 0 });
  });

  test('clearMarks survives a deleted note and a deleted sheet', async () => {
    const { fake, gw } = setup(10);
    fake.addSheet('表2', formSheet(10));
    const snap = await gw.readActiveSheet();
    await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: [mark('G4')], notes: true });
    fake.active = fake.sheet('表2');
    const snap2 = await gw.readActiveSheet();
    await gw.apply({ sheetId: snap2.sheetId, writes: [], highlights: [mark('G6')], notes: false });
    fake.sheet('表1').notes.delete('G4');
    fake.deleteSheet('表2');
    expect((await gw.clearMarks()).restored).toBe(2);
    expect(fake.fill('表1', 'G4').pattern).toBe('None');
    expect(gw.pending().marks).toBe(0);
  });

  test('truncates a huge sheet at the read window', async () => {
    const fake = new FakeExcel({ 大表: formSheet(10) });
    const s = fake.sheet('大表');
    s.ensure(7999, 2).value = 'far';
    s.ensure(3, 60).value = 'wide';
    const gw = new OfficeGateway({ run: fake.run, features: allFeatures() });
    const snap = await gw.readActiveSheet();
    expect(snap.grid.truncated).toEqual({ rows: 5000, cols: 40 });
    expect(snap.grid.cells.length).toBe(5000);
    expect(fake.syncs).toBe(1);
  });

  test('selectCell activates and selects in one sync', async () => {
    const { fake, gw } = setup(10);
    const other = fake.addSheet('其他');
    await gw.selectCell(other.id, 'C5');
    expect(fake.active).toBe(other);
    expect(other.selection).toBe('C5');
    await expect(gw.selectCell(other.id, 'not an address')).rejects.toBeInstanceOf(GatewayError);
    await expect(gw.selectCell('{missing}', 'A1')).rejects.toMatchObject({ code: 'not-found' });
  });

  test('settings round-trip through the document settings as JSON', async () => {
    const store = new Map<string, unknown>();
    let saves = 0;
    const settings = {
      get: (k: string) => store.get(k),
      set: (k: string, v: unknown) => void store.set(k, v),
      saveAsync: (cb?: (r: { status: unknown }) => void) => {
        saves++;
        cb?.({ status: 'succeeded' });
      },
    };
    const gw = new OfficeGateway({ run: new FakeExcel().run, features: allFeatures(), settings });
    expect(await gw.loadSettings()).toBeNull();
    await gw.saveSettings({ policy: 'hubei', overwriteStated: true });
    expect(typeof store.get('perfSelfEval.settings')).toBe('string');
    expect(saves).toBe(1);
    expect(await gw.loadSettings()).toEqual({ policy: 'hubei', overwriteStated: true });
    store.set('perfSelfEval.settings', '{broken');
    await expect(gw.loadSettings()).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
