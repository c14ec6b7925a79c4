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
import { MemoryCell, MemorySheet, MemoryWorkbook } from './memoryWorkbook';

export { MemorySheet, MemoryWorkbook, displayedLook, memoryWorkbookFrom, visibleState } from './memoryWorkbook';
export type { MemoryCell, MemorySheetSetup, SheetVisibility } from './memoryWorkbook';

/**
 * A HostGateway over a MemoryWorkbook (memoryWorkbook.ts): the browser preview runs the add-in on
 * it, and the tests use it as the reference implementation of the gateway contract
 * (test/gateway/gatewayContract.ts), which the Office.js gateway shares. It keeps the Office
 * gateway's semantics: marks over the cells' own looks, writes checked against the live cell and
 * followed when rows move, notes recognised by their exact text.
 */

/** What a write replaced on a cell, and what it wrote (found again through the cell's anchor). */
interface WriteRecord {
  value: CellValue;
  format: string | undefined;
  formula: string | undefined;
  error: string | undefined;
  written: CellValue;
  /** The number format the cell had right after the write (restored from only while it still has it). */
  writtenFormat: string | undefined;
  /** Where it was written (for the report when the cell is gone). */
  address: string;
}

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

/** A sheet's cells as the last read saw them (value, or formula text), to tell whether a row changed. */
type Snapshot = (CellValue | string)[][];

function seenAs(c: MemoryCell | undefined): CellValue | string {
  if (!c) return null;
  if (c.formula) return c.formula;
  return c.value === '' ? null : c.value;
}

/**
 * HostGateway over a MemoryWorkbook. Counts its round trips (`stats`): each call a real host
 * would make with one `context.sync()` counts once.
 */
export class MemoryGateway implements HostGateway {
  readonly stats = { reads: 0, writes: 0 };
  private readonly caps: HostCapabilities;
  private readonly snapshots = new Map<MemorySheet, Snapshot>();
  /** Fingerprints of the notes the add-in added, per sheet (a multiset). */
  private readonly notes = new Map<MemorySheet, string[]>();
  /** Cells marked, per sheet, as recorded (pending().marks). */
  private readonly markCounts = new Map<MemorySheet, number>();
  private readonly writes = new Map<MemorySheet, Map<number, WriteRecord>>();
  private nextAnchor = 1;

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
    const clearing = !!request.replaceMarks && this.somethingToClear();
    if (writes.length === 0 && marks.length === 0 && !clearing) return { written: 0, marked: 0, skipped: [] };
    this.stats.writes++;

    const outcome: ApplyOutcome = { written: 0, marked: 0, skipped: [] };
    if (request.replaceMarks) outcome.cleared = this.clearNow();

    // Every write is checked against the live sheet before any is applied.
    const planned = writes.filter(({ w, at }) => {
      const reason = this.writeSkipReason(sheet, snap!, w, at);
      if (reason) outcome.skipped.push({ sheet: sheet.name, cell: w.cell, reason });
      return !reason;
    });
    const records = entryOf(this.writes, sheet, () => new Map<number, WriteRecord>());
    for (const { w, at } of planned) {
      const cell = sheet.ensure(at.row, at.col);
      let rec = cell.anchor !== undefined ? records.get(cell.anchor) : undefined;
      if (!rec) {
        rec = { value: cell.value, format: cell.format, formula: cell.formula, error: cell.error, written: w.value, writtenFormat: undefined, address: w.cell };
        cell.anchor = this.nextAnchor++;
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
        const fingerprints = entryOf(this.notes, sheet, (): string[] => []);
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
        this.markCounts.set(sheet, count);
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
    const rec = cell?.anchor !== undefined ? this.writes.get(sheet)?.get(cell.anchor) : undefined;
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

  private somethingToClear(): boolean {
    for (const s of this.workbook.sheets) {
      if ((this.notes.get(s)?.length ?? 0) > 0) return true;
      for (const e of s.entries()) if (e.cell.mark) return true;
    }
    return false;
  }

  async clearMarks(): Promise<RestoreOutcome> {
    if (!this.somethingToClear()) {
      this.markCounts.clear();
      return { restored: 0, skipped: [] };
    }
    this.stats.writes++;
    return this.clearNow();
  }

  /** Removes the add-in's marks and notes on every sheet; a protected sheet's are left and reported. */
  private clearNow(): RestoreOutcome {
    const outcome: RestoreOutcome = { restored: 0, skipped: [] };
    for (const sheet of this.workbook.sheets) {
      const fingerprints = this.notes.get(sheet) ?? [];
      const marked: { row: number; col: number; cell: MemoryCell }[] = [];
      const ours: { row: number; col: number; cell: MemoryCell }[] = [];
      const wanted = [...fingerprints];
      for (const e of sheet.entries()) {
        if (e.cell.mark) marked.push(e);
        if (e.cell.note === undefined) continue;
        const i = wanted.indexOf(noteFingerprint(e.cell.note));
        if (i >= 0) {
          wanted.splice(i, 1);
          ours.push(e);
        }
      }
      if (marked.length === 0 && fingerprints.length === 0) continue;
      const at = (e: { row: number; col: number }) => rangeToA1({ top: e.row, left: e.col, bottom: e.row, right: e.col });
      if (sheet.protected) {
        for (const e of new Set([...marked, ...ours])) outcome.skipped.push({ sheet: sheet.name, cell: at(e), reason: 'protected' });
        continue;
      }
      const touched = new Set<MemoryCell>();
      for (const e of marked) {
        delete e.cell.mark;
        touched.add(e.cell);
      }
      for (const e of ours) {
        delete e.cell.note;
        touched.add(e.cell);
      }
      // Notes recorded but not found as written: the person edited (or deleted) them — theirs now.
      for (let i = 0; i < wanted.length; i++) outcome.skipped.push({ sheet: sheet.name, cell: null, reason: 'note-edited' });
      this.notes.delete(sheet);
      this.markCounts.delete(sheet);
      outcome.restored += touched.size;
    }
    // Records of sheets deleted since: their marks went with them.
    for (const s of [...this.notes.keys()]) if (!this.workbook.sheets.includes(s)) this.notes.delete(s);
    for (const s of [...this.markCounts.keys()]) if (!this.workbook.sheets.includes(s)) this.markCounts.delete(s);
    return outcome;
  }

  async undoWrites(): Promise<RestoreOutcome> {
    const outcome: RestoreOutcome = { restored: 0, skipped: [] };
    if (total(this.writes) === 0) return outcome;
    this.stats.writes++;
    for (const [sheet, records] of this.writes) {
      if (!this.workbook.sheets.includes(sheet)) {
        for (const rec of records.values()) outcome.skipped.push({ sheet: sheet.name, cell: null, reason: 'sheet-missing', detail: rec.address });
        this.writes.delete(sheet);
        continue;
      }
      const found = new Map<number, { row: number; col: number; cell: MemoryCell }>();
      for (const e of sheet.entries()) if (e.cell.anchor !== undefined) found.set(e.cell.anchor, e);
      const snap = this.snapshots.get(sheet);
      for (const [id, rec] of records) {
        const e = found.get(id);
        if (!e) {
          outcome.skipped.push({ sheet: sheet.name, cell: null, reason: 'deleted', detail: rec.address });
          records.delete(id);
          continue;
        }
        const a1 = rangeToA1({ top: e.row, left: e.col, bottom: e.row, right: e.col });
        const c = e.cell;
        if (c.formula || !sameCellValue(c.value, rec.written)) {
          // The person's value stays, and the record of it goes.
          outcome.skipped.push({ sheet: sheet.name, cell: a1, reason: 'value-changed' });
          delete c.anchor;
          records.delete(id);
          continue;
        }
        const formatBack = c.format === rec.writtenFormat && c.format !== rec.format;
        if (sheet.isLocked(e.row, e.col) || (formatBack && sheet.protected && !sheet.allowFormatCells)) {
          outcome.skipped.push({ sheet: sheet.name, cell: a1, reason: 'protected' });
          continue; // kept: it can be undone once the sheet is unprotected
        }
        c.value = rec.value;
        if (formatBack) setOptional(c, 'format', rec.format);
        setOptional(c, 'formula', rec.formula);
        setOptional(c, 'error', rec.error);
        delete c.anchor;
        records.delete(id);
        if (snap?.[e.row]) snap[e.row][e.col] = seenAs(c);
        outcome.restored++;
      }
      if (records.size === 0) this.writes.delete(sheet);
    }
    return outcome;
  }

  async discardRecord(request: DiscardRequest): Promise<void> {
    const marks = !!request.marks && (this.notes.size > 0 || this.markCounts.size > 0);
    const writes = !!request.writes && total(this.writes) > 0;
    if (!marks && !writes) return;
    this.stats.writes++;
    if (marks) {
      this.notes.clear();
      this.markCounts.clear();
    }
    if (writes) {
      for (const sheet of this.writes.keys()) for (const e of sheet.entries()) delete e.cell.anchor;
      this.writes.clear();
    }
  }

  pending(): { marks: number; writes: number } {
    let marks = 0;
    for (const n of this.markCounts.values()) marks += n;
    return { marks, writes: total(this.writes) };
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

function total<K, V>(records: Map<K, Map<number, V>>): number {
  let n = 0;
  for (const m of records.values()) n += m.size;
  return n;
}

function setOptional<K extends keyof MemoryCell>(cell: MemoryCell, k: K, v: MemoryCell[K] | undefined): void {
  if (v === undefined) delete cell[k];
  else cell[k] = v;
}
