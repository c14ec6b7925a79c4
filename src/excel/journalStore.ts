/**
 * Where the change journal (journal.ts) is kept between operations, so that 清除标记 / 撤销写回
 * restore exactly what ANY runtime of the add-in changed — the ribbon command's marks from the
 * task pane, a closed pane's writes from the reopened one:
 * - OfficeSettingsJournalStore: in the workbook's add-in settings (`Office.context.document.settings`,
 *   key JOURNAL_KEY), refreshed before every load and before every save;
 * - MemoryJournalStore: a JSON string in memory (tests; two gateways sharing one play the pane and
 *   the ribbon).
 *
 * What is loaded is validated (zod, plus A1 addresses inside Excel's grid and the size bounds):
 * anything else counts as "nothing stored" — never an exception. The gateway keeps the journal
 * in memory only (and says so in its limitations) when it exceeds MAX_JOURNAL_ENTRIES cells or
 * MAX_JOURNAL_BYTES of JSON.
 */
import { z } from 'zod';
import { DocumentSettingsStore, persistSettings, refreshSettings } from './documentSettings';
import type { SerializedJournal, SerializedMark, SerializedWrite } from './journal';

export type { SerializedJournal, SerializedMark, SerializedSheet, SerializedWrite } from './journal';

export interface JournalStore {
  /** The stored journal; null when there is none or it is not valid. Rejects only when the store cannot be read. */
  load(): Promise<SerializedJournal | null>;
  /** Replaces the stored journal. Rejects when it could not be saved. */
  save(journal: SerializedJournal): Promise<void>;
}

/** Document setting that holds the journal as a JSON string. */
export const JOURNAL_KEY = 'perfSelfEval.journal.v1';

/** The most cells (marks + writes) persisted; beyond, the journal stays in the runtime's memory. */
export const MAX_JOURNAL_ENTRIES = 20000;
/** The most bytes (UTF-8) of journal JSON persisted (document settings are not meant for megabytes). */
export const MAX_JOURNAL_BYTES = 1500000;

export interface JournalLimits {
  entries: number;
  bytes: number;
}

export const DEFAULT_JOURNAL_LIMITS: JournalLimits = { entries: MAX_JOURNAL_ENTRIES, bytes: MAX_JOURNAL_BYTES };

/** An empty journal (what is stored when the journal is cleared, or kept in memory only). */
export function emptyJournal(): SerializedJournal {
  return { v: 1, s: [] };
}

// ------------------------------------------------------------------------------------ validation

const EXCEL_ROWS = 1048576;

const ADDRESS = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;
const COLUMN_LIMIT = 'XFD';

/** A single cell's A1 address, upper case, no '$', inside Excel's grid. */
function isAddress(a: unknown): a is string {
  if (typeof a !== 'string') return false;
  const m = ADDRESS.exec(a);
  if (!m) return false;
  const col = m[1];
  if (col.length === 3 && col > COLUMN_LIMIT) return false;
  return Number(m[2]) <= EXCEL_ROWS;
}
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isColor = (v: unknown): v is string => isText(v, 64);
const isTint = (v: unknown): boolean => typeof v === 'number' && v >= -1 && v <= 1;
const absentOr = (v: unknown, ok: (x: unknown) => boolean): boolean => v === undefined || v === null || ok(v);
/** A cell value as Excel holds it: text up to Excel's 32 767 characters, a finite number, a boolean, empty. */
const isCellValue = (v: unknown): boolean =>
  v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || isText(v, 32767);

// The cells are checked by plain predicates inside the zod schema: a journal may hold 20 000 of
// them and is loaded before every change (zod tuples and unions cost ~10x more per cell).
const markSchema = z.custom<SerializedMark>(
  (m) =>
    Array.isArray(m) &&
    m.length >= 4 &&
    m.length <= 8 &&
    isAddress(m[0]) &&
    isColor(m[1]) &&
    isColor(m[2]) &&
    (m[3] === 0 || m[3] === 1) &&
    absentOr(m[4], (x) => isText(x, 64)) &&
    absentOr(m[5], isColor) &&
    absentOr(m[6], isTint) &&
    absentOr(m[7], isTint),
);
const writeSchema = z.custom<SerializedWrite>(
  (w) => Array.isArray(w) && w.length === 4 && isAddress(w[0]) && isCellValue(w[1]) && isText(w[2], 1024) && isCellValue(w[3]),
);

const journalSchema = z.object({
  v: z.literal(1),
  s: z
    .array(
      z.object({
        id: z.string().min(1).max(256),
        m: z.array(markSchema).optional(),
        w: z.array(writeSchema).optional(),
      }),
    )
    .max(1000),
});

/** Cells recorded (marks + writes). */
export function journalEntries(journal: SerializedJournal): number {
  return journal.s.reduce((n, s) => n + (s.m?.length ?? 0) + (s.w?.length ?? 0), 0);
}

/** UTF-8 length of a string (TextEncoder is missing in the Edge Legacy web view of Office 2019). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The journal as stored (JSON) and whether it fits the bounds. */
export function encodeJournal(journal: SerializedJournal, limits: JournalLimits = DEFAULT_JOURNAL_LIMITS): { json: string; entries: number; bytes: number; fits: boolean } {
  const entries = journalEntries(journal);
  const json = JSON.stringify(journal);
  const bytes = utf8Length(json);
  return { json, entries, bytes, fits: entries <= limits.entries && bytes <= limits.bytes };
}

/**
 * A stored journal (a JSON string, or the parsed value) → the journal, or null when absent or not
 * valid (not JSON, another shape or version, a bad address, over the bounds). Never throws.
 */
export function parseStoredJournal(raw: unknown, limits: JournalLimits = DEFAULT_JOURNAL_LIMITS): SerializedJournal | null {
  if (raw === null || raw === undefined || raw === '') return null;
  let value: unknown = raw;
  if (typeof raw === 'string') {
    // Never more characters than bytes: longer text cannot have been saved within the bounds.
    if (raw.length > limits.bytes) return null;
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  try {
    const parsed = journalSchema.safeParse(value);
    if (!parsed.success) return null;
    const journal = parsed.data as SerializedJournal;
    return journalEntries(journal) <= limits.entries ? journal : null;
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------------------------ stores

/**
 * Parses a stored value, reusing the last result while the stored text is unchanged (the journal
 * is loaded before every change; the same object back tells the gateway nothing changed).
 */
class ParseCache {
  private raw: unknown = undefined;
  private parsed: SerializedJournal | null = null;

  constructor(private readonly limits: JournalLimits) {}

  parse(raw: unknown): SerializedJournal | null {
    if (typeof raw === 'string' && raw === this.raw) return this.parsed;
    const parsed = parseStoredJournal(raw, this.limits);
    this.raw = raw;
    this.parsed = parsed;
    return parsed;
  }

  /** What was just stored as `raw` is `journal`. */
  remember(raw: string, journal: SerializedJournal): void {
    this.raw = raw;
    this.parsed = journal;
  }
}

/** The journal in the workbook's add-in settings: every runtime of the add-in sees the same. */
export class OfficeSettingsJournalStore implements JournalStore {
  private readonly cache: ParseCache;

  constructor(
    private readonly settings: DocumentSettingsStore,
    private readonly key: string = JOURNAL_KEY,
    limits: JournalLimits = DEFAULT_JOURNAL_LIMITS,
  ) {
    this.cache = new ParseCache(limits);
  }

  async load(): Promise<SerializedJournal | null> {
    // What another runtime saved since this one started (rejects: the caller keeps what it has).
    await refreshSettings(this.settings);
    return this.cache.parse(this.settings.get(this.key));
  }

  async save(journal: SerializedJournal): Promise<void> {
    // saveAsync writes this runtime's whole bag: refresh first so as not to put back stale keys.
    try {
      await refreshSettings(this.settings);
    } catch {
      // save what this runtime has rather than nothing
    }
    const raw = JSON.stringify(journal);
    this.settings.set(this.key, raw);
    await persistSettings(this.settings);
    this.cache.remember(raw, journal);
  }
}

/** The journal as a JSON string in memory, shared by the gateways given the same instance. */
export class MemoryJournalStore implements JournalStore {
  /** What is stored (tests may put anything here). */
  raw: unknown = undefined;
  loads = 0;
  saves = 0;
  private readonly cache: ParseCache;

  constructor(limits: JournalLimits = DEFAULT_JOURNAL_LIMITS) {
    this.cache = new ParseCache(limits);
  }

  async load(): Promise<SerializedJournal | null> {
    this.loads++;
    return this.cache.parse(this.raw);
  }

  async save(journal: SerializedJournal): Promise<void> {
    this.saves++;
    this.raw = JSON.stringify(journal);
  }
}
