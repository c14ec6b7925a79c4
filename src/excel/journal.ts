/**
 * What the add-in changed, per worksheet id, so that "清除标记" and "撤销写回" put back exactly
 * what was there (Excel's own undo stack does not cover add-in writes). Each cell keeps the state
 * from before the add-in's FIRST change, so marking or writing a cell twice still restores the
 * person's own look and value. In memory: it lives as long as the JavaScript runtime.
 */
import { toA1 } from '../core/grid/address';
import type { CellValue } from '../core/grid/cellGrid';

/** A cell's fill before the add-in marked it. */
export interface PreviousFill {
  /** '#RRGGBB' as Excel reports it (white '#FFFFFF' for no fill). */
  color: string;
  /** Excel's fill pattern ('None' = no fill, 'Solid', …); absent below ExcelApi 1.9. */
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface MarkEntry {
  address: string;
  row: number;
  col: number;
  fill: PreviousFill;
  /** Font colour before the mark ('#000000' for automatic). */
  fontColor: string;
  /** The add-in added a note here (deleted on clear; a person's own note is never touched). */
  noteAdded: boolean;
}

export interface WriteEntry {
  address: string;
  row: number;
  col: number;
  /** The value before the first write (null = empty). */
  value: CellValue;
  /** The number format before the first write ('General' when none). */
  numberFormat: string;
  /** The value the add-in wrote last. */
  written: CellValue;
}

interface SheetJournal {
  marks: Map<string, MarkEntry>;
  writes: Map<string, WriteEntry>;
}

export class ChangeJournal {
  private readonly sheets = new Map<string, SheetJournal>();

  private sheet(sheetId: string): SheetJournal {
    let s = this.sheets.get(sheetId);
    if (!s) this.sheets.set(sheetId, (s = { marks: new Map(), writes: new Map() }));
    return s;
  }

  /** The recorded mark of a cell, if any. */
  mark(sheetId: string, address: string): MarkEntry | undefined {
    return this.sheets.get(sheetId)?.marks.get(address);
  }

  /** Records a mark unless the cell is already marked (the first record holds the original look). */
  addMark(sheetId: string, entry: MarkEntry): void {
    const marks = this.sheet(sheetId).marks;
    const existing = marks.get(entry.address);
    if (existing) existing.noteAdded = existing.noteAdded || entry.noteAdded;
    else marks.set(entry.address, entry);
  }

  setNoteAdded(sheetId: string, address: string): void {
    const m = this.sheets.get(sheetId)?.marks.get(address);
    if (m) m.noteAdded = true;
  }

  /** Records a write; a cell written before keeps the value from before the first write. */
  addWrite(sheetId: string, entry: WriteEntry): void {
    const writes = this.sheet(sheetId).writes;
    const existing = writes.get(entry.address);
    if (existing) existing.written = entry.written;
    else writes.set(entry.address, entry);
  }

  /** The recorded write of a cell, if any. */
  write(sheetId: string, address: string): WriteEntry | undefined {
    return this.sheets.get(sheetId)?.writes.get(address);
  }

  marks(): { sheetId: string; entries: MarkEntry[] }[] {
    return [...this.sheets].filter(([, s]) => s.marks.size > 0).map(([sheetId, s]) => ({ sheetId, entries: [...s.marks.values()] }));
  }

  writes(): { sheetId: string; entries: WriteEntry[] }[] {
    return [...this.sheets].filter(([, s]) => s.writes.size > 0).map(([sheetId, s]) => ({ sheetId, entries: [...s.writes.values()] }));
  }

  clearMarks(): void {
    for (const s of this.sheets.values()) s.marks.clear();
  }

  clearWrites(): void {
    for (const s of this.sheets.values()) s.writes.clear();
  }

  /** Counts for the pane's buttons: marked cells and written cells. */
  pending(): { marks: number; writes: number } {
    let marks = 0;
    let writes = 0;
    for (const s of this.sheets.values()) {
      marks += s.marks.size;
      writes += s.writes.size;
    }
    return { marks, writes };
  }

  /**
   * Cells of columns fromCol..toCol were shifted down by `count` from `beforeRow` (0-based):
   * their records move with them, so that restoring still finds them.
   */
  shiftRows(sheetId: string, beforeRow: number, count: number, fromCol = 0, toCol = Number.MAX_SAFE_INTEGER): void {
    const s = this.sheets.get(sheetId);
    if (!s) return;
    const moves = (c: { row: number; col: number }): boolean => c.row >= beforeRow && c.col >= fromCol && c.col <= toCol;
    const rekey = <T extends { row: number; col: number; address: string }>(map: Map<string, T>): Map<string, T> => {
      const out = new Map<string, T>();
      for (const e of map.values()) {
        if (moves(e)) {
          e.row += count;
          e.address = toA1(e.row, e.col);
        }
        out.set(e.address, e);
      }
      return out;
    };
    s.marks = rekey(s.marks);
    s.writes = rekey(s.writes);
  }
}
