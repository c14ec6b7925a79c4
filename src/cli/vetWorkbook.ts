/**
 * Vets a file before exceljs sees it (exceljs inflates and materialises everything): existence,
 * size, what kind of file it is (fileKind.ts), the zip's central directory and declared sizes (zip
 * bombs), and the merged areas (exceljs creates an object for every cell of a merge, so one
 * A1:XFD1048576 merge would exhaust memory). Inflates the parts exceljs reads, once, capped.
 */
import { promises as fs } from 'fs';
import { parseRangeA1 } from '../core/grid/address';
import { refuseNonZip, refuseOtherZip } from './fileKind';
import { WorkbookReadError } from './readError';
import { ZipEntryInfo, ZipFormatError, listZipEntries, readZipEntry } from './zipInspect';

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

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export function firstLine(message: unknown): string {
  const text = message instanceof Error ? message.message : String(message);
  return (text.split(/\r?\n/)[0] ?? '').slice(0, 200) || 'unknown error';
}

/** Reads a file whole, after checking that it is a regular file within the size limit. */
export async function loadBytes(path: string, limits: ReadLimits): Promise<Buffer> {
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
/**
 * XML parts no value depends on: the theme (colours and fonts, used only when writing; exceljs
 * copies it through a zero-filled 1 MB buffer, a fifth of the time a small workbook takes to
 * load), and custom XML data.
 */
const SKIPPED_PARTS = /^(xl\/theme\/|customXml\/)/i;

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
    if (!READ_PARTS.test(name) || name.endsWith('/') || SKIPPED_PARTS.test(name)) continue;
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
