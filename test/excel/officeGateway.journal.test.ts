/**
 * The change journal outlives the JavaScript runtime that made the changes: the ribbon command
 * (ExecuteFunction, its own runtime) and the task pane each run an OfficeGateway over the SAME
 * workbook and the same document settings; closing the pane loses its memory, not the journal.
 * Office's settings are modelled per runtime (documentSettingsFake.ts): one bag in the document,
 * one copy per runtime, refreshAsync / saveAsync between them.
 */
import { checkAndMark, loadSettings, saveSettings } from '../../src/app/useCases';
import { rangeToA1 } from '../../src/core/grid/address';
import type { Highlight, Write } from '../../src/core/report/reportSchema';
import { DEFAULT_SETTINGS } from '../../src/core/report/settingsSchema';
import { makeCheckTable } from '../../src/commands/commands';
import { ChangeJournal } from '../../src/excel/journal';
import { JOURNAL_KEY, JournalStore, MemoryJournalStore, OfficeSettingsJournalStore, SerializedJournal, parseStoredJournal } from '../../src/excel/journalStore';
import { OfficeCapabilities, OfficeGateway, OfficeGatewayOptions } from '../../src/excel/officeGateway';
import { allFeatures, featuresUpTo } from '../../src/excel/requirements';
import { jingmenGrid } from '../support/fixtures';
import { FakeDocumentSettings, FakeRuntimeSettings } from './documentSettingsFake';
import { FakeExcel } from './fakeExcel';
import { formSheet } from './forms';
import { mockExcel } from './officeMock';

const write = (cell: string, value: number | string, numberFormat: string | null = null): Write => ({
  cell,
  value,
  numberFormat,
  what: 'score',
  previous: null,
  overwrites: false,
});
const mark = (cell: string, severity: Highlight['severity'] = 'error', text = '得分与计算不符'): Highlight => ({ cell, severity, text });

/** A workbook with the person's own looks on some cells, and a document's settings. */
function workbook() {
  const fake = new FakeExcel({ 表1: formSheet(12) });
  const sheet = fake.sheet('表1');
  sheet.ensure(3, 6).fill = { color: '#00B050', pattern: 'Solid' }; // G4
  sheet.ensure(4, 7).fill = { color: '#FFFFFF', pattern: 'LightUp', patternColor: '#FF0000', tintAndShade: -0.25 }; // H5
  sheet.ensure(5, 6).fontColor = '#0070C0'; // G6
  sheet.notes.set('G7', '我的备注');
  const doc = new FakeDocumentSettings();
  return { fake, doc, sheetId: sheet.id };
}

/** An OfficeGateway in a runtime of its own (its own copy of the document settings). */
function runtime(fake: FakeExcel, doc: FakeDocumentSettings, options: OfficeGatewayOptions = {}): { gw: OfficeGateway; settings: FakeRuntimeSettings } {
  const settings = doc.runtime();
  const gw = new OfficeGateway({ run: fake.run, features: allFeatures(), settings, journalStore: new OfficeSettingsJournalStore(settings), ...options });
  return { gw, settings };
}

async function caps(gw: OfficeGateway): Promise<OfficeCapabilities> {
  return gw.capabilities();
}

describe('the journal is kept in the document', () => {
  test('marks made by the ribbon command are cleared exactly by the task pane', async () => {
    const { fake, doc, sheetId } = workbook();
    const before = fake.visibleState();
    const fillsBefore = ['G4', 'H5', 'G6', 'G7'].map((a) => fake.fill('表1', a));

    // The pane is open (its runtime started, its settings copy taken) before the ribbon is clicked.
    const pane = runtime(fake, doc);
    await pane.gw.loadSettings();
    expect(pane.gw.pending()).toEqual({ marks: 0, writes: 0 });

    const ribbon = runtime(fake, doc);
    await ribbon.gw.readActiveSheet();
    await ribbon.gw.apply({ sheetId, writes: [], highlights: [mark('G4'), mark('H5', 'warning'), mark('G6'), mark('G7', 'warning')], notes: true });
    expect(fake.fill('表1', 'G4').color).toBe('#FFC7CE');
    expect(fake.note('表1', 'G4')).toBe('得分与计算不符');
    expect(fake.note('表1', 'G7')).toBe('我的备注');
    expect(typeof doc.document.get(JOURNAL_KEY)).toBe('string');

    // The pane's buttons reflect the ribbon's marks after its next read (it reads on every check).
    await pane.gw.readActiveSheet();
    expect(pane.gw.pending()).toEqual({ marks: 4, writes: 0 });
    fake.syncs = 0;
    expect((await pane.gw.clearMarks()).restored).toBe(4);
    expect(fake.syncs).toBe(1);
    expect(fake.visibleState()).toEqual(before);
    expect(['G4', 'H5', 'G6', 'G7'].map((a) => fake.fill('表1', a))).toEqual(fillsBefore);

    // The ribbon learns that they were cleared: nothing left for it to restore.
    await ribbon.gw.refreshPending();
    expect(ribbon.gw.pending()).toEqual({ marks: 0, writes: 0 });
    expect((await ribbon.gw.clearMarks()).restored).toBe(0);
    expect(fake.visibleState()).toEqual(before);
  });

  test('the ribbon button (checkTable) then 检查 and 清除标记 in the pane: the sheet ends as it began', async () => {
    const grid = jingmenGrid();
    const values = grid.cells.map((r) => r.map((c) => (c ? c.value : null)));
    const fake = new FakeExcel({ [grid.name]: { values, merges: grid.merges.map(rangeToA1), fills: { A1: '#DDEBF7' } } });
    const doc = new FakeDocumentSettings();
    const before = fake.visibleState();

    const pane = runtime(fake, doc);
    await loadSettings(pane.gw);
    const ribbon = runtime(fake, doc);
    const completed = jest.fn();
    await makeCheckTable(() => ribbon.gw)({ completed });
    const marked = ribbon.gw.pending().marks;
    expect(marked).toBeGreaterThan(0);
    expect(fake.visibleState()).not.toEqual(before);

    // 检查 in the pane clears the ribbon's marks before marking its own findings …
    const result = await checkAndMark(pane.gw, {});
    expect(result.outcome.marked).toBe(marked);
    expect(pane.gw.pending().marks).toBe(marked);
    // … and 清除标记 puts back exactly what was there before either.
    await pane.gw.clearMarks();
    expect(fake.visibleState()).toEqual(before);
    // A second click of the ribbon button after that starts from a clean sheet again.
    await makeCheckTable(() => ribbon.gw)({ completed });
    expect(ribbon.gw.pending().marks).toBe(marked);
    await pane.gw.clearMarks();
    expect(fake.visibleState()).toEqual(before);
    expect(completed).toHaveBeenCalledTimes(2);
  });

  test('撤销写回 after the pane was closed and opened again restores the values and formats', async () => {
    const { fake, doc, sheetId } = workbook();
    fake.sheet('表1').ensure(2, 7).value = '原有说明'; // H3
    const before = fake.visibleState();

    const first = runtime(fake, doc);
    await first.gw.readActiveSheet();
    const out = await first.gw.apply({
      sheetId,
      writes: [write('G3', 10, '0.00'), write('G4', 8), { ...write('H3', '偏差原因：无'), previous: '原有说明', overwrites: true }],
      highlights: [mark('G5')],
      notes: false,
    });
    expect(out).toMatchObject({ written: 3, marked: 1, skipped: [] });
    expect(fake.cell('表1', 'G3')?.numberFormat).toBe('0.00');

    // The pane is closed: its runtime and memory are gone. A new one opens on the same workbook.
    const reopened = runtime(fake, doc);
    expect(reopened.gw.pending()).toEqual({ marks: 0, writes: 0 }); // nothing loaded yet
    await loadSettings(reopened.gw); // what the pane does when it opens
    expect(reopened.gw.pending()).toEqual({ marks: 1, writes: 3 });
    fake.syncs = 0;
    expect((await reopened.gw.undoWrites()).restored).toBe(3);
    expect((await reopened.gw.clearMarks()).restored).toBe(1);
    expect(fake.syncs).toBe(2);
    expect(fake.visibleState()).toEqual(before);
    expect(fake.cell('表1', 'G3')?.numberFormat).toBe('General');
  });

  test('undo works in a new runtime without any read first (it loads before restoring)', async () => {
    const { fake, doc, sheetId } = workbook();
    const before = fake.visibleState();
    const first = runtime(fake, doc);
    await first.gw.readActiveSheet();
    await first.gw.apply({ sheetId, writes: [write('G3', 10)], highlights: [], notes: false });
    const second = runtime(fake, doc);
    expect((await second.gw.undoWrites()).restored).toBe(1);
    expect(fake.visibleState()).toEqual(before);
    expect(first.gw.pending().writes).toBe(1); // until it reloads …
    expect((await first.gw.undoWrites()).restored).toBe(0); // … which every change does first
  });

  test('a result written twice in two runtimes still undoes to the original value', async () => {
    const { fake, doc, sheetId } = workbook();
    const a = runtime(fake, doc);
    await a.gw.readActiveSheet();
    await a.gw.apply({ sheetId, writes: [write('G3', 10)], highlights: [], notes: false });
    const b = runtime(fake, doc);
    await b.gw.readActiveSheet();
    // b's report was computed on the sheet holding a's write; it recognises its own journal's record.
    const out = await b.gw.apply({ sheetId, writes: [{ ...write('G3', 9), previous: null }], highlights: [], notes: false });
    expect(out.written).toBe(1);
    expect((await runtime(fake, doc).gw.undoWrites()).restored).toBe(1);
    expect(fake.cell('表1', 'G3')?.value).toBeNull();
  });

  test('inserted rows move the stored records with their cells', async () => {
    const { fake, doc, sheetId } = workbook();
    const ribbon = runtime(fake, doc);
    await ribbon.gw.readActiveSheet();
    await ribbon.gw.apply({ sheetId, writes: [], highlights: [mark('G6')], notes: false });
    const pane = runtime(fake, doc);
    await pane.gw.readActiveSheet();
    await pane.gw.insertRows({ sheetId, beforeRow: 4, count: 2, copyFormatsFrom: 3, fromCol: 0, toCol: 8 });
    // G6 is G8 now; a third runtime restores it there (its own font colour comes back).
    expect((await runtime(fake, doc).gw.clearMarks()).restored).toBe(1);
    expect(fake.cell('表1', 'G8')?.fontColor).toBe('#0070C0');
    expect(fake.fill('表1', 'G8').pattern).toBe('None');
  });

  test('saving the person’s settings in the pane keeps the journal the ribbon saved, and the ribbon reads them', async () => {
    const { fake, doc, sheetId } = workbook();
    const pane = runtime(fake, doc);
    await pane.gw.loadSettings();
    const ribbon = runtime(fake, doc);
    await ribbon.gw.readActiveSheet();
    await ribbon.gw.apply({ sheetId, writes: [], highlights: [mark('G4')], notes: false });
    // The pane's copy of the settings predates the ribbon's journal: saving must not put it back.
    await saveSettings(pane.gw, { ...DEFAULT_SETTINGS, policy: 'hubei' });
    expect((await runtime(fake, doc).gw.clearMarks()).restored).toBe(1);
    expect(await ribbon.gw.loadSettings()).toMatchObject({ policy: 'hubei' });
  });
});

describe('what is stored is checked', () => {
  test.each<[string, unknown]>([
    ['not JSON', '{"v":1,"s":[{'],
    ['another version', '{"v":9,"s":[]}'],
    ['a bad address', '{"v":1,"s":[{"id":"{FAKE-0001}","m":[["G0","#FFFFFF","#000000",0]]}]}'],
    ['a number', 42],
    ['an object of another shape', { marks: [{ address: 'G4' }] }],
  ])('a corrupt stored journal (%s) is ignored: no crash, and the next change stores a valid one', async (_, raw) => {
    const { fake, doc, sheetId } = workbook();
    doc.document.set(JOURNAL_KEY, raw);
    const before = fake.visibleState();
    const pane = runtime(fake, doc);
    await expect(pane.gw.loadSettings()).resolves.toBeNull();
    expect(pane.gw.pending()).toEqual({ marks: 0, writes: 0 });
    expect((await pane.gw.clearMarks()).restored).toBe(0);
    expect((await pane.gw.undoWrites()).restored).toBe(0);
    await pane.gw.readActiveSheet();
    await pane.gw.apply({ sheetId, writes: [write('G3', 10)], highlights: [mark('G4')], notes: false });
    const stored = JSON.parse(String(doc.document.get(JOURNAL_KEY))) as SerializedJournal;
    expect(stored.v).toBe(1);
    expect((await runtime(fake, doc).gw.undoWrites()).restored).toBe(1);
    expect((await runtime(fake, doc).gw.clearMarks()).restored).toBe(1);
    expect(fake.visibleState()).toEqual(before);
  });

  test('an unreadable store (refresh fails) keeps what the runtime knows', async () => {
    const { fake, doc, sheetId } = workbook();
    const before = fake.visibleState();
    const pane = runtime(fake, doc);
    await pane.gw.readActiveSheet();
    await pane.gw.apply({ sheetId, writes: [], highlights: [mark('G4')], notes: false });
    pane.settings.failRefresh = true;
    await expect(pane.gw.readActiveSheet()).resolves.toBeDefined();
    expect(pane.gw.pending().marks).toBe(1);
    expect((await pane.gw.clearMarks()).restored).toBe(1);
    expect(fake.visibleState()).toEqual(before);
  });

  test('a failed save keeps the journal in memory, says so, and is retried on the next change', async () => {
    const { fake, doc, sheetId } = workbook();
    const before = fake.visibleState();
    const pane = runtime(fake, doc);
    await pane.gw.readActiveSheet();
    pane.settings.failSave = true;
    const out = await pane.gw.apply({ sheetId, writes: [], highlights: [mark('G4')], notes: false });
    expect(out.marked).toBe(1);
    expect((await caps(pane.gw)).journal).toBe('memory');
    expect((await caps(pane.gw)).limitations.join('\n')).toMatch(/could not be saved/);
    expect(doc.document.has(JOURNAL_KEY)).toBe(false);
    pane.settings.failSave = false;
    await pane.gw.apply({ sheetId, writes: [], highlights: [mark('G5')], notes: false });
    expect((await caps(pane.gw)).journal).toBe('document');
    expect((await runtime(fake, doc).gw.clearMarks()).restored).toBe(2);
    expect(fake.visibleState()).toEqual(before);
  });
});

describe('size bound', () => {
  test('over the bound the journal stays in memory (and says so); back under it, it is stored again', async () => {
    const { fake, doc, sheetId } = workbook();
    const before = fake.visibleState();
    const limits = { journalLimits: { entries: 5 } };
    const ribbon = runtime(fake, doc, limits);
    await ribbon.gw.readActiveSheet();
    await ribbon.gw.apply({ sheetId, writes: [], highlights: ['G3', 'G4', 'G5', 'G6', 'G7', 'G8'].map((a) => mark(a)), notes: false });
    expect(ribbon.gw.pending().marks).toBe(6);
    const c = await caps(ribbon.gw);
    expect(c.journal).toBe('memory');
    expect(c.limitations.join('\n')).toMatch(/over 5 cells/);
    // No runtime restores half of it: an empty journal is stored.
    expect(JSON.parse(String(doc.document.get(JOURNAL_KEY)))).toEqual({ v: 1, s: [] });
    const pane = runtime(fake, doc, limits);
    await pane.gw.loadSettings();
    expect(pane.gw.pending()).toEqual({ marks: 0, writes: 0 });

    // What the pane marks meanwhile is stored; the ribbon adds it to its memory when it loads.
    await pane.gw.readActiveSheet();
    await pane.gw.apply({ sheetId, writes: [], highlights: [mark('H9')], notes: false });
    expect((await ribbon.gw.clearMarks()).restored).toBe(7);
    expect(fake.visibleState()).toEqual(before);
    expect((await caps(ribbon.gw)).journal).toBe('document');
    expect(JSON.parse(String(doc.document.get(JOURNAL_KEY)))).toEqual({ v: 1, s: [] });
  });

  test('the byte bound counts the JSON (a long text written)', async () => {
    const { fake, doc, sheetId } = workbook();
    const gw = runtime(fake, doc, { journalLimits: { bytes: 2000 } }).gw;
    await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [write('G3', '说明'.repeat(400))], highlights: [], notes: false });
    expect((await caps(gw)).journal).toBe('memory');
    expect((await gw.undoWrites()).restored).toBe(1);
    expect(fake.cell('表1', 'G3')?.value).toBeNull();
    expect((await caps(gw)).journal).toBe('document');
  });
});

describe('round trips and defaults', () => {
  test('with the journal in the document settings: still one sync per read, apply, clear and undo (office-addin-mock, 5 000 rows)', async () => {
    const m = mockExcel(5000);
    const doc = new FakeDocumentSettings();
    const settings = doc.runtime();
    const gw = new OfficeGateway({ run: m.run, features: allFeatures(), settings, journalStore: new OfficeSettingsJournalStore(settings) });
    const snap = await gw.readActiveSheet();
    expect(m.context.sync).toHaveBeenCalledTimes(1);
    const highlights = Array.from({ length: 4997 }, (_, i) => mark(`G${i + 3}`, i % 2 ? 'warning' : 'error'));
    m.context.sync.mockClear();
    await gw.apply({ sheetId: snap.sheetId, writes: [write('G3', 1), write('G4', 2)], highlights, notes: false });
    expect(m.context.sync).toHaveBeenCalledTimes(1);
    expect(settings.saves).toBe(1);
    const stored = String(doc.document.get(JOURNAL_KEY));
    expect(stored.length).toBeLessThan(4999 * 45);
    m.context.sync.mockClear();
    expect((await gw.clearMarks()).restored).toBe(4997);
    expect(m.context.sync).toHaveBeenCalledTimes(1);
    m.context.sync.mockClear();
    expect((await gw.undoWrites()).restored).toBe(2);
    expect(m.context.sync).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(doc.document.get(JOURNAL_KEY)))).toEqual({ v: 1, s: [] });
  });

  test('Excel 2019 (1.7): fills recorded without pattern restore from another runtime', async () => {
    const { fake, doc, sheetId } = workbook();
    fake.features = { notes: false, getRanges: false, rangeByIndexes: true, orNullObject: true };
    const before = fake.visibleState();
    const opts = { features: featuresUpTo('1.7') };
    const ribbon = runtime(fake, doc, opts);
    await ribbon.gw.readActiveSheet();
    await ribbon.gw.apply({ sheetId, writes: [], highlights: [mark('G4'), mark('G5')], notes: false });
    expect((await runtime(fake, doc, opts).gw.clearMarks()).restored).toBe(2);
    expect(fake.visibleState()).toEqual(before);
  });

  test('two gateways sharing one MemoryJournalStore behave as two runtimes of one document', async () => {
    const { fake, sheetId } = workbook();
    const store = new MemoryJournalStore();
    const a = new OfficeGateway({ run: fake.run, features: allFeatures(), journalStore: store });
    const b = new OfficeGateway({ run: fake.run, features: allFeatures(), journalStore: store });
    await a.readActiveSheet();
    await a.apply({ sheetId, writes: [], highlights: [mark('G4')], notes: false });
    expect((await b.clearMarks()).restored).toBe(1);
    expect((await a.capabilities()).journal).toBe('document');
  });

  test('without Office settings the journal is this runtime’s only, and capabilities say so', async () => {
    const { fake, sheetId } = workbook();
    const gw = new OfficeGateway({ run: fake.run, features: allFeatures() });
    await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [], highlights: [mark('G4')], notes: false });
    const c = await gw.capabilities();
    expect(c.journal).toBe('memory');
    expect(c.limitations.join('\n')).toMatch(/document settings unavailable/);
    expect((await gw.clearMarks()).restored).toBe(1);
  });

  test('by default the journal goes to Office.context.document.settings', async () => {
    const { fake, doc, sheetId } = workbook();
    const settings = doc.runtime();
    const g = globalThis as { Office?: unknown };
    const previous = g.Office;
    g.Office = { context: { document: { settings } } };
    try {
      const gw = new OfficeGateway({ run: fake.run, features: allFeatures() });
      await gw.readActiveSheet();
      await gw.apply({ sheetId, writes: [], highlights: [mark('G4')], notes: false });
      expect((await gw.capabilities()).journal).toBe('document');
      expect(doc.document.get(JOURNAL_KEY)).toEqual(expect.stringContaining('"G4"'));
      const j = ChangeJournal.fromSerialized(JSON.parse(String(doc.document.get(JOURNAL_KEY))) as SerializedJournal);
      expect(j.mark(sheetId, 'G4')?.fill).toEqual({ color: '#00B050', pattern: 'Solid' });
    } finally {
      g.Office = previous;
    }
  });

  test('operations of one gateway do not interleave their journal loads and saves', async () => {
    const { fake, sheetId } = workbook();
    const before = fake.visibleState();
    let saves = 0;
    let loads = 0;
    const inner = new MemoryJournalStore();
    // Each load parses afresh and answers later than the one before: unserialised, a load would
    // land after another operation's change and put back the journal from before it.
    const slow: JournalStore = {
      load: async () => {
        const raw = inner.raw;
        await new Promise((r) => setTimeout(r, 4 * ++loads));
        return parseStoredJournal(raw);
      },
      save: async (j) => {
        saves++;
        await new Promise((r) => setTimeout(r, 5));
        return inner.save(j);
      },
    };
    const gw = new OfficeGateway({ run: fake.run, features: allFeatures(), journalStore: slow });
    await gw.readActiveSheet();
    await gw.apply({ sheetId, writes: [], highlights: [mark('G6')], notes: false });
    await Promise.all([
      gw.apply({ sheetId, writes: [], highlights: [mark('G4')], notes: false }),
      gw.readActiveSheet(),
      gw.apply({ sheetId, writes: [write('G3', 1)], highlights: [mark('G5')], notes: false }),
    ]);
    expect(saves).toBe(3);
    expect(gw.pending()).toEqual({ marks: 3, writes: 1 });
    const other = new OfficeGateway({ run: fake.run, features: allFeatures(), journalStore: inner });
    expect((await other.clearMarks()).restored).toBe(3);
    expect((await other.undoWrites()).restored).toBe(1);
    expect(fake.visibleState()).toEqual(before);
  });
});
