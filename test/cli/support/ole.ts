/**
 * A minimal Compound File Binary writer for tests: a 512-byte-sector OLE file whose directory
 * lists the given stream names (streams empty). Enough for the reader to tell an encrypted
 * .xlsx (EncryptedPackage) from a legacy .xls (Workbook) from a Word .doc (WordDocument).
 */
const SECTOR = 512;

export function makeOle(streams: string[]): Buffer {
  const entries = ['Root Entry', ...streams];
  const dirSectors = Math.ceil(entries.length / 4);
  const buf = Buffer.alloc(SECTOR * (2 + dirSectors)); // header, FAT, directory
  Buffer.from('D0CF11E0A1B11AE1', 'hex').copy(buf, 0);
  buf.writeUInt16LE(0x003e, 0x18); // minor version
  buf.writeUInt16LE(0x0003, 0x1a); // major version 3
  buf.writeUInt16LE(0xfffe, 0x1c); // byte order
  buf.writeUInt16LE(9, 0x1e); // 512-byte sectors
  buf.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  buf.writeUInt32LE(1, 0x2c); // one FAT sector
  buf.writeUInt32LE(1, 0x30); // directory starts at sector 1
  buf.writeUInt32LE(0x1000, 0x38); // mini stream cutoff
  buf.writeUInt32LE(0xfffffffe, 0x3c); // no mini FAT
  buf.writeUInt32LE(0xfffffffe, 0x44); // no DIFAT sectors
  buf.writeUInt32LE(0, 0x4c); // the FAT is sector 0
  for (let i = 1; i < 109; i++) buf.writeUInt32LE(0xffffffff, 0x4c + i * 4);
  // FAT (sector 0 at offset 512): sector 0 is the FAT, the directory chains 1 → 2 → … → end.
  const fat = SECTOR;
  for (let i = 0; i < SECTOR / 4; i++) buf.writeUInt32LE(0xffffffff, fat + i * 4);
  buf.writeUInt32LE(0xfffffffd, fat);
  for (let s = 1; s <= dirSectors; s++) buf.writeUInt32LE(s === dirSectors ? 0xfffffffe : s + 1, fat + s * 4);
  entries.forEach((name, i) => {
    const at = SECTOR * 2 + i * 128;
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(buf, at);
    buf.writeUInt16LE(utf16.length, at + 0x40);
    buf[at + 0x42] = i === 0 ? 5 : 2; // root storage, streams
    buf.writeUInt32LE(0xffffffff, at + 0x44); // left sibling
    buf.writeUInt32LE(0xffffffff, at + 0x48); // right sibling
    buf.writeUInt32LE(i === 0 && entries.length > 1 ? 1 : 0xffffffff, at + 0x4c); // child
    buf.writeUInt32LE(0xfffffffe, at + 0x74); // start sector
  });
  return buf;
}
