/**
 * The add-in's marks are conditional formats it owns, never the cells' own fills
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting): a Custom
 * rule whose formula is always true and names the add-in, with the mark's fill and font colour,
 * put above the person's own rules (priority 0, "a lower priority value means higher priority").
 * Why (README, "Marks"): Excel moves a conditional format's ranges with the cells when rows or
 * columns are inserted or deleted, and shows its format over the cell's own without changing it —
 * so whatever the person does in between (types, inserts rows, recolours the cell), removing the
 * add-in's rules removes exactly its marks, and the person's fill, font and own rules stay. The
 * rules are found again by their formula on the sheet itself: no address needs recording.
 * One rule per severity and list of cells (Worksheet.getRanges, ExcelApi 1.9; lists kept under
 * MAX_ADDRESS_LIST_CHARS), so thousands of marks are a few calls, far below the 5 MB limit.
 *
 * Notes (ExcelApi 1.18) carry a finding's text. The add-in recognises its own by the exact text
 * (a fingerprint in the record): one the person edited is theirs from then on.
 */
import { MARK_STYLES, PlannedMark, noteFingerprint } from '../app/gatewayRules';
import type { RestoreOutcome, SkippedCell } from '../app/hostGateway';
import type { SheetRecord } from './documentRecord';
import type { Severity } from '../core/report/ruleIds';
import { parseRangeA1 } from '../core/grid/address';
import { chunkAddressList, compressCells, groupBy } from './rangeLists';

/** The name in every mark rule's formula (shown in Excel's Conditional Formatting Rules Manager). */
export const MARK_TAG = '绩效自评助手';

/** A mark rule's formula: true everywhere, and readable by a person who opens the rules manager. */
export function markFormula(severity: Severity): string {
  return `="${MARK_TAG}:${severity}"<>""`;
}

/** Whether a conditional format's formula is one of the add-in's marks. */
export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.includes(`"${MARK_TAG}:`);
}

/** The severity a mark rule's formula names (error when unreadable). */
export function markSeverity(formula: string): Severity {
  const m = new RegExp(`"${MARK_TAG}:(error|warning|info)"`).exec(formula);
  return (m?.[1] as Severity | undefined) ?? 'error';
}

/** Queues loading the add-in's mark rules that intersect a range (with their formulas). */
export function queueMarkScanOf(range: Excel.Range): () => Excel.ConditionalFormat[] {
  const all = range.conditionalFormats;
  all.load({ $all: false, type: true, customOrNullObject: { rule: { formula: true } } } as unknown as Excel.Interfaces.ConditionalFormatCollectionLoadOptions);
  return () => all.items.filter((cf) => String(cf.type) === 'Custom' && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula));
}

/** Queues loading a sheet's conditional formats with their rule formulas; the function returns the add-in's. */
export function queueMarkScan(ws: Excel.Worksheet): () => Excel.ConditionalFormat[] {
  // One load for the type and, for Custom rules, the formula (ConditionalFormatCollectionLoadOptions:
  // customOrNullObject "for each item in the collection"), over the whole sheet.
  return queueMarkScanOf(ws.getRange());
}

/** Queues the add-in's marks: one conditional format per severity and address list. */
export function queueMarks(ws: Excel.Worksheet, marks: readonly PlannedMark[]): void {
  for (const [severity, group] of groupBy(marks, (m) => m.severity)) {
    const style = MARK_STYLES[severity];
    for (const list of chunkAddressList(compressCells(group))) {
      const cf = ws.getRanges(list).conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      cf.custom.rule.formula = markFormula(severity);
      cf.custom.format.fill.color = style.fill;
      cf.custom.format.font.color = style.fontColor;
      cf.priority = 0;
    }
  }
}

/** The cells an address list covers ('Sheet1!B3:B5,Sheet1!D7' → B3, B4, B5, D7), as A1. */
export function cellsOfAddressList(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(',')) {
    const bare = part.includes('!') ? part.slice(part.lastIndexOf('!') + 1) : part;
    let r;
    try {
      r = parseRangeA1(bare.replace(/\$/g, ''));
    } catch {
      continue;
    }
    const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
    if (cells > 100000) continue; // not a mark the add-in made
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(toA1Fast(row, col));
  }
  return out;
}

function toA1Fast(row: number, col: number): string {
  let name = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/** A note on the sheet as loaded (content), to be matched against the record's fingerprints. */
export interface LoadedNote {
  note: Excel.Note;
  content: string;
}

/** Queues loading a sheet's notes (content only: a bare items load fails on the web, office-js #6198). */
export function queueNoteScan(ws: Excel.Worksheet): () => LoadedNote[] {
  const notes = ws.notes;
  notes.load('items/content');
  return () => notes.items.map((note) => ({ note, content: note.content }));
}

/** The add-in's notes among `notes`: those whose text matches a recorded fingerprint (each fingerprint once). */
export function ourNotes(notes: readonly LoadedNote[], fingerprints: readonly string[]): { ours: LoadedNote[]; unmatched: string[] } {
  const wanted = [...fingerprints];
  const ours: LoadedNote[] = [];
  for (const n of notes) {
    const i = wanted.indexOf(noteFingerprint(n.content));
    if (i < 0) continue;
    wanted.splice(i, 1);
    ours.push(n);
  }
  return { ours, unmatched: wanted };
}

// ------------------------------------------------------------------------------------ clearing

/** What one batch loaded of a sheet: its protection, the add-in's mark rules, its notes. */
export interface SheetScan {
  ws: Excel.Worksheet;
  record: SheetRecord;
  /** After the sync. */
  isProtected(): boolean;
  marks(): Excel.ConditionalFormat[];
  /** Null when notes are not read (no ExcelApi 1.18, or none recorded). */
  notes(): LoadedNote[] | null;
}

/** Queues a sheet's scan. */
export function queueSheetScan(ws: Excel.Worksheet, record: SheetRecord, withNotes: boolean): SheetScan {
  const protection = ws.protection;
  protection.load('protected');
  const marks = queueMarkScan(ws);
  const notes = withNotes ? queueNoteScan(ws) : null;
  return { ws, record, isProtected: () => protection.protected === true, marks, notes: () => (notes ? notes() : null) };
}

/** A scan queued before the record is read, bound to the sheet's record afterwards. */
export function queueLazyScan(ws: Excel.Worksheet, notesApi: boolean): (record: SheetRecord) => SheetScan {
  const protection = ws.protection;
  protection.load('protected');
  const marks = queueMarkScan(ws);
  const notes = notesApi ? queueNoteScan(ws) : null;
  return (record) => ({ ws, record, isProtected: () => protection.protected === true, marks, notes: () => (notes && record.notes.length > 0 ? notes() : null) });
}

/**
 * Queues removing the add-in's marks and notes from the scanned sheets and updates their records
 * (a protected sheet's are left, and reported cell by cell); the function returns the outcome after
 * the sync. `notesApi`: this Excel has the notes API (1.18) — without it the notes stay, reported
 * 'notes-unsupported', and their fingerprints stay recorded for an Excel that can remove them.
 */
export function queueClear(scans: readonly SheetScan[], notesApi: boolean): () => RestoreOutcome {
  const after: (() => { restored: string[]; skipped: SkippedCell[] })[] = [];
  for (const scan of scans) {
    const { record } = scan;
    const sheet = record.name;
    const rules = scan.marks().map((cf) => {
      const at = cf.getRanges();
      at.load('address');
      return at;
    });
    const loaded = scan.notes();
    const { ours, unmatched } = loaded ? ourNotes(loaded, record.notes) : { ours: [] as LoadedNote[], unmatched: [] as string[] };
    const noteCells = ours.map((n) => {
      const at = n.note.getLocation();
      at.load('address');
      return at;
    });
    const cellsOf = (): string[] => [...rules.flatMap((r) => cellsOfAddressList(r.address)), ...noteCells.map((r) => cellsOfAddressList(r.address)[0])];
    if (scan.isProtected()) {
      after.push(() => ({ restored: [], skipped: [...new Set(cellsOf())].map((cell) => ({ sheet, cell, reason: 'protected' as const })) }));
      continue;
    }
    for (const cf of scan.marks()) cf.delete();
    for (const n of ours) n.note.delete();
    const skipped: SkippedCell[] = [];
    if (!notesApi && record.notes.length > 0) {
      for (let i = 0; i < record.notes.length; i++) skipped.push({ sheet, cell: null, reason: 'notes-unsupported' });
    } else {
      // Recorded but not found as written: the person edited (or deleted) the note — theirs now.
      for (let i = 0; i < unmatched.length; i++) skipped.push({ sheet, cell: null, reason: 'note-edited' });
      record.notes = [];
    }
    record.cells = [];
    after.push(() => ({ restored: [...new Set(cellsOf())], skipped }));
  }
  return () => {
    const outcome: RestoreOutcome = { restored: 0, skipped: [] };
    for (const f of after) {
      const r = f();
      outcome.restored += r.restored.length;
      outcome.skipped.push(...r.skipped);
    }
    return outcome;
  };
}
