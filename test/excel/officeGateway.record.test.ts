import { RECORD_KEY, SETTINGS_KEY } from '../../src/excel/documentStore';
import { parseRecord } from '../../src/excel/documentRecord';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { allFeatures } from '../../src/excel/requirements';
import { FakeExcel } from './fakeExcel';
import { formSheet } from './forms';

const gateway = (fake: FakeExcel) => new OfficeGateway({ run: fake.run, features: allFeatures() });

describe('what the add-in keeps in the workbook', () => {
  test('the person’s settings round-trip through the workbook’s settings; one sync each', async () => {
    const fake = new FakeExcel();
    const gw = gateway(fake);
    expect(await gw.loadSettings()).toBeNull();
    await gw.saveSettings({ policy: 'hubei', overwriteStated: true });
    expect(typeof fake.settings.get(SETTINGS_KEY)).toBe('string');
    fake.syncs = 0;
    expect(await gateway(fake).loadSettings()).toEqual({ policy: 'hubei', overwriteStated: true });
    expect(fake.syncs).toBe(1);
    fake.settings.set(SETTINGS_KEY, '[1,2]');
    await expect(gw.loadSettings()).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  test('settings a Common-API build saved under the same key are still read', async () => {
    const fake = new FakeExcel();
    fake.settings.set(SETTINGS_KEY, JSON.stringify({ policy: 'sichuan' }));
    expect(await gateway(fake).loadSettings()).toEqual({ policy: 'sichuan' });
  });

  test('the accepted findings round-trip too; the record cannot be written from outside', async () => {
    const fake = new FakeExcel();
    const gw = gateway(fake);
    expect(await gw.loadAccepted()).toBeNull();
    const accepted = [{ sheet: '表1', rule: 'score-deducted-though-met', subject: '完成率', column: 'H', reason: '已知', message: '', at: '2026-12-02T00:00:00Z' }] as const;
    await gw.saveAccepted(accepted);
    expect(await gateway(fake).loadAccepted()).toEqual(accepted);
    await expect(gw.saveDocumentValue(RECORD_KEY, {})).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  test('a record that does not validate counts as none: nothing is restored from it, nothing fails', async () => {
    const fake = new FakeExcel({ 表1: formSheet(10) });
    fake.settings.set(RECORD_KEY, JSON.stringify({ v: 2, seq: 1, sheets: [{ id: 'x', name: '表1', cells: [], notes: [], writes: [{ name: 'evil', address: 'A1', before: 1, beforeFormat: 'General', written: 2, writtenFormat: 'General' }] }] }));
    const gw = gateway(fake);
    await gw.refreshPending();
    expect(gw.pending()).toEqual({ marks: 0, writes: 0 });
    expect(await gw.undoWrites()).toEqual({ restored: 0, skipped: [] });
    expect(parseRecord('not json')).toBeNull();
    expect(parseRecord({ v: 1, s: [] })).toBeNull();
  });

  test('refreshPending is one sync and shows what another runtime recorded', async () => {
    const fake = new FakeExcel({ 表1: formSheet(10) });
    const ribbon = gateway(fake);
    const { sheetId } = await ribbon.readActiveSheet();
    await ribbon.apply({ sheetId, writes: [], highlights: [{ cell: 'G4', severity: 'error', text: 'x' }], notes: false });
    const pane = gateway(fake);
    expect(pane.pending()).toEqual({ marks: 0, writes: 0 });
    fake.syncs = 0;
    await pane.refreshPending();
    expect(fake.syncs).toBe(1);
    expect(pane.pending()).toEqual({ marks: 1, writes: 0 });
  });
});
