/**
 * Draws the add-in icon (a green rounded square with white table lines and a white check mark)
 * at every size the manifest names and writes assets/icon-<size>.png.
 *
 *   npx tsx scripts/makeIcons.ts            # writes into ./assets
 *   npx tsx scripts/makeIcons.ts out/dir    # writes elsewhere
 *
 * Pure Node: shapes are signed-distance tests, anti-aliased by 6x6 supersampling, and the PNG is
 * encoded by scripts/png.ts (zlib + CRC-32). The output is deterministic, so re-running it leaves
 * git clean.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodePng } from './png';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const GREEN: readonly [number, number, number] = [0x10, 0x7c, 0x41]; // Excel-like green
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 6;

type Pt = readonly [number, number];

function insideRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r <= 0;
}

function insideRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number): boolean {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function distToSegment(x: number, y: number, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
}

function nearPolyline(x: number, y: number, pts: readonly Pt[], halfWidth: number): boolean {
  for (let i = 0; i + 1 < pts.length; i++) {
    if (distToSegment(x, y, pts[i], pts[i + 1]) <= halfWidth) return true;
  }
  return false;
}

/** The drawing, in unit coordinates (0..1, y down). Small sizes get fewer table lines. */
function sample(x: number, y: number, size: number): { bg: boolean; white: boolean } {
  const margin = 1 / 16;
  const bg = insideRoundedRect(x, y, margin, margin, 1 - margin, 1 - margin, 0.19);
  if (!bg) return { bg: false, white: false };

  const check: Pt[] = [
    [0.33, 0.7],
    [0.46, 0.82],
    [0.76, 0.52],
  ];
  const checkHalf = size <= 16 ? 0.075 : 0.06;
  const inCheck = nearPolyline(x, y, check, checkHalf);
  const inHalo = nearPolyline(x, y, check, checkHalf + (size <= 16 ? 0.07 : 0.055));

  const line = size <= 16 ? 0.07 : 0.045; // stroke thickness of table rules
  let inTable = insideRect(x, y, 0.22, 0.22, 0.78, 0.35); // header row
  if (size <= 16) {
    inTable ||= insideRect(x, y, 0.22, 0.5 - line / 2, 0.78, 0.5 + line / 2);
  } else {
    inTable ||= insideRect(x, y, 0.22, 0.47 - line / 2, 0.78, 0.47 + line / 2);
    inTable ||= insideRect(x, y, 0.22, 0.59 - line / 2, 0.78, 0.59 + line / 2);
    inTable ||= insideRect(x, y, 0.22, 0.35, 0.22 + line, 0.59 + line / 2); // left border
    inTable ||= insideRect(x, y, 0.45 - line / 2, 0.35, 0.45 + line / 2, 0.59 + line / 2); // column rule
  }
  return { bg: true, white: inCheck || (inTable && !inHalo) };
}

export function drawIcon(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bgCount = 0;
      let whiteCount = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const s = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size, size);
          if (s.bg) bgCount++;
          if (s.white) whiteCount++;
        }
      }
      const o = (py * size + px) * 4;
      if (bgCount === 0) continue; // fully transparent
      const w = whiteCount / bgCount;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(GREEN[c] * (1 - w) + WHITE[c] * w);
      rgba[o + 3] = Math.round((255 * bgCount) / n);
    }
  }
  return rgba;
}

export function makeIcons(outDir: string, sizes: readonly number[] = ICON_SIZES): string[] {
  mkdirSync(outDir, { recursive: true });
  return sizes.map((size) => {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    return file;
  });
}

if (require.main === module) {
  const outDir = resolve(process.argv[2] ?? join(__dirname, '..', 'assets'));
  for (const file of makeIcons(outDir)) console.log(`wrote ${file}`);
}
