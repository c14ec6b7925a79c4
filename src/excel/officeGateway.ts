/**
 * The Office.js host gateway: the only code of the add-in that calls the Excel JavaScript API.
 * Semantics: src/app/hostGateway.ts and test/gateway/gatewayContract.ts (shared with the in-memory
 * gateway); what each Excel offers: requirements.ts (the manifest asks for ExcelApi 1.9). The
 * concerns live in their own modules:
 * - sheetRead.ts     reading a sheet in one sync (split only when Excel refuses the answer);
 * - applyChanges.ts  写回结果 and the marks: the live-cell check, then the change, record first;
 * - restoreChanges.ts 清除标记, 撤销写回, 放弃记录;
 * - marks.ts         marks as conditional formats the add-in owns, its notes;
 * - anchors.ts       hidden names that follow each written cell;
 * - documentRecord.ts / documentStore.ts  the record and the settings, kept in the workbook;
 * - templateLayout.ts, insertRows.ts  插入空白模板, 插入指标行;
 * - commandReports.ts the ribbon's reports for the pane (localStorage); excelRun.ts Excel.run.
 *
 * Round trips (`context.sync()`; on the web each crosses the network), whatever the number of rows:
 * readActiveSheet 1; apply 2 (the live check, the change), 3 when the record names something this
 * runtime had not seen; clearMarks and undoWrites 2 (3 likewise); refreshPending 1; insertRows,
 * selectCell 1; insertTemplate 3 (on the web a just-added sheet must be synced before activation).
 * Every operation reads the record from the workbook afresh, so the ribbon command and the task
 * pane — separate JavaScript runtimes — and a pane reopened days later restore the same things.
 */
import { parseRangeA1, rangeToA1 } from '../core/grid/address';
import type { SettingsInput } from '../core/report/settingsSchema';
import type { AcceptedFinding } from '../app/acceptedFindings';
import type { TemplateSpec } from '../core/template/templateSpec';
import { uniqueSheetName } from '../app/gatewayRules';
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
  SkippedSheet,
  WorkbookSnapshot,
} from '../app/hostGateway';
import { applyIn } from './applyChanges';
import { CommandReportChannel, localStorageChannel } from './commandReports';
import { DocumentRecord, emptyRecord, parseRecord, recordPending } from './documentRecord';
import { ACCEPTED_KEY, RECORD_KEY, SETTINGS_KEY, decodeStored, queueValueRead, queueValueWrite } from './documentStore';
import { ExcelRun, Runner, defaultExcelRun } from './excelRun';
import { insertIn, planInsert } from './insertRows';
import { toGatewayError } from './officeErrors';
import { DEFAULT_READ_LIMITS, ReadLimits } from './readGrid';
import { ExcelFeatures, currentFeatures, limitations } from './requirements';
import { clearIn, discardIn, readRecordIn, undoIn } from './restoreChanges';
import { ReadSnapshot, SheetRead, queueSheetRead, readSheetIn } from './sheetRead';
import { queueTemplateLayout } from './templateLayout';

export type { ExcelRun } from './excelRun';
export { charsToPoints } from './templateLayout';
/** ACCEPTED_KEY: where the accepted findings ("已知，保留") are kept in the workbook. */
export { ACCEPTED_KEY, SETTINGS_KEY } from './documentStore';

export interface OfficeGatewayOptions {
  /** Defaults to `Excel.run`. */
  run?: ExcelRun;
  /** Defaults to the running Excel's (`currentFeatures()`), read on first use. */
  features?: ExcelFeatures;
  limits?: Partial<ReadLimits>;
  /** Where ribbon reports for the pane go (default: the origin's localStorage, keyed by the document). */
  commandReports?: CommandReportChannel;
}

/** What the Office gateway reports beyond HostCapabilities (for the pane's "about this Excel"). */
export interface OfficeCapabilities extends HostCapabilities {
  /** Merged areas are read (ExcelApi 1.13). */
  merges: boolean;
  /** One check is one step of Excel's undo (ExcelApi 1.20). */
  undoGroups: boolean;
  /** The highest ExcelApi set the host supports, e.g. '1.14'. */
  apiVersion: string;
  /** What is degraded on this host, one short English line each (for diagnostics, not for users). */
  limitations: string[];
}

export class OfficeGateway implements HostGateway {
  private readonly limits: ReadLimits;
  private featureCache?: ExcelFeatures;
  private runner?: Runner;
  private reports?: CommandReportChannel;
  /** The record as this runtime last read or wrote it (pending(), and the lookups of the next batch). */
  private record: DocumentRecord = emptyRecord();
  private recordSeen = false;
  private readonly snapshots = new Map<string, ReadSnapshot>();
  /** Serialises this runtime's operations (each reads the record and may write it). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: OfficeGatewayOptions = {}) {
    this.limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  }

  /** The host's features (read once). */
  features(): ExcelFeatures {
    if (!this.featureCache) this.featureCache = this.options.features ?? currentFeatures();
    return this.featureCache;
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>, change = false): Promise<T> {
    if (!this.runner) this.runner = new Runner(this.options.run ?? defaultExcelRun(), () => this.features());
    const runner = this.runner;
    const next = this.queue.then(
      () => runner.run(batch, change),
      () => runner.run(batch, change),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  private remember(record: DocumentRecord): void {
    this.record = record;
    this.recordSeen = true;
  }

  async capabilities(): Promise<OfficeCapabilities> {
    const f = this.features();
    return { notes: f.notes, dataValidation: true, host: 'Excel', merges: f.mergedAreas, undoGroups: f.undoGroups, apiVersion: f.apiVersion, limitations: limitations(f) };
  }

  /** From the record as last read (readActiveSheet, readWorkbook, refreshPending and every change read it). */
  pending(): { marks: number; writes: number } {
    return recordPending(this.record);
  }

  async refreshPending(): Promise<void> {
    this.remember(await this.run((context) => readRecordIn(context)));
  }

  // ---------------------------------------------------------------- reading

  private keep(read: SheetRead): SheetSnapshot {
    this.snapshots.set(read.snapshot.sheetId, read.read);
    return read.snapshot;
  }

  /** The active sheet; the record is read in the same sync (the pane reads before every check). */
  async readActiveSheet(): Promise<SheetSnapshot> {
    const { read, record } = await this.run(async (context) => {
      const stored = queueValueRead(context, RECORD_KEY);
      const got = await readSheetIn(context, () => context.workbook.worksheets.getActiveWorksheet(), this.features(), this.limits);
      return { read: got, record: parseRecord(decodeStored(stored())) ?? emptyRecord() };
    });
    this.remember(record);
    return this.keep(read);
  }

  /**
   * Every visible sheet: one sync for the list (id, name, visibility) and the record, one for the
   * reads of all the sheets; when that answer is too large for Excel on the web, each sheet on its
   * own (and split further by readSheetIn when needed).
   */
  async readWorkbook(options: ReadWorkbookOptions = {}): Promise<WorkbookSnapshot> {
    const f = this.features();
    const result = await this.run(async (context) => {
      const stored = queueValueRead(context, RECORD_KEY);
      const sheets = context.workbook.worksheets;
      sheets.load('items/id,items/name,items/visibility');
      const active = sheets.getActiveWorksheet();
      active.load('id');
      await context.sync();
      const skipped: SkippedSheet[] = [];
      const ids: string[] = [];
      for (const s of sheets.items) {
        const visibility = String(s.visibility);
        if (visibility !== 'Visible' && !options.includeHidden) skipped.push({ sheet: s.name, reason: visibility === 'VeryHidden' ? 'very-hidden' : 'hidden' });
        else ids.push(s.id);
      }
      let reads: SheetRead[];
      try {
        const done = ids.map((id) => queueSheetRead(context.workbook.worksheets.getItem(id), f, this.limits));
        await context.sync();
        reads = done.map((d) => d());
      } catch (e) {
        if (toGatewayError(e).code !== 'too-large' && !(f.mergedAreas && ['unknown', 'invalid-argument'].includes(toGatewayError(e).code))) throw e;
        reads = [];
        for (const id of ids) reads.push(await readSheetIn(context, () => context.workbook.worksheets.getItem(id), f, this.limits));
      }
      return { reads, skipped, activeSheetId: active.id, record: parseRecord(decodeStored(stored())) ?? emptyRecord() };
    });
    this.remember(result.record);
    return { sheets: result.reads.map((r) => this.keep(r)), skipped: result.skipped, activeSheetId: result.activeSheetId };
  }

  // ---------------------------------------------------------------- changing

  async apply(request: ApplyRequest): Promise<ApplyOutcome> {
    if (request.writes.length === 0 && request.highlights.length === 0 && !request.replaceMarks) return { written: 0, marked: 0, skipped: [] };
    const { outcome, record } = await this.run(
      (context) => applyIn(context, { features: this.features(), snapshot: this.snapshots.get(request.sheetId), cached: this.record }, request),
      true,
    );
    this.remember(record);
    return outcome;
  }

  async clearMarks(): Promise<RestoreOutcome> {
    if (this.recordSeen && recordPending(this.record).marks === 0 && this.record.sheets.every((s) => s.notes.length === 0)) return { restored: 0, skipped: [] };
    const { outcome, record } = await this.run((context) => clearIn(context, { features: this.features(), cached: this.record }), true);
    this.remember(record);
    return outcome;
  }

  async undoWrites(): Promise<RestoreOutcome> {
    if (this.recordSeen && recordPending(this.record).writes === 0) return { restored: 0, skipped: [] };
    const { outcome, record, restoredCells } = await this.run((context) => undoIn(context, { features: this.features(), cached: this.record }), true);
    this.remember(record);
    // Keep the reads in step with what was put back (as with the add-in's own writes).
    for (const c of restoredCells) this.snapshots.get(c.sheetId)?.update(c.row, c.col, c.value, c.numberFormat);
    return outcome;
  }

  async discardRecord(request: DiscardRequest): Promise<void> {
    if (!request.marks && !request.writes) return;
    this.remember(await this.run((context) => discardIn(context, { features: this.features(), cached: this.record }, request)));
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

  // ---------------------------------------------------------------- navigation, templates, rows

  async selectCell(sheetId: string, address: string): Promise<void> {
    let range;
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
      queueTemplateLayout(ws, spec);
      await context.sync();
      // On the web a sheet added in this batch must be synced before it can be activated.
      ws.activate();
      ws.getRange('A1').select();
      await context.sync();
      return name;
    }, true);
  }

  async insertRows(request: InsertRowsRequest): Promise<void> {
    const read = this.snapshots.get(request.sheetId);
    const plan = planInsert(request, read);
    await this.run((context) => insertIn(context, context.workbook.worksheets.getItem(request.sheetId), request, plan), true);
    // The read's positions are stale now: writes need a fresh read.
    this.snapshots.delete(request.sheetId);
  }

  // ---------------------------------------------------------------- values kept in the workbook

  /** A value the add-in keeps in the workbook (documentStore.ts), or undefined. */
  async loadDocumentValue(key: string): Promise<unknown> {
    const raw = await this.run(async (context) => {
      const read = queueValueRead(context, key);
      await context.sync();
      return read();
    });
    return raw === undefined ? undefined : decodeStored(raw);
  }

  async saveDocumentValue(key: string, value: unknown): Promise<void> {
    if (key === RECORD_KEY) throw new GatewayError('invalid-argument', 'the record is the gateway’s');
    await this.run(async (context) => {
      queueValueWrite(context, key, value);
      await context.sync();
    });
  }

  async loadSettings(): Promise<SettingsInput | null> {
    const parsed = await this.loadDocumentValue(SETTINGS_KEY);
    if (parsed === undefined || parsed === null || parsed === '') return null;
    if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new GatewayError('invalid-argument', 'the stored settings are not an object');
    return parsed as SettingsInput;
  }

  async saveSettings(settings: SettingsInput): Promise<void> {
    await this.saveDocumentValue(SETTINGS_KEY, settings);
  }

  /**
   * The accepted findings ("已知，保留", src/app/acceptedFindings.ts), as stored, null when none:
   * kept in the workbook like the settings; unvalidated (the use cases validate).
   */
  async loadAccepted(): Promise<unknown> {
    const stored = await this.loadDocumentValue(ACCEPTED_KEY);
    return stored === undefined || stored === '' ? null : stored;
  }

  async saveAccepted(accepted: readonly AcceptedFinding[]): Promise<void> {
    await this.saveDocumentValue(ACCEPTED_KEY, accepted);
  }
}
