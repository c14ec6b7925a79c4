/**
 * Tells a file that is not an .xlsx workbook apart cheaply, from its first bytes (and, for an OLE
 * file, its directory; for a zip, its entry names), so that each gets its own next step. Throws a
 * WorkbookReadError for anything that is not an OOXML workbook; returns for a zip that may be one
 * (the caller vets it further).
 */
import { isOle, OleFormatError, oleStreamNames } from './oleDirectory';
import { WorkbookReadError } from './readError';
import { ZipEntryInfo, readZipEntry } from './zipInspect';

/** Bytes looked at to tell text formats apart. */
const HEAD = 8192;

/** Refuses an OLE compound file: encrypted .xlsx, legacy .xls / .et, or another Office document. */
export function refuseOle(buf: Buffer): never {
  let names: string[];
  try {
    names = oleStreamNames(buf);
  } catch (e) {
    if (e instanceof OleFormatError) throw new WorkbookReadError('corrupt', `an OLE compound file whose directory cannot be read (${e.message})`);
    throw e;
  }
  const has = (n: string): boolean => names.some((x) => x.toLowerCase() === n.toLowerCase());
  if (has('EncryptedPackage')) throw new WorkbookReadError('encrypted', '');
  if (has('WordDocument')) throw new WorkbookReadError('not-xlsx', 'a Word document (.doc), not a workbook');
  if (has('PowerPoint Document')) throw new WorkbookReadError('not-xlsx', 'a PowerPoint file (.ppt), not a workbook');
  // A Workbook (BIFF8) or Book (BIFF5) stream, or an OLE file of an unknown kind: a legacy workbook either way.
  throw new WorkbookReadError('legacy-xls', '');
}

/** Refuses a zip that is not an OOXML workbook (ODF, .xlsb, Word, PowerPoint); returns otherwise. */
export function refuseOtherZip(buf: Buffer, entries: ZipEntryInfo[]): void {
  const names = new Set(entries.map((e) => e.name.replace(/^\//, '')));
  if (names.has('xl/workbook.xml')) return;
  if (names.has('xl/workbook.bin')) throw new WorkbookReadError('not-xlsx', 'a binary .xlsb workbook; save it as .xlsx');
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype && mimetype.uncompressedSize < 200) {
    let type = '';
    try {
      type = readZipEntry(buf, mimetype).toString('ascii').trim();
    } catch {
      // an unreadable mimetype: not an ODF file after all
    }
    if (type === 'application/vnd.oasis.opendocument.spreadsheet') throw new WorkbookReadError('ods', '');
    if (type.startsWith('application/vnd.oasis.opendocument.')) throw new WorkbookReadError('not-xlsx', `an OpenDocument file (${type.slice(35)}), not a spreadsheet`);
  }
  if (names.has('word/document.xml')) throw new WorkbookReadError('not-xlsx', 'a Word document (.docx), not a workbook');
  if (names.has('ppt/presentation.xml')) throw new WorkbookReadError('not-xlsx', 'a PowerPoint file (.pptx), not a workbook');
  if (names.has('EncryptionInfo')) throw new WorkbookReadError('encrypted', '');
  throw new WorkbookReadError('not-xlsx', 'a zip archive without xl/workbook.xml');
}

/** True when the bytes hold no control character but tab, CR, LF (and ESC, form feed). */
function looksLikeText(head: Buffer): boolean {
  for (const b of head) {
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) return false;
  }
  return true;
}

/** The head as text: UTF-16 when it starts with a UTF-16 byte order mark, else bytes as Latin-1. */
function headText(buf: Buffer): { text: string; binary: boolean } {
  const head = buf.subarray(0, HEAD);
  if (head[0] === 0xff && head[1] === 0xfe) return { text: head.subarray(2).toString('utf16le'), binary: false };
  if (head[0] === 0xfe && head[1] === 0xff) {
    const swapped = Buffer.from(head.subarray(2));
    swapped.swap16();
    return { text: swapped.toString('utf16le'), binary: false };
  }
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return { text: head.subarray(start).toString('latin1'), binary: !looksLikeText(head.subarray(start)) };
}

/** Refuses a file that is neither a zip nor an OLE file, saying what it looks like. */
export function refuseNonZip(buf: Buffer): never {
  if (isOle(buf)) refuseOle(buf);
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') throw new WorkbookReadError('not-xlsx', 'a PDF document, not a workbook');
  const { text, binary } = headText(buf);
  if (!binary) {
    const lower = text.trimStart().toLowerCase();
    if (lower.startsWith('mime-version:') || /^content-type:\s*multipart\/related/m.test(lower.slice(0, 2000))) {
      throw new WorkbookReadError('html', 'a single-file web page (.mht) saved with a workbook name');
    }
    if (lower.startsWith('<?xml') && lower.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
      throw new WorkbookReadError('html', 'an XML Spreadsheet 2003 file, not an .xlsx workbook');
    }
    if (/^(<!doctype html|<html|<head|<body|<table|<meta|<!--)/.test(lower) || /<html[\s>]/.test(lower.slice(0, 2000))) {
      throw new WorkbookReadError('html', '');
    }
    // Delimited text: two lines or more, most of them holding the delimiter (a title line may
    // not). One line of prose with a comma is text, not a table.
    const lines = text.split(/\r?\n/, 12).filter((l) => l.trim() !== '').slice(0, 10);
    const most = (re: RegExp): boolean => {
      const hits = lines.filter((l) => re.test(l)).length;
      return hits >= 2 && hits * 2 >= lines.length;
    };
    if (most(/\t/)) throw new WorkbookReadError('csv', 'tab-separated text');
    if (most(/[,;]/)) throw new WorkbookReadError('csv', '');
    throw new WorkbookReadError('not-xlsx', 'a text file, not a workbook');
  }
  throw new WorkbookReadError('not-xlsx', 'not a zip archive, so not an .xlsx workbook');
}
