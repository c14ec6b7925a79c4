/**
 * Reading a worksheet in as few round trips as Excel allows. One sync normally: the sheet's id and
 * name, the used range's extent, values, number formats, formulas and value types of (A1 → used
 * end) ∩ the read window, and from ExcelApi 1.13 the merged areas band by band. Two limits can
 * make that one answer fail, and then the read is split — never otherwise:
 * - Excel on the web's 5 MB response limit (learn.microsoft.com/office/dev/add-ins/excel/performance
 *   #payload-size-limit-best-practices), reached by a dense sheet of a few thousand rows: the rows
 *   are read in bands, each band split again while its answer is still too large;
 * - `getMergedAreasOrNullObject` "will fail" above 512 areas (@types/office-js): the values are read
 *   without merges, then the merges in bands halved until each holds fewer.
 */
import { RangeRef, rangeContains, toA1 } from '../core/grid/address';
import type { CellValue } from '../core/grid/cellGrid';
import type { SheetSnapshot } from '../app/hostGateway';
import { toGatewayError } from './officeErrors';
import { LoadedRange, ReadLimits, UsedExtent, mergeBandAddresses, toGridData, windowAddress } from './readGrid';
import type { ExcelFeatures } from './requirements';

/** What a read loaded, kept for the writes that follow (formulas, values, formats, merges, rows). */
export class ReadSnapshot {
  constructor(
    readonly sheetId: string,
    readonly name: string,
    private readonly values: unknown[][],
    private readonly numberFormat: unknown[][],
    private readonly formulas: unknown[][],
    readonly merges: RangeRef[],
    /** The used range's extent from A1 as read (rows × columns, merges included). */
    readonly rows: number,
    readonly cols: number,
  ) {}

  hasFormula(row: number, col: number): boolean {
    const f = this.formulas[row]?.[col];
    return typeof f === 'string' && f.startsWith('=') && f !== this.values[row]?.[col];
  }

  value(row: number, col: number): CellValue {
    const v = this.values[row]?.[col];
    if (v === undefined || v === null || v === '') return null;
    return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : String(v);
  }

  format(row: number, col: number): string {
    const f = this.numberFormat[row]?.[col];
    return typeof f === 'string' ? f : 'General';
  }

  /** What a row showed (formula text where there is one, else the value), column by column. */
  row(row: number): (CellValue | string)[] {
    const out: (CellValue | string)[] = [];
    for (let c = 0; c < this.cols; c++) out.push(this.hasFormula(row, c) ? (this.formulas[row][c] as string) : this.value(row, c));
    return out;
  }

  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.merges.find((m) => rangeContains(m, row, col));
  }

  /** Keeps the snapshot in step with the add-in's own writes and undos. */
  update(row: number, col: number, value: CellValue, numberFormat: string | null): void {
    if (!this.values[row] || col >= this.cols) return;
    this.values[row][col] = value ?? '';
    if (this.formulas[row]) this.formulas[row][col] = value ?? '';
    if (numberFormat !== null && this.numberFormat[row]) this.numberFormat[row][col] = numberFormat;
  }
}

export interface SheetRead {
  snapshot: SheetSnapshot;
  read: ReadSnapshot;
}

type Sheet = Excel.Worksheet;

interface Parts {
  values: unknown[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  valueTypes: unknown[][];
}

const PROPS = 'values,numberFormat,formulas,valueTypes';

function finish(ws: Sheet, loaded: LoadedRange, used: UsedExtent, mergeAddresses: string[], lim: ReadLimits): SheetRead {
  const grid = toGridData(ws.name, loaded, used, mergeAddresses, lim);
  let rows = loaded.values.length;
  let cols = loaded.values.length > 0 ? loaded.values[0].length : 0;
  for (const m of grid.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  return { snapshot: { sheetId: ws.id, grid }, read: new ReadSnapshot(ws.id, ws.name, loaded.values, loaded.numberFormat, loaded.formulas, grid.merges, rows, cols) };
}

function queueMerges(ws: Sheet, addresses: string[]): () => string[] {
  const bands = addresses.map((address) => {
    const areas = ws.getRange(address).getMergedAreasOrNullObject();
    areas.load('areas/items/address');
    return areas;
  });
  return () => bands.flatMap((a) => (a.isNullObject ? [] : a.areas.items.map((i) => i.address)));
}

/** Queues the sheet's id, name, extent and cell arrays (no merges). */
function queueParts(ws: Sheet, lim: ReadLimits): () => { parts: Parts; used: UsedExtent } {
  ws.load('id,name');
  // getUsedRange never fails (a blank sheet gives A1), so the ranges derived from it can be queued
  // in the same batch; the null object of getUsedRangeOrNullObject cannot be chained.
  const used = ws.getUsedRange(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const read = ws.getRange('A1').getBoundingRect(used).getIntersection(windowAddress(lim));
  read.load(PROPS);
  return () => ({ parts: loaded(read), used: extent(used) });
}

/** Queues the whole read in one batch; the function converts it after the sync. */
export function queueSheetRead(ws: Sheet, features: ExcelFeatures, lim: ReadLimits): () => SheetRead {
  const parts = queueParts(ws, lim);
  const merges = features.mergedAreas ? queueMerges(ws, mergeBandAddresses(lim)) : () => [];
  return () => {
    const p = parts();
    return finish(ws, p.parts, p.used, merges(), lim);
  };
}

function loaded(r: Excel.Range): Parts {
  return { values: (r.values ?? []) as unknown[][], numberFormat: (r.numberFormat ?? []) as unknown[][], formulas: (r.formulas ?? []) as unknown[][], valueTypes: (r.valueTypes ?? []) as unknown[][] };
}

function extent(used: Excel.Range): UsedExtent {
  return { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
}

/**
 * Reads a sheet: one sync, or — when Excel refuses that answer — the fallbacks described above.
 * `sheet` gives the worksheet proxy in the batch's context (the active one, or one by id).
 */
export async function readSheetIn(context: Excel.RequestContext, sheet: () => Sheet, features: ExcelFeatures, lim: ReadLimits): Promise<SheetRead> {
  try {
    const done = queueSheetRead(sheet(), features, lim);
    await context.sync();
    return done();
  } catch (e) {
    const code = toGatewayError(e).code;
    if (code === 'too-large') return readInBands(context, sheet(), features, lim);
    if (features.mergedAreas && (code === 'unknown' || code === 'invalid-argument')) return readThenMerges(context, sheet(), lim);
    throw e;
  }
}

/** The cells without merges (one sync), then the merges in bands of half the usual height, halved again while one fails. */
async function readThenMerges(context: Excel.RequestContext, ws: Sheet, lim: ReadLimits): Promise<SheetRead> {
  const parts = queueParts(ws, lim);
  await context.sync();
  const p = parts();
  // Over the whole window, as the one-sync read does: an empty merged area may lie below the values.
  const merges = await mergesHalving(context, ws, 0, lim.maxRows - 1, lim, Math.max(1, Math.floor(lim.mergeBandRows / 2)));
  return finish(ws, p.parts, p.used, merges, lim);
}

/** Merged areas whose top-left lies in rows top..bottom, in bands of `band` rows, halving the bands while a sync fails. */
async function mergesHalving(context: Excel.RequestContext, ws: Sheet, top: number, bottom: number, lim: ReadLimits, band: number): Promise<string[]> {
  const lastCol = toA1(0, lim.maxCols - 1).replace(/\d+$/, '');
  const addresses: string[] = [];
  for (let t = top; t <= bottom; t += band) addresses.push(`A${t + 1}:${lastCol}${Math.min(t + band, bottom + 1)}`);
  try {
    const merges = queueMerges(ws, addresses);
    await context.sync();
    return merges();
  } catch (e) {
    if (band <= 1 || toGatewayError(e).code === 'cell-edit-mode') throw e;
    return mergesHalving(context, ws, top, bottom, lim, Math.max(1, Math.floor(band / 2)));
  }
}

/** A sheet too large for one answer: its extent (one sync), then row bands split while too large. */
async function readInBands(context: Excel.RequestContext, ws: Sheet, features: ExcelFeatures, lim: ReadLimits): Promise<SheetRead> {
  ws.load('id,name');
  const used = ws.getUsedRange(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  const ext = extent(used);
  const rows = Math.min(ext.rowIndex + ext.rowCount, lim.maxRows);
  const cols = Math.min(ext.columnIndex + ext.columnCount, lim.maxCols);
  const parts: Parts = { values: [], numberFormat: [], formulas: [], valueTypes: [] };
  const merges: string[] = [];
  const lastCol = toA1(0, cols - 1).replace(/\d+$/, '');
  const band = async (top: number, bottom: number): Promise<void> => {
    try {
      const r = ws.getRange(`A${top + 1}:${lastCol}${bottom + 1}`);
      r.load(PROPS);
      const m: (() => string[])[] = [];
      if (features.mergedAreas) {
        const addresses: string[] = [];
        for (let t = top; t <= bottom; t += lim.mergeBandRows) addresses.push(`A${t + 1}:${lastCol}${Math.min(t + lim.mergeBandRows, bottom + 1)}`);
        m.push(queueMerges(ws, addresses));
      }
      await context.sync();
      const got = loaded(r);
      parts.values.push(...got.values);
      parts.numberFormat.push(...got.numberFormat);
      parts.formulas.push(...got.formulas);
      parts.valueTypes.push(...got.valueTypes);
      for (const f of m) merges.push(...f());
    } catch (e) {
      if (toGatewayError(e).code !== 'too-large' || bottom === top) throw e;
      const mid = Math.floor((top + bottom) / 2);
      await band(top, mid);
      await band(mid + 1, bottom);
    }
  };
  // Start with halves: the whole sheet was just refused.
  const mid = Math.floor((rows - 1) / 2);
  await band(0, mid);
  if (mid + 1 <= rows - 1) await band(mid + 1, rows - 1);
  return finish(ws, parts, ext, merges, lim);
}
