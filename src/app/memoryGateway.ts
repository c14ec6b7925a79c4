import type { AcceptedFinding } from './acceptedFindings';
import { CellRef, RangeRef, parseA1, parseRangeA1, rangeToA1 } from '../core/grid/address';
import { CellValue, GridData } from '../core/grid/cellGrid';
import { SettingsInput, settingsSchema } from '../core/report/settingsSchema';
import { TemplateSpec, templateSpecSchema } from '../core/template/templateSpec';
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
  SkipReason,
  SkippedSheet,
  WorkbookSnapshot,
} from './hostGateway';
import { MAX_NOTES_PER_CHECK, noteFingerprint, planMarks, sameCellValue, uniqueSheetName } from './gatewayRules';
import { MemorySheet, MemoryWorkbook } from './memoryWorkbook';
import { MemoryRecord, Snapshot, WriteRecord, seenAs, total } from './memoryRecord';

export { MemorySheet, MemoryWorkbook, displayedLook, memoryWorkbookFrom, visibleState } from './memoryWorkbook';
export type { MemoryCell, MemorySheetSetup, SheetVisibility } from './memoryWorkbook';

/**
 * A HostGateway over a MemoryWorkbook (memoryWorkbook.ts): the browser preview runs the add-in on
 * it, and the tests use it as the reference implementation of the gateway contract
 * (test/gateway/gatewayContract.ts), which the Office.js gateway shares. It keeps the Office
 * gateway's semantics: marks over the cells' own looks, writes checked against the live cell and
 * followed when rows move, notes recognised by their exact text.
 */

/** The most cells readWorkbook loads in one call (every sheet's used range added up). */
export const WORKBOOK_READ_CELLS = 1_000_000;

export interface MemoryGatewayOptions {
  /** Put findings' text on cells as notes (default true). */
  notes?: boolean;
  /** Drop-down lists on template cells (default true). */
  dataValidation?: boolean;
  /** The host's name for the pane (default "Preview"). */
  host?: string;
}

/**
 * HostGateway over a MemoryWorkbook. Counts its round trips (`stats`): each call a real host
 * would make with one `context.sync()` counts once.
 */
export class MemoryGateway implements HostGateway {
  readonly stats = { reads: 0, writes: 0 };
  private readonly caps: HostCapabilities;
  private readonly snapshots = new Map<MemorySheet, Snapshot>();
  private readonly record = new MemoryRecord();

  constructor(
    readonly workbook: MemoryWorkbook,
    private readonly options: MemoryGatewayOptions = {},
  ) {
    this.caps = { notes: options.notes ?? true, dataValidation: options.dataValidation ?? true, host: options.host ?? 'Preview' };
  }

  /** The current selection (sheet and address), for the preview and tests. */
  get selection(): { sheet: string; address: string } | null {
    return this.workbook.selection;
  }

  resetStats(): void {
    this.stats.reads = 0;
    this.stats.writes = 0;
  }

  async capabilities(): Promise<HostCapabilities> {
    return { ...this.caps };
  }

  async readActiveSheet(): Promise<SheetSnapshot> {
    const sheet = this.workbook.activeSheet;
    this.stats.reads++;
    return this.read(sheet);
  }

  async readWorkbook(options: ReadWorkbookOptions = {}): Promise<WorkbookSnapshot> {
    this.stats.reads++;
    const sheets: SheetSnapshot[] = [];
    const skipped: SkippedSheet[] = [];
    let budget = WORKBOOK_READ_CELLS;
    for (const s of this.workbook.sheets) {
      if (s.visibility !== 'visible' && !options.includeHidden) {
        skipped.push({ sheet: s.name, reason: s.visibility });
        continue;
      }
      const cells = s.rowCount * s.colCount;
      if (cells > budget) {
        skipped.push({ sheet: s.name, reason: 'budget' });
        continue;
      }
      budget -= cells;
      sheets.push(this.read(s));
    }
    return { sheets, skipped, activeSheetId: this.workbook.activeSheet.name };
  }

  private read(sheet: MemorySheet): SheetSnapshot {
    const grid: GridData = sheet.toGridData();
    const snap: Snapshot = [];
    for (let r = 0; r < sheet.rowCount; r++) {
      const line: (CellValue | string)[] = [];
      for (let c = 0; c < sheet.colCount; c++) line.push(seenAs(sheet.cell(r, c)));
      snap.push(line);
    }
    this.snapshots.set(sheet, snap);
    return { grid, sheetId: sheet.name };
  }

  async apply(request: ApplyRequest): Promise<ApplyOutcome> {
    const sheet = this.sheetById(request.sheetId);
    const writes = request.writes.map((w) => ({ w, at: cellAddress(w.cell) }));
    const marks = planMarks(request.highlights, cellAddress);
    const snap = this.snapshots.get(sheet);
    if (writes.length > 0 && !snap) throw new GatewayError('sheet-changed', 'read the sheet before writing');
    const clearing = !!request.replaceMarks && this.record.somethingToClear(this.workbook);
    if (writes.length === 0 && marks.length === 0 && !clearing) return { written: 0, marked: 0, skipped: [] };
    this.stats.writes++;

    const outcome: ApplyOutcome = { written: 0, marked: 0, skipped: [] };
    if (request.replaceMarks) outcome.cleared = this.record.clear(this.workbook);

    // Every write is checked against the live sheet before any is applied.
    const planned = writes.filter(({ w, at }) => {
      const reason = this.writeSkipReason(sheet, snap!, w, at);
      if (reason) outcome.skipped.push({ sheet: sheet.name, cell: w.cell, reason });
      return !reason;
    });
    const records = entryOf(this.record.writes, sheet, () => new Map<number, WriteRecord>());
    for (const { w, at } of planned) {
      const cell = sheet.ensure(at.row, at.col);
      let rec = cell.anchor !== undefined ? records.get(cell.anchor) : undefined;
      if (!rec) {
        rec = { value: cell.value, format: cell.format, formula: cell.formula, error: cell.error, written: w.value, writtenFormat: undefined, address: w.cell };
        cell.anchor = this.record.anchor();
        records.set(cell.anchor, rec);
      } else rec.written = w.value;
      cell.value = w.value;
      delete cell.error;
      delete cell.formula;
      if (w.numberFormat) cell.format = w.numberFormat;
      rec.writtenFormat = cell.format;
      if (snap![at.row]) snap![at.row][at.col] = seenAs(cell);
      outcome.written++;
    }

    if (marks.length > 0) {
      if (sheet.protected) {
        for (const m of marks) outcome.skipped.push({ sheet: sheet.name, cell: m.address, reason: 'protected' });
      } else {
        const withNotes = request.notes && this.caps.notes;
        const fingerprints = entryOf(this.record.notes, sheet, (): string[] => []);
        let added = 0;
        for (const m of marks) {
          const cell = sheet.ensure(m.row, m.col);
          cell.mark = m.severity;
          outcome.marked++;
          if (!withNotes) continue;
          if (cell.note !== undefined) {
            const i = fingerprints.indexOf(noteFingerprint(cell.note));
            // Our own note from an earlier mark gets the latest text; a person's note is never replaced.
            if (i >= 0 && cell.note !== m.text) {
              fingerprints.splice(i, 1, noteFingerprint(m.text));
              cell.note = m.text;
            }
          } else if (added < MAX_NOTES_PER_CHECK) {
            cell.note = m.text;
            fingerprints.push(noteFingerprint(m.text));
            added++;
          }
        }
        let count = 0;
        for (const e of sheet.entries()) if (e.cell.mark) count++;
        this.record.markCounts.set(sheet, count);
      }
    }
    return outcome;
  }

  private writeSkipReason(sheet: MemorySheet, snap: Snapshot, w: ApplyRequest['writes'][number], at: CellRef): SkipReason | null {
    const cell = sheet.cell(at.row, at.col);
    if (cell?.formula) return 'formula';
    const m = sheet.mergeAt(at.row, at.col);
    if (m && (m.top !== at.row || m.left !== at.col)) return 'merged';
    // The cell holds what the check read — or the add-in's own earlier write over it (a report from
    // a check made before that write, applied again).
    const rec = cell?.anchor !== undefined ? this.record.writes.get(sheet)?.get(cell.anchor) : undefined;
    const live = cell?.value ?? null;
    const fits = sameCellValue(live, w.previous) || (!!rec && sameCellValue(live, rec.written) && sameCellValue(rec.value, w.previous));
    if (!fits) return 'value-changed';
    const width = Math.max(snap[at.row]?.length ?? 0, sheet.colCount);
    for (let c = 0; c < width; c++) {
      if (c === at.col) continue;
      const before = snap[at.row]?.[c] ?? null;
      if (!sameCellValue(before, seenAs(sheet.cell(at.row, c)))) return 'row-changed';
    }
    if (sheet.isLocked(at.row, at.col)) return 'protected';
    if (sheet.protected && !sheet.allowFormatCells && w.numberFormat && w.numberFormat !== (cell?.format ?? 'General')) return 'protected';
    return null;
  }

  async clearMarks(): Promise<RestoreOutcome> {
    if (!this.record.somethingToClear(this.workbook)) {
      this.record.markCounts.clear();
      return { restored: 0, skipped: [] };
    }
    this.stats.writes++;
    return this.record.clear(this.workbook);
  }

  async undoWrites(): Promise<RestoreOutcome> {
    if (total(this.record.writes) === 0) return { restored: 0, skipped: [] };
    this.stats.writes++;
    return this.record.undo(this.workbook, this.snapshots);
  }

  async discardRecord(request: DiscardRequest): Promise<void> {
    if (this.record.discard(request)) this.stats.writes++;
  }

  pending(): { marks: number; writes: number } {
    return this.record.pending();
  }

  async postCommandReport(report: CommandReport): Promise<void> {
    this.workbook.commandReports.push({ ...report });
  }

  async takeCommandReports(): Promise<CommandReport[]> {
    return this.workbook.commandReports.splice(0, this.workbook.commandReports.length);
  }

  async insertTemplate(spec: TemplateSpec): Promise<string> {
    const parsed = templateSpecSchema.safeParse(spec);
    if (!parsed.success) throw new GatewayError('invalid-argument', 'not a template');
    const name = uniqueSheetName(parsed.data.sheetName, this.workbook.sheets.map((s) => s.name));
    this.stats.writes++;
    this.workbook.addSheet(MemorySheet.fromTemplate(parsed.data, name, { dataValidation: this.caps.dataValidation }), true);
    this.workbook.selection = { sheet: name, address: 'A1' };
    return name;
  }

  async insertRows(request: InsertRowsRequest): Promise<void> {
    const sheet = this.sheetById(request.sheetId);
    if (sheet.protected) throw new GatewayError('protected', sheet.name);
    const { beforeRow, count, copyFormatsFrom, fromCol, toCol } = request;
    const extendDown = request.extendDown ?? [];
    const ints = [beforeRow, count, copyFormatsFrom, fromCol, toCol, ...extendDown];
    if (
      ints.some((n) => !Number.isInteger(n) || n < 0) ||
      count < 1 ||
      count > 10000 ||
      fromCol > toCol ||
      beforeRow > sheet.rowCount ||
      copyFormatsFrom >= Math.max(sheet.rowCount, 1) ||
      extendDown.some((c) => c < fromCol || c > toCol)
    ) {
      throw new GatewayError('invalid-argument', JSON.stringify({ beforeRow, count, copyFormatsFrom, fromCol, toCol, extendDown }));
    }
    // Excel cannot move or grow part of a merged area.
    const straddles = (m: RangeRef) => (m.left < fromCol && m.right >= fromCol) || (m.right > toCol && m.left <= toCol);
    const affected = sheet.merges.filter((m) => m.bottom >= beforeRow);
    const extendedAreas = beforeRow > 0 ? extendDown.map((c) => sheet.mergeAt(beforeRow - 1, c)).filter((m): m is RangeRef => !!m) : [];
    if ([...affected, ...extendedAreas].some(straddles)) throw new GatewayError('merge-conflict', 'a merged area crosses the form’s columns');

    this.stats.writes++;
    // Marks and write anchors sit on the cells and move with them.
    sheet.insertRows(request);
    // The read's positions are stale now: writes need a fresh read.
    this.snapshots.delete(sheet);
  }

  async selectCell(sheetId: string, address: string): Promise<void> {
    const sheet = this.sheetById(sheetId);
    let range: RangeRef;
    try {
      range = parseRangeA1(address);
    } catch {
      throw new GatewayError('invalid-argument', address);
    }
    this.stats.writes++;
    this.workbook.activate(sheet.name);
    this.workbook.selection = { sheet: sheet.name, address: rangeToA1(range) };
  }

  async loadSettings(): Promise<SettingsInput | null> {
    this.stats.reads++;
    const stored = this.workbook.settings;
    if (stored === null) return null;
    try {
      return settingsSchema.parse(JSON.parse(stored));
    } catch {
      throw new GatewayError('invalid-argument', 'the stored settings are not valid');
    }
  }

  async saveSettings(settings: SettingsInput): Promise<void> {
    const parsed = settingsSchema.safeParse(settings);
    if (!parsed.success) throw new GatewayError('invalid-argument', 'not valid settings');
    this.stats.writes++;
    this.workbook.settings = JSON.stringify(parsed.data);
  }
  /** Document settings, not an Excel round trip: not counted in `stats`. */
  async loadAccepted(): Promise<unknown> {
    const stored = this.workbook.accepted;
    if (stored === null) return null;
    try {
      return JSON.parse(stored) as unknown;
    } catch {
      throw new GatewayError('invalid-argument', 'the stored accepted findings are not valid JSON');
    }
  }

  async saveAccepted(accepted: readonly AcceptedFinding[]): Promise<void> {
    this.workbook.accepted = JSON.stringify(accepted);
  }


  private sheetById(sheetId: string): MemorySheet {
    const s = this.workbook.sheet(sheetId);
    if (!s) throw new GatewayError('not-found', sheetId);
    return s;
  }
}

function cellAddress(a1: string): CellRef {
  try {
    return parseA1(a1);
  } catch {
    throw new GatewayError('invalid-argument', a1);
  }
}

function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

