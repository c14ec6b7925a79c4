/**
 * Just enough of the Compound File Binary format ([MS-CFB]) to list the stream names of an OLE
 * file: a legacy .xls or WPS .et holds a `Workbook` (or `Book`) stream, an .xlsx saved with a
 * password is an OLE file holding `EncryptionInfo` and `EncryptedPackage` ([MS-OFFCRYPTO] 2.3.4.1),
 * a Word .doc a `WordDocument` stream. Only the header, the FAT sectors and the directory chain
 * are read; every count and chain is bounded, so a damaged or hostile file fails fast.
 */

export class OleFormatError extends Error {}

export const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const HEADER_SIZE = 512;
const HEADER_DIFAT_ENTRIES = 109;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECT = 0xffffffff;
const MAX_REGULAR_SECT = 0xfffffffa;
const DIR_ENTRY_SIZE = 128;
/** Far more than any workbook has; a directory chain longer than this is damaged. */
const MAX_DIRECTORY_ENTRIES = 100_000;

export function isOle(buf: Buffer): boolean {
  return buf.length >= 8 && buf.subarray(0, 8).equals(OLE_SIGNATURE);
}

/** The names of the storages and streams in an OLE file's directory, in directory order. */
export function oleStreamNames(buf: Buffer): string[] {
  if (!isOle(buf)) throw new OleFormatError('not an OLE compound file');
  if (buf.length < HEADER_SIZE) throw new OleFormatError('OLE header cut off (truncated file?)');
  const shift = buf.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw new OleFormatError(`OLE sector size 2^${shift} is not valid`);
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((buf.length - HEADER_SIZE) / sectorSize) + 1;
  const sectorAt = (n: number): number => {
    if (n > MAX_REGULAR_SECT || n >= sectorCount) throw new OleFormatError(`OLE sector ${n} lies past the end of the file (truncated file?)`);
    return (n + 1) * sectorSize;
  };

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  const fatCount = buf.readUInt32LE(0x2c);
  if (fatCount > sectorCount) throw new OleFormatError('OLE FAT larger than the file');
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.length < fatCount; i++) {
    const s = buf.readUInt32LE(0x4c + i * 4);
    if (s === FREE_SECT) break;
    fatSectors.push(s);
  }
  let difat = buf.readUInt32LE(0x44);
  const perDifat = sectorSize / 4 - 1;
  for (let guard = 0; fatSectors.length < fatCount && difat !== END_OF_CHAIN && difat !== FREE_SECT; guard++) {
    if (guard > sectorCount) throw new OleFormatError('OLE DIFAT chain loops');
    const at = sectorAt(difat);
    for (let i = 0; i < perDifat && fatSectors.length < fatCount; i++) {
      const s = buf.readUInt32LE(at + i * 4);
      if (s !== FREE_SECT) fatSectors.push(s);
    }
    difat = buf.readUInt32LE(at + perDifat * 4);
  }
  const perFat = sectorSize / 4;
  const next = (n: number): number => {
    const k = Math.floor(n / perFat);
    if (k >= fatSectors.length) throw new OleFormatError('OLE FAT does not cover the directory');
    return buf.readUInt32LE(sectorAt(fatSectors[k]) + (n % perFat) * 4);
  };

  const names: string[] = [];
  const seen = new Set<number>();
  for (let s = buf.readUInt32LE(0x30); s !== END_OF_CHAIN; s = next(s)) {
    if (seen.has(s)) throw new OleFormatError('OLE directory chain loops');
    seen.add(s);
    const at = sectorAt(s);
    for (let e = 0; e < sectorSize / DIR_ENTRY_SIZE; e++) {
      const entry = at + e * DIR_ENTRY_SIZE;
      const type = buf[entry + 0x42];
      if (type === 0) continue; // unused
      const nameBytes = Math.min(buf.readUInt16LE(entry + 0x40), 64);
      names.push(buf.toString('utf16le', entry, entry + Math.max(0, nameBytes - 2)));
      if (names.length > MAX_DIRECTORY_ENTRIES) throw new OleFormatError('OLE directory too large');
    }
  }
  return names;
}
