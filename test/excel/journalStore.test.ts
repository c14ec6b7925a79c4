import { persistSettings, refreshSettings, SETTINGS_CALL_TIMEOUT_MS } from '../../src/excel/documentSettings';
import { ChangeJournal } from '../../src/excel/journal';
import {
  JOURNAL_KEY,
  MAX_JOURNAL_BYTES,
  MAX_JOURNAL_ENTRIES,
  MemoryJournalStore,
  OfficeSettingsJournalStore,
  SerializedJournal,
  encodeJournal,
  parseStoredJournal,
  utf8Length,
} from '../../src/excel/journalStore';
import { FakeDocumentSettings } from './documentSettingsFake';

function sampleJournal(): ChangeJournal {
  const j = new ChangeJournal();
  j.addMark('{S-1}', { address: 'G4', row: 3, col: 6, fill: { color: '#00B050', pattern: 'Solid' }, fontColor: '#000000', noteAdded: true });
  j.addMark('{S-1}', {
    address: 'B12',
    row: 11,
    col: 1,
    fill: { color: '#FFFFFF', pattern: 'LightUp', patternColor: '#FF0000', tintAndShade: -0.25, patternTintAndShade: 0.4 },
    fontColor: '#0070C0',
    noteAdded: false,
  });
  j.addMark('{S-2}', { address: 'AA1000', row: 999, col: 26, fill: { color: '#FFFFFF' }, fontColor: '#000000', noteAdded: false }); // below 1.9: no pattern
  j.addWrite('{S-1}', { address: 'G3', row: 2, col: 6, value: null, numberFormat: 'General', written: 10 });
  j.addWrite('{S-1}', { address: 'H3', row: 2, col: 7, value: '原因：无', numberFormat: '@', written: true });
  j.addWrite('{S-2}', { address: 'E5', row: 4, col: 4, value: 0.875, numberFormat: '0.00%', written: '=text' });
  return j;
}

describe('ChangeJournal ⇄ stored JSON', () => {
  test('round-trips every recorded look and value', () => {
    const j = sampleJournal();
    const stored = JSON.stringify(j.toSerialized());
    const back = ChangeJournal.fromSerialized(parseStoredJournal(stored)!);
    expect(back.marks()).toEqual(j.marks());
    expect(back.writes()).toEqual(j.writes());
    expect(back.pending()).toEqual({ marks: 3, writes: 3 });
    expect(back.revision).toBe(0);
  });

  test('is compact: tuples per cell, trailing unknowns left out, no empty lists', () => {
    const j = new ChangeJournal();
    j.addMark('{S}', { address: 'G4', row: 3, col: 6, fill: { color: '#FFFFFF', pattern: 'None' }, fontColor: '#000000', noteAdded: false });
    j.addMark('{T}', { address: 'A1', row: 0, col: 0, fill: { color: '#FFFFFF' }, fontColor: '#000000', noteAdded: true });
    j.addWrite('{S}', { address: 'G3', row: 2, col: 6, value: null, numberFormat: 'General', written: 10 });
    j.addWrite('{U}', { address: 'B2', row: 1, col: 1, value: 1, numberFormat: 'General', written: 2 });
    j.clearWrites();
    j.addWrite('{S}', { address: 'G3', row: 2, col: 6, value: null, numberFormat: 'General', written: 10 });
    expect(JSON.stringify(j.toSerialized())).toBe(
      '{"v":1,"s":[{"id":"{S}","m":[["G4","#FFFFFF","#000000",0,"None"]],"w":[["G3",null,"General",10]]},{"id":"{T}","m":[["A1","#FFFFFF","#000000",1]]}]}',
    );
    expect(new ChangeJournal().toSerialized()).toEqual({ v: 1, s: [] });
  });

  test('the revision moves on every change', () => {
    const j = new ChangeJournal();
    const seen = [j.revision];
    j.addMark('{S}', { address: 'A1', row: 0, col: 0, fill: { color: '#FFFFFF' }, fontColor: '#000000', noteAdded: false });
    seen.push(j.revision);
    j.setNoteAdded('{S}', 'A1');
    seen.push(j.revision);
    j.shiftRows('{S}', 0, 1);
    seen.push(j.revision);
    j.clearMarks();
    seen.push(j.revision);
    expect(new Set(seen).size).toBe(seen.length);
  });

  test('mergeFrom adds the records of cells it does not know, the first record wins', () => {
    const a = new ChangeJournal();
    a.addMark('{S}', { address: 'A1', row: 0, col: 0, fill: { color: '#00B050', pattern: 'Solid' }, fontColor: '#000000', noteAdded: false });
    const b = new ChangeJournal();
    b.addMark('{S}', { address: 'A1', row: 0, col: 0, fill: { color: '#FFC7CE', pattern: 'Solid' }, fontColor: '#9C0006', noteAdded: false });
    b.addWrite('{T}', { address: 'C3', row: 2, col: 2, value: 5, numberFormat: 'General', written: 6 });
    a.mergeFrom(b);
    expect(a.mark('{S}', 'A1')?.fill.color).toBe('#00B050');
    expect(a.write('{T}', 'C3')?.value).toBe(5);
  });
});

describe('parseStoredJournal: anything invalid is "nothing stored", never an exception', () => {
  const valid: SerializedJournal = { v: 1, s: [{ id: '{S}', m: [['G4', '#FFFFFF', '#000000', 0, 'None']], w: [['G3', null, 'General', 10]] }] };
  const withMark = (m: unknown): string => JSON.stringify({ v: 1, s: [{ id: '{S}', m: [m] }] });

  test.each<[string, unknown]>([
    ['not JSON', '{"v":1,"s":['],
    ['a number', 42],
    ['an array', '[]'],
    ['JSON null', 'null'],
    ['another version', JSON.stringify({ ...valid, v: 2 })],
    ['sheets as an object', JSON.stringify({ v: 1, s: { '{S}': { m: [] } } })],
    ['an empty sheet id', JSON.stringify({ v: 1, s: [{ id: '' }] })],
    ['a bad address', withMark(['G0', '#FFFFFF', '#000000', 0])],
    ['an absolute address', withMark(['$G$4', '#FFFFFF', '#000000', 0])],
    ['a lower-case address', withMark(['g4', '#FFFFFF', '#000000', 0])],
    ['a column beyond XFD', withMark(['XFE1', '#FFFFFF', '#000000', 0])],
    ['a row beyond 1048576', withMark(['A1048577', '#FFFFFF', '#000000', 0])],
    ['a range', withMark(['A1:B2', '#FFFFFF', '#000000', 0])],
    ['a note flag of 2', withMark(['A1', '#FFFFFF', '#000000', 2])],
    ['a tint out of range', withMark(['A1', '#FFFFFF', '#000000', 0, 'Solid', null, 7])],
    ['too many tuple elements', withMark(['A1', '#FFFFFF', '#000000', 0, 'Solid', null, 0, 0, 'x'])],
    ['a write of an object', JSON.stringify({ v: 1, s: [{ id: '{S}', w: [['A1', { toString: 1 }, 'General', 1]] }] })],
    ['a text over 32 767 characters', JSON.stringify({ v: 1, s: [{ id: '{S}', w: [['A1', 'x'.repeat(32768), 'General', 1]] }] })],
  ])('%s', (_, raw) => {
    expect(parseStoredJournal(raw)).toBeNull();
  });

  test('absent values', () => {
    for (const raw of [undefined, null, '']) expect(parseStoredJournal(raw)).toBeNull();
  });

  test('a valid journal, as a string or as a value', () => {
    expect(parseStoredJournal(JSON.stringify(valid))).toEqual(valid);
    expect(parseStoredJournal(valid)).toEqual(valid);
  });

  test('a sheet id that is a special property name is just an id', () => {
    const raw = JSON.stringify({ v: 1, s: [{ id: '__proto__', m: [['A1', '#FFFFFF', '#000000', 0]] }] });
    const j = ChangeJournal.fromSerialized(parseStoredJournal(raw)!);
    expect(j.marks()).toEqual([{ sheetId: '__proto__', entries: [expect.objectContaining({ address: 'A1' })] }]);
    expect(({} as Record<string, unknown>).m).toBeUndefined();
  });

  test('over the bounds', () => {
    const many: SerializedJournal = { v: 1, s: [{ id: '{S}', w: Array.from({ length: 11 }, (_, i) => [`A${i + 1}`, null, 'General', i] as [string, null, string, number]) }] };
    expect(parseStoredJournal(JSON.stringify(many), { entries: 10, bytes: MAX_JOURNAL_BYTES })).toBeNull();
    expect(parseStoredJournal(JSON.stringify(many), { entries: 11, bytes: MAX_JOURNAL_BYTES })).not.toBeNull();
    expect(parseStoredJournal(' '.repeat(MAX_JOURNAL_BYTES + 1))).toBeNull();
  });
});

describe('size bounds', () => {
  test('utf8Length counts as UTF-8 does', () => {
    expect(utf8Length('G4')).toBe(2);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('绩效')).toBe(6);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('\ud800x')).toBe(4); // a lone surrogate is written as U+FFFD
    const text = '绩效自评 ok 😀 é';
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  test(`more than ${MAX_JOURNAL_ENTRIES} cells or ${MAX_JOURNAL_BYTES} bytes do not fit`, () => {
    const j = new ChangeJournal();
    for (let i = 0; i < MAX_JOURNAL_ENTRIES; i++) {
      j.addMark('{S}', { address: `A${i + 1}`, row: i, col: 0, fill: { color: '#FFFFFF', pattern: 'None' }, fontColor: '#000000', noteAdded: false });
    }
    const full = encodeJournal(j.toSerialized());
    expect(full.entries).toBe(MAX_JOURNAL_ENTRIES);
    expect(full.fits).toBe(true);
    // The largest journal that fits by count is well inside the byte bound (about 40 bytes a mark).
    expect(full.bytes).toBeLessThan(MAX_JOURNAL_BYTES / 1.5);
    j.addMark('{S}', { address: 'B1', row: 0, col: 1, fill: { color: '#FFFFFF', pattern: 'None' }, fontColor: '#000000', noteAdded: false });
    expect(encodeJournal(j.toSerialized()).fits).toBe(false);

    const big = new ChangeJournal();
    for (let i = 0; i < 60; i++) big.addWrite('{S}', { address: `C${i + 1}`, row: i, col: 2, value: '长'.repeat(9000), numberFormat: '@', written: 'x' });
    const encoded = encodeJournal(big.toSerialized());
    expect(encoded.entries).toBe(60);
    expect(encoded.bytes).toBeGreaterThan(MAX_JOURNAL_BYTES);
    expect(encoded.fits).toBe(false);
  });
});

describe('OfficeSettingsJournalStore (document settings, one copy per runtime)', () => {
  test('what one runtime saves, another loads (refreshAsync before load)', async () => {
    const doc = new FakeDocumentSettings();
    const ribbon = new OfficeSettingsJournalStore(doc.runtime());
    const paneSettings = doc.runtime();
    const pane = new OfficeSettingsJournalStore(paneSettings);
    expect(await pane.load()).toBeNull();
    const j = sampleJournal().toSerialized();
    await ribbon.save(j);
    expect(typeof doc.document.get(JOURNAL_KEY)).toBe('string');
    expect(await pane.load()).toEqual(j);
    expect(paneSettings.refreshes).toBe(2);
  });

  test('saving refreshes first, so another runtime’s keys are not put back stale', async () => {
    const doc = new FakeDocumentSettings();
    const ribbonSettings = doc.runtime();
    const paneSettings = doc.runtime();
    paneSettings.set('perfSelfEval.settings', '{"policy":"hubei"}');
    await persistSettings(paneSettings);
    await new OfficeSettingsJournalStore(ribbonSettings).save(sampleJournal().toSerialized());
    expect(doc.document.get('perfSelfEval.settings')).toBe('{"policy":"hubei"}');
    expect(doc.document.get(JOURNAL_KEY)).toBeDefined();
  });

  test('a failed refresh rejects load (the caller keeps what it has); a failed save rejects save', async () => {
    const doc = new FakeDocumentSettings();
    const settings = doc.runtime();
    const store = new OfficeSettingsJournalStore(settings);
    settings.failRefresh = true;
    await expect(store.load()).rejects.toMatchObject({ code: 'unknown' });
    // Saving still works without the refresh.
    await store.save(sampleJournal().toSerialized());
    settings.failRefresh = false;
    settings.failSave = true;
    await expect(store.save(sampleJournal().toSerialized())).rejects.toMatchObject({ code: 'unknown' });
  });

  test('a corrupt value in the settings loads as null', async () => {
    const doc = new FakeDocumentSettings();
    const store = new OfficeSettingsJournalStore(doc.runtime());
    for (const bad of ['{broken', 17, { v: 1 }, ['x'], true]) {
      doc.document.set(JOURNAL_KEY, bad);
      await expect(store.load()).resolves.toBeNull();
    }
  });

  test('a host that never calls back times out instead of hanging', async () => {
    jest.useFakeTimers();
    try {
      const silent = { get: () => null, set: () => undefined, saveAsync: () => undefined, refreshAsync: () => undefined };
      const r = refreshSettings(silent).catch((e: unknown) => e);
      const s = persistSettings(silent).catch((e: unknown) => e);
      jest.advanceTimersByTime(SETTINGS_CALL_TIMEOUT_MS + 1);
      expect(await r).toMatchObject({ code: 'unknown' });
      expect(await s).toMatchObject({ code: 'unknown' });
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('MemoryJournalStore', () => {
  test('keeps JSON and validates on load', async () => {
    const store = new MemoryJournalStore();
    expect(await store.load()).toBeNull();
    const j = sampleJournal().toSerialized();
    await store.save(j);
    expect(typeof store.raw).toBe('string');
    expect(await store.load()).toEqual(j);
    store.raw = '{"v":1,"s":[{"id":"{S}","m":[["nope"]]}]}';
    expect(await store.load()).toBeNull();
  });
});
