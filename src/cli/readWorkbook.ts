/**
 * Reads an .xlsx file into the engine's host-free GridData, one per worksheet.
 *
 * The file is vetted before exceljs sees it (exceljs inflates and materialises everything):
 * existence, size, the ZIP signature, an OLE/CFB header (encrypted .xlsx or legacy .xls), the
 * central directory's declared sizes (zip bombs), the parts a workbook needs, and the merged
 * areas (exceljs creates an object for every cell of a merge, so one A1:XFD1048576 merge would
 * exhaust memory). The used range handed to the engine is bounded too (`truncated`).
 */
import { promises as fs } from 'fs';
// exceljs' Workbook, with the zh-CN built-in date formats (see ./exceljs).
import * as ExcelJS from './exceljs';
// The grid's leaf modules, not the engine's index: reading a file needs no engine.
import { RangeRef, parseRangeA1 } from '../core/grid/address';
import type { Cell, CellValue, GridData } from '../core/grid/cellGrid';
import type { SkippedSheet } from '../core/report/reportSchema';
import { formulasWithoutValue, worksheetPartsByName } from './sheetParts';
import { refuseNonZip, refuseOtherZip } from './fileKind';
import { WorkbookReadError } from './readError';
import { ZipEntryInfo, ZipFormatError, listZipEntries, readZipEntry, storedZip } from './zipInspect';

export { WorkbookReadError } from './readError';
export type { ReadErrorCode } from './readError';

export interface ReadLimits {
  /** Refuse files larger than this (bytes on disk). */
  maxFileBytes: number;
  /** Refuse when the central directory declares more than this, summed over all entries. */
  maxUncompressedBytes: number;
  /** Refuse when the merged areas of one sheet cover more cells than this. */
  maxMergedCells: number;
  /** Read at most this many rows of a sheet … */
  maxRows: number;
  /** … and this many columns (forms have about a dozen; 256 is generous) … */
  maxCols: number;
  /** … and no more than this many cells (rows × columns of the part read). */
  maxCells: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  // exceljs keeps about 9 bytes of heap per byte of sheet XML (measured on the 10 000-row bench
  // form: 3.1 MB of XML, 27 MB of heap); 100 MB stays well inside Node's default heap and is
  // still 30 times that form.
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxMergedCells: 1_000_000,
  maxRows: 200_000,
  maxCols: 256,
  maxCells: 2_000_000,
};

export interface ReadOptions extends Partial<ReadLimits> {
  /** Read hidden and very hidden sheets too (by default they are skipped and listed in `skipped`). */
  includeHidden?: boolean;
}

export interface WorkbookData {
  /** The sheets read, in workbook order. */
  sheets: GridData[];
  /** Hidden and very hidden sheets left out (empty with `includeHidden`). */
  skipped: SkippedSheet[];
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Parts exceljs never needs for reading values; skipping them saves time on big sheets. */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'rowBreaks',
  'picture',
  'drawing',
  'tableParts',
  'autoFilter',
  'sheetProtection',
];

function firstLine(message: unknown): string {
  const text = message instanceof Error ? message.message : String(message);
  return (text.split(/\r?\n/)[0] ?? '').slice(0, 200) || 'unknown error';
}

async function loadBytes(path: string, limits: ReadLimits): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookReadError('not-found', 'no such file');
    throw new WorkbookReadError('unreadable', firstLine(e));
  }
  if (stat.isDirectory()) throw new WorkbookReadError('not-found', 'is a directory, not a file');
  if (!stat.isFile()) throw new WorkbookReadError('not-xlsx', 'not a regular file');
  if (stat.size === 0) throw new WorkbookReadError('empty', 'zero bytes');
  if (stat.size > limits.maxFileBytes) {
    throw new WorkbookReadError('too-large', `${stat.size} bytes, limit ${limits.maxFileBytes}`);
  }
  try {
    return await fs.readFile(path);
  } catch (e) {
    throw new WorkbookReadError('unreadable', firstLine(e));
  }
}

/** A workbook that passed the sniff: its entries, and the parts exceljs reads, inflated. */
export interface VettedWorkbook {
  entries: ZipEntryInfo[];
  /** The XML parts (and relationships), inflated, by name without a leading `/`. */
  parts: Map<string, Buffer>;
}

/** The parts exceljs reads: XML, relationships and VML (the notes it reads a sheet's comments with). */
const READ_PARTS = /\.(xml|rels|vml)$/i;

/** Vets the bytes; returns the workbook's parts, throws WorkbookReadError. */
export function sniffWorkbookBytes(buf: Buffer, limits: ReadLimits = DEFAULT_READ_LIMITS): VettedWorkbook {
  if (buf.length === 0) throw new WorkbookReadError('empty', 'zero bytes');
  if (buf.length >= 4 && buf.subarray(0, 4).equals(EMPTY_ZIP_SIGNATURE)) {
    throw new WorkbookReadError('not-xlsx', 'an empty zip archive');
  }
  if (buf.length < 4 || !buf.subarray(0, 4).equals(ZIP_SIGNATURE)) refuseNonZip(buf);
  let entries;
  try {
    entries = listZipEntries(buf);
  } catch (e) {
    if (e instanceof ZipFormatError) throw new WorkbookReadError('corrupt', e.message);
    throw e;
  }
  let total = 0;
  for (const e of entries) total += e.uncompressedSize;
  if (total > limits.maxUncompressedBytes) {
    throw new WorkbookReadError('too-large', `${total} bytes uncompressed, limit ${limits.maxUncompressedBytes}`);
  }
  refuseOtherZip(buf, entries);
  // Every part read is inflated once, here, capped at its declared size: a part whose header lies
  // about its size (a compression bomb in sharedStrings.xml) fails here, holding at most the
  // declared total, instead of being inflated whole by exceljs before its size is checked. Parts
  // the check never reads (images, embedded objects, printer settings) are not inflated at all.
  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    const name = entry.name.replace(/^\//, '');
    if (!READ_PARTS.test(name) || name.endsWith('/')) continue;
    let xml: Buffer;
    try {
      xml = readZipEntry(buf, entry);
    } catch (e) {
      if (e instanceof ZipFormatError) throw new WorkbookReadError('corrupt', e.message);
      throw e;
    }
    parts.set(name, xml);
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    const area = mergedArea(xml);
    if (area > limits.maxMergedCells) {
      throw new WorkbookReadError('too-large', `merged areas cover ${area} cells in ${entry.name}, limit ${limits.maxMergedCells}`);
    }
  }
  return { entries, parts };
}

/** Total cells covered by the `<mergeCell ref>` elements of a worksheet part. */
function mergedArea(xml: Buffer): number {
  const start = xml.indexOf('mergeCells');
  if (start < 0) return 0;
  const text = xml.toString('utf8', start);
  const re = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref="([^"]+)"/g;
  let total = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    try {
      const r = parseRangeA1(m[1]);
      total += (r.bottom - r.top + 1) * (r.right - r.left + 1);
    } catch {
      // an unreadable ref; exceljs decides what to do with it
    }
  }
  return total;
}

/** The plain text of exceljs rich text: `{ richText: [{ text }] }`. */
function richTextToString(v: { richText: { text?: string }[] }): string {
  return v.richText.map((r) => r.text ?? '').join('');
}

function isoDate(d: Date): string | null {
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/**
 * A number format showing a time of day only (`h"时"mm"分"`, `h:mm:ss`, `上午/下午 h"时"mm"分"`):
 * no year or day, quoted text and [brackets] aside.
 */
export function isTimeOnlyFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[hs]/i.test(bare) && !/[yd]/i.test(bare);
}

/** A date read by exceljs (UTC), as the engine gets it: `2024-12-31`, or `9:30` for a time format. */
function dateValue(d: Date, format: string | undefined): string | null {
  if (Number.isNaN(d.getTime())) return null;
  if (!isTimeOnlyFormat(format)) return isoDate(d);
  const hh = d.getUTCHours();
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  const ss = d.getUTCSeconds();
  return ss === 0 ? `${hh}:${mm}` : `${hh}:${mm}:${String(ss).padStart(2, '0')}`;
}

interface Plain {
  value: CellValue;
  error?: string;
}

/** Converts any exceljs value (or formula result) to a plain value; `format` decides how a date reads. */
export function plainValue(v: unknown, format?: string): Plain {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : null };
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: dateValue(v, format) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { value: o.error, error: o.error };
    if (Array.isArray(o.richText)) return { value: richTextToString(o as { richText: { text?: string }[] }) };
    if ('hyperlink' in o && 'text' in o) return plainValue(o.text, format);
    if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result, format);
    if ('text' in o) return plainValue(o.text, format);
  }
  return { value: String(v) };
}

/**
 * One exceljs cell as the engine's Cell, or null when it holds nothing. `uncached` tells whether
 * a formula cell without a result has no cached value in the file at all (no `<v>` element), as
 * opposed to a cached empty text (exceljs reads both as no result).
 */
export function cellFromExcel(cell: ExcelJS.Cell, uncached?: (address: string) => boolean): Cell | null {
  if (cell.type === ExcelJS.ValueType.Merge || cell.type === ExcelJS.ValueType.Null) return null;
  const fmt = cell.numFmt;
  const format = fmt && fmt !== 'General' ? fmt : undefined;
  let out: Cell;
  if (cell.type === ExcelJS.ValueType.Formula) {
    const p = plainValue(cell.result, format);
    out = { value: p.value };
    const f = cell.formula;
    if (f) out.formula = f.startsWith('=') ? f : `=${f}`;
    if (p.error) out.error = p.error;
    if (cell.result === undefined && uncached?.(cell.address)) out.uncached = true;
  } else {
    const p = plainValue(cell.value, format);
    out = { value: p.value };
    if (p.error) out.error = p.error;
  }
  if (format) out.format = format;
  if (out.value === null && !out.formula && !out.error) return null;
  return out;
}

/** Merged areas as 0-based RangeRefs (exceljs keeps them as 1-based Range objects in `_merges`). */
function worksheetMerges(ws: ExcelJS.Worksheet): RangeRef[] {
  const raw = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  if (raw) {
    return Object.values(raw).map((r) => ({ top: r.top - 1, left: r.left - 1, bottom: r.bottom - 1, right: r.right - 1 }));
  }
  const model = (ws.model as { merges?: string[] }).merges ?? [];
  return model.map((a) => parseRangeA1(a));
}

/**
 * Converts one worksheet, bounded by the limits. `uncached(address)` says whether a formula cell
 * exceljs gives no result has no cached value in the file (see {@link cellFromExcel}); it is
 * asked only about such cells.
 */
export function worksheetToGrid(
  ws: ExcelJS.Worksheet,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  uncached?: (address: string) => boolean,
): GridData {
  const merges = worksheetMerges(ws);

  // The used range: the last row holding a value, and the merges.
  let usedRows = 0;
  for (let r = ws.rowCount; r >= 1; r--) {
    const row = ws.findRow(r);
    if (row && row.hasValues) {
      usedRows = r;
      break;
    }
  }
  let usedCols = 0;
  for (const m of merges) {
    if (m.bottom + 1 > usedRows) usedRows = m.bottom + 1;
    if (m.right + 1 > usedCols) usedCols = m.right + 1;
  }
  // First pass (rows within the row limit): the widest row.
  const rowScan = Math.min(usedRows, limits.maxRows);
  let widest = 0;
  for (let r = 1; r <= rowScan; r++) {
    const row = ws.findRow(r);
    if (!row || !row.hasValues) continue;
    const dims = (row as unknown as { dimensions: { min: number; max: number } | null }).dimensions;
    if (dims && dims.max > widest) widest = dims.max;
  }
  if (widest > usedCols) usedCols = widest;
  const cols = Math.min(usedCols, limits.maxCols);
  const rows = Math.min(usedRows, limits.maxRows, Math.floor(limits.maxCells / Math.max(1, cols)));

  const cells: (Cell | null)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: (Cell | null)[] = [];
    cells[r] = line;
    const row = ws.findRow(r + 1);
    if (!row || !row.hasValues) continue;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (colNumber > cols) return;
      const c = cellFromExcel(cell, uncached);
      if (!c) return;
      while (line.length < colNumber - 1) line.push(null);
      line[colNumber - 1] = c;
    });
  }

  const kept: RangeRef[] = [];
  for (const m of merges) {
    if (m.top >= rows || m.left >= cols) continue;
    kept.push({ top: m.top, left: m.left, bottom: Math.min(m.bottom, rows - 1), right: Math.min(m.right, cols - 1) });
  }
  const grid: GridData = { name: ws.name, cells, merges: kept };
  if (rows < usedRows || cols < usedCols) grid.truncated = { rows, cols };
  return grid;
}

/** What `worksheet.state` says of a sheet Excel does not show, as the report names it. */
function hiddenState(ws: ExcelJS.Worksheet): SkippedSheet['reason'] | null {
  if (ws.state === 'hidden') return 'hidden';
  if (ws.state === 'veryHidden') return 'very-hidden';
  return null;
}

/**
 * Reads the worksheets of an .xlsx file as the person sees them: hidden and very hidden sheets
 * are skipped (and listed) unless `includeHidden`. Throws WorkbookReadError for any file it
 * cannot read.
 */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookData> {
  const { includeHidden = false, ...limits } = options;
  const lim: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  const vetted = sniffWorkbookBytes(await loadBytes(path, lim), lim);
  const wb = new ExcelJS.Workbook();
  try {
    // The parts already inflated, handed over uncompressed: JSZip need not inflate them again.
    const stored = storedZip([...vetted.parts].map(([name, data]) => ({ name, data })));
    await wb.xlsx.load(stored as unknown as ExcelJS.XlsxBuffer, { ignoreNodes: IGNORED_NODES });
  } catch (e) {
    throw new WorkbookReadError('corrupt', `not a readable workbook (${firstLine(e)})`);
  }
  try {
    const sheets: GridData[] = [];
    const skipped: SkippedSheet[] = [];
    // Which part holds which sheet: looked up only when a sheet has a formula without a result.
    const part = (name: string): Buffer | undefined => vetted.parts.get(name.replace(/^\//, ''));
    let parts: Map<string, string> | null = null;
    for (const ws of wb.worksheets) {
      const hidden = hiddenState(ws);
      if (hidden && !includeHidden) {
        skipped.push({ sheet: ws.name, reason: hidden });
        continue;
      }
      let missing: Set<string> | null = null;
      const uncached = (address: string): boolean => {
        if (!missing) {
          parts ??= worksheetPartsByName(part);
          const xml = part(parts.get(ws.name) ?? '');
          missing = xml ? formulasWithoutValue(xml) : new Set();
        }
        return missing.has(address);
      };
      sheets.push(worksheetToGrid(ws, lim, uncached));
    }
    return { sheets, skipped };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError('corrupt', `unexpected content (${firstLine(e)})`);
  }
}
