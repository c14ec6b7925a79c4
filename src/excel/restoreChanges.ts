/**
 * 清除标记, 撤销写回 and 放弃记录, each in one Excel.run over the record kept in the workbook
 * (documentRecord.ts). Every batch reads the record afresh, so what another runtime (the ribbon,
 * another pane) recorded is restored too:
 * - clear: the record, the sheets and the scans of the sheets it names (one sync; one more when
 *   the record names a sheet this runtime did not know of), then the add-in's rules and notes
 *   removed and the record updated (one sync);
 * - undo: the record, the sheets and every written cell found through its anchor — where it is
 *   now, what it holds, whether it is locked (one sync; one more for entries this runtime did not
 *   know of), then the values and number formats put back where the cell still holds what the
 *   add-in wrote (or its old value again), the anchors removed, the record updated (one sync);
 *   only when that batch fails half way, one sync reads back what it put back and one stores the
 *   record that matches (reconcileUndo);
 * - discard: the record emptied of marks and/or writes (and their anchors removed), no cell changed.
 */
import { RestoreOutcome, SkippedCell } from '../app/hostGateway';
import { sameCellValue } from '../app/gatewayRules';
import type { CellValue } from '../core/grid/cellGrid';
import { AnchoredCell, queueAnchors } from './anchors';
import { toExcelInput } from './cellInput';
import { DocumentRecord, SheetRecord, WriteEntry, compact, copyRecord, emptyRecord, parseRecord } from './documentRecord';
import { RECORD_KEY, decodeStored, queueValueRead, queueValueWrite } from './documentStore';
import { SheetScan, queueClear, queueLazyScan, queueSheetScan } from './marks';
import { toGatewayError } from './officeErrors';
import type { ExcelFeatures } from './requirements';

export interface RestoreEnv {
  features: ExcelFeatures;
  cached: DocumentRecord;
}

export interface RestoreResult {
  outcome: RestoreOutcome;
  record: DocumentRecord;
}

/** A cell 撤销写回 put back: where it is now, and what it holds again. */
export interface RestoredCell {
  sheetId: string;
  row: number;
  col: number;
  value: CellValue;
  numberFormat: string | null;
}

type Items = Excel.WorksheetCollection;

/** The record and the worksheet list (and, optimistically, `extra` for the sheets the cached record names). */
async function firstSync<T>(context: Excel.RequestContext, env: RestoreEnv, extra: (sheets: Items, cached: SheetRecord[]) => T): Promise<{ record: DocumentRecord; sheets: Items; extras: T | null }> {
  const run = async (optimistic: boolean) => {
    const read = queueValueRead(context, RECORD_KEY);
    const sheets = context.workbook.worksheets;
    sheets.load('items/id,items/name');
    const extras = optimistic ? extra(sheets, env.cached.sheets) : null;
    await context.sync();
    return { record: copyRecord(parseRecord(decodeStored(read())) ?? emptyRecord()), sheets, extras };
  };
  try {
    return await run(true);
  } catch (e) {
    const code = toGatewayError(e).code;
    if (code === 'cell-edit-mode' || code === 'too-large' || env.cached.sheets.length === 0) throw e;
    return run(false); // a sheet the cached record knew of is gone
  }
}

/** The live sheet of a record (by id, else by name: ids may change when a file is reopened); updates the record's id and name. */
function liveSheet(sheets: Items, s: SheetRecord): Excel.Worksheet | undefined {
  const live = sheets.items.find((x) => x.id === s.id) ?? sheets.items.find((x) => x.name === s.name);
  if (live) {
    s.id = live.id;
    s.name = live.name;
  }
  return live;
}

export async function clearIn(context: Excel.RequestContext, env: RestoreEnv): Promise<RestoreResult> {
  const notesApi = env.features.notes;
  const marked = (s: SheetRecord) => s.cells.length > 0 || s.notes.length > 0;
  // Scans of the sheets the cached record names, queued with the record read (usually all there is to scan).
  const { record, sheets, extras } = await firstSync(context, env, (items, cached) => new Map(cached.filter(marked).map((c) => [c.id, queueLazyScan(items.getItem(c.id), notesApi)])));
  const scans: SheetScan[] = [];
  const late: { rec: SheetRecord; ws: Excel.Worksheet }[] = [];
  for (const s of record.sheets.filter(marked)) {
    const ws = liveSheet(sheets, s);
    if (!ws) {
      s.cells = [];
      s.notes = []; // gone with its sheet
      continue;
    }
    const early = extras?.get(s.id);
    if (early) scans.push(early(s));
    else late.push({ rec: s, ws });
  }
  if (late.length > 0) {
    for (const t of late) scans.push(queueSheetScan(t.ws, t.rec, notesApi && t.rec.notes.length > 0));
    await context.sync();
  }
  const outcome = queueClear(scans, notesApi);
  queueValueWrite(context, RECORD_KEY, compact(record));
  await context.sync();
  return { outcome: outcome(), record };
}

function plain(v: unknown): CellValue {
  if (v === undefined || v === null || v === '') return null;
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : String(v);
}

export async function undoIn(context: Excel.RequestContext, env: RestoreEnv): Promise<RestoreResult & { restoredCells: RestoredCell[] }> {
  const { record, sheets, extras } = await firstSync(context, env, (items, cached) =>
    cached
      .filter((c) => c.writes.length > 0)
      .map((c) => {
        const ws = items.getItem(c.id);
        const protection = ws.protection;
        protection.load('protected,options');
        return { id: c.id, names: new Set(c.writes.map((w) => w.name)), anchors: queueAnchors(ws, c.writes), protection };
      }),
  );
  const outcome: RestoreOutcome = { restored: 0, skipped: [] };
  const work: { s: SheetRecord; ws: Excel.Worksheet; anchors: Map<string, AnchoredCell | null>; protection: Excel.WorksheetProtection }[] = [];
  const late: { s: SheetRecord; ws: Excel.Worksheet; anchors: () => Map<string, AnchoredCell | null>; protection: Excel.WorksheetProtection }[] = [];
  for (const s of record.sheets.filter((x) => x.writes.length > 0)) {
    const ws = liveSheet(sheets, s);
    if (!ws) {
      for (const e of s.writes) outcome.skipped.push({ sheet: s.name, cell: null, reason: 'sheet-missing', detail: e.address });
      s.writes = [];
      continue;
    }
    const early = extras?.find((x) => x.id === s.id && s.writes.every((e) => x.names.has(e.name)));
    if (early) work.push({ s, ws, anchors: early.anchors(), protection: early.protection });
    else {
      const protection = ws.protection;
      protection.load('protected,options');
      late.push({ s, ws, anchors: queueAnchors(ws, s.writes), protection });
    }
  }
  if (late.length > 0) {
    await context.sync();
    for (const l of late) work.push({ s: l.s, ws: l.ws, anchors: l.anchors(), protection: l.protection });
  }
  const restoredCells: RestoredCell[] = [];
  if (work.length === 0 && outcome.skipped.length === 0) return { outcome, record, restoredCells };
  if (work.length > 0) context.application.suspendApiCalculationUntilNextSync();
  const planned: PlannedRestore[] = [];
  const gone: GoneAnchor[] = [];
  for (const { s, ws, anchors, protection } of work) {
    const keep = [];
    const isProtected = protection.protected === true;
    const allowFormat = !isProtected || protection.options?.allowFormatCells === true;
    for (const e of s.writes) {
      const cell = anchors.get(e.name);
      if (!cell) {
        outcome.skipped.push({ sheet: s.name, cell: null, reason: 'deleted', detail: e.address });
        continue;
      }
      const isFormula = typeof cell.formula === 'string' && cell.formula.startsWith('=') && cell.formula !== cell.value;
      // A cell that holds its value from before the write again (an undo that failed half way put
      // it back, or Ctrl+Z did) is put back like one that holds what the add-in wrote: the same
      // value again, and the number format where it is still the add-in's.
      const ours = sameCellValue(plain(cell.value), e.written) || sameCellValue(plain(cell.value), e.before);
      if (isFormula || !ours) {
        // The person's value stays, and the record of it goes.
        outcome.skipped.push({ sheet: s.name, cell: cell.address, reason: 'value-changed' });
        gone.push({ ws, name: e.name });
        continue;
      }
      const formatBack = cell.numberFormat === e.writtenFormat && e.writtenFormat !== e.beforeFormat;
      if (isProtected && (cell.locked || (formatBack && !allowFormat))) {
        outcome.skipped.push({ sheet: s.name, cell: cell.address, reason: 'protected' });
        keep.push(e); // undone once the sheet is unprotected
        continue;
      }
      const range = ws.getRange(cell.address);
      if (formatBack) range.numberFormat = [[e.beforeFormat]];
      range.values = [[toExcelInput(e.before, formatBack ? e.beforeFormat : cell.numberFormat)]];
      planned.push({ s, ws, entry: e });
      restoredCells.push({ sheetId: s.id, row: cell.row, col: cell.col, value: e.before, numberFormat: formatBack ? e.beforeFormat : null });
    }
    s.writes = keep;
  }
  // The anchors go after every cell is put back: a batch that fails half way leaves all of them,
  // so that each cell is still found, and what it holds says whether it was put back (a cell that
  // holds its old value again is put back like one that holds the add-in's, above).
  for (const p of planned) p.ws.names.getItem(p.entry.name).delete();
  for (const g of gone) g.ws.names.getItem(g.name).delete();
  // The record last: the restore above is what it now describes. A copy is stored, so that the
  // record itself still holds every sheet when the batch fails and has to be made to match.
  queueValueWrite(context, RECORD_KEY, compact(copyRecord(record)));
  try {
    await context.sync();
  } catch (e) {
    return reconcileUndo(context, e, { record, planned, gone, outcome, restoredCells });
  }
  outcome.restored += planned.length;
  return { outcome, record: compact(record), restoredCells };
}

interface PlannedRestore {
  s: SheetRecord;
  ws: Excel.Worksheet;
  entry: WriteEntry;
}

interface GoneAnchor {
  ws: Excel.Worksheet;
  name: string;
}

interface UndoState {
  /** The record as the batch was to leave it (the entries put back or gone are out of it). */
  record: DocumentRecord;
  planned: PlannedRestore[];
  gone: GoneAnchor[];
  outcome: RestoreOutcome;
  /** One per planned restore, in the same order. */
  restoredCells: RestoredCell[];
}

/**
 * The undo batch failed half way. Excel ran its operations in order up to the one that failed and
 * rolled nothing back (review B3), so each cell read through its anchor says whether it was put
 * back: it holds its old value again and no longer the add-in's (an anchor already gone means the
 * failure came after every cell). The record is made to match: the entries not put back stay, for
 * the next 撤销写回, and their cells are reported 'failed'; the anchors of the cells put back and
 * of the values the person changed go. Rethrows, the stored record untouched, when nothing was put
 * back or not even the read-back runs (the next 撤销写回 then checks every cell of the old record
 * again, and puts back those that hold their old value already without calling them changed).
 */
async function reconcileUndo(context: Excel.RequestContext, error: unknown, u: UndoState): Promise<RestoreResult & { restoredCells: RestoredCell[] }> {
  const failure = toGatewayError(error);
  let found: Map<string, AnchoredCell | null>;
  let goneLeft: GoneAnchor[];
  try {
    const bySheet = new Map<Excel.Worksheet, WriteEntry[]>();
    for (const p of u.planned) bySheet.set(p.ws, [...(bySheet.get(p.ws) ?? []), p.entry]);
    const queued = [...bySheet].map(([ws, entries]) => queueAnchors(ws, entries));
    const goneItems = u.gone.map((g) => {
      const item = g.ws.names.getItemOrNullObject(g.name);
      item.load('name');
      return { g, item };
    });
    await context.sync();
    found = new Map(queued.flatMap((q) => [...q()]));
    goneLeft = goneItems.filter((x) => !x.item.isNullObject).map((x) => x.g);
  } catch {
    throw failure;
  }
  const back: RestoredCell[] = [];
  const anchorsLeft: GoneAnchor[] = [...goneLeft];
  u.planned.forEach((p, i) => {
    const cell = found.get(p.entry.name);
    const done = !cell || (sameCellValue(plain(cell.value), p.entry.before) && !sameCellValue(plain(cell.value), p.entry.written));
    if (done) {
      u.outcome.restored++;
      back.push(u.restoredCells[i]);
      if (cell) anchorsLeft.push({ ws: p.ws, name: p.entry.name });
      return;
    }
    p.s.writes.push(p.entry);
    u.outcome.skipped.push({ sheet: p.s.name, cell: cell.address, reason: 'failed', detail: failure.detail ?? failure.code });
  });
  if (u.outcome.restored === 0) throw failure; // nothing applied: the stored record is still right
  queueValueWrite(context, RECORD_KEY, compact(u.record));
  for (const a of anchorsLeft) a.ws.names.getItem(a.name).delete();
  try {
    await context.sync();
  } catch {
    throw failure; // the stored record is the old one: the next 撤销写回 checks every cell again
  }
  return { outcome: u.outcome, record: u.record, restoredCells: back };
}

/** Forgets marks and/or writes: the record only (and the anchors of forgotten writes); no cell changes. */
export async function discardIn(context: Excel.RequestContext, env: RestoreEnv, what: { marks?: boolean; writes?: boolean }): Promise<DocumentRecord> {
  const { record, sheets } = await firstSync(context, env, () => null);
  const names: { ws: Excel.Worksheet; name: string }[] = [];
  for (const s of record.sheets) {
    if (what.marks) {
      s.cells = [];
      s.notes = [];
    }
    if (what.writes) {
      const ws = liveSheet(sheets, s);
      if (ws) for (const e of s.writes) names.push({ ws, name: e.name });
      s.writes = [];
    }
  }
  queueValueWrite(context, RECORD_KEY, compact(record));
  const lookups = names.map((n) => {
    const item = n.ws.names.getItemOrNullObject(n.name);
    item.load('name');
    return item;
  });
  await context.sync();
  if (lookups.some((l) => !l.isNullObject)) {
    for (const l of lookups) if (!l.isNullObject) l.delete();
    await context.sync();
  }
  return record;
}

/** The record as stored (one sync). */
export async function readRecordIn(context: Excel.RequestContext): Promise<DocumentRecord> {
  const read = queueValueRead(context, RECORD_KEY);
  await context.sync();
  return parseRecord(decodeStored(read())) ?? emptyRecord();
}

export type { SkippedCell };
