/**
 * The end-to-end harness: the preview server on a free port, Debian's Chromium through
 * playwright-core, and helpers to drive the preview page (check, read findings, snapshot the grid).
 */
import { existsSync, mkdirSync } from 'fs';
import { join, resolve } from 'path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { chromiumAvailable, CHROMIUM_PATH, FIRST_RENDER_PROBE, launchChromium } from '../../../scripts/lib/headlessChromium';
import { PreviewServer, previewBuildIsStale, startPreviewServer } from '../../../scripts/previewServer';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const EXAMPLES = join(ROOT, 'examples');

export interface Harness {
  server: PreviewServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!chromiumAvailable()) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run the tests with \`npm run test:e2e\` (it installs it as root) or install the Debian package chromium.`);
  }
  if (!existsSync(join(ROOT, 'dist', 'preview.html'))) {
    throw new Error('dist/preview.html is missing: run `npm run test:e2e` (it builds first) or `npm run build`.');
  }
  if (previewBuildIsStale()) {
    // `npm run test:e2e` builds first; sources edited since then are not in the bundle under test.
    process.stderr.write('[e2e] note: dist/ is older than src/ (sources changed after the build); testing the bundle as built.\n');
  }
  const server = await startPreviewServer({ port: 0 });
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    await server.close();
    throw e;
  }
  return {
    server,
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/** What a page did that the tests check at the end: requests, errors, CSP violations, dialogs. */
export interface PageRecord {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

export interface PreviewPage {
  page: Page;
  context: BrowserContext;
  record: PageRecord;
  /** The CSP violations the page saw (securitypolicyviolation events). */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

const CSP_PROBE = `(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
  });
})();`;

/** Opens the preview in a fresh context (fresh storage), recording what the page does. */
export async function openPreview(
  h: Harness,
  options: { query?: string; wait?: boolean; viewport?: { width: number; height: number }; clipboard?: boolean } = {},
): Promise<PreviewPage> {
  const context = await h.browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 }, locale: 'zh-CN' });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(h.server.loopbackUrl).origin });
  await context.addInitScript({ content: CSP_PROBE });
  await context.addInitScript({ content: FIRST_RENDER_PROBE });
  const record: PageRecord = { requests: [], consoleErrors: [], pageErrors: [], dialogs: [] };
  context.on('request', (r) => record.requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') record.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => record.pageErrors.push(String(e)));
  page.on('dialog', (d) => {
    record.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(h.server.loopbackUrl + (options.query ?? ''));
  if (options.wait !== false) await paneReady(page);
  return {
    page,
    context,
    record,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    close: () => context.close(),
  };
}

export function pane(page: Page): Locator {
  return page.getByTestId('pane');
}

/** Waits until the task pane is up (its first button is visible). */
export async function paneReady(page: Page): Promise<void> {
  await pane(page).getByRole('button').first().waitFor({ state: 'visible', timeout: 15_000 });
}

/** The pane's toolbar button with this label (exact). */
export function paneButton(page: Page, name: string): Locator {
  return pane(page).getByRole('toolbar').getByRole('button', { name, exact: true });
}

export interface FindingView {
  rule: string;
  cell: string;
  text: string;
}

/** The findings listed in the pane, in order. */
export async function findings(page: Page): Promise<FindingView[]> {
  return pane(page)
    .locator('[role="tree"] [data-rule]')
    .evaluateAll((els) =>
      els.map((el) => {
        const spans = el.querySelectorAll('span');
        return { rule: el.getAttribute('data-rule') ?? '', cell: spans[0]?.textContent ?? '', text: el.textContent ?? '' };
      }),
    );
}

/** How many gateway calls have settled since the page loaded (PreviewApp's counter). */
async function gatewayCalls(page: Page): Promise<number> {
  return Number(await pane(page).getAttribute('data-gateway-calls'));
}

/**
 * Runs a pane action that calls the gateway (`click`), then waits until it has finished: a
 * gateway call has settled since, and the pane is idle again (its check button is enabled).
 */
export async function paneAction(page: Page, click: () => Promise<void>): Promise<void> {
  const before = await gatewayCalls(page);
  await click();
  await page.waitForFunction(
    (n) => {
      const p = document.querySelector('[data-testid="pane"]');
      if (!p || Number(p.getAttribute('data-gateway-calls')) <= n) return false;
      const b = p.querySelector('[role="toolbar"] button');
      return !!b && !(b as HTMLButtonElement).disabled;
    },
    before,
  );
}

/** Clicks the check button, waits for the check to finish and returns the findings listed. */
export async function runCheck(page: Page, label = '检查表格'): Promise<FindingView[]> {
  await paneAction(page, () => paneButton(page, label).click());
  return findings(page);
}

/** Every rendered cell of the grid: text, fill, font colour, weight and note (not the selection). */
export async function gridSnapshot(page: Page): Promise<Record<string, { text: string; fill: string; color: string; note: string; span: string }>> {
  return page.getByTestId('grid').evaluate((grid) => {
    const out: Record<string, { text: string; fill: string; color: string; note: string; span: string }> = {};
    for (const td of Array.from(grid.querySelectorAll<HTMLTableCellElement>('[data-testid^="cell-"]'))) {
      out[td.dataset.testid ?? ''] = {
        text: td.textContent ?? '',
        fill: td.dataset.fill ?? '',
        color: td.style.color,
        note: td.title,
        span: `${td.rowSpan}x${td.colSpan}`,
      };
    }
    return out;
  });
}

export function cell(page: Page, a1: string): Locator {
  return page.getByTestId(`cell-${a1}`);
}

/** Screenshot of the task pane into test-artifacts/ (gitignored). */
export async function savePaneScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await pane(page).screenshot({ path });
  await page.screenshot({ path: join(ARTIFACTS, `${name}-page.png`) });
  return path;
}

/** Loads a workbook file through the preview's file picker; waits until its first sheet shows. */
export async function uploadThroughPicker(page: Page, file: string, expectSheet?: string): Promise<void> {
  const before = await page.getByTestId('workbook-label').textContent();
  await page.getByTestId('file-input').setInputFiles(file);
  await page.waitForFunction(
    ([prev, sheet]) => {
      const label = document.querySelector('[data-testid="workbook-label"]')?.textContent ?? '';
      const error = document.querySelector('[data-testid="load-error"]');
      if (error) return true;
      if (sheet) return document.querySelector('[data-testid="grid"]')?.getAttribute('data-sheet') === sheet && label !== '' && !label.includes('…');
      return label !== prev && label !== '' && !label.includes('…');
    },
    [before, expectSheet ?? null] as const,
  );
  await paneReady(page);
}

export function sameOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
