/**
 * The Office.js host gateway: the only code of the add-in that calls the Excel JavaScript API.
 * Semantics: src/app/hostGateway.ts and test/gateway/gatewayContract.ts (shared with the
 * in-memory gateway); feature switches: requirements.ts.
 *
 * Round trips (each `context.sync()` crosses to Excel; on the web over the network):
 * - readActiveSheet: ONE sync. Queued: the active sheet's id/name; `getUsedRange(true)`'s extent;
 *   values, numberFormat, formulas, valueTypes of (A1 → used end) ∩ the capped window; from
 *   ExcelApi 1.13 `getMergedAreasOrNullObject()` on every 64-row band of the window.
 * - apply: ONE sync for writes and marks. Checked first against the read snapshot (formula
 *   cells, merged areas, the used range, `previous`): a request that no longer fits changes
 *   nothing. Queued in order: suspend calculation (1.6); number formats and values of the
 *   writes; the previous fill and font colour of every cell to mark (`getCellProperties` per
 *   band, or `format.fill/font.color` loads below 1.9) — queued before the fills, so it reads
 *   the look before the change; fills and font colours grouped by severity (`getRanges`, 1.9).
 *   With notes (1.18, on request) one more sync: the first also probes each marked cell for a
 *   note, the second adds ours where there is none (a person's own note is never replaced) or
 *   updates ours. A failure of the note batch is ignored (the marks stay).
 * - clearMarks, undoWrites, selectCell, insertRows: ONE sync each (clearMarks/undoWrites retry
 *   with probes when a sheet or one of our notes was deleted meanwhile).
 * - insertTemplate: three (the sheet names; add + layout; activate — on the web a just-added
 *   sheet must be synced before it can be activated).
 *
 * The change journal (what 清除标记 / 撤销写回 restore) is kept in the document through a
 * JournalStore (journalStore.ts; by default the add-in's document settings): loaded before apply,
 * clearMarks, undoWrites and insertRows, and saved after each change, so that the ribbon command
 * and the task pane (separate JavaScript runtimes) and a reopened pane restore exactly what any of
 * them changed. readActiveSheet, loadSettings and refreshPending also reload it so that the
 * synchronous pending() reflects the other runtime's marks. Those are Office common-API calls
 * (settings refreshAsync/saveAsync), not `context.sync()` round trips: the counts above hold.
 */
import { RangeRef, parseA1, parseRangeA1, rangeContains, rangeToA1, toA1 } from '../core/grid/address';
import type { CellValue } from '../core/grid/cellGrid';
import type { Severity } from '../core/report/ruleIds';
import type { Highlight, Write } from '../core/report/reportSchema';
import { MARK_STYLES, sameCellValue, uniqueSheetName } from '../app/gatewayRules';
import type { SettingsInput } from '../core/report/settingsSchema';
import type { TemplateSpec } from '../core/template/templateSpec';
import {
  ApplyOutcome,
  ApplyRequest,
  CommandReport,
  DiscardRequest,
  GatewayError,
  HostCapabilities,
  HostGateway,
  InsertRowsRequest,
  ReadWorkbookOptions,
  RestoreOutcome,
  SheetSnapshot,
  SkippedCell,
  SkippedSheet,
  WorkbookSnapshot,
} from '../app/hostGateway';
import { CommandReportChannel, localStorageChannel } from './commandReports';
import { toExcelInput } from './cellInput';
import { DocumentSettingsStore, officeDocumentSettings, persistSettings, refreshSettings } from './documentSettings';
import { ChangeJournal, PreviousFill, WriteEntry } from './journal';
import {
  DEFAULT_JOURNAL_LIMITS,
  JournalLimits,
  SerializedJournal,
  JournalStore,
  MemoryJournalStore,
  OfficeSettingsJournalStore,
  emptyJournal,
  encodeJournal,
} from './journalStore';
import { toGatewayError } from './officeErrors';
import { chunkAddressList, compressCells, groupBy } from './rangeLists';
import { DEFAULT_READ_LIMITS, ReadLimits, mergeBandAddresses, toGridData, windowAddress } from './readGrid';
import { ExcelFeatures, currentFeatures, limitations } from './requirements';

/** `Excel.run` with one batch function; injected so tests can pass a mock context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type { DocumentSettingsStore } from './documentSettings';

export interface OfficeGatewayOptions {
  /** Defaults to `Excel.run`, with `{ delayForCellEdit: true }` where supported (1.11). */
  run?: ExcelRun;
  /** Defaults to the running Excel's (`currentFeatures()`), read on first use. */
  features?: ExcelFeatures;
  /** Defaults to `Office.context.document.settings`. */
  settings?: DocumentSettingsStore;
  limits?: Partial<ReadLimits>;
  /**
   * Where the change journal is kept between operations. Defaults to the document's settings
   * (`Office.context.document.settings`, read when first needed) so that every runtime of the
   * add-in restores exactly; to this instance's memory where they are unavailable.
   */
  journalStore?: JournalStore;
  /** Bounds of the persisted journal (defaults: MAX_JOURNAL_ENTRIES cells, MAX_JOURNAL_BYTES). */
  journalLimits?: Partial<JournalLimits>;
  /** Where ribbon reports for the pane go (default: the origin's localStorage, keyed by the document). */
  commandReports?: CommandReportChannel;
}

/**
 * Where the change journal lives now: 'document' (every runtime and a reopened pane restore it)
 * or 'memory' (this runtime only: no document settings, over the bounds, or a failed save).
 */
export type JournalPlacement = 'document' | 'memory';

/** What the Office gateway reports beyond HostCapabilities (for the pane's "about this Excel"). */
export interface OfficeCapabilities extends HostCapabilities {
  /** Merged areas are read (ExcelApi 1.13); without them labels in merged cells read from their top-left cell only. */
  merges: boolean;
  /** The highest ExcelApi set the host supports, e.g. '1.14'. */
  apiVersion: string;
  /** What is degraded on this host, one short English line each (for diagnostics, not for users). */
  limitations: string[];
  /** Where the record of the add-in's marks and writes is kept (see JournalPlacement). */
  journal: JournalPlacement;
}

/** Document setting that holds the person's settings as a JSON string. */
export const SETTINGS_KEY = 'perfSelfEval.settings';

/** The looks snapshotted before marking (ExcelApi 1.9). */
const LOOK_LOAD: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true },
    font: { color: true },
  },
};

/** Rows per getCellProperties call when snapshotting looks. */
const SNAPSHOT_BAND_ROWS = 32;

/** The most rows one insertRows request may add (as the in-memory gateway). */
const MAX_INSERT_ROWS = 10000;

/** Default runner: Excel.run, delaying while a cell is being edited where supported (1.11). */
export function defaultExcelRun(features: ExcelFeatures): ExcelRun {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const excel = (globalThis as { Excel?: typeof Excel }).Excel;
    if (!excel || typeof excel.run !== 'function') {
      return Promise.reject(new GatewayError('unsupported', 'Excel is not available'));
    }
    return features.delayForCellEdit ? excel.run({ delayForCellEdit: true }, batch) : excel.run(batch);
  };
}

/** What readActiveSheet loaded, kept for apply and insertRows (formulas, values, formats, merges, extent). */
class ReadSnapshot {
  constructor(
    readonly sheetId: string,
    readonly name: string,
    private readonly values: unknown[][],
    private readonly numberFormat: unknown[][],
    private readonly formulas: unknown[][],
    readonly merges: RangeRef[],
    /** The used range's extent from A1 as read (rows × columns, merges included). */
    readonly rows: number,
    readonly cols: number,
  ) {}

  contains(row: number, col: number): boolean {
    return row >= 0 && col >= 0 && row < this.rows && col < this.cols;
  }

  hasFormula(row: number, col: number): boolean {
    const f = this.formulas[row]?.[col];
    return typeof f === 'string' && f.startsWith('=') && f !== this.values[row]?.[col];
  }

  value(row: number, col: number): CellValue {
    const v = this.values[row]?.[col];
    if (v === undefined || v === null || v === '') return null;
    return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : String(v);
  }

  format(row: number, col: number): string {
    const f = this.numberFormat[row]?.[col];
    return typeof f === 'string' ? f : 'General';
  }

  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.merges.find((m) => rangeContains(m, row, col));
  }

  /** Keeps the snapshot in step with the add-in's own writes and undos. */
  update(row: number, col: number, value: CellValue, numberFormat: string | null): void {
    if (!this.values[row] || !this.contains(row, col)) return;
    this.values[row][col] = value ?? '';
    if (this.formulas[row]) this.formulas[row][col] = value ?? '';
    if (numberFormat !== null && this.numberFormat[row]) this.numberFormat[row][col] = numberFormat;
  }
}

interface PlannedMark {
  address: string;
  row: number;
  col: number;
  severity: Severity;
  text: string;
}

interface PreviousLook {
  fill: PreviousFill;
  fontColor: string;
}

type LookReader = () => Map<string, PreviousLook>;

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function cellRef(address: string): { row: number; col: number } {
  try {
    return parseA1(address);
  } catch {
    throw new GatewayError('invalid-argument', `bad cell address ${address}`);
  }
}

/** Column width in characters → points (Excel: pixels = chars × 7 + 5 at the default font; 0.75 pt per pixel). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** How a previous fill is put back: clear() for no fill, a colour for a plain solid fill, else every property. */
function fillKind(f: PreviousFill): 'none' | 'solid' | 'other' {
  if (f.pattern === undefined) return !f.color || f.color.toUpperCase() === '#FFFFFF' ? 'none' : 'solid';
  if (f.pattern === 'None') return 'none';
  if (f.pattern === 'Solid' && !f.tintAndShade) return 'solid';
  return 'other';
}

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

export class OfficeGateway implements HostGateway {
  private readonly options: OfficeGatewayOptions;
  private readonly limits: ReadLimits;
  private featureCache?: ExcelFeatures;
  private runner?: ExcelRun;
  private journal = new ChangeJournal();
  private store?: JournalStore;
  /** The default store had no document settings to use: the journal is this runtime's only. */
  private storeInMemory = false;
  /**
   * Why the journal is held in memory only (the stored copy is not the whole journal): it is over
   * the bounds (an empty journal is stored; loading adds what other runtimes stored since), or the
   * last save failed (loading is skipped). Each change tries to save it again.
   */
  private detached: 'too-large' | 'not-saved' | null = null;
  /** The stored journal `journal` equals (as loaded or saved); a load returning it changes nothing. */
  private journalSource?: SerializedJournal;
  private readonly journalLimits: JournalLimits;
  /** Serialises load → change → save of the journal. */
  private journalQueue: Promise<unknown> = Promise.resolve();
  private readonly snapshots = new Map<string, ReadSnapshot>();
  private reports?: CommandReportChannel;

  constructor(options: OfficeGatewayOptions = {}) {
    this.options = options;
    this.limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
    this.journalLimits = { ...DEFAULT_JOURNAL_LIMITS, ...options.journalLimits };
  }

  /** The host's features (read once). */
  features(): ExcelFeatures {
    if (!this.featureCache) this.featureCache = this.options.features ?? currentFeatures();
    return this.featureCache;
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (!this.runner) this.runner = this.options.run ?? defaultExcelRun(this.features());
    let started: Promise<T>;
    try {
      started = this.runner(batch);
    } catch (e) {
      return Promise.reject(toGatewayError(e));
    }
    return started.catch((e: unknown) => {
      throw toGatewayError(e);
    });
  }

  async capabilities(): Promise<OfficeCapabilities> {
    const f = this.features();
    this.journalStore();
    const lines = limitations(f);
    const memoryOnly = 'marks and writes are remembered by this runtime only (the ribbon command, another pane or a reopened pane cannot restore them)';
    if (this.storeInMemory) lines.push(`document settings unavailable: ${memoryOnly}`);
    else if (this.detached === 'too-large') {
      lines.push(`change journal over ${this.journalLimits.entries} cells or ${this.journalLimits.bytes} bytes of JSON: ${memoryOnly}`);
    } else if (this.detached === 'not-saved') lines.push(`change journal could not be saved in the document: ${memoryOnly}`);
    return {
      notes: f.notes,
      dataValidation: f.dataValidation,
      host: 'Excel',
      merges: f.mergedAreas,
      apiVersion: f.apiVersion,
      limitations: lines,
      journal: this.storeInMemory || this.detached ? 'memory' : 'document',
    };
  }

  /** From the journal as last loaded (readActiveSheet, loadSettings, refreshPending and every change reload it). */
  pending(): { marks: number; writes: number } {
    return this.journal.pending();
  }

  async refreshPending(): Promise<void> {
    await this.refreshJournal();
  }

  // ---------------------------------------------------------------- the change journal

  private journalStore(): JournalStore {
    if (!this.store) {
      if (this.options.journalStore) this.store = this.options.journalStore;
      else {
        const settings = officeDocumentSettings();
        this.storeInMemory = !settings;
        this.store = settings ? new OfficeSettingsJournalStore(settings) : new MemoryJournalStore(this.journalLimits);
      }
    }
    return this.store;
  }

  /** Runs `fn` after the journal operations queued before it. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.journalQueue.then(fn, fn);
    this.journalQueue = next.catch(() => undefined);
    return next;
  }

  /** Takes the stored journal (what another runtime changed); keeps the one in memory when none can be read. */
  private async loadJournal(): Promise<void> {
    // The stored copy is older than this runtime's (a save failed): it would bring back records
    // already restored. Keep this one until a save succeeds.
    if (this.detached === 'not-saved') return;
    let stored;
    try {
      stored = await this.journalStore().load();
    } catch {
      return; // settings not readable now: what this runtime knows is the best there is
    }
    // Nothing (valid) stored: another runtime that cleared saved an empty journal, so this is a
    // new document, a journal never saved, or a corrupt one — keep what this runtime has.
    if (!stored) return;
    if (stored === this.journalSource && !this.detached) return; // what this journal was built from or saved as
    const loaded = ChangeJournal.fromSerialized(stored);
    if (this.detached === 'too-large') this.journal.mergeFrom(loaded);
    else {
      this.journal = loaded;
      this.journalSource = stored;
    }
  }

  /** Saves the journal; over the bounds or when saving fails it stays in memory only (never throws). */
  private async saveJournal(): Promise<void> {
    const store = this.journalStore();
    const serialized = this.journal.toSerialized();
    if (!encodeJournal(serialized, this.journalLimits).fits) {
      // The stored copy would be a part of it: store an empty one, so that no runtime restores
      // half of it; what other runtimes record meanwhile is added to this one on load.
      try {
        await store.save(emptyJournal());
        this.detached = 'too-large';
      } catch {
        this.detached = 'not-saved';
      }
      return;
    }
    try {
      await store.save(serialized);
      this.detached = null;
      this.journalSource = serialized;
    } catch {
      this.detached = 'not-saved';
    }
  }

  /** Reloads the journal (never throws). */
  private refreshJournal(): Promise<void> {
    return this.exclusive(() => this.loadJournal());
  }

  /** load → `fn` → save when `fn` changed the journal (also when it failed after changing it). */
  private journaled<T>(fn: () => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await this.loadJournal();
      const before = this.journal;
      const revision = before.revision;
      try {
        return await fn();
      } finally {
        if (this.journal !== before || before.revision !== revision) await this.saveJournal();
      }
    });
  }

  // ---------------------------------------------------------------- reading

  async readActiveSheet(): Promise<SheetSnapshot> {
    // The pane reads before every check: pick up the marks the ribbon command made meanwhile.
    const [snapshot] = await Promise.all([this.readSheet(), this.refreshJournal()]);
    return snapshot;
  }

  private readSheet(): Promise<SheetSnapshot> {
    return this.run(async (context) => {
      const finish = this.queueSheetRead(context.workbook.worksheets.getActiveWorksheet());
      await context.sync();
      return finish();
    });
  }

  /**
   * Queues one sheet's read (id, name, the used range's extent, values, number formats,
   * formulas, value types and, from 1.13, merged areas) and returns what converts it after the sync.
   */
  private queueSheetRead(ws: Excel.Worksheet): () => SheetSnapshot {
    const f = this.features();
    const lim = this.limits;
    ws.load('id,name');
    // getUsedRange never fails (a blank sheet gives A1), so the ranges derived from it can be
    // queued in the same batch; the null object of getUsedRangeOrNullObject cannot be chained.
    const used = f.usedRangeValuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    // From A1 (so that indexes are the sheet's) to the used end, capped to the read window.
    const read = ws.getRange('A1').getBoundingRect(used).getIntersection(windowAddress(lim));
    read.load('address,values,numberFormat,formulas,valueTypes');
    const bands = f.mergedAreas
      ? mergeBandAddresses(lim).map((address) => {
          const areas = ws.getRange(address).getMergedAreasOrNullObject();
          areas.load('areas/items/address');
          return areas;
        })
      : [];
    return () => {
      const mergeAddresses: string[] = [];
      for (const areas of bands) {
        if (areas.isNullObject) continue;
        for (const item of areas.areas.items) mergeAddresses.push(item.address);
      }
      const values = (read.values ?? []) as unknown[][];
      const numberFormat = (read.numberFormat ?? []) as unknown[][];
      const formulas = (read.formulas ?? []) as unknown[][];
      const valueTypes = (read.valueTypes ?? []) as unknown[][];
      const grid = toGridData(
        ws.name,
        { values, numberFormat, formulas, valueTypes },
        { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount },
        mergeAddresses,
        lim,
      );
      let rows = values.length;
      let cols = values.length > 0 ? values[0].length : 0;
      for (const m of grid.merges) {
        rows = Math.max(rows, m.bottom + 1);
        cols = Math.max(cols, m.right + 1);
      }
      this.snapshots.set(ws.id, new ReadSnapshot(ws.id, ws.name, values, numberFormat, formulas, grid.merges, rows, cols));
      return { sheetId: ws.id, grid };
    };
  }

  /**
   * Every visible sheet: one sync for the list (id, name, visibility), one for the reads of all
   * the sheets to read; when that answer would exceed Excel on the web's payload limit
   * ('too-large'), one sync per sheet instead.
   */
  async readWorkbook(options: ReadWorkbookOptions = {}): Promise<WorkbookSnapshot> {
    const [result] = await Promise.all([this.readWorkbookNow(options), this.refreshJournal()]);
    return result;
  }

  private readWorkbookNow(options: ReadWorkbookOptions): Promise<WorkbookSnapshot> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/id,items/name,items/visibility');
      const active = sheets.getActiveWorksheet();
      active.load('id');
      await context.sync();
      const skipped: SkippedSheet[] = [];
      const toRead: string[] = [];
      for (const s of sheets.items) {
        const visibility = String(s.visibility);
        if (visibility !== 'Visible' && !options.includeHidden) skipped.push({ sheet: s.name, reason: visibility === 'VeryHidden' ? 'very-hidden' : 'hidden' });
        else toRead.push(s.id);
      }
      let snapshots: SheetSnapshot[];
      try {
        const finishers = toRead.map((id) => this.queueSheetRead(context.workbook.worksheets.getItem(id)));
        await context.sync();
        snapshots = finishers.map((finish) => finish());
      } catch (e) {
        if (!(toGatewayError(e).code === 'too-large' && toRead.length > 1)) throw e;
        snapshots = [];
        for (const id of toRead) {
          const finish = this.queueSheetRead(context.workbook.worksheets.getItem(id));
          await context.sync();
          snapshots.push(finish());
        }
      }
      return { sheets: snapshots, skipped, activeSheetId: active.id };
    });
  }

  // ---------------------------------------------------------------- applying

  apply(request: ApplyRequest): Promise<ApplyOutcome> {
    return this.journaled(() => this.applyNow(request));
  }

  private async applyNow(request: ApplyRequest): Promise<ApplyOutcome> {
    const f = this.features();
    const snap = this.snapshots.get(request.sheetId);
    const sheetId = request.sheetId;
    const writes = request.writes.map((write) => ({ write, ...cellRef(write.cell) }));
    const marks = this.planMarks(request.highlights);
    if (writes.length > 0 && !snap) throw new GatewayError('sheet-changed', 'read the sheet before writing');
    const outcome: ApplyOutcome = { written: 0, marked: 0, skipped: [] };
    if (request.replaceMarks && this.journal.pending().marks > 0) {
      try {
        outcome.cleared = await this.clearMarksNow();
      } catch (e) {
        outcome.cleared = { restored: 0, skipped: [], failed: e instanceof GatewayError ? e.code : 'unknown' };
      }
    }
    if (writes.length === 0 && marks.length === 0) return outcome;

    const sheetName = snap?.name ?? '';
    const skipped: SkippedCell[] = [];
    const toWrite: { write: Write; row: number; col: number; prevValue: CellValue; prevFormat: string }[] = [];
    for (const w of writes) {
      if (snap!.hasFormula(w.row, w.col)) {
        skipped.push({ sheet: sheetName, cell: w.write.cell, reason: 'formula' });
        continue;
      }
      const m = snap!.mergeAt(w.row, w.col);
      if (m && (m.top !== w.row || m.left !== w.col)) {
        skipped.push({ sheet: sheetName, cell: w.write.cell, reason: 'merged' });
        continue;
      }
      // The cell must still hold what the engine saw: the value read, or — while it holds our own
      // earlier write — the value under that write (a report applied twice).
      const now = snap!.value(w.row, w.col);
      const own = this.journal.write(sheetId, w.write.cell);
      const fits = sameCellValue(now, w.write.previous) || (!!own && sameCellValue(now, own.written) && sameCellValue(own.value, w.write.previous));
      if (!fits) {
        skipped.push({ sheet: sheetName, cell: w.write.cell, reason: 'value-changed' });
        continue;
      }
      toWrite.push({ write: w.write, row: w.row, col: w.col, prevValue: snap!.value(w.row, w.col), prevFormat: snap!.format(w.row, w.col) });
    }
    const wantNotes = request.notes && f.notes && marks.length > 0;

    const applied = this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetId);
      if (f.suspendCalculation && toWrite.length > 0) context.application.suspendApiCalculationUntilNextSync();
      for (const w of toWrite) {
        const range = ws.getRange(w.write.cell);
        if (w.write.numberFormat !== null) range.numberFormat = [[w.write.numberFormat]];
        range.values = [[toExcelInput(w.write.value, w.write.numberFormat ?? w.prevFormat)]];
      }
      const readLooks = this.queueLookSnapshot(ws, marks);
      this.queueMarkStyles(ws, marks);
      const probes = wantNotes
        ? marks.map((m) => {
            const note = ws.notes.getItemOrNullObject(m.address);
            note.load('content');
            return note;
          })
        : [];
      await context.sync();

      for (const w of toWrite) {
        this.journal.addWrite(sheetId, { address: w.write.cell, row: w.row, col: w.col, value: w.prevValue, numberFormat: w.prevFormat, written: w.write.value });
        snap!.update(w.row, w.col, w.write.value, w.write.numberFormat);
      }
      const looks = readLooks();
      for (const m of marks) {
        const look = looks.get(m.address) ?? { fill: { color: '#FFFFFF', pattern: 'None' }, fontColor: '#000000' };
        this.journal.addMark(sheetId, { address: m.address, row: m.row, col: m.col, fill: look.fill, fontColor: look.fontColor, noteAdded: false });
      }

      if (wantNotes) {
        // Notes are an extra (Excel on the web has been reported to fail here): if this batch
        // fails, the marks stay. The notes queued before the failing one exist, so all are
        // recorded as ours; clearMarks deletes those it finds (its not-found retry probes them).
        const added: string[] = [];
        try {
          let queued = 0;
          marks.forEach((m, i) => {
            const probe = probes[i];
            if (probe.isNullObject) {
              context.workbook.notes.add(ws.getRange(m.address), m.text);
              added.push(m.address);
              queued++;
            } else if (this.journal.mark(sheetId, m.address)?.noteAdded && probe.content !== m.text) {
              probe.content = m.text; // our own note from an earlier mark: the latest finding
              queued++;
            }
          });
          if (queued > 0) await context.sync();
        } catch {
          // see above
        }
        for (const a of added) this.journal.setNoteAdded(sheetId, a);
      }
      return { ...outcome, written: toWrite.length, marked: marks.length, skipped };
    });
    try {
      return await applied;
    } catch (e) {
      // A protected sheet refuses the batch: nothing was applied (the sheet is all-or-nothing here).
      if (!(e instanceof GatewayError && e.code === 'protected')) throw e;
      for (const w of toWrite) skipped.push({ sheet: sheetName, cell: w.write.cell, reason: 'protected' });
      for (const m of marks) skipped.push({ sheet: sheetName, cell: m.address, reason: 'protected' });
      return { ...outcome, written: 0, marked: 0, skipped };
    }
  }

  /** One mark per cell (the most severe finding decides the style; texts are joined). */
  private planMarks(highlights: readonly Highlight[]): PlannedMark[] {
    const byCell = new Map<string, PlannedMark>();
    for (const h of highlights) {
      const ref = cellRef(h.cell);
      const existing = byCell.get(h.cell);
      if (!existing) {
        byCell.set(h.cell, { address: h.cell, row: ref.row, col: ref.col, severity: h.severity, text: h.text });
        continue;
      }
      if ((SEVERITY_RANK[h.severity] ?? 0) > (SEVERITY_RANK[existing.severity] ?? 0)) existing.severity = h.severity;
      if (h.text && !existing.text.includes(h.text)) existing.text = existing.text ? `${existing.text}\n${h.text}` : h.text;
    }
    return [...byCell.values()];
  }

  /**
   * Queues reads of the current fill and font colour of `cells` (they run before the styles
   * queued after them) and returns a reader for after the sync. 1.9+: getCellProperties over
   * each band's bounding rectangle when dense, else per cell; below: `format.fill.color` and
   * `format.font.color` loads per cell.
   */
  private queueLookSnapshot(ws: Excel.Worksheet, cells: readonly { address: string; row: number; col: number }[]): LookReader {
    const f = this.features();
    if (cells.length === 0) return () => new Map();
    if (!f.cellProperties) {
      const loaded = cells.map((c) => {
        const format = ws.getRange(c.address).format;
        format.fill.load('color');
        format.font.load('color');
        return { c, format };
      });
      return () =>
        new Map(loaded.map(({ c, format }) => [c.address, { fill: { color: format.fill.color ?? '#FFFFFF' }, fontColor: format.font.color ?? '#000000' }]));
    }
    const results: { top: number; left: number; cells: typeof cells; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
    for (const band of groupBy(cells, (c) => Math.floor(c.row / SNAPSHOT_BAND_ROWS)).values()) {
      const top = Math.min(...band.map((c) => c.row));
      const bottom = Math.max(...band.map((c) => c.row));
      const left = Math.min(...band.map((c) => c.col));
      const right = Math.max(...band.map((c) => c.col));
      if ((bottom - top + 1) * (right - left + 1) <= 4 * band.length + 64) {
        results.push({ top, left, cells: band, result: ws.getRange(rangeToA1({ top, left, bottom, right })).getCellProperties(LOOK_LOAD) });
      } else {
        for (const c of band) results.push({ top: c.row, left: c.col, cells: [c], result: ws.getRange(c.address).getCellProperties(LOOK_LOAD) });
      }
    }
    return () => {
      const out = new Map<string, PreviousLook>();
      for (const { top, left, cells: group, result } of results) {
        for (const c of group) {
          const format = result.value?.[c.row - top]?.[c.col - left]?.format;
          const fill = format?.fill;
          out.set(c.address, {
            fill: {
              color: fill?.color ?? '#FFFFFF',
              pattern: fill?.pattern ?? 'None',
              patternColor: fill?.patternColor,
              tintAndShade: fill?.tintAndShade,
              patternTintAndShade: fill?.patternTintAndShade,
            },
            fontColor: format?.font?.color ?? '#000000',
          });
        }
      }
      return out;
    };
  }

  /** Applies `set` to the cells' formats: one call per getRanges list (1.9), else per cell. */
  private queueGrouped(ws: Excel.Worksheet, cells: readonly { row: number; col: number; address?: string }[], set: (format: Excel.RangeFormat) => void): void {
    if (cells.length === 0) return;
    if (this.features().getRanges) {
      for (const list of chunkAddressList(compressCells(cells))) set(ws.getRanges(list).format);
    } else {
      for (const c of cells) set(ws.getRange(c.address ?? toA1(c.row, c.col)).format);
    }
  }

  /** Queues the mark styles (MARK_STYLES: fill and font colour), grouped by severity. */
  private queueMarkStyles(ws: Excel.Worksheet, marks: readonly PlannedMark[]): void {
    for (const [severity, group] of groupBy(marks, (m) => m.severity)) {
      const style = MARK_STYLES[severity];
      this.queueGrouped(ws, group, (format) => {
        format.fill.color = style.fill;
        format.font.color = style.fontColor;
      });
    }
  }

  /**
   * Queues putting back previous looks: fills (clear() for no fill, colour groups for plain solid
   * fills, setCellProperties for patterns and tints) and font colours (colour groups).
   */
  private queueLookRestore(ws: Excel.Worksheet, cells: readonly { address: string; row: number; col: number; fill: PreviousFill; fontColor: string }[]): void {
    const f = this.features();
    this.queueGrouped(
      ws,
      cells.filter((c) => fillKind(c.fill) === 'none'),
      (format) => format.fill.clear(),
    );
    for (const [color, group] of groupBy(
      cells.filter((c) => fillKind(c.fill) === 'solid'),
      (c) => c.fill.color,
    )) {
      this.queueGrouped(ws, group, (format) => (format.fill.color = color));
    }
    for (const c of cells.filter((x) => fillKind(x.fill) === 'other')) {
      if (!f.cellProperties) {
        ws.getRange(c.address).format.fill.color = c.fill.color;
        continue;
      }
      const fill: Excel.CellPropertiesFill = { color: c.fill.color, pattern: c.fill.pattern as Excel.FillPattern };
      if (c.fill.patternColor !== undefined) fill.patternColor = c.fill.patternColor;
      if (c.fill.tintAndShade !== undefined) fill.tintAndShade = c.fill.tintAndShade;
      if (c.fill.patternTintAndShade !== undefined) fill.patternTintAndShade = c.fill.patternTintAndShade;
      ws.getRange(c.address).setCellProperties([[{ format: { fill } }]]);
    }
    for (const [color, group] of groupBy(cells, (c) => c.fontColor)) {
      this.queueGrouped(ws, group, (format) => (format.font.color = color));
    }
  }

  // ---------------------------------------------------------------- restoring

  clearMarks(): Promise<RestoreOutcome> {
    return this.journaled(() => this.clearMarksNow());
  }

  private async clearMarksNow(): Promise<RestoreOutcome> {
    const groups = this.journal.marks();
    if (groups.length === 0) return { restored: 0, skipped: [] };
    const count = groups.reduce((n, g) => n + g.entries.length, 0);
    try {
      await this.run(async (context) => {
        for (const g of groups) {
          const ws = context.workbook.worksheets.getItem(g.sheetId);
          this.queueLookRestore(ws, g.entries);
          for (const e of g.entries) if (e.noteAdded) ws.notes.getItem(e.address).delete();
        }
        await context.sync();
      });
    } catch (e) {
      if (!(e instanceof GatewayError && e.code === 'not-found')) throw e;
      // A marked sheet or one of our notes was deleted meanwhile: restore what is left.
      await this.run(async (context) => {
        const present = await this.existingSheets(context, groups.map((g) => g.sheetId));
        const live = groups
          .filter((g) => present.has(g.sheetId))
          .map((g) => {
            const ws = context.workbook.worksheets.getItem(g.sheetId);
            const notes = g.entries
              .filter((en) => en.noteAdded)
              .map((en) => {
                const note = ws.notes.getItemOrNullObject(en.address);
                note.load('content');
                return note;
              });
            return { g, ws, notes };
          });
        if (live.some((x) => x.notes.length > 0)) await context.sync();
        for (const { g, ws, notes } of live) {
          this.queueLookRestore(ws, g.entries);
          for (const note of notes) if (!note.isNullObject) note.delete();
        }
        await context.sync();
      });
    }
    this.journal.clearMarks();
    return { restored: count, skipped: [] };
  }

  undoWrites(): Promise<RestoreOutcome> {
    return this.journaled(() => this.undoWritesNow());
  }

  private async undoWritesNow(): Promise<RestoreOutcome> {
    const groups = this.journal.writes();
    if (groups.length === 0) return { restored: 0, skipped: [] };
    const count = groups.reduce((n, g) => n + g.entries.length, 0);
    const queue = (context: Excel.RequestContext, list: typeof groups): void => {
      if (this.features().suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
      for (const g of list) {
        const ws = context.workbook.worksheets.getItem(g.sheetId);
        for (const w of g.entries) this.queueRestoreWrite(ws, w);
      }
    };
    try {
      await this.run(async (context) => {
        queue(context, groups);
        await context.sync();
      });
    } catch (e) {
      if (!(e instanceof GatewayError && e.code === 'not-found')) throw e;
      await this.run(async (context) => {
        const present = await this.existingSheets(context, groups.map((g) => g.sheetId));
        queue(
          context,
          groups.filter((g) => present.has(g.sheetId)),
        );
        await context.sync();
      });
    }
    for (const g of groups) {
      const snap = this.snapshots.get(g.sheetId);
      for (const w of g.entries) snap?.update(w.row, w.col, w.value, w.numberFormat);
    }
    this.journal.clearWrites();
    return { restored: count, skipped: [] };
  }

  discardRecord(request: DiscardRequest): Promise<void> {
    return this.journaled(async () => {
      if (request.marks && this.journal.pending().marks > 0) this.journal.clearMarks();
      if (request.writes && this.journal.pending().writes > 0) this.journal.clearWrites();
    });
  }

  // ---------------------------------------------------------------- ribbon → pane

  private channel(): CommandReportChannel {
    if (!this.reports) this.reports = this.options.commandReports ?? localStorageChannel();
    return this.reports;
  }

  async postCommandReport(report: CommandReport): Promise<void> {
    this.channel().post(report);
  }

  async takeCommandReports(): Promise<CommandReport[]> {
    return this.channel().take();
  }

  private queueRestoreWrite(ws: Excel.Worksheet, w: WriteEntry): void {
    const range = ws.getRange(w.address);
    range.numberFormat = [[w.numberFormat]];
    range.values = [[toExcelInput(w.value, w.numberFormat)]];
  }

  /** Which of the sheet ids still exist (one sync). */
  private async existingSheets(context: Excel.RequestContext, ids: readonly string[]): Promise<Set<string>> {
    const sheets = context.workbook.worksheets;
    sheets.load('items/id');
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.id));
    return new Set(ids.filter((id) => present.has(id)));
  }

  // ---------------------------------------------------------------- navigation, templates, rows

  async selectCell(sheetId: string, address: string): Promise<void> {
    let range: RangeRef;
    try {
      range = parseRangeA1(address);
    } catch {
      throw new GatewayError('invalid-argument', `bad address ${address}`);
    }
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetId);
      ws.activate();
      ws.getRange(rangeToA1(range)).select();
      await context.sync();
    });
  }

  async insertTemplate(spec: TemplateSpec): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const name = uniqueSheetName(spec.sheetName, sheets.items.map((s) => s.name));
      const ws = sheets.add(name);
      this.queueTemplateLayout(ws, spec);
      await context.sync();
      // On the web a sheet added in this batch must be synced before it can be activated.
      ws.activate();
      ws.getRange('A1').select();
      await context.sync();
      return name;
    });
  }

  private rangeAt(ws: Excel.Worksheet, r: RangeRef): Excel.Range {
    if (this.features().rangeByIndexes) return ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
    return ws.getRange(rangeToA1(r));
  }

  private queueTemplateLayout(ws: Excel.Worksheet, spec: TemplateSpec): void {
    const f = this.features();
    const rows = spec.rowCount;
    const cols = spec.colCount;
    const block = this.rangeAt(ws, { top: 0, left: 0, bottom: rows - 1, right: cols - 1 });
    const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill('General'));
    const values: (string | number | boolean)[][] = Array.from({ length: rows }, () => new Array<string | number | boolean>(cols).fill(''));
    const formulas: { row: number; col: number; formula: string }[] = [];
    for (const c of spec.cells) {
      if (c.row >= rows || c.col >= cols) continue;
      if (c.numberFormat) formats[c.row][c.col] = c.numberFormat;
      if (c.formula) formulas.push({ row: c.row, col: c.col, formula: c.formula.startsWith('=') ? c.formula : `=${c.formula}` });
      else values[c.row][c.col] = toExcelInput(c.value, c.numberFormat);
    }
    // Formats first, so that values land in their formats; one 2-D assignment each for the block.
    block.numberFormat = formats;
    block.values = values;
    for (const fx of formulas) this.rangeAt(ws, { top: fx.row, left: fx.col, bottom: fx.row, right: fx.col }).formulas = [[fx.formula]];
    if (f.mergeAndWidths) {
      for (const m of spec.merges) this.rangeAt(ws, m).merge(false);
      spec.columnWidths.forEach((chars, col) => {
        if (col < cols) this.rangeAt(ws, { top: 0, left: col, bottom: 0, right: col }).getEntireColumn().format.columnWidth = charsToPoints(chars);
      });
    }

    const table = this.rangeAt(ws, spec.bordered);
    table.format.wrapText = true;
    table.format.verticalAlignment = 'Center';
    const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (spec.bordered.bottom > spec.bordered.top) edges.push('InsideHorizontal');
    if (spec.bordered.right > spec.bordered.left) edges.push('InsideVertical');
    for (const edge of edges) {
      const border = table.format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }

    const styled = spec.cells.filter((c) => c.row < rows && c.col < cols);
    this.queueGrouped(
      ws,
      styled.filter((c) => c.bold),
      (format) => (format.font.bold = true),
    );
    for (const [align, cells] of groupBy(
      styled.filter((c) => c.align),
      (c) => c.align!,
    )) {
      const value = align === 'left' ? 'Left' : align === 'right' ? 'Right' : 'Center';
      this.queueGrouped(ws, cells, (format) => (format.horizontalAlignment = value));
    }

    if (f.dataValidation) {
      for (const list of spec.lists) {
        this.rangeAt(ws, list.range).dataValidation.rule = { list: { inCellDropDown: true, source: list.values.join(',') } };
      }
    }
    const freezeRows = (spec as { freezeRows?: number }).freezeRows;
    if (f.freezePanes && typeof freezeRows === 'number' && freezeRows > 0) ws.freezePanes.freezeRows(freezeRows);
  }

  /**
   * InsertRowsRequest semantics (hostGateway.ts), in one sync: "insert cells, shift down" over
   * the form's columns (nothing outside them moves; Excel moves the merges below and grows those
   * spanning the insertion point); the extendDown areas re-merged over the new rows; the model
   * row's formats copied (`copyFrom(…, 'Formats')`, 1.9 — below: its number formats and one-row
   * merges from the read snapshot) except over merged groups; the add-in's own marks on the model
   * row replaced by the looks under them.
   */
  insertRows(request: InsertRowsRequest): Promise<void> {
    return this.journaled(() => this.insertRowsNow(request));
  }

  private async insertRowsNow(request: InsertRowsRequest): Promise<void> {
    const f = this.features();
    const { sheetId, beforeRow, count, copyFormatsFrom, fromCol, toCol } = request;
    const extendDown = request.extendDown ?? [];
    const snap = this.snapshots.get(sheetId);
    if (
      ![beforeRow, count, copyFormatsFrom, fromCol, toCol, ...extendDown].every((n) => isInt(n) && n >= 0) ||
      count < 1 ||
      count > MAX_INSERT_ROWS ||
      fromCol > toCol ||
      extendDown.some((c) => c < fromCol || c > toCol) ||
      (snap && (beforeRow > snap.rows || copyFormatsFrom >= Math.max(snap.rows, 1)))
    ) {
      throw new GatewayError('invalid-argument', 'bad row insert');
    }
    const merges = snap?.merges ?? [];
    // Excel cannot move or grow part of a merged area.
    const straddles = (m: RangeRef): boolean => (m.left < fromCol && m.right >= fromCol) || (m.right > toCol && m.left <= toCol);
    const extendedAreas: RangeRef[] = [];
    if (beforeRow > 0) {
      for (const c of extendDown) {
        const m = merges.find((x) => rangeContains(x, beforeRow - 1, c)) ?? { top: beforeRow - 1, left: c, bottom: beforeRow - 1, right: c };
        if (m.bottom === beforeRow - 1 && !extendedAreas.some((e) => e.top === m.top && e.left === m.left)) extendedAreas.push(m);
      }
    }
    if ([...merges.filter((m) => m.bottom >= beforeRow), ...extendedAreas].some(straddles)) {
      throw new GatewayError('merge-conflict', 'a merged area crosses the form’s columns');
    }

    // The model row after the shift, and the columns whose formats are copied: not those of an
    // extended area, a merged group spanning several rows, or a one-row merge touching either.
    const model = copyFormatsFrom >= beforeRow ? copyFormatsFrom + count : copyFormatsFrom;
    const excluded = new Set<number>();
    for (const e of extendedAreas) for (let c = e.left; c <= e.right; c++) excluded.add(c);
    const modelMerges = merges.filter((m) => m.top <= copyFormatsFrom && m.bottom >= copyFormatsFrom && m.left >= fromCol && m.right <= toCol);
    for (const m of modelMerges) if (m.bottom > m.top || (m.top < beforeRow && m.bottom >= beforeRow)) for (let c = m.left; c <= m.right; c++) excluded.add(c);
    for (const m of modelMerges) {
      let touches = false;
      for (let c = m.left; c <= m.right; c++) touches = touches || excluded.has(c);
      if (touches) for (let c = m.left; c <= m.right; c++) excluded.add(c);
    }
    const segments: { left: number; right: number }[] = [];
    for (let c = fromCol, start = -1; c <= toCol + 1; c++) {
      const skip = c > toCol || excluded.has(c);
      if (!skip && start < 0) start = c;
      if (skip && start >= 0) {
        segments.push({ left: start, right: c - 1 });
        start = -1;
      }
    }
    // Our marks on the model row: the new cells get the looks under them, not the marks.
    const underMarks = segments.flatMap((s) => {
      const out: { col: number; fill: PreviousFill; fontColor: string }[] = [];
      for (let c = s.left; c <= s.right; c++) {
        const m = this.journal.mark(sheetId, toA1(copyFormatsFrom, c));
        if (m) out.push({ col: c, fill: m.fill, fontColor: m.fontColor });
      }
      return out;
    });

    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetId);
      this.rangeAt(ws, { top: beforeRow, left: fromCol, bottom: beforeRow + count - 1, right: toCol }).insert('Down');
      for (const e of extendedAreas) this.rangeAt(ws, { ...e, bottom: e.bottom + count }).merge(false);
      for (const s of segments) {
        const target = { top: beforeRow, left: s.left, bottom: beforeRow + count - 1, right: s.right };
        if (f.copyFormats) {
          this.rangeAt(ws, target).copyFrom(this.rangeAt(ws, { top: model, left: s.left, bottom: model, right: s.right }), 'Formats');
        } else if (snap) {
          const line: string[] = [];
          for (let c = s.left; c <= s.right; c++) line.push(snap.format(copyFormatsFrom, c));
          this.rangeAt(ws, target).numberFormat = Array.from({ length: count }, () => [...line]);
          if (f.mergeAndWidths) {
            for (const m of modelMerges.filter((x) => x.top === x.bottom && x.left >= s.left && x.right <= s.right)) {
              for (let k = 0; k < count; k++) this.rangeAt(ws, { top: beforeRow + k, bottom: beforeRow + k, left: m.left, right: m.right }).merge(false);
            }
          }
        }
      }
      if (f.copyFormats) {
        const restore = underMarks.flatMap((u) =>
          Array.from({ length: count }, (_, k) => ({ address: toA1(beforeRow + k, u.col), row: beforeRow + k, col: u.col, fill: u.fill, fontColor: u.fontColor })),
        );
        this.queueLookRestore(ws, restore);
      }
      await context.sync();
    });
    this.journal.shiftRows(sheetId, beforeRow, count, fromCol, toCol);
    // The read snapshot's positions are stale now: writes need a fresh read.
    this.snapshots.delete(sheetId);
  }

  // ---------------------------------------------------------------- settings

  private settingsStore(): DocumentSettingsStore | undefined {
    return this.options.settings ?? officeDocumentSettings();
  }

  /** Also reloads the change journal, so that a pane just opened enables 清除标记 / 撤销写回 for what is recorded. */
  async loadSettings(): Promise<SettingsInput | null> {
    await this.refreshJournal();
    const store = this.settingsStore();
    if (!store) return null;
    try {
      await refreshSettings(store); // the settings another runtime (the pane) saved since this one started
    } catch {
      // read this runtime's copy
    }
    const raw = store.get(SETTINGS_KEY);
    if (raw === null || raw === undefined || raw === '') return null;
    let parsed: unknown = raw;
    if (typeof raw === 'string') {
      try {
        parsed = JSON.parse(raw);
      } catch {
        throw new GatewayError('invalid-argument', 'the stored settings are not valid JSON');
      }
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new GatewayError('invalid-argument', 'the stored settings are not an object');
    return parsed as SettingsInput;
  }

  async saveSettings(settings: SettingsInput): Promise<void> {
    const store = this.settingsStore();
    if (!store) throw new GatewayError('unsupported', 'document settings are not available');
    // saveAsync writes this runtime's whole settings bag: refresh first, or a stale copy of the
    // journal (saved meanwhile by the ribbon command) would be put back.
    try {
      await refreshSettings(store);
    } catch {
      // save what this runtime has
    }
    store.set(SETTINGS_KEY, JSON.stringify(settings));
    try {
      await persistSettings(store);
    } catch (e) {
      throw new GatewayError('unknown', `settings not saved (${e instanceof Error ? e.message : ''})`);
    }
  }
}
