/**
 * 插入指标行 (InsertRowsRequest semantics, hostGateway.ts), in one sync: "insert cells, shift down"
 * over the form's columns only (nothing outside them moves; Excel moves the merges below and grows
 * those spanning the insertion point, and the add-in's marks and write anchors move with their
 * cells); the extendDown areas re-merged over the new rows; the model row's formats copied
 * (`copyFrom(…, 'Formats')`) except over merged groups. The copy may carry a mark the model row
 * had onto the blank rows (Paste Formats copies conditional formats): the pane checks again after
 * inserting, which replaces every mark.
 */
import { RangeRef, rangeContains } from '../core/grid/address';
import { GatewayError, InsertRowsRequest } from '../app/hostGateway';
import { parseA1 } from '../core/grid/address';
import { cellsOfAddressList, markSeverity, queueMarkScanOf, queueMarks } from './marks';
import { rangeAt } from './templateLayout';

/** The most rows one request may add (as the in-memory gateway). */
export const MAX_INSERT_ROWS = 10000;

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

/** Checks the request against the sheet as read; returns the areas to extend and the column segments whose formats are copied. */
export function planInsert(request: InsertRowsRequest, read: { rows: number; merges: RangeRef[] } | undefined): { extendedAreas: RangeRef[]; segments: { left: number; right: number }[] } {
  const { beforeRow, count, copyFormatsFrom, fromCol, toCol } = request;
  const extendDown = request.extendDown ?? [];
  if (
    ![beforeRow, count, copyFormatsFrom, fromCol, toCol, ...extendDown].every((n) => isInt(n) && n >= 0) ||
    count < 1 ||
    count > MAX_INSERT_ROWS ||
    fromCol > toCol ||
    extendDown.some((c) => c < fromCol || c > toCol) ||
    (read && (beforeRow > read.rows || copyFormatsFrom >= Math.max(read.rows, 1)))
  ) {
    throw new GatewayError('invalid-argument', 'bad row insert');
  }
  const merges = read?.merges ?? [];
  // Excel cannot move or grow part of a merged area.
  const straddles = (m: RangeRef): boolean => (m.left < fromCol && m.right >= fromCol) || (m.right > toCol && m.left <= toCol);
  const extendedAreas: RangeRef[] = [];
  if (beforeRow > 0) {
    for (const c of extendDown) {
      const m = merges.find((x) => rangeContains(x, beforeRow - 1, c)) ?? { top: beforeRow - 1, left: c, bottom: beforeRow - 1, right: c };
      if (m.bottom === beforeRow - 1 && !extendedAreas.some((e) => e.top === m.top && e.left === m.left)) extendedAreas.push(m);
    }
  }
  if ([...merges.filter((m) => m.bottom >= beforeRow), ...extendedAreas].some(straddles)) {
    throw new GatewayError('merge-conflict', 'a merged area crosses the form’s columns');
  }
  // The columns whose formats are copied: not those of an extended area, a merged group spanning
  // several rows, or a one-row merge touching either.
  const excluded = new Set<number>();
  for (const e of extendedAreas) for (let c = e.left; c <= e.right; c++) excluded.add(c);
  const modelMerges = merges.filter((m) => m.top <= copyFormatsFrom && m.bottom >= copyFormatsFrom && m.left >= fromCol && m.right <= toCol);
  for (const m of modelMerges) if (m.bottom > m.top || (m.top < beforeRow && m.bottom >= beforeRow)) for (let c = m.left; c <= m.right; c++) excluded.add(c);
  for (const m of modelMerges) {
    let touches = false;
    for (let c = m.left; c <= m.right; c++) touches = touches || excluded.has(c);
    if (touches) for (let c = m.left; c <= m.right; c++) excluded.add(c);
  }
  const segments: { left: number; right: number }[] = [];
  for (let c = fromCol, start = -1; c <= toCol + 1; c++) {
    const skip = c > toCol || excluded.has(c);
    if (!skip && start < 0) start = c;
    if (skip && start >= 0) {
      segments.push({ left: start, right: c - 1 });
      start = -1;
    }
  }
  return { extendedAreas, segments };
}

/**
 * Inserts the rows (one sync). When the model row carries marks of the add-in, the format copy
 * carries them onto the new blank rows too (Paste Formats copies conditional formats): those rules
 * are then put back without the new rows (two more syncs: their ranges, then the rules replaced).
 */
export async function insertIn(context: Excel.RequestContext, ws: Excel.Worksheet, request: InsertRowsRequest, plan: ReturnType<typeof planInsert>): Promise<void> {
  const { beforeRow, count, copyFormatsFrom, fromCol, toCol } = request;
  const model = copyFormatsFrom >= beforeRow ? copyFormatsFrom + count : copyFormatsFrom;
  // The add-in's rules on the model row, as they are before the insert (loads run in queue order).
  const copied = plan.segments.length > 0 ? queueMarkScanOf(rangeAt(ws, { top: copyFormatsFrom, left: fromCol, bottom: copyFormatsFrom, right: toCol })) : () => [];
  rangeAt(ws, { top: beforeRow, left: fromCol, bottom: beforeRow + count - 1, right: toCol }).insert('Down');
  for (const e of plan.extendedAreas) rangeAt(ws, { ...e, bottom: e.bottom + count }).merge(false);
  for (const s of plan.segments) {
    rangeAt(ws, { top: beforeRow, left: s.left, bottom: beforeRow + count - 1, right: s.right }).copyFrom(rangeAt(ws, { top: model, left: s.left, bottom: model, right: s.right }), 'Formats');
  }
  await context.sync();
  const rules = copied();
  if (rules.length === 0) return;
  const areas = rules.map((cf) => {
    const at = cf.getRanges();
    at.load('address');
    return { cf, at, severity: markSeverity(cf.customOrNullObject.rule.formula) };
  });
  await context.sync();
  for (const { cf, at, severity } of areas) {
    const keep = cellsOfAddressList(at.address)
      .map((a) => parseA1(a))
      .filter((c) => c.row < beforeRow || c.row >= beforeRow + count);
    cf.delete();
    if (keep.length > 0) queueMarks(ws, keep.map((c) => ({ address: '', row: c.row, col: c.col, severity, text: '' })));
  }
  await context.sync();
}
