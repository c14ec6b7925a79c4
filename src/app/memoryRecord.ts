import { rangeToA1 } from '../core/grid/address';
import type { CellValue } from '../core/grid/cellGrid';
import { DiscardRequest, RestoreOutcome } from './hostGateway';
import { noteFingerprint, sameCellValue } from './gatewayRules';
import { MemoryCell, MemorySheet, MemoryWorkbook } from './memoryWorkbook';

/**
 * What the memory gateway (memoryGateway.ts) recorded of its changes — the counterpart of the
 * Office gateway's record in the workbook — and 清除标记 / 撤销写回 / 放弃记录 over it: marks are
 * found on the cells (they sit over the cells' own looks and move with them), the add-in's notes
 * by their fingerprint, written cells by their anchor.
 */

/** What a write replaced on a cell, and what it wrote (found again through the cell's anchor). */
export interface WriteRecord {
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

/** A sheet's cells as the last read saw them (value, or formula text), to tell whether a row changed. */
export type Snapshot = (CellValue | string)[][];

/** What the engine sees of a cell: its formula where it has one, else its value. */
export function seenAs(c: MemoryCell | undefined): CellValue | string {
  if (!c) return null;
  if (c.formula) return c.formula;
  return c.value === '' ? null : c.value;
}

export class MemoryRecord {
  /** Fingerprints of the notes the add-in added, per sheet (a multiset). */
  readonly notes = new Map<MemorySheet, string[]>();
  /** Cells marked, per sheet, as recorded (pending().marks). */
  readonly markCounts = new Map<MemorySheet, number>();
  readonly writes = new Map<MemorySheet, Map<number, WriteRecord>>();
  private nextAnchor = 1;

  /** A new anchor id for a written cell. */
  anchor(): number {
    return this.nextAnchor++;
  }

  /** Whether the workbook holds any mark of the add-in, or the record any note. */
  somethingToClear(workbook: MemoryWorkbook): boolean {
    for (const s of workbook.sheets) {
      if ((this.notes.get(s)?.length ?? 0) > 0) return true;
      for (const e of s.entries()) if (e.cell.mark) return true;
    }
    return false;
  }

  /** Removes the add-in's marks and notes on every sheet; a protected sheet's are left and reported. */
  clear(workbook: MemoryWorkbook): RestoreOutcome {
    const outcome: RestoreOutcome = { restored: 0, skipped: [] };
    for (const sheet of workbook.sheets) {
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
    for (const s of [...this.notes.keys()]) if (!workbook.sheets.includes(s)) this.notes.delete(s);
    for (const s of [...this.markCounts.keys()]) if (!workbook.sheets.includes(s)) this.markCounts.delete(s);
    return outcome;
  }

  /** 撤销写回 over the workbook (the caller counts the round trip); keeps `snapshots` in step. */
  undo(workbook: MemoryWorkbook, snapshots: Map<MemorySheet, Snapshot>): RestoreOutcome {
    const outcome: RestoreOutcome = { restored: 0, skipped: [] };
    for (const [sheet, records] of this.writes) {
      if (!workbook.sheets.includes(sheet)) {
        for (const rec of records.values()) outcome.skipped.push({ sheet: sheet.name, cell: null, reason: 'sheet-missing', detail: rec.address });
        this.writes.delete(sheet);
        continue;
      }
      const found = new Map<number, { row: number; col: number; cell: MemoryCell }>();
      for (const e of sheet.entries()) if (e.cell.anchor !== undefined) found.set(e.cell.anchor, e);
      const snap = snapshots.get(sheet);
      for (const [id, rec] of records) {
        const e = found.get(id);
        if (!e) {
          outcome.skipped.push({ sheet: sheet.name, cell: null, reason: 'deleted', detail: rec.address });
          records.delete(id);
          continue;
        }
        const a1 = rangeToA1({ top: e.row, left: e.col, bottom: e.row, right: e.col });
        const c = e.cell;
        // A cell that holds its value from before the write again (Ctrl+Z, or an undo that failed
        // half way) is put back like one that holds what the add-in wrote (as OfficeGateway does).
        if (c.formula || !(sameCellValue(c.value, rec.written) || sameCellValue(c.value, rec.value))) {
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

  /** Forgets marks and/or writes; false when there was nothing to forget (no round trip). */
  discard(request: DiscardRequest): boolean {
    const marks = !!request.marks && (this.notes.size > 0 || this.markCounts.size > 0);
    const writes = !!request.writes && total(this.writes) > 0;
    if (!marks && !writes) return false;
    if (marks) {
      this.notes.clear();
      this.markCounts.clear();
    }
    if (writes) {
      for (const sheet of this.writes.keys()) for (const e of sheet.entries()) delete e.cell.anchor;
      this.writes.clear();
    }
    return true;
  }

  pending(): { marks: number; writes: number } {
    let marks = 0;
    for (const n of this.markCounts.values()) marks += n;
    return { marks, writes: total(this.writes) };
  }

}

export function total<K, V>(records: Map<K, Map<number, V>>): number {
  let n = 0;
  for (const m of records.values()) n += m.size;
  return n;
}

function setOptional<K extends keyof MemoryCell>(cell: MemoryCell, k: K, v: MemoryCell[K] | undefined): void {
  if (v === undefined) delete cell[k];
  else cell[k] = v;
}

