import { MARK_STYLES, noteFingerprint } from '../../src/app/gatewayRules';
import type { Highlight } from '../../src/core/report/reportSchema';
import { RECORD_KEY } from '../../src/excel/documentStore';
import { isMarkFormula, markFormula } from '../../src/excel/marks';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { allFeatures, featuresUpTo } from '../../src/excel/requirements';
import { FakeExcel } from './fakeExcel';
import { formSheet } from './forms';

function setup(version?: string) {
  const fake = new FakeExcel({ 表1: formSheet(10) });
  const features = version ? featuresUpTo(version) : allFeatures();
  fake.features.notes = features.notes;
  return { fake, gw: new OfficeGateway({ run: fake.run, features }) };
}
const mark = (cell: string, severity: Highlight['severity'] = 'error', text = '得分与计算不符'): Highlight => ({ cell, severity, text });
const ERROR = MARK_STYLES.error;

describe('marks are conditional formats the add-in owns', () => {
  test('one rule per severity, above the person’s own; the cells’ own fills never change', async () => {
    const { fake, gw } = setup();
    fake.person.fill('表1', 'G4', '#00B050');
    fake.person.addConditionalFormat('表1', 'G4:G6', '#FFFF00');
    const { sheetId } = await gw.readActiveSheet();
    fake.syncs = 0;
    const out = await gw.apply({ sheetId, writes: [], highlights: [mark('G4'), mark('G5'), mark('H6', 'warning')], notes: false });
    expect(out).toEqual({ written: 0, marked: 3, skipped: [] });
    expect(fake.syncs).toBe(2);
    const rules = fake.sheet('表1').conditionalFormats;
    expect(rules.map((r) => [r.formula, r.fill])).toEqual([
      [markFormula('warning'), MARK_STYLES.warning.fill],
      [markFormula('error'), ERROR.fill],
      ['=A1>0', '#FFFF00'],
    ]);
    expect(fake.fill('表1', 'G4')).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect(fake.visibleState().fills).toMatchObject({ G4: ERROR.fill, G5: ERROR.fill, G6: '#FFFF00', H6: MARK_STYLES.warning.fill });
    expect(gw.pending().marks).toBe(3);
    // 清除标记 removes exactly the add-in's rules.
    expect(await gw.clearMarks()).toEqual({ restored: 3, skipped: [] });
    expect(fake.sheet('表1').conditionalFormats.map((r) => r.formula)).toEqual(['=A1>0']);
    expect(fake.visibleState().fills).toEqual({ G4: '#FFFF00', G5: '#FFFF00', G6: '#FFFF00' }); // the person's own rule shows over their fill again
    expect(fake.fill('表1', 'G4')).toEqual({ color: '#00B050', pattern: 'Solid' });
  });

  test('the rule formula names the add-in, so that it is found again and a person understands it', () => {
    expect(markFormula('error')).toBe('="绩效自评助手:error"<>""');
    expect(isMarkFormula(markFormula('info'))).toBe(true);
    expect(isMarkFormula('=A1>0')).toBe(false);
    expect(isMarkFormula('="绩效自评助手"')).toBe(false);
  });

  test('a copy of a marked cell pasted elsewhere by the person is a mark too, and is cleared', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [], highlights: [mark('G4')], notes: false });
    // Paste Formats of G4 onto J2 extends the rule's ranges (Excel copies conditional formats with formats).
    fake.sheet('表1').conditionalFormats[0].ranges.push({ top: 1, left: 9, bottom: 1, right: 9 });
    expect((await gw.clearMarks()).restored).toBe(2);
    expect(fake.visibleState().fills).toEqual({});
  });

  test('a marked sheet the person deleted, and a record another runtime cleared, are no failure', async () => {
    const { fake, gw } = setup();
    fake.addSheet('表2', formSheet(10));
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [], highlights: [mark('G4')], notes: true });
    fake.active = fake.sheet('表2');
    const other = await gw.readActiveSheet();
    await gw.apply({ sheetId: other.sheetId, writes: [], highlights: [mark('G6')], notes: false });
    fake.deleteSheet('表2');
    expect((await gw.clearMarks()).restored).toBe(1);
    expect(fake.visibleState('表1').fills).toEqual({});
    expect(gw.pending().marks).toBe(0);
    expect(await gw.clearMarks()).toEqual({ restored: 0, skipped: [] });
  });
});

describe('notes (ExcelApi 1.18)', () => {
  test('added with the marks, in the same two syncs; never over a person’s note; removed on clear', async () => {
    const { fake, gw } = setup();
    fake.person.note('表1', 'G5', '我的备注');
    const { sheetId } = await gw.readActiveSheet();
    fake.syncs = 0;
    await gw.apply({ sheetId, writes: [], highlights: [mark('G4'), mark('G5')], notes: true });
    expect(fake.syncs).toBe(2);
    expect(fake.visibleState().notes).toEqual({ G4: '得分与计算不符', G5: '我的备注' });
    expect(JSON.parse(String(fake.settings.get(RECORD_KEY))).sheets[0].notes).toEqual([noteFingerprint('得分与计算不符')]);
    await gw.clearMarks();
    expect(fake.visibleState().notes).toEqual({ G5: '我的备注' });
  });

  test('a note the person edited is theirs: kept, and said', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [], highlights: [mark('G4'), mark('G6')], notes: true });
    fake.person.note('表1', 'G4', '得分与计算不符——已和财务核对，按 9 分');
    const out = await gw.clearMarks();
    expect(out).toEqual({ restored: 2, skipped: [{ sheet: '表1', cell: null, reason: 'note-edited' }] });
    expect(fake.visibleState().notes).toEqual({ G4: '得分与计算不符——已和财务核对，按 9 分' });
  });

  test('marking a cell again updates the add-in’s own note', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [], highlights: [mark('G4', 'warning', '旧的问题')], notes: true });
    await gw.apply({ sheetId, writes: [], highlights: [mark('G4', 'error', '新的问题')], notes: true });
    expect(fake.note('表1', 'G4')).toBe('新的问题');
    expect(gw.pending().marks).toBe(1);
    await gw.clearMarks();
    expect(fake.visibleState()).toMatchObject({ notes: {}, fills: {} });
  });

  test('at most MAX_NOTES_PER_CHECK notes; every mark still goes on', async () => {
    const fake = new FakeExcel({ 表1: { values: Array.from({ length: 700 }, (_, r) => [`指标${r}`]) } });
    const gw = new OfficeGateway({ run: fake.run, features: allFeatures() });
    const { sheetId } = await gw.readActiveSheet();
    const out = await gw.apply({ sheetId, writes: [], highlights: Array.from({ length: 700 }, (_, r) => mark(`A${r + 1}`, 'error', `第${r + 1}行`)), notes: true });
    expect(out.marked).toBe(700);
    expect(fake.sheet('表1').notes.size).toBe(500);
    expect(fake.note('表1', 'A500')).toBe('第500行');
    expect(fake.note('表1', 'A501')).toBeUndefined();
  });

  test('below 1.18 no notes call is ever queued (it would take the whole batch down with ApiNotFound)', async () => {
    const { fake, gw } = setup('1.17');
    const { sheetId } = await gw.readActiveSheet();
    expect((await gw.capabilities()).notes).toBe(false);
    fake.syncs = 0;
    const out = await gw.apply({ sheetId, writes: [], highlights: [mark('G4')], notes: true });
    expect(out.marked).toBe(1);
    expect(fake.syncs).toBe(2);
    expect(fake.noteAdds).toBe(0);
    expect((await gw.clearMarks()).restored).toBe(1);
  });
});

describe('a protected sheet', () => {
  test('is not marked (each cell said), and an earlier mark on it stays until it is unprotected', async () => {
    const { fake, gw } = setup();
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [], highlights: [mark('G4')], notes: false });
    fake.person.protect('表1', { allowFormatCells: true });
    const again = await gw.apply({ sheetId, writes: [], highlights: [mark('G5')], notes: false });
    expect(again.skipped).toEqual([{ sheet: '表1', cell: 'G5', reason: 'protected' }]);
    expect(await gw.clearMarks()).toEqual({ restored: 0, skipped: [{ sheet: '表1', cell: 'G4', reason: 'protected' }] });
    expect(gw.pending().marks).toBe(1);
    fake.person.unprotect('表1');
    expect((await gw.clearMarks()).restored).toBe(1);
  });
});
