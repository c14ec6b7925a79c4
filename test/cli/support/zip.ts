/** A minimal ZIP writer for crafting bad workbooks in tests (declared sizes can lie). */
import { createDeflateRaw, crc32, deflateRawSync } from 'zlib';
import { listZipEntries, readZipEntry } from '../../../src/cli/zipInspect';

export interface ZipInput {
  name: string;
  data: Buffer;
  /** Store (0) or deflate (8); default 8. */
  method?: 0 | 8;
  /** Overrides the uncompressed size written to the headers. */
  declaredSize?: number;
  /** An already-deflated body (e.g. from {@link deflateZeros}); `data` is then ignored. */
  deflated?: DeflatedBody;
}

export interface DeflatedBody {
  body: Buffer;
  crc: number;
  /** The inflated size. */
  size: number;
}

/**
 * Deflates `size` zero bytes in 1 MB chunks (never holding them all): a compression bomb's body.
 * Deflate tops out near 1030:1, so 300 MB of zeros is about 300 KB.
 */
export async function deflateZeros(size: number): Promise<DeflatedBody> {
  const chunk = Buffer.alloc(1024 * 1024);
  const out: Buffer[] = [];
  const z = createDeflateRaw({ level: 9 });
  z.on('data', (d: Buffer) => out.push(d));
  const done = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  let crc = 0;
  for (let left = size; left > 0; left -= chunk.length) {
    const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(part, crc);
    if (!z.write(part)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return { body: Buffer.concat(out), crc, size };
}

export function makeZip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.deflated ? 8 : (e.method ?? 8);
    const body = e.deflated ? e.deflated.body : method === 8 ? deflateRawSync(e.data) : e.data;
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? (e.deflated ? e.deflated.size : e.data.length);
    const crc = e.deflated ? e.deflated.crc : crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** All entries of an existing zip, inflated. */
export function unzip(buf: Buffer): ZipInput[] {
  return listZipEntries(buf).map((e) => ({ name: e.name, data: Buffer.from(readZipEntry(buf, e)) }));
}

/** Rewrites one entry of a zip (by name) through `edit`. */
export function editZip(buf: Buffer, name: string, edit: (text: string) => string): Buffer {
  return makeZip(unzip(buf).map((e) => (e.name === name ? { ...e, data: Buffer.from(edit(e.data.toString('utf8')), 'utf8') } : e)));
}
