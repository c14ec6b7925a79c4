/**
 * 写回结果 and 检查表格's marks, in one Excel.run:
 * 1. the live check (one sync): the record, the sheets, the target sheet's protection, every
 *    write's cell as it is NOW (value, formula, number format, lock) and its row, the notes on the
 *    cells to mark, and — to replace earlier marks — the scan of the marked sheets;
 *    one more sync only when the record names something the first could not know of;
 * 2. the change (one sync), queued in this order: the new record first (what is about to be
 *    applied: a batch that fails half way must not leave changes nobody recorded), the earlier
 *    marks and notes removed, each write's anchor, number format and value, the new marks, notes;
 * 3. only when that sync fails: a read-back of what did get applied, and the record made to match.
 * A write is applied only where the live cell still holds what the check read (or the add-in's
 * own earlier write over it), holds no formula, is not inside a merged area, its row is unchanged,
 * and the sheet's protection lets it be written (a locked cell, or a number format without
 * allowFormatCells, is not); every other write is skipped with its reason.
 */
import { ApplyOutcome, ApplyRequest, GatewayError, RestoreOutcome, SkippedCell } from '../app/hostGateway';
import { MAX_NOTES_PER_CHECK, PlannedMark, noteFingerprint, planMarks, sameCellValue } from '../app/gatewayRules';
import { parseA1 } from '../core/grid/address';
import type { CellValue } from '../core/grid/cellGrid';
import type { Write } from '../core/report/reportSchema';
import { AnchoredCell, queueAnchorAdd, queueAnchors } from './anchors';
import { toExcelInput } from './cellInput';
import { DocumentRecord, SheetRecord, WriteEntry, compact, copyRecord, emptyRecord, nextAnchorName, parseRecord, sheetRecord } from './documentRecord';
import { RECORD_KEY, decodeStored, queueValueRead, queueValueWrite } from './documentStore';
import { SheetScan, queueClear, queueLazyScan, queueMarkScan, queueMarks, queueNoteScan, queueSheetScan } from './marks';
import { toGatewayError } from './officeErrors';
import type { ExcelFeatures } from './requirements';
import type { ReadSnapshot } from './sheetRead';

export interface ApplyEnv {
  features: ExcelFeatures;
  snapshot: ReadSnapshot | undefined;
  /** The record as this runtime last saw it (to queue the lookups it needs in the first sync). */
  cached: DocumentRecord;
}

export interface ApplyResult {
  outcome: ApplyOutcome;
  record: DocumentRecord;
}

function cellRef(address: string): { row: number; col: number } {
  try {
    return parseA1(address);
  } catch {
    throw new GatewayError('invalid-argument', `bad cell address ${address}`);
  }
}

/** A live cell's value as the engine compares it ('' = empty). */
function plain(v: unknown): CellValue {
  if (v === undefined || v === null || v === '') return null;
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : String(v);
}

function isFormula(formula: unknown, value: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value;
}

interface PlannedWrite {
  write: Write;
  row: number;
  col: number;
  /** The add-in's entry for this cell (new or found through its anchor). */
  entry: WriteEntry;
  isNew: boolean;
  /** The entry's `written` before this apply (to undo the plan when the batch fails). */
  previousWritten: CellValue;
  format: string | null;
}

export async function applyIn(context: Excel.RequestContext, env: ApplyEnv, request: ApplyRequest): Promise<ApplyResult> {
  const f = env.features;
  const snap = env.snapshot;
  const writes = request.writes.map((write) => ({ write, ...cellRef(write.cell) }));
  const marks = planMarks(request.highlights, cellRef);
  if (writes.length > 0 && !snap) throw new GatewayError('sheet-changed', 'read the sheet before writing');
  const replace = !!request.replaceMarks;
  const wantNotes = request.notes && f.notes && marks.length > 0;

  // ---- 1. the live check
  const first = async (optimistic: boolean) => {
    const recordRead = queueValueRead(context, RECORD_KEY);
    const sheets = context.workbook.worksheets;
    sheets.load('items/id,items/name');
    const ws = sheets.getItem(request.sheetId);
    ws.load('id,name');
    const protection = ws.protection;
    protection.load('protected,options');
    const targets = writes.map((w) => {
      const r = ws.getRange(w.write.cell);
      r.load('values,formulas,numberFormat');
      const lock = r.format.protection;
      lock.load('locked');
      return { r, lock };
    });
    const width = Math.max(snap?.cols ?? 1, 1);
    const rows = new Map<number, Excel.Range>();
    for (const w of writes) {
      if (rows.has(w.row)) continue;
      const r = ws.getRangeByIndexes(w.row, 0, 1, width);
      r.load('values,formulas');
      rows.set(w.row, r);
    }
    const probes = wantNotes
      ? marks.slice(0, MAX_NOTES_PER_CHECK).map((m) => {
          const p = ws.notes.getItemOrNullObject(m.address);
          p.load('content');
          return p;
        })
      : [];
    // What the record (as last seen) has on sheets this apply touches.
    const cachedTarget = optimistic ? env.cached.sheets.find((s) => s.id === request.sheetId) : undefined;
    const anchors = writes.length > 0 && cachedTarget?.writes.length ? queueAnchors(ws, cachedTarget.writes) : null;
    const scans = new Map<string, (rec: SheetRecord) => SheetScan>();
    if (replace) {
      const ids = new Set([request.sheetId, ...(optimistic ? env.cached.sheets.filter((s) => s.cells.length > 0 || s.notes.length > 0).map((s) => s.id) : [])]);
      for (const id of ids) scans.set(id, queueLazyScan(id === request.sheetId ? ws : sheets.getItem(id), f.notes));
    }
    await context.sync();
    return { recordRead, sheets, ws, protection, targets, rows, probes, anchors, anchorsFor: cachedTarget?.writes ?? [], scans };
  };
  let a;
  try {
    a = await first(true);
  } catch (e) {
    const code = toGatewayError(e).code;
    if (code === 'cell-edit-mode' || code === 'too-large') throw e;
    a = await first(false); // a sheet or anchor the cached record knew of is gone: plain lookups
  }

  const fresh = parseRecord(decodeStored(a.recordRead())) ?? emptyRecord();
  const record = copyRecord(fresh);
  const sheetName = a.ws.name;
  const target = sheetRecord(record, a.ws.id, sheetName, true);
  for (const s of record.sheets) {
    const live = a.sheets.items.find((x) => x.id === s.id) ?? a.sheets.items.find((x) => x.name === s.name);
    if (live) {
      s.id = live.id;
      s.name = live.name;
    }
  }

  // ---- 1b. what the first sync could not know of (another runtime changed the record)
  let anchorMap = a.anchors ? a.anchors() : new Map<string, AnchoredCell | null>();
  const missingAnchors = writes.length > 0 ? target.writes.filter((e) => !a.anchorsFor.some((x) => x.name === e.name)) : [];
  const scanned = new Map<string, SheetScan>();
  const pendingScans: { rec: SheetRecord; ws: Excel.Worksheet }[] = [];
  if (replace) {
    for (const s of record.sheets) {
      if (s !== target && s.cells.length === 0 && s.notes.length === 0) continue;
      const lazy = a.scans.get(s.id);
      if (lazy) scanned.set(s.id, lazy(s));
      else {
        const live = a.sheets.items.find((x) => x.id === s.id);
        if (live) pendingScans.push({ rec: s, ws: live });
      }
    }
  }
  if (missingAnchors.length > 0 || pendingScans.length > 0) {
    const more = missingAnchors.length > 0 ? queueAnchors(a.ws, missingAnchors) : null;
    const late = pendingScans.map((p) => ({ id: p.rec.id, scan: queueSheetScan(p.ws, p.rec, f.notes && p.rec.notes.length > 0) }));
    await context.sync();
    if (more) anchorMap = new Map([...anchorMap, ...more()]);
    for (const l of late) scanned.set(l.id, l.scan);
  }
  // Marks of sheets gone since: they went with their sheet.
  record.sheets = record.sheets.filter((s) => a.sheets.items.some((x) => x.id === s.id) || s.writes.length > 0);

  // ---- plan the writes against the live cells
  const outcome: ApplyOutcome = { written: 0, marked: 0, skipped: [] };
  const skip = (cell: string, reason: SkippedCell['reason']) => outcome.skipped.push({ sheet: sheetName, cell, reason });
  const isProtected = a.protection.protected === true;
  const allowFormat = !isProtected || a.protection.options?.allowFormatCells === true;
  const planned: PlannedWrite[] = [];
  for (let i = 0; i < writes.length; i++) {
    const w = writes[i];
    const { r, lock } = a.targets[i];
    const value = r.values?.[0]?.[0];
    const formula = r.formulas?.[0]?.[0];
    const format = String(r.numberFormat?.[0]?.[0] ?? 'General');
    if (isFormula(formula, value)) {
      skip(w.write.cell, 'formula');
      continue;
    }
    const m = snap!.mergeAt(w.row, w.col);
    if (m && (m.top !== w.row || m.left !== w.col)) {
      skip(w.write.cell, 'merged');
      continue;
    }
    const own = target.writes.find((e) => anchorMap.get(e.name)?.address === w.write.cell);
    const live = plain(value);
    // The cell holds what the check read — or the add-in's own earlier write over it (a report from
    // a check made before that write, applied again).
    const fits = sameCellValue(live, w.write.previous) || (!!own && sameCellValue(live, own.written) && sameCellValue(own.before, w.write.previous));
    if (!fits) {
      skip(w.write.cell, 'value-changed');
      continue;
    }
    const row = a.rows.get(w.row)!;
    const before = snap!.row(w.row);
    let rowChanged = false;
    for (let c = 0; c < before.length && !rowChanged; c++) {
      if (c === w.col) continue;
      const now = isFormula(row.formulas?.[0]?.[c], row.values?.[0]?.[c]) ? (row.formulas[0][c] as string) : plain(row.values?.[0]?.[c]);
      rowChanged = !sameCellValue(now, before[c]);
    }
    if (rowChanged) {
      skip(w.write.cell, 'row-changed');
      continue;
    }
    const wantsFormat = w.write.numberFormat !== null && w.write.numberFormat !== format;
    if (isProtected && (lock.locked !== false || (wantsFormat && !allowFormat))) {
      skip(w.write.cell, 'protected');
      continue;
    }
    const entry: WriteEntry = own ?? { name: '', address: w.write.cell, before: live, beforeFormat: format, written: w.write.value, writtenFormat: format };
    planned.push({ write: w.write, row: w.row, col: w.col, entry, isNew: !own, previousWritten: own ? own.written : null, format: wantsFormat ? w.write.numberFormat : null });
  }

  // ---- plan the marks and notes
  const markable = marks.length > 0 && !isProtected;
  if (marks.length > 0 && isProtected) for (const m of marks) skip(m.address, 'protected');
  const noteAdds: PlannedMark[] = [];
  const noteUpdates: { probe: Excel.Note; mark: PlannedMark }[] = [];
  if (markable && wantNotes) {
    a.probes.forEach((probe, i) => {
      const m = marks[i];
      if (probe.isNullObject) return void noteAdds.push(m);
      const fp = noteFingerprint(probe.content);
      if (!target.notes.includes(fp)) return; // the person's own note: never replaced
      if (replace) noteAdds.push(m); // removed with the earlier marks below, then added again
      else if (probe.content !== m.text) noteUpdates.push({ probe, mark: m });
    });
  }

  // ---- 2. the change: record first, then the workbook
  const clearing = replace ? [...scanned.values()] : [];
  const cleared = queueClear(clearing, f.notes);
  for (const p of planned) {
    if (p.isNew) {
      p.entry.name = nextAnchorName(record);
      target.writes.push(p.entry);
    }
    p.entry.written = p.write.value;
    p.entry.writtenFormat = p.format ?? p.entry.writtenFormat;
  }
  if (markable) {
    const cells = new Set(replace ? [] : target.cells);
    for (const m of marks) cells.add(m.address);
    target.cells = [...cells];
    for (const u of noteUpdates) target.notes.splice(target.notes.indexOf(noteFingerprint(u.probe.content)), 1, noteFingerprint(u.mark.text));
    for (const m of noteAdds) target.notes.push(noteFingerprint(m.text));
  }
  queueValueWrite(context, RECORD_KEY, compact(record));
  if (planned.length > 0) context.application.suspendApiCalculationUntilNextSync();
  for (const p of planned) {
    const range = a.ws.getRange(p.write.cell);
    if (p.isNew) queueAnchorAdd(a.ws, p.entry.name, range);
    if (p.format !== null) range.numberFormat = [[p.format]];
    range.values = [[toExcelInput(p.write.value, p.format ?? p.entry.writtenFormat)]];
  }
  if (markable) {
    queueMarks(a.ws, marks);
    for (const m of noteAdds) a.ws.notes.add(a.ws.getRange(m.address), m.text);
    for (const u of noteUpdates) u.probe.content = u.mark.text;
  }
  try {
    await context.sync();
  } catch (e) {
    return reconcile(context, e, { a: { ws: a.ws }, record, target, planned, marks: markable ? marks : [], notes: noteAdds.map((m) => m.text), outcome, sheetName, notesApi: f.notes });
  }
  for (const p of planned) snap!.update(p.row, p.col, p.write.value, p.format);
  outcome.written = planned.length;
  outcome.marked = markable ? marks.length : 0;
  if (replace) outcome.cleared = cleared();
  return { outcome, record };
}

interface ReconcileState {
  a: { ws: Excel.Worksheet };
  record: DocumentRecord;
  target: SheetRecord;
  planned: PlannedWrite[];
  marks: PlannedMark[];
  notes: string[];
  outcome: ApplyOutcome;
  sheetName: string;
  notesApi: boolean;
}

/**
 * The change batch failed half way: read back what got applied (each write through its anchor,
 * the sheet's marks and notes) and store a record that matches it. Rethrows when nothing did.
 */
async function reconcile(context: Excel.RequestContext, error: unknown, s: ReconcileState): Promise<ApplyResult> {
  const failure = toGatewayError(error);
  const { ws } = s.a;
  let anchors: Map<string, AnchoredCell | null>;
  let ourMarks: number;
  let notes: string[];
  try {
    const found = queueAnchors(ws, s.planned.map((p) => p.entry));
    const rules = queueMarkScan(ws);
    const noteScan = s.notesApi && s.notes.length > 0 ? queueNoteScan(ws) : null;
    await context.sync();
    anchors = found();
    ourMarks = rules().length;
    notes = noteScan ? noteScan().map((n) => n.content) : [];
  } catch {
    throw failure; // cannot even read back: the record says what was planned; undo checks each cell anyway
  }
  let applied = 0;
  const orphanNames: string[] = [];
  for (const p of s.planned) {
    const cell = anchors.get(p.entry.name);
    const done = !!cell && sameCellValue(plain(cell.value), p.write.value);
    if (done) {
      applied++;
      continue;
    }
    s.outcome.skipped.push({ sheet: s.sheetName, cell: p.write.cell, reason: 'failed', detail: failure.detail ?? failure.code });
    if (p.isNew) {
      s.target.writes = s.target.writes.filter((e) => e !== p.entry);
      if (cell) orphanNames.push(p.entry.name);
    } else p.entry.written = p.previousWritten;
  }
  // Notes recorded but not added are forgotten; marks only if none of the add-in's rules is there.
  const present = new Set(notes.map(noteFingerprint));
  s.target.notes = s.target.notes.filter((fp) => present.has(fp));
  if (ourMarks === 0) {
    s.target.cells = [];
    for (const m of s.marks) s.outcome.skipped.push({ sheet: s.sheetName, cell: m.address, reason: 'failed', detail: failure.detail ?? failure.code });
  }
  queueValueWrite(context, RECORD_KEY, compact(s.record));
  for (const n of orphanNames) ws.names.getItem(n).delete();
  try {
    await context.sync();
  } catch {
    // the record still lists writes that did not happen: undo skips cells that do not hold them
  }
  s.outcome.written = applied;
  s.outcome.marked = ourMarks > 0 ? s.marks.length : 0;
  if (applied === 0 && s.outcome.marked === 0) throw failure;
  return { outcome: s.outcome, record: s.record };
}

export type { RestoreOutcome };
