/**
 * One test per hazard of the Office.js review (../shared/notes/excel-review.md, issue 9): each
 * drives the Office gateway through HostGateway and the use cases over the behavioural fake of
 * Excel (fakeExcel.ts), with the person working in between the way the review's recipes describe.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { HostGateway } from '../../src/app/hostGateway';
import { MARK_STYLES, MAX_NOTES_PER_CHECK } from '../../src/app/gatewayRules';
import { checkAndMark, writeResults } from '../../src/app/useCases';
import type { Highlight, Write } from '../../src/core/report/reportSchema';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { memoryChannel } from '../../src/excel/commandReports';
import { toGatewayError } from '../../src/excel/officeErrors';
import { ExcelFeatures, featuresUpTo } from '../../src/excel/requirements';
import { checkManifest } from '../../scripts/validateManifest';
import { FakeExcel, FakeValue } from './fakeExcel';
import { fakeFromGrid } from './fakeFromGrid';
import { smallNationalGrid } from '../gateway/fixtures';

const M365 = featuresUpTo('1.20');
const OFFICE_2021 = featuresUpTo('1.14');
const SHEET = '项目支出绩效自评表';
const ERROR = MARK_STYLES.error;

/** One JavaScript runtime of the add-in (the ribbon's, a pane's) on a fake workbook: its own gateway, nothing shared in memory. */
function runtime(fake: FakeExcel, features: ExcelFeatures = M365): OfficeGateway {
  fake.features = { notes: features.notes, getRanges: true, rangeByIndexes: true, orNullObject: true };
  return new OfficeGateway({ run: fake.run, features, commandReports: memoryChannel() });
}

function national(): FakeExcel {
  return fakeFromGrid(smallNationalGrid());
}

const mark = (cell: string, severity: Highlight['severity'] = 'error', text = `${cell} 的问题`): Highlight => ({ cell, severity, text });
const write = (cell: string, value: number | string, previous: Write['previous'] = null, numberFormat: string | null = null): Write => ({
  cell,
  value,
  previous,
  numberFormat,
  what: 'score',
  overwrites: previous !== null,
});

async function marked(gw: HostGateway, highlights: Highlight[], notes = true): Promise<string> {
  const { sheetId } = await gw.readActiveSheet();
  await gw.apply({ sheetId, writes: [], highlights, notes });
  return sheetId;
}

describe('A1: a record with notes opened on an Excel without notes', () => {
  test('清除标记 takes the marks off and goes on; the notes it cannot remove are said', async () => {
    const fake = national();
    await marked(runtime(fake, M365), [mark('F12'), mark('D12', 'warning')]);
    expect(Object.keys(fake.visibleState().notes)).toEqual(['D12', 'F12']);
    // A colleague opens the file on Office 2021 (ExcelApi 1.14: no notes API).
    const colleague = runtime(fake, OFFICE_2021);
    await colleague.refreshPending?.();
    const out = await colleague.clearMarks();
    expect(out.restored).toBe(2);
    expect(out.skipped.map((s) => s.reason)).toEqual(['notes-unsupported', 'notes-unsupported']);
    expect(fake.visibleState().fills).toEqual({});
    // 检查表格 works again on that PC.
    const check = await checkAndMark(colleague, {});
    expect(check.outcome.marked).toBeGreaterThan(0);
  });
});

describe('A2: the person inserts and deletes rows between the check and the clear', () => {
  test('a mark follows its cell; the person’s fill that moved onto the old address stays', async () => {
    const fake = national();
    fake.person.fill(SHEET, 'F11', '#00B050');
    const gw = runtime(fake);
    await marked(gw, [mark('F12')], false);
    fake.person.insertRows(SHEET, 10); // above row 11: F11 → F12, the marked F12 → F13
    await gw.clearMarks();
    const s = fake.visibleState();
    expect(s.fills).toEqual({ F12: '#00B050' });
    expect(s.fontColors).toEqual({});
  });

  test('a note of the person’s that moved onto the address of the add-in’s note is kept', async () => {
    const fake = national();
    fake.person.note(SHEET, 'D11', '张三已核对');
    const gw = runtime(fake);
    await marked(gw, [mark('D12')]);
    fake.person.insertRows(SHEET, 10); // the person's note → D12, the add-in's → D13
    await gw.clearMarks();
    expect(fake.visibleState().notes).toEqual({ D12: '张三已核对' });
  });

  test('撤销写回 restores the written cell where it went, and writes nothing into other cells', async () => {
    const fake = national();
    const gw = runtime(fake);
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('H12', 12)], highlights: [], notes: false });
    fake.person.insertRows(SHEET, 10); // H12 → H13; H12 now holds 25 (H11's score)
    const out = await gw.undoWrites();
    expect(out.restored).toBe(1);
    const s = fake.visibleState();
    expect(s.values.H12).toBe(25);
    expect(s.values.H13).toBeUndefined();
  });

  test('a deleted row takes the mark with it; the cells that moved up keep their own looks', async () => {
    const fake = national();
    fake.person.fill(SHEET, 'F13', '#FFFF00');
    const gw = runtime(fake);
    await marked(gw, [mark('F12')], false);
    fake.person.deleteRows(SHEET, 11); // row 12 goes: F13 → F12
    await gw.clearMarks();
    expect(fake.visibleState().fills).toEqual({ F12: '#FFFF00' });
  });
});

describe('A3: a value typed after the check', () => {
  test('写回结果 never overwrites it, and says so', async () => {
    const fake = national();
    const gw = runtime(fake);
    const { sheetId } = await gw.readActiveSheet();
    fake.person.type(SHEET, 'H12', 11);
    const out = await gw.apply({ sheetId, writes: [write('H12', 12), write('I6', 9)], highlights: [], notes: false });
    expect(out.written).toBe(1);
    expect(out.skipped).toEqual([{ sheet: SHEET, cell: 'H12', reason: 'value-changed' }]);
    expect(fake.visibleState().values.H12).toBe(11);
  });
});

describe('A4: an edit made after the write', () => {
  test('撤销写回 leaves the person’s value, even after the file was reopened', async () => {
    const fake = national();
    const { sheetId } = await runtime(fake).readActiveSheet();
    const first = runtime(fake);
    await first.readActiveSheet();
    await first.apply({ sheetId, writes: [write('H12', 12), write('I6', 9)], highlights: [], notes: false });
    fake.reopen();
    fake.person.type(SHEET, 'H12', 11);
    const later = runtime(fake);
    await later.refreshPending?.();
    const out = await later.undoWrites();
    expect(out).toEqual({ restored: 1, skipped: [{ sheet: SHEET, cell: 'H12', reason: 'value-changed' }] });
    const s = fake.visibleState();
    expect(s.values.H12).toBe(11);
    expect(s.values.I6).toBeUndefined();
  });
});

describe('A5: Office versions that cannot run the add-in', () => {
  test('the manifest asks for ExcelApi 1.8 or higher, and npm run validate checks it', () => {
    const root = join(__dirname, '..', '..');
    const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
    const min = /<Set Name="ExcelApi" MinVersion="1\.(\d+)"/.exec(xml);
    expect(Number(min?.[1])).toBeGreaterThanOrEqual(8);
    const lowered = xml.replace(/(<Set Name="ExcelApi" MinVersion=")1\.\d+/, '$11.7');
    const report = checkManifest(lowered, { manifestDir: root });
    expect(report.errors.join('\n')).toMatch(/ExcelApi/);
  });

  test('in a legacy web view the ribbon command completes with a message instead of hanging', () => {
    const code = readFileSync(join(__dirname, '..', '..', 'src', 'commands', 'legacyCommands.js'), 'utf8');
    const associated: Record<string, (e: { completed(): void }) => void> = {};
    const dialogs: string[] = [];
    const win: Record<string, unknown> = { location: { href: 'https://addin.example/commands.html' }, setTimeout: () => 0 };
    const office = {
      actions: { associate: (n: string, f: (e: { completed(): void }) => void) => (associated[n] = f) },
      onReady: (cb: () => void) => cb(),
      EventType: { DialogEventReceived: 'e' },
      context: {
        ui: {
          displayDialogAsync: (url: string, _o: unknown, cb: (r: { status: string; value: { addEventHandler(t: string, h: () => void): void } }) => void) => {
            dialogs.push(url);
            cb({ status: 'succeeded', value: { addEventHandler: (_t, h) => h() } });
          },
        },
      },
    };
    win.Office = office;
    runInNewContext(code, { navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko' }, window: win, Office: office });
    const completed = jest.fn();
    associated.checkTable({ completed });
    expect(dialogs).toEqual(['https://addin.example/command-legacy.html']);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(typeof win.checkTable).toBe('function');
  });
});

describe('A6: a clear that keeps failing', () => {
  test('never blocks 检查表格, which marks over and says what it could not clear; the record can be discarded', async () => {
    const fake = national();
    const gw = runtime(fake);
    await marked(gw, [mark('F12')]);
    fake.person.protect(SHEET); // protected after marking: nothing can be changed now
    const check = await checkAndMark(gw, {});
    expect(check.reports[0].form?.kind).toBe('national-project');
    expect(check.outcome.cleared?.failed ?? check.outcome.cleared?.skipped[0]?.reason).toBe('protected');
    expect(check.outcome.marked).toBe(0);
    await gw.discardRecord({ marks: true });
    expect(gw.pending().marks).toBe(0);
    expect(fake.visibleState().fills.F12).toBe(ERROR.fill); // nothing changed: the mark stays until the sheet is unprotected
    fake.person.unprotect(SHEET);
    await checkAndMark(gw, {}); // a later check still takes the old mark off
    expect(fake.visibleState().fills.F12).toBeUndefined();
  });
});

describe('B1: the ribbon and the pane are two runtimes', () => {
  test('the pane clears and undoes what the ribbon did: the record lives in the workbook, not in a runtime', async () => {
    const fake = national();
    // The old record lived in Office.context.document.settings, of which each runtime holds its own
    // copy (office-js #840: "stored per instance per document"); a copy saved by one runtime is
    // invisible to the other until refreshAsync, which fails in cell-edit mode (#761).
    fake.settings.clear();
    const ribbon = runtime(fake, M365);
    const check = await checkAndMark(ribbon, {});
    await writeResults(ribbon, check);
    expect(fake.visibleState().values.I6).toBe(9);
    const pane = runtime(fake, M365);
    await pane.refreshPending?.();
    expect(pane.pending()).toEqual({ marks: check.outcome.marked, writes: check.reports[0].writes.length });
    await pane.clearMarks();
    await pane.undoWrites();
    const s = fake.visibleState();
    expect(s.fills).toEqual({});
    expect(s.values.I6).toBeUndefined();
  });
});

describe('B2: sheet ids change when the file is reopened', () => {
  test('the marks and writes are still found', async () => {
    const fake = national();
    const gw = runtime(fake);
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('I6', 9)], highlights: [mark('F12')], notes: false });
    fake.reopen({ newSheetIds: true });
    const later = runtime(fake);
    await later.refreshPending?.();
    expect((await later.clearMarks()).restored).toBe(1);
    expect((await later.undoWrites()).restored).toBe(1);
    const s = fake.visibleState();
    expect(s.fills).toEqual({});
    expect(s.values.I6).toBeUndefined();
  });
});

describe('B3: a protected sheet with unlocked input cells', () => {
  test('a write the sheet refuses half way leaves a record that matches the workbook', async () => {
    const fake = national();
    fake.person.protect(SHEET, { unlocked: ['I6', 'H12', 'H16'] }); // values may be typed there, formats not
    const gw = runtime(fake);
    const { sheetId } = await gw.readActiveSheet();
    const out = await gw.apply({ sheetId, writes: [write('I6', 9), write('H12', 12, null, '0.00%'), write('H16', 96)], highlights: [], notes: false });
    const s = fake.visibleState();
    const changed = ['I6', 'H12', 'H16'].filter((a) => s.values[a] !== undefined);
    expect(out.written).toBe(changed.length);
    expect(gw.pending().writes).toBe(changed.length);
    expect(out.skipped).toEqual([{ sheet: SHEET, cell: 'H12', reason: 'protected' }]);
    await gw.undoWrites();
    expect(['I6', 'H12', 'H16'].filter((a) => fake.visibleState().values[a] !== undefined)).toEqual([]);
  });
});

describe('B4: Excel on the web’s 5 MB payload limit', () => {
  function denseSheet(rows: number, cols: number): FakeExcel {
    const values: FakeValue[][] = [];
    for (let r = 0; r < rows; r++) values.push(Array.from({ length: cols }, (_, c) => `第${r + 1}行指标内容${c}`));
    return new FakeExcel({ 表1: { values } }).web();
  }

  test('a dense 5 000-row sheet is read whole', async () => {
    const fake = denseSheet(5000, 15);
    const snap = await runtime(fake).readActiveSheet();
    expect(snap.grid.cells).toHaveLength(5000);
    expect(snap.grid.cells[4999][14]?.value).toBe('第5000行指标内容14');
  });

  test('10 000 marks with notes are applied and cleared', async () => {
    const fake = denseSheet(5000, 4);
    const gw = runtime(fake);
    const highlights: Highlight[] = [];
    for (let r = 1; r <= 5000; r++) highlights.push(mark(`B${r}`, 'error', `第${r}行：实际完成值缺失`), mark(`C${r}`, 'warning', `第${r}行：偏差原因未说明`));
    const { sheetId } = await gw.readActiveSheet();
    const out = await gw.apply({ sheetId, writes: [], highlights, notes: true });
    expect(out.marked).toBe(10000);
    expect(fake.visibleState().fills.C5000).toBe(MARK_STYLES.warning.fill);
    // Notes for the first MAX_NOTES_PER_CHECK marks (the pane lists them all).
    expect(Object.keys(fake.visibleState().notes)).toHaveLength(MAX_NOTES_PER_CHECK);
    expect(fake.note('表1', 'B1')).toBe('第1行：实际完成值缺失');
    await gw.clearMarks();
    expect(fake.visibleState().fills).toEqual({});
    expect(fake.visibleState().notes).toEqual({});
  });
});

describe('B5: more than 512 merged areas in one band of rows', () => {
  test('the sheet is read with all its merges', async () => {
    const merges: string[] = [];
    const values: FakeValue[][] = [];
    for (let r = 0; r < 64; r++) {
      values.push(Array.from({ length: 20 }, (_, c) => (c % 2 === 0 ? `标签${r}-${c}` : null)));
      for (let c = 0; c < 20; c += 2) merges.push(`${String.fromCharCode(65 + c)}${r + 1}:${String.fromCharCode(66 + c)}${r + 1}`);
    }
    const fake = new FakeExcel({ 表1: { values, merges } });
    const snap = await runtime(fake).readActiveSheet();
    expect(snap.grid.merges).toHaveLength(640);
  });
});

describe('B8: texts Excel would convert', () => {
  test.each(['2024年1月', '1月5日', '1e5', '1 1/2', '#N/A', '12:30', '1/5', 'TRUE', '(123)', '¥100', '50%'])('%s is written as that text', async (text) => {
    const fake = national();
    const gw = runtime(fake);
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('I12', text)], highlights: [], notes: false });
    expect(fake.cell(SHEET, 'I12')).toMatchObject({ value: text, numberFormat: 'General' });
    expect(fake.cell(SHEET, 'I12')?.error).toBeUndefined();
  });

  test('撤销写回 puts a person’s text back as text', async () => {
    const fake = national();
    fake.person.type(SHEET, 'I12', "'2024年1月");
    const gw = runtime(fake);
    const { sheetId } = await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('I12', '已完成', '2024年1月')], highlights: [], notes: false });
    await gw.undoWrites();
    expect(fake.cell(SHEET, 'I12')?.value).toBe('2024年1月');
  });
});

describe('B11: every Office error code the add-in can meet has a meaning', () => {
  test.each([
    ['InvalidOperation', 'cell-edit-mode'],
    ['FilteredRangeConflict', 'merge-conflict'],
    ['PivotTableRangeConflict', 'merge-conflict'],
    ['InactiveWorkbook', 'not-found'],
    ['UnsupportedFillType', 'unsupported'],
    ['InvalidSelection', 'invalid-argument'],
    ['InvalidCellAddress', 'invalid-argument'],
    ['Conflict', 'unknown'],
    ['RequestAborted', 'unknown'],
    ['UndoNotSupported', 'unsupported'],
  ])('%s → %s', (code, expected) => {
    expect(toGatewayError({ code }).code).toBe(expected);
    if (expected !== 'unknown') expect(toGatewayError({ code }).message).not.toMatch(/^unknown/);
  });
});

describe('Ctrl+Z and 撤销写回', () => {
  test('one 检查表格 is one step on Excel’s undo stack where ExcelApi 1.20 groups it', async () => {
    const fake = national();
    const gw = runtime(fake, M365);
    await checkAndMark(gw, {});
    const before = fake.undoSteps;
    await checkAndMark(gw, {}); // clears the first check's marks and marks again
    expect(fake.undoSteps - before).toBe(1);
    expect(fake.runOptions.at(-1)).toMatchObject({ mergeUndoGroup: true, delayForCellEdit: true });
  });
});
