/**
 * Just enough of the ZIP format to vet a workbook before exceljs sees it: list the central
 * directory (declared sizes, to refuse zip bombs without inflating anything) and inflate one
 * entry with a hard cap on its output.
 */
import { crc32, inflateRawSync } from 'zlib';

export class ZipFormatError extends Error {}

export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflated; anything else is unsupported here. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** A workbook has a few dozen parts; thousands means something else. */
export const MAX_ZIP_ENTRIES = 20_000;

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('zip64 size out of range');
  return Number(v);
}

/** Finds the end-of-central-directory record, scanning back over a possible archive comment. */
function findEocd(buf: Buffer): number {
  const last = buf.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (buf[at] === 0x50 && buf.readUInt32LE(at) === SIG_EOCD) return at;
  }
  return -1;
}

/** Lists the entries of the central directory. Throws ZipFormatError when it is missing or damaged. */
export function listZipEntries(buf: Buffer): ZipEntryInfo[] {
  if (buf.length < EOCD_SIZE) throw new ZipFormatError('file too short for a zip archive');
  const eocd = findEocd(buf);
  if (eocd < 0) throw new ZipFormatError('zip end-of-central-directory not found (truncated file?)');
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== SIG_ZIP64_LOCATOR) throw new ZipFormatError('zip64 locator missing');
    const z64 = u64(buf, loc + 8);
    if (z64 + 56 > buf.length || buf.readUInt32LE(z64) !== SIG_ZIP64_EOCD) {
      throw new ZipFormatError('zip64 end-of-central-directory damaged');
    }
    count = u64(buf, z64 + 32);
    cdSize = u64(buf, z64 + 40);
    cdOffset = u64(buf, z64 + 48);
  }
  if (count > MAX_ZIP_ENTRIES) throw new ZipFormatError(`too many zip entries (${count})`);
  if (cdOffset + cdSize > buf.length) throw new ZipFormatError('zip central directory lies past the end of the file (truncated file?)');

  const entries: ZipEntryInfo[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== SIG_CENTRAL) {
      throw new ZipFormatError('zip central directory damaged');
    }
    const method = buf.readUInt16LE(at + 10);
    let compressedSize = buf.readUInt32LE(at + 20);
    let uncompressedSize = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    let localHeaderOffset = buf.readUInt32LE(at + 42);
    const nameEnd = at + 46 + nameLen;
    if (nameEnd + extraLen + commentLen > buf.length) throw new ZipFormatError('zip central directory damaged');
    const name = buf.toString('utf8', at + 46, nameEnd);
    // ZIP64 extended information: present fields follow the order of the 0xFFFFFFFF markers.
    let x = nameEnd;
    const extraEnd = nameEnd + extraLen;
    while (x + 4 <= extraEnd) {
      const id = buf.readUInt16LE(x);
      const size = buf.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let p = x + 4;
        if (uncompressedSize === 0xffffffff && p + 8 <= x + 4 + size) { uncompressedSize = u64(buf, p); p += 8; }
        if (compressedSize === 0xffffffff && p + 8 <= x + 4 + size) { compressedSize = u64(buf, p); p += 8; }
        if (localHeaderOffset === 0xffffffff && p + 8 <= x + 4 + size) { localHeaderOffset = u64(buf, p); }
      }
      x += 4 + size;
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    at = extraEnd + commentLen;
  }
  return entries;
}

/**
 * Inflates one entry, never producing more than its declared size (a lying header fails here
 * instead of filling memory).
 */
export function readZipEntry(buf: Buffer, entry: ZipEntryInfo): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== SIG_LOCAL) {
    throw new ZipFormatError(`zip local header of ${entry.name} damaged`);
  }
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new ZipFormatError(`zip entry ${entry.name} is cut off (truncated file?)`);
  const data = buf.subarray(start, end);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipFormatError(`zip entry ${entry.name} uses unsupported method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (e) {
    throw new ZipFormatError(`zip entry ${entry.name} does not inflate to its declared size (${(e as Error).message})`);
  }
}

/**
 * A zip of the given entries, stored (not compressed). Handing exceljs the parts the sniff has
 * already inflated (with zlib, natively) this way spares JSZip inflating them again in
 * JavaScript (pako) — a tenth of the time exceljs takes to load a large sheet.
 */
export function storedZip(entries: { name: string; data: Buffer }[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const crc = typeof crc32 === 'function' ? crc32(e.data) >>> 0 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, e.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(SIG_CENTRAL, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.data.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(EOCD_SIZE);
  end.writeUInt32LE(SIG_EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}
