/**
 * Bundle section: the production bundle's entry scripts (raw and gzip, as a web server would send
 * them), and the browser preview's time to first render in headless Chromium — navigation start
 * to the task pane's first button laid out and painted — as the median of 5 loads, each in a
 * fresh browser context (cold caches), after one untimed load. Builds dist/ first when it is missing or stale. Skips the
 * browser part, saying so, when Chromium is not installed.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { formatTable } from '../../src/cli/textTable';
import { chromiumAvailable, CHROMIUM_PATH, FIRST_RENDER_PROBE, launchChromium, readFirstRender } from '../../scripts/lib/headlessChromium';
import { buildBundle, DIST_DIR, previewBuildIsStale, startPreviewServer } from '../../scripts/previewServer';
import { BenchSection, median } from './types';

const ENTRIES = ['taskpane', 'preview', 'commands'] as const;
const LOADS = 5;

export interface BundleRow {
  entry: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

export interface FirstRenderData {
  loads: number;
  /** Navigation start → the pane's first button laid out and the next frame painted (ms). */
  medianMs: number;
  minMs: number;
  maxMs: number;
  runsMs: number[];
  /** Medians of the preview's own marks (ms since navigation start). */
  marks: Record<string, number>;
}

/** The scripts an entry's HTML page loads (HtmlWebpackPlugin writes `<script defer src=…>`). */
function entryScripts(entry: string): string[] {
  const html = readFileSync(join(DIST_DIR, `${entry}.html`), 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+\.js)/g)].map((m) => m[1]).filter((src) => !/^https?:/i.test(src));
}

function measureBundles(): BundleRow[] {
  return ENTRIES.filter((e) => existsSync(join(DIST_DIR, `${e}.html`))).map((entry) => {
    const files = entryScripts(entry);
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const f of files) {
      const buf = readFileSync(join(DIST_DIR, f));
      rawBytes += buf.length;
      gzipBytes += gzipSync(buf).length; // zlib's default level 6, as most servers send
    }
    return { entry, files, rawBytes, gzipBytes };
  });
}

async function measureFirstRender(log: (line: string) => void): Promise<FirstRenderData> {
  const server = await startPreviewServer({ port: 0 });
  const browser = await launchChromium();
  try {
    const runs: number[] = [];
    const marks: Record<string, number[]> = {};
    // One untimed load first: the browser's own start-up (network service, font configuration)
    // is not the page's. Every timed load then gets a fresh context (cold HTTP and code caches).
    for (let i = -1; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      try {
        await context.addInitScript({ content: FIRST_RENDER_PROBE });
        const page = await context.newPage();
        await page.goto(server.loopbackUrl, { waitUntil: 'commit' });
        const fr = await readFirstRender(page);
        if (i < 0) continue;
        runs.push(fr.frame);
        const m = await page.evaluate(() =>
          performance
            .getEntriesByType('mark')
            .filter((e) => e.name.startsWith('preview:'))
            .map((e) => [e.name.slice('preview:'.length), e.startTime] as [string, number]),
        );
        for (const [name, t] of m) (marks[name] ??= []).push(t);
        log(`bundle: load ${i + 1}/${LOADS}: first render ${fr.frame.toFixed(0)} ms`);
      } finally {
        await context.close();
      }
    }
    const r0 = (x: number) => Math.round(x);
    return {
      loads: LOADS,
      medianMs: r0(median(runs)),
      minMs: r0(Math.min(...runs)),
      maxMs: r0(Math.max(...runs)),
      runsMs: runs.map(r0),
      marks: Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, r0(median(v))])),
    };
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

const kb = (n: number): string => (n / 1024).toFixed(1);

export const bundleSection: BenchSection = {
  name: 'bundle',
  title: 'Production bundle size and preview first render',
  async run(ctx) {
    if (previewBuildIsStale()) {
      ctx.log('bundle: dist/ is missing or older than src/: building (webpack, production)…');
      buildBundle();
    }
    const bundles = measureBundles();
    const lines = formatTable(
      ['entry', 'scripts', 'raw KB', 'gzip KB'],
      bundles.map((b) => [b.entry, String(b.files.length), kb(b.rawBytes), kb(b.gzipBytes)]),
      [{}, { align: 'right' }, { align: 'right' }, { align: 'right' }],
    );
    lines.push('', 'Entry scripts of dist/<entry>.html (Office.js from the CDN not included); gzip = zlib level 6.');

    let firstRender: FirstRenderData | { skipped: string };
    if (!chromiumAvailable()) {
      firstRender = { skipped: `Chromium not found at ${CHROMIUM_PATH} (install it: sudo bash scripts/ensureBrowser.sh)` };
      lines.push('', `Preview first render: skipped — ${firstRender.skipped}.`);
    } else {
      const fr = await measureFirstRender(ctx.log);
      firstRender = fr;
      lines.push(
        '',
        `Preview first render (navigation start → task pane's first button painted), ${fr.loads} cold loads in headless Chromium (after one untimed):`,
        `median ${fr.medianMs} ms (min ${fr.minMs}, max ${fr.maxMs}; runs ${fr.runsMs.join(', ')})`,
        `median marks: ${Object.entries(fr.marks)
          .map(([k, v]) => `${k} ${v} ms`)
          .join(', ')}`,
      );
    }
    return { lines, data: { bundles, firstRender } };
  },
};
