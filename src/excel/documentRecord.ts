/**
 * The add-in's record of what it changed in a workbook, kept IN the workbook (documentStore.ts)
 * so that every runtime of the add-in — the ribbon command, a task pane, a pane reopened days
 * later — restores exactly the same. What it holds, per worksheet (by id and name, since Excel may
 * give sheets other ids when a file is reopened):
 * - marks: how many cells the add-in marked, and a fingerprint of each note it added
 *   (gatewayRules.noteFingerprint). The marks themselves are conditional formats the add-in owns
 *   (marks.ts), found again on the sheet; nothing positional is recorded for them;
 * - writes: for each cell written, the hidden name that follows the cell when rows or columns move
 *   (Excel adjusts a defined name's reference with its cells), the value and number format from
 *   before the first write, and what the add-in wrote.
 * Anything stored that does not validate counts as no record (never an exception).
 */
import { z } from 'zod';
import type { CellValue } from '../core/grid/cellGrid';

export interface WriteEntry {
  /** The hidden, sheet-scoped defined name on the cell (writeAnchors.ts). */
  name: string;
  /** Where the cell was when written (reported when it is gone). */
  address: string;
  /** The value before the first write (null = empty). */
  before: CellValue;
  /** The number format before the first write. */
  beforeFormat: string;
  /** The value the add-in wrote last. */
  written: CellValue;
  /** The number format right after the write (the original is restored only while the cell still has it). */
  writtenFormat: string;
}

export interface SheetRecord {
  id: string;
  name: string;
  /**
   * The cells the add-in marked, as they were then — for counting only (the pane's buttons): the
   * marks themselves are found on the sheet, wherever the cells moved.
   */
  cells: string[];
  /** Fingerprints of the notes the add-in added (a multiset). */
  notes: string[];
  writes: WriteEntry[];
}

export interface DocumentRecord {
  v: 2;
  /** The next write anchor's number (names are never reused). */
  seq: number;
  sheets: SheetRecord[];
}

/** The most write entries and note fingerprints a record holds (it is rewritten in every change batch). */
export const MAX_RECORD_WRITES = 5000;
export const MAX_RECORD_NOTES = 5000;
export const MAX_RECORD_CELLS = 50000;

export function emptyRecord(): DocumentRecord {
  return { v: 2, seq: 1, sheets: [] };
}

const isCellValue = (v: unknown): boolean => v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= 32767);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const A1 = /^[A-Z]{1,3}[1-9][0-9]{0,6}$/;
const ANCHOR = /^_pse_w[0-9a-z]{1,12}$/;

const writeSchema = z.custom<WriteEntry>(
  (w) =>
    !!w &&
    typeof w === 'object' &&
    isText((w as WriteEntry).name, 64) &&
    ANCHOR.test((w as WriteEntry).name) &&
    isText((w as WriteEntry).address, 16) &&
    A1.test((w as WriteEntry).address) &&
    isCellValue((w as WriteEntry).before) &&
    isText((w as WriteEntry).beforeFormat, 1024) &&
    isCellValue((w as WriteEntry).written) &&
    isText((w as WriteEntry).writtenFormat, 1024),
);

const recordSchema = z.object({
  v: z.literal(2),
  seq: z.number().int().positive(),
  sheets: z
    .array(
      z.object({
        id: z.string().max(256),
        name: z.string().max(64),
        cells: z.array(z.string().max(16)).max(MAX_RECORD_CELLS),
        notes: z.array(z.string().max(32)).max(MAX_RECORD_NOTES),
        writes: z.array(writeSchema).max(MAX_RECORD_WRITES),
      }),
    )
    .max(1000),
});

/** A stored record (a JSON string or the parsed value) → the record, or null when absent or not valid. */
export function parseRecord(raw: unknown): DocumentRecord | null {
  if (raw === null || raw === undefined || raw === '') return null;
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const parsed = recordSchema.safeParse(value);
  return parsed.success ? (parsed.data as DocumentRecord) : null;
}

/** Counts for the pane's buttons. */
export function recordPending(record: DocumentRecord): { marks: number; writes: number } {
  let marks = 0;
  let writes = 0;
  for (const s of record.sheets) {
    marks += s.cells.length;
    writes += s.writes.length;
  }
  return { marks, writes };
}

/** A deep copy (changes are planned on a copy, stored before they are applied). */
export function copyRecord(record: DocumentRecord): DocumentRecord {
  return { v: 2, seq: record.seq, sheets: record.sheets.map((s) => ({ ...s, cells: [...s.cells], notes: [...s.notes], writes: s.writes.map((w) => ({ ...w })) })) };
}

/** The record of a sheet, by id, else by name (ids may change when a file is reopened); created when `create`. */
export function sheetRecord(record: DocumentRecord, id: string, name: string, create: true): SheetRecord;
export function sheetRecord(record: DocumentRecord, id: string, name: string, create?: false): SheetRecord | undefined;
export function sheetRecord(record: DocumentRecord, id: string, name: string, create = false): SheetRecord | undefined {
  let s = record.sheets.find((x) => x.id === id) ?? record.sheets.find((x) => x.name === name);
  if (s) {
    s.id = id;
    s.name = name;
  } else if (create) {
    s = { id, name, cells: [], notes: [], writes: [] };
    record.sheets.push(s);
  }
  return s;
}

/** Drops sheets with nothing recorded. */
export function compact(record: DocumentRecord): DocumentRecord {
  record.sheets = record.sheets.filter((s) => s.cells.length > 0 || s.notes.length > 0 || s.writes.length > 0);
  return record;
}

/** A new anchor name (and advances the record's sequence). */
export function nextAnchorName(record: DocumentRecord): string {
  return `_pse_w${(record.seq++).toString(36)}`;
}

/** Whether an Office-reported name is one of the add-in's write anchors. */
export function isAnchorName(name: string): boolean {
  return ANCHOR.test(name);
}
