/**
 * What the add-in changed, per worksheet id, so that "清除标记" and "撤销写回" put back exactly
 * what was there (Excel's own undo stack does not cover add-in writes). Each cell keeps the state
 * from before the add-in's FIRST change, so marking or writing a cell twice still restores the
 * person's own look and value.
 *
 * The journal itself lives in memory; OfficeGateway loads it from and saves it to the document
 * (journalStore.ts) around every change, so that another runtime of the add-in (the ribbon
 * command, a reopened task pane) restores exactly what this one changed. `toSerialized` /
 * `fromSerialized` convert it to and from that stored, plain-JSON form.
 */
import { parseA1, toA1 } from '../core/grid/address';
import type { CellValue } from '../core/grid/cellGrid';

/**
 * A mark as stored: [address, fill colour, font colour, 1 when the add-in added a note else 0,
 * then, when known (ExcelApi 1.9), fill pattern, pattern colour, tint, pattern tint]; a missing
 * value in the middle is null, trailing ones are left out.
 */
export type SerializedMark = [
  address: string,
  fillColor: string,
  fontColor: string,
  noteAdded: 0 | 1,
  pattern?: string | null,
  patternColor?: string | null,
  tintAndShade?: number | null,
  patternTintAndShade?: number | null,
];

/** A write as stored: [address, value before the first write, its number format, value written last]. */
export type SerializedWrite = [address: string, value: CellValue, numberFormat: string, written: CellValue];

/** One worksheet's records: its id, its marks and its writes (empty lists left out). */
export interface SerializedSheet {
  id: string;
  m?: SerializedMark[];
  w?: SerializedWrite[];
}

/**
 * The whole journal as plain JSON, version 1: `{"v":1,"s":[{"id":"{…}","m":[…],"w":[…]}]}`.
 * Sheets are a list (not an object keyed by id) so that no sheet id can act as a special key.
 */
export interface SerializedJournal {
  v: 1;
  s: SerializedSheet[];
}

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
  private rev = 0;

  /** Grows on every change (the gateway saves the journal when it moved). */
  get revision(): number {
    return this.rev;
  }

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
    this.rev++;
    if (existing) existing.noteAdded = existing.noteAdded || entry.noteAdded;
    else marks.set(entry.address, entry);
  }

  setNoteAdded(sheetId: string, address: string): void {
    const m = this.sheets.get(sheetId)?.marks.get(address);
    if (m && !m.noteAdded) {
      m.noteAdded = true;
      this.rev++;
    }
  }

  /** Records a write; a cell written before keeps the value from before the first write. */
  addWrite(sheetId: string, entry: WriteEntry): void {
    const writes = this.sheet(sheetId).writes;
    const existing = writes.get(entry.address);
    this.rev++;
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
    this.rev++;
    for (const s of this.sheets.values()) s.marks.clear();
  }

  clearWrites(): void {
    this.rev++;
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
    this.rev++;
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

  /** Adds the records of `other` for cells this journal has no record of (the first record wins). */
  mergeFrom(other: ChangeJournal): void {
    for (const [sheetId, s] of other.sheets) {
      for (const m of s.marks.values()) if (!this.mark(sheetId, m.address)) this.addMark(sheetId, { ...m, fill: { ...m.fill } });
      for (const w of s.writes.values()) if (!this.write(sheetId, w.address)) this.addWrite(sheetId, { ...w });
    }
  }

  /** The journal as compact plain JSON (see SerializedJournal). */
  toSerialized(): SerializedJournal {
    const out: SerializedJournal = { v: 1, s: [] };
    for (const [id, s] of this.sheets) {
      if (s.marks.size === 0 && s.writes.size === 0) continue;
      const sheet: SerializedSheet = { id };
      if (s.marks.size > 0) sheet.m = [...s.marks.values()].map(serializeMark);
      if (s.writes.size > 0) sheet.w = [...s.writes.values()].map((w): SerializedWrite => [w.address, w.value, w.numberFormat, w.written]);
      out.s.push(sheet);
    }
    return out;
  }

  /** A journal from its stored form (validated by journalStore.ts: addresses are A1 cells). */
  static fromSerialized(data: SerializedJournal): ChangeJournal {
    const j = new ChangeJournal();
    for (const sheet of data.s) {
      for (const m of sheet.m ?? []) {
        const { row, col } = parseA1(m[0]);
        const fill: PreviousFill = { color: m[1] };
        if (m[4] !== undefined && m[4] !== null) fill.pattern = m[4];
        if (m[5] !== undefined && m[5] !== null) fill.patternColor = m[5];
        if (m[6] !== undefined && m[6] !== null) fill.tintAndShade = m[6];
        if (m[7] !== undefined && m[7] !== null) fill.patternTintAndShade = m[7];
        j.addMark(sheet.id, { address: toA1(row, col), row, col, fill, fontColor: m[2], noteAdded: m[3] === 1 });
      }
      for (const w of sheet.w ?? []) {
        const { row, col } = parseA1(w[0]);
        j.addWrite(sheet.id, { address: toA1(row, col), row, col, value: w[1], numberFormat: w[2], written: w[3] });
      }
    }
    j.rev = 0;
    return j;
  }
}

function serializeMark(m: MarkEntry): SerializedMark {
  const f = m.fill;
  const out: SerializedMark = [m.address, f.color, m.fontColor, m.noteAdded ? 1 : 0, f.pattern ?? null, f.patternColor ?? null, f.tintAndShade ?? null, f.patternTintAndShade ?? null];
  while (out.length > 4 && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
  return out;
}
