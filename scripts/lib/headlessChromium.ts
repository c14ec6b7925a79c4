/**
 * Debian's Chromium (/usr/bin/chromium) driven by playwright-core, for the end-to-end tests and
 * the bench. No browser is ever downloaded (no `npx playwright install`): scripts/ensureBrowser.sh
 * installs the Debian package. playwright-core gives every launch a fresh temporary profile.
 */
import { existsSync } from 'fs';
import { chromium, Browser, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The flags of ../shared/notes/toolchain.md (headless comes from playwright's `headless: true`). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
}

/**
 * Init script (runs before the page's own scripts): records when the first button of the task
 * pane (`[data-testid="pane"] button`) is laid out, and the next animation frame after it (≈ when
 * it is painted), both in ms since navigation start (`performance.now()`).
 */
export function firstRenderProbe(selector: string): string {
  return `(() => {
  const w = window;
  w.__firstRender = null;
  const visible = () => {
    const b = document.querySelector(${JSON.stringify(selector)});
    if (!b) return false;
    const r = b.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const obs = new MutationObserver(() => {
    if (w.__firstRender || !visible()) return;
    obs.disconnect();
    const dom = performance.now();
    w.__firstRender = { dom, frame: null };
    requestAnimationFrame(() => { w.__firstRender.frame = performance.now(); });
  });
  obs.observe(document, { childList: true, subtree: true });
})();`;
}

/** The probe for the browser preview: the task pane's first button. */
export const FIRST_RENDER_PROBE = firstRenderProbe('[data-testid="pane"] button');

export interface FirstRender {
  /** ms from navigation start to the pane's first button being in the DOM and laid out. */
  dom: number;
  /** ms from navigation start to the animation frame after that (≈ painted). */
  frame: number;
}

/** Waits for the probe's result (the page must have been created with FIRST_RENDER_PROBE). */
export async function readFirstRender(page: Page, timeoutMs = 15_000): Promise<FirstRender> {
  const handle = await page.waitForFunction(
    () => {
      const r = (window as unknown as { __firstRender: { dom: number; frame: number | null } | null }).__firstRender;
      return r && r.frame !== null ? r : null;
    },
    undefined,
    { timeout: timeoutMs, polling: 20 },
  );
  return (await handle.jsonValue()) as FirstRender;
}

/** Loads `url` in a new page of a fresh context and returns its first render. */
export async function measureFirstRender(browser: Browser, url: string): Promise<FirstRender> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await context.addInitScript({ content: FIRST_RENDER_PROBE });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    return await readFirstRender(page);
  } finally {
    await context.close();
  }
}
