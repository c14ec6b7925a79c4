/**
 * The add-in pages' Content-Security-Policy: its text (scripts/lib/addinCsp.js), the templates and
 * webpack config that put it into taskpane.html and commands.html, the production bundles it has
 * to hold for (no eval, no network API, no foreign URL: scripts/scanBundles.ts), and — when
 * Chromium is installed — the pages running under it.
 *
 * The bundle checks need a production build: dist/ when it is newer than every source, else a
 * build into a temporary directory (about 90 s on a 2-core machine; `npm run build` first makes
 * this file fast).
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'fs';
import { createRequire } from 'module';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addinCsp, DEFAULT_OFFICE_JS_URL, officeJsUrl } from '../../scripts/lib/addinCsp';
import { chromiumAvailable, launchChromium } from '../../scripts/lib/headlessChromium';
import { NETWORK_ALLOWED, scanBundles, violations } from '../../scripts/scanBundles';
import { startPreviewServer, PreviewServer } from '../../scripts/previewServer';

const ROOT = resolve(__dirname, '..', '..');
const TEMPLATES = {
  taskpane: join(ROOT, 'src/taskpane/taskpane.html'),
  commands: join(ROOT, 'src/commands/commands.html'),
  'command-dialog': join(ROOT, 'src/commands/commandDialog.html'),
};
const CHINA_OFFICE_JS = 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js';

/** A policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

/** What a policy must satisfy, whatever OFFICE_JS_URL is. */
function expectStrict(policy: string, officeJs: string): void {
  const d = directives(policy);
  const origin = new URL(officeJs).origin;
  expect(policy).not.toMatch(/\*/);
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-hashes');
  expect(policy).not.toMatch(/(^|\s)(https?:|wss?:|blob:|filesystem:)(\s|;|$)/); // no bare scheme sources (data: only for images/fonts, below)
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('script-src')).toEqual(["'self'", origin]);
  expect(d.get('connect-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'self'"]);
  expect(d.get('form-action')).toEqual(["'none'"]);
  // data: only where it cannot run code.
  for (const [name, sources] of d) {
    if (sources.includes('data:')) expect(['img-src', 'font-src']).toContain(name);
    if (sources.includes("'unsafe-inline'")) expect(name).toBe('style-src');
  }
  // Every directive that can load or run code falls back to, or names, only these sources.
  for (const name of ['script-src', 'connect-src', 'default-src', 'img-src', 'font-src', 'style-src']) {
    for (const s of d.get(name) ?? []) expect(["'self'", "'none'", "'unsafe-inline'", 'data:', origin]).toContain(s);
  }
}

describe('the policy and OFFICE_JS_URL (scripts/lib/addinCsp.js)', () => {
  it('is strict for the default Office.js URL: scripts from this origin and Office.js’s only, no eval, no wildcard', () => {
    expect(officeJsUrl({})).toBe(DEFAULT_OFFICE_JS_URL);
    const policy = addinCsp(DEFAULT_OFFICE_JS_URL);
    expectStrict(policy, DEFAULT_OFFICE_JS_URL);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; connect-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'none'",
    );
  });

  it('follows OFFICE_JS_URL (the 21Vianet CDN for mainland China)', () => {
    const url = officeJsUrl({ OFFICE_JS_URL: CHINA_OFFICE_JS });
    expect(url).toBe(CHINA_OFFICE_JS);
    expectStrict(addinCsp(url), url);
    expect(directives(addinCsp(url)).get('script-src')).toEqual(["'self'", 'https://appsforoffice.cdn.partner.office365.cn']);
  });

  it('refuses an OFFICE_JS_URL that is not plain https or could break out of the HTML or the policy', () => {
    for (const bad of [
      'http://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      'https://*.microsoft.com/office.js',
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js?v=1',
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js#x',
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js"><script>alert(1)</script>',
      "https://a.example/office.js; script-src 'unsafe-eval'",
      'https://a.example/office.js https://evil.example/x.js',
      '//appsforoffice.microsoft.com/lib/1/hosted/office.js',
      'https://appsforoffice.microsoft.com/lib/1/hosted/',
      'javascript:alert(1)//.js',
    ]) {
      expect(() => officeJsUrl({ OFFICE_JS_URL: bad })).toThrow(/OFFICE_JS_URL/);
    }
  });
});

describe('the page templates and webpack.config.js', () => {
  const load = createRequire(__filename);

  interface HtmlPlugin {
    userOptions: { filename: string; template: string; templateParameters?: { officeJsUrl: string; contentSecurityPolicy: string } };
  }

  async function htmlPlugins(env: Record<string, string>): Promise<Map<string, HtmlPlugin['userOptions']>> {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      const factory = load('../../webpack.config.js') as (env: object, argv: object) => Promise<{ plugins: object[] }>;
      const config = await factory({}, { mode: 'production' });
      const plugins = config.plugins.filter((p): p is HtmlPlugin => p.constructor.name === 'HtmlWebpackPlugin');
      return new Map(plugins.map((p) => [p.userOptions.filename, p.userOptions]));
    } finally {
      for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
      Object.assign(process.env, saved);
    }
  }

  /** The template rendered the way html-webpack-plugin's lodash loader renders plain `<%= x %>`. */
  function render(template: string, params: Record<string, string>): string {
    expect(template.replace(/<%= (contentSecurityPolicy|officeJsUrl) %>/g, '')).not.toContain('<%');
    return template.replace(/<%= (\w+) %>/g, (_m, k: string) => params[k]);
  }

  for (const [page, file] of Object.entries(TEMPLATES)) {
    it(`${page}.html: the policy is the head's first element after the charset, Office.js comes from OFFICE_JS_URL, and no script is inline`, () => {
      const html = readFileSync(file, 'utf8');
      const plain = html.replace(/<%= (\w+) %>/g, '{{$1}}');
      const head = plain.slice(plain.indexOf('<head>'), plain.indexOf('</head>'));
      const elements = [...head.matchAll(/<(meta|script|link|style|title|base)\b[^>]*>/g)].map((m) => m[0]);
      expect(elements[0]).toMatch(/charset/);
      expect(elements[1]).toBe('<meta http-equiv="Content-Security-Policy" content="{{contentSecurityPolicy}}" />');
      expect(html).toContain('<script type="text/javascript" src="<%= officeJsUrl %>"></script>');
      // No absolute URL of its own, no inline script, no inline event handler, no <base>.
      expect(html.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/https?:\/\//);
      for (const m of plain.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        expect(m[1]).toMatch(/\ssrc="/);
        expect(m[2].trim()).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/<base\b/);
    });
  }

  it('feeds the policy and Office.js URL to both pages, from OFFICE_JS_URL, and never to the preview', async () => {
    for (const officeJs of [DEFAULT_OFFICE_JS_URL, CHINA_OFFICE_JS]) {
      const plugins = await htmlPlugins({ OFFICE_JS_URL: officeJs, ADDIN_HOST: 'https://intranet.example.gov.cn/pjzp' });
      for (const page of ['taskpane.html', 'commands.html', 'command-dialog.html']) {
        const params = plugins.get(page)?.templateParameters;
        expect(params).toEqual({ officeJsUrl: officeJs, contentSecurityPolicy: addinCsp(officeJs) });
        const html = render(readFileSync(TEMPLATES[page.replace('.html', '') as keyof typeof TEMPLATES], 'utf8'), params!);
        const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
        expectStrict(csp, officeJs);
        expect([...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]).filter((s) => /^https?:/.test(s))).toEqual([officeJs]);
      }
      expect(plugins.get('preview.html')?.templateParameters).toBeUndefined();
    }
    await expect(htmlPlugins({ OFFICE_JS_URL: 'http://insecure.example/office.js' })).rejects.toThrow(/OFFICE_JS_URL/);
  });
});

// ---------------------------------------------------------------------------------------------
// The production build

const SOURCES = ['src', 'scripts/lib/addinCsp.js', 'webpack.config.js', 'package-lock.json', 'tsconfig.json'].map((p) => join(ROOT, p));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** dist/ when it is a production build newer than every source, else null. */
function freshDist(): string | null {
  const dist = join(ROOT, 'dist');
  const page = join(dist, 'taskpane.html');
  if (!existsSync(page) || !existsSync(join(dist, 'legacy-webview.js'))) return null;
  const html = readFileSync(page, 'utf8');
  const scripts = [...html.matchAll(/src="?([^"\s>]+\.js)/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
  if (!/Content-Security-Policy/.test(html) || scripts.some((s) => !existsSync(join(dist, s)))) return null;
  if (!/\.[0-9a-f]{8}\.js$/.test(scripts.find((s) => s.startsWith('taskpane')) ?? '')) return null; // a development build
  return Math.max(...SOURCES.map(newestMtime)) <= statSync(page).mtimeMs ? dist : null;
}

let built: string;
let tempBuild: string | null = null;

beforeAll(() => {
  const fresh = freshDist();
  if (fresh) {
    built = fresh;
    return;
  }
  tempBuild = mkdtempSync(join(tmpdir(), 'jxzp-csp-build-'));
  const webpack = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'webpack.cmd' : 'webpack');
  const r = spawnSync(webpack, ['--mode', 'production', '--output-path', tempBuild, '--stats', 'errors-warnings'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ADDIN_HOST: 'https://intranet.example.gov.cn/pjzp' },
  });
  if (r.status !== 0) throw new Error(`webpack failed (${r.status ?? r.signal}): ${r.stderr || r.stdout}`);
  built = tempBuild;
}, 300_000);

afterAll(() => {
  if (tempBuild) rmSync(tempBuild, { recursive: true, force: true });
});

/** The attributes of the built (minified) HTML's tags: quotes are optional there. */
function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}

describe('the production build', () => {
  for (const page of ['taskpane.html', 'commands.html', 'command-dialog.html']) {
    it(`${page} carries the policy for its own Office.js URL, loads scripts only from itself and Office.js, and has no inline script`, () => {
      const html = readFileSync(join(built, page), 'utf8');
      const metas = [...html.matchAll(/<meta\b[^>]*>/g)].map((m) => m[0]);
      const cspMeta = metas.find((t) => /http-equiv="?Content-Security-Policy/i.test(t));
      expect(cspMeta).toBeDefined();
      expect(html.indexOf(cspMeta!)).toBeLessThan(html.search(/<script\b/)); // before any script
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      const srcs = scripts.map((m) => attr(m[0], 'src'));
      for (const m of scripts) expect(m[2].trim()).toBe(''); // no inline script
      const absolute = srcs.filter((s): s is string => !!s && /^https?:/.test(s));
      expect(absolute).toHaveLength(1);
      const officeJs = absolute[0];
      const policy = attr(cspMeta!, 'content')!;
      expect(policy).toBe(addinCsp(officeJs));
      expectStrict(policy, officeJs);
      for (const s of srcs) expect(s === officeJs || (!!s && !/^[a-z]+:|^\/\//i.test(s))).toBe(true);
      expect(html).not.toMatch(/\son[a-z]+=/i);
    });
  }

  it('bundles: no string-to-code but the known unreachable library sites, no network API in the add-in, no URL but never-fetched constants', () => {
    const scans = scanBundles(built);
    const isChunk = (f: string) => f.endsWith('.chunk.js');
    expect(scans.filter((s) => !isChunk(s.file)).map((s) => s.file.replace(/\.[0-9a-f]{8}\.js$/, '')).sort()).toEqual(['commandDialog', 'commands', 'commands-legacy.js', 'legacy-webview.js', 'preview', 'taskpane']);
    // The parts loaded on demand (src/app/engine.ts, src/taskpane/index.tsx), and what they share.
    expect(scans.filter((s) => isChunk(s.file)).map((s) => s.file.replace(/\.[0-9a-f]{8}\.chunk\.js$/, ''))).toEqual(expect.arrayContaining(['engine', 'office-gateway']));
    expect(violations(scans, NETWORK_ALLOWED)).toEqual([]);
    // What is there, for the record (printed with --verbose): the known sites and URLs.
    const addin = scans.filter((s) => /^(taskpane|commands)\./.test(s.file) || isChunk(s.file));
    for (const s of addin) expect(s.networkApis).toEqual([]);
  });

  it('the manifest points at the HTTPS host given as ADDIN_HOST (checked when this file built it)', () => {
    const xml = readFileSync(join(built, 'manifest.xml'), 'utf8');
    const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>\s*)(https?:\/\/[^"<\s]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    if (!tempBuild) return; // dist/ was built with whatever ADDIN_HOST its builder chose
    const host = 'https://intranet.example.gov.cn/pjzp';
    expect(xml).not.toContain('https://localhost');
    for (const u of urls) expect(u === 'https://intranet.example.gov.cn' || u.startsWith(`${host}/`)).toBe(true);
    expect(xml).toContain(`<SourceLocation DefaultValue="${host}/taskpane.html"/>`);
  });

  it('the legacy-webview check is plain ES3 (it must parse in Internet Explorer)', () => {
    const js = readFileSync(join(built, 'legacy-webview.js'), 'utf8');
    expect(js).not.toMatch(/=>|\blet\b|\bconst\b|`|\bclass\b/);
    expect(js).toMatch(/indexOf\(["']Trident["']\)/);
  });
});

// ---------------------------------------------------------------------------------------------
// In Chromium: the pages that run without Office.js work under the add-in's policy.

const browserIt = chromiumAvailable() ? it : it.skip;

describe('in Chromium, under the add-in policy', () => {
  let browser: Browser;
  let server: PreviewServer;
  let policy: string;

  beforeAll(async () => {
    if (!chromiumAvailable()) return;
    const officeJs = attr(/<script\b[^>]*src="?https?:[^>]*>/.exec(readFileSync(join(built, 'taskpane.html'), 'utf8'))![0], 'src')!;
    policy = addinCsp(officeJs);
    server = await startPreviewServer({ port: 0, distDir: built });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
  });

  interface Opened {
    page: Page;
    context: BrowserContext;
    requests: string[];
    pageErrors: string[];
    violations(): Promise<string[]>;
  }

  /**
   * Opens a page of the build with the add-in's policy as the response header (replacing the
   * preview server's own), Office's CDN unreachable (as outside Office), recording what happens.
   */
  async function open(path: string): Promise<Opened> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1200, height: 800 } });
    await context.addInitScript({
      content: `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')));`,
    });
    const origin = new URL(server.loopbackUrl).origin;
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith(origin)) return route.abort('blockedbyclient');
      const response = await route.fetch();
      const headers = { ...response.headers(), 'content-security-policy': policy };
      return route.fulfill({ response, headers });
    });
    const requests: string[] = [];
    const pageErrors: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(server.loopbackUrl.replace(/\/$/, '') + path);
    return { page, context, requests, pageErrors, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
  }

  browserIt('the preview (no Office.js) loads the example, checks it and shows the findings, with no violation', async () => {
    const p = await open('/');
    try {
      const pane = p.page.getByTestId('pane');
      await pane.getByRole('button').first().waitFor({ state: 'visible', timeout: 20_000 });
      await pane.getByRole('toolbar').getByRole('button', { name: '检查表格', exact: true }).click();
      await pane.locator('[data-rule]').first().waitFor({ state: 'visible', timeout: 20_000 });
      expect(await pane.locator('[data-rule]').count()).toBeGreaterThan(0);
      expect(p.pageErrors).toEqual([]);
      expect(await p.violations()).toEqual([]);
    } finally {
      await p.context.close();
    }
  }, 60_000);

  browserIt('the task pane outside Office renders its message, with no violation; an injected inline script does not run', async () => {
    const p = await open('/taskpane.html');
    try {
      await p.page.waitForFunction(() => (document.getElementById('root')?.textContent ?? '').trim().length > 0, undefined, { timeout: 20_000 });
      expect(await p.page.locator('#legacy-webview').isVisible()).toBe(false);
      expect(p.pageErrors).toEqual([]);
      expect(await p.violations()).toEqual([]);
      // The policy is in force: markup put into the page cannot run script.
      const ran = await p.page.evaluate(async () => {
        const w = window as unknown as { __ran?: number };
        const s = document.createElement('script');
        s.textContent = 'window.__ran = 1';
        document.head.appendChild(s);
        const div = document.createElement('div');
        div.innerHTML = '<img src="x" onerror="window.__ran = 2">';
        document.body.appendChild(div);
        await new Promise((r) => setTimeout(r, 300));
        return w.__ran ?? 0;
      });
      expect(ran).toBe(0);
      expect((await p.violations()).some((v) => v.startsWith('script-src'))).toBe(true);
    } finally {
      await p.context.close();
    }
  }, 60_000);

  browserIt('the commands page loads with no violation', async () => {
    const p = await open('/commands.html');
    try {
      await p.page.waitForLoadState('load');
      expect(p.pageErrors).toEqual([]);
      expect(await p.violations()).toEqual([]);
    } finally {
      await p.context.close();
    }
  }, 60_000);
});
