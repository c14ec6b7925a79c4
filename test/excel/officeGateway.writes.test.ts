import type { Write } from '../../src/core/report/reportSchema';
import { RECORD_KEY } from '../../src/excel/documentStore';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { allFeatures } from '../../src/excel/requirements';
import { FakeExcel } from './fakeExcel';
import { formSheet } from './forms';

function setup() {
  const fake = new FakeExcel({ 表1: formSheet(10) });
  return { fake, gw: new OfficeGateway({ run: fake.run, features: allFeatures() }) };
}
const write = (cell: string, value: number | string, previous: Write['previous'] = null, numberFormat: string | null = null): Write => ({
  cell,
  value,
  numberFormat,
  what: 'score',
  previous,
  overwrites: previous !== null,
});
const record = (fake: FakeExcel) => JSON.parse(String(fake.settings.get(RECORD_KEY))) as { sheets: { writes: { name: string; address: string; before: unknown; written: unknown }[] }[] };

describe('写回结果 against the live cell', () => {
  test('writes value and number format in two syncs, each cell anchored by a hidden name', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    fake.syncs = 0;
    const out = await gw.apply({ sheetId, writes: [write('G3', 10, null, '0.00'), write('G4', '优')], highlights: [], notes: false });
    expect(out).toEqual({ written: 2, marked: 0, skipped: [] });
    expect(fake.syncs).toBe(2);
    expect(fake.cell('表1', 'G3')).toMatchObject({ value: 10, numberFormat: '0.00' });
    expect(fake.cell('表1', 'G4')?.value).toBe('优');
    expect(fake.sheet('表1').names.map((n) => [n.name, n.visible])).toEqual([
      ['_pse_w1', false],
      ['_pse_w2', false],
    ]);
    expect(record(fake).sheets[0].writes.map((w) => [w.name, w.address, w.before, w.written])).toEqual([
      ['_pse_w1', 'G3', null, 10],
      ['_pse_w2', 'G4', null, '优'],
    ]);
    expect(gw.pending()).toEqual({ marks: 0, writes: 2 });
  });

  test('a formula typed into a result cell after the check is skipped; the other writes go', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    fake.person.type('表1', 'G3', '=F3*0.9');
    const out = await gw.apply({ sheetId, writes: [write('G3', 10), write('G4', 10)], highlights: [], notes: false });
    expect(out.skipped).toEqual([{ sheet: '表1', cell: 'G3', reason: 'formula' }]);
    expect(fake.cell('表1', 'G3')?.formula).toBe('=F3*0.9');
  });

  test('a row the person changed since the check (its 实际完成值 corrected) is not given the stale result', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    fake.person.type('表1', 'E3', 95);
    const out = await gw.apply({ sheetId, writes: [write('G3', 10), write('G4', 10)], highlights: [], notes: false });
    expect(out.skipped).toEqual([{ sheet: '表1', cell: 'G3', reason: 'row-changed' }]);
    expect(fake.cell('表1', 'G4')?.value).toBe(10);
  });

  test('the same report applied twice writes over the add-in’s own value and still undoes to the original', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('G3', 10)], highlights: [], notes: false });
    await gw.readActiveSheet();
    const again = await gw.apply({ sheetId, writes: [write('G3', 8, 10)], highlights: [], notes: false });
    expect(again.written).toBe(1);
    expect(fake.sheet('表1').names).toHaveLength(1);
    await gw.undoWrites();
    expect(fake.cell('表1', 'G3')?.value).toBeNull();
    expect(fake.sheet('表1').names).toEqual([]);
  });
});

describe('a protected sheet', () => {
  test('locked cells are skipped; unlocked ones are written when no number format change is needed', async () => {
    const { fake, gw } = setup();
    fake.person.protect('表1', { unlocked: ['G3', 'G4'] });
    const { sheetId } = await gw.readActiveSheet();
    const out = await gw.apply({ sheetId, writes: [write('G3', 10), write('G4', 0.9, null, '0.00%'), write('G5', 10)], highlights: [], notes: false });
    expect(out.written).toBe(1);
    expect(out.skipped).toEqual([
      { sheet: '表1', cell: 'G4', reason: 'protected' },
      { sheet: '表1', cell: 'G5', reason: 'protected' },
    ]);
  });

  test('with "Format cells" allowed, an unlocked cell gets its number format too', async () => {
    const { fake, gw } = setup();
    fake.person.protect('表1', { unlocked: ['G4'], allowFormatCells: true });
    const { sheetId } = await gw.readActiveSheet();
    const out = await gw.apply({ sheetId, writes: [write('G4', 0.9, null, '0.00%')], highlights: [], notes: false });
    expect(out).toEqual({ written: 1, marked: 0, skipped: [] });
    expect(fake.cell('表1', 'G4')).toMatchObject({ value: 0.9, numberFormat: '0.00%' });
  });
});

describe('a change batch that fails half way', () => {
  test('the record is stored first, then made to match what was applied', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    // The third value assignment fails (a cell Excel refuses): the two before it stay applied.
    let values = 0;
    fake.failOp = (_n, op) => (op.kind === 'values' && ++values === 3 ? 'GeneralException' : undefined);
    const out = await gw.apply({ sheetId, writes: [write('G3', 1), write('G4', 2), write('G5', 3), write('G6', 4)], highlights: [], notes: false });
    fake.failOp = undefined;
    expect(Object.keys(fake.visibleState().values).filter((a) => /^G[3-6]$/.test(a))).toEqual(['G3', 'G4']);
    expect(out.written).toBe(2);
    expect(out.skipped.map((x) => [x.cell, x.reason, x.detail])).toEqual([
      ['G5', 'failed', 'GeneralException'],
      ['G6', 'failed', 'GeneralException'],
    ]);
    expect(record(fake).sheets[0].writes.map((w) => w.address)).toEqual(['G3', 'G4']);
    expect(fake.sheet('表1').names.map((n) => n.name)).toEqual(['_pse_w1', '_pse_w2']);
    expect((await gw.undoWrites()).restored).toBe(2);
    expect(fake.visibleState().values.G3).toBeUndefined();
  });

  test('when nothing of it got applied, the error is thrown and nothing is recorded', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    fake.failOp = (_n, op) => (op.kind === 'values' ? 'GeneralException' : undefined);
    await expect(gw.apply({ sheetId, writes: [write('G3', 1)], highlights: [], notes: false })).rejects.toMatchObject({ code: 'unknown' });
    fake.failOp = undefined;
    expect(record(fake).sheets).toEqual([]);
    expect(fake.sheet('表1').names).toEqual([]);
    expect(gw.pending().writes).toBe(0);
  });
});

describe('撤销写回', () => {
  test('follows the cell through inserted rows and columns; a person’s number format stays', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('G3', 0.9, null, '0.00%'), write('G4', 10, null, '0.0')], highlights: [], notes: false });
    fake.person.insertRows('表1', 0, 2);
    fake.person.insertColumns('表1', 1);
    fake.sheet('表1').ensure(5, 7).numberFormat = '0'; // the person reformats H6 (was G4)
    const out = await gw.undoWrites();
    expect(out).toEqual({ restored: 2, skipped: [] });
    expect(fake.cell('表1', 'H5')).toMatchObject({ value: null, numberFormat: 'General' });
    expect(fake.cell('表1', 'H6')).toMatchObject({ value: null, numberFormat: '0' });
    expect(fake.sheet('表1').names).toEqual([]);
  });

  test('two syncs, and none when there is nothing to undo', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('G3', 1)], highlights: [], notes: false });
    fake.syncs = 0;
    await gw.undoWrites();
    expect(fake.syncs).toBe(2);
    fake.syncs = 0;
    expect(await gw.undoWrites()).toEqual({ restored: 0, skipped: [] });
    expect(fake.syncs).toBe(0);
  });

  test('a locked cell on a sheet protected since is kept for later, and said', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('G3', 1)], highlights: [], notes: false });
    fake.person.protect('表1');
    expect(await gw.undoWrites()).toEqual({ restored: 0, skipped: [{ sheet: '表1', cell: 'G3', reason: 'protected' }] });
    expect(gw.pending().writes).toBe(1);
    fake.person.unprotect('表1');
    expect((await gw.undoWrites()).restored).toBe(1);
  });
});

describe('an undo batch that fails half way', () => {
  test('what was put back is counted, what was not stays recorded and is said', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('G3', 1), write('G4', 2), write('G5', 3), write('G6', 4)], highlights: [], notes: false });
    // The third value put back fails (a cell Excel refuses): the two before it stay put back.
    let values = 0;
    fake.failOp = (_n, op) => (op.kind === 'values' && ++values === 3 ? 'GeneralException' : undefined);
    const out = await gw.undoWrites();
    fake.failOp = undefined;
    expect(Object.keys(fake.visibleState().values).filter((a) => /^G[3-6]$/.test(a))).toEqual(['G5', 'G6']);
    expect(out.restored).toBe(2);
    expect(out.skipped.map((x) => [x.cell, x.reason, x.detail])).toEqual([
      ['G5', 'failed', 'GeneralException'],
      ['G6', 'failed', 'GeneralException'],
    ]);
    expect(record(fake).sheets[0].writes.map((w) => w.address)).toEqual(['G5', 'G6']);
    expect(gw.pending().writes).toBe(2);
  });

  test('the next 撤销写回 puts back the rest and does not call the cells put back "changed"', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('G3', 1), write('G4', 2), write('G5', 3)], highlights: [], notes: false });
    let values = 0;
    fake.failOp = (_n, op) => (op.kind === 'values' && ++values === 2 ? 'GeneralException' : undefined);
    await gw.undoWrites().catch(() => undefined);
    fake.failOp = undefined;
    expect(await gw.undoWrites()).toEqual({ restored: 2, skipped: [] });
    expect(Object.keys(fake.visibleState().values).filter((a) => /^G[3-5]$/.test(a))).toEqual([]);
    expect(fake.sheet('表1').names).toEqual([]);
  });

  test('when nothing of it got applied, the error is thrown and the record is kept', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('G3', 1)], highlights: [], notes: false });
    fake.failOp = (_n, op) => (op.kind === 'values' ? 'GeneralException' : undefined);
    await expect(gw.undoWrites()).rejects.toMatchObject({ code: 'unknown' });
    fake.failOp = undefined;
    expect(gw.pending().writes).toBe(1);
    expect(await gw.undoWrites()).toEqual({ restored: 1, skipped: [] });
  });

  test('only on that path two more syncs: one reads the cells back, one stores the record that matches', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('G3', 1), write('G4', 2)], highlights: [], notes: false });
    let values = 0;
    fake.failOp = (_n, op) => (op.kind === 'values' && ++values === 2 ? 'GeneralException' : undefined);
    fake.syncs = 0;
    expect((await gw.undoWrites()).restored).toBe(1);
    fake.failOp = undefined;
    expect(fake.syncs).toBe(4);
  });

  test('when the read-back fails too, the error is thrown; the next 撤销写回 puts back every cell, none called changed or deleted', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('G3', 1), write('G4', 2), write('G5', 3)], highlights: [], notes: false });
    // The second value put back fails, and so does every operation after it (the read-back too).
    let values = 0;
    let failing = false;
    fake.failOp = (_n, op) => {
      if (op.kind === 'values' && ++values === 2) failing = true;
      return failing ? 'GeneralException' : undefined;
    };
    await expect(gw.undoWrites()).rejects.toMatchObject({ code: 'unknown' });
    fake.failOp = undefined;
    expect(Object.keys(fake.visibleState().values).filter((a) => /^G[3-5]$/.test(a))).toEqual(['G4', 'G5']);
    expect(await gw.undoWrites()).toEqual({ restored: 3, skipped: [] });
    expect(Object.keys(fake.visibleState().values).filter((a) => /^G[3-5]$/.test(a))).toEqual([]);
    expect(fake.sheet('表1').names).toEqual([]);
  });
});

describe('a cell put back by hand', () => {
  test('a cell that holds its value from before the write again (Ctrl+Z) is put back, not called changed', async () => {
    const { fake, gw } = setup();
    fake.person.type('表1', 'G3', 8);
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('G3', 10, 8)], highlights: [], notes: false });
    fake.person.type('表1', 'G3', 8);
    expect(await gw.undoWrites()).toEqual({ restored: 1, skipped: [] });
    expect(fake.cell('表1', 'G3')?.value).toBe(8);
    expect(fake.sheet('表1').names).toEqual([]);
  });

  test('a cell the person gave a third value is still theirs', async () => {
    const { fake, gw } = setup();
    fake.person.type('表1', 'G3', 8);
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('G3', 10, 8)], highlights: [], notes: false });
    fake.person.type('表1', 'G3', 9);
    expect(await gw.undoWrites()).toEqual({ restored: 0, skipped: [{ sheet: '表1', cell: 'G3', reason: 'value-changed' }] });
    expect(fake.cell('表1', 'G3')?.value).toBe(9);
  });
});

describe('放弃记录', () => {
  test('forgets the writes and removes their anchors; no cell changes', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('G3', 1)], highlights: [{ cell: 'G4', severity: 'error', text: 'x' }], notes: true });
    const before = fake.visibleState();
    await gw.discardRecord({ writes: true, marks: true });
    expect(fake.visibleState()).toEqual(before);
    expect(fake.sheet('表1').names).toEqual([]);
    expect(gw.pending()).toEqual({ marks: 0, writes: 0 });
  });
});
