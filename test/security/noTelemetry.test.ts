/**
 * Nothing leaves the machine, and nothing from a workbook becomes markup. Grep-level checks over
 * src/** (the runtime code of the add-in, the CLI and the preview) and the lockfile:
 *
 * - the only network call in src/ is the preview's fetch of its own origin's `api/…`;
 * - no absolute URL is written anywhere in src/ (Office.js's URL comes from the build);
 * - no API that turns text into markup or code (innerHTML, dangerouslySetInnerHTML, eval, …);
 * - the office-addin-* tools' usage-data package is a version that cannot send anything
 *   (docs/telemetry.md), and no telemetry SDK is installed.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, resolve } from 'path';

const ROOT = resolve(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** The runtime sources: no tests, no test helpers. */
const RUNTIME = files(SRC)
  .filter((f) => /\.(ts|tsx|js|html)$/.test(f) && !/\.test\.tsx?$/.test(f) && !/[\\/]testing[\\/]/.test(f))
  .map((f) => ({ path: relative(ROOT, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));

/** Comments removed (line and block), so that prose mentioning an API does not count. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1').replace(/<!--[\s\S]*?-->/g, '');
}

function hits(re: RegExp): string[] {
  return RUNTIME.flatMap((f) => (re.test(code(f.text)) ? [f.path] : []));
}

describe('no telemetry, no network but the preview’s own origin', () => {
  it('scans a meaningful set of files', () => {
    expect(RUNTIME.length).toBeGreaterThan(40);
    expect(RUNTIME.map((f) => f.path)).toEqual(expect.arrayContaining(['src/core/index.ts', 'src/taskpane/App.tsx', 'src/cli/run.ts']));
  });

  it('only src/preview/workbookSource.ts calls the network, and only relative api/ URLs with same-origin credentials', () => {
    expect(hits(/(?<![\w$.])fetch\s*\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts|new\s+Image\s*\(|navigator\.connection/)).toEqual([
      'src/preview/workbookSource.ts',
    ]);
    const source = code(RUNTIME.find((f) => f.path === 'src/preview/workbookSource.ts')!.text);
    expect([...source.matchAll(/(?<![\w$.])fetch\s*\(/g)]).toHaveLength(1);
    expect(source).toMatch(/fetch\(input, \{ credentials: 'same-origin', \.\.\.init \}\)/);
    const targets = [...source.matchAll(/request\(\s*([`'"])([^`'"]*)\1/g)].map((m) => m[2]);
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(t).toMatch(/^api\//);
  });

  it('no absolute URL in the runtime sources (Office.js’s comes from the build, OFFICE_JS_URL)', () => {
    const found = RUNTIME.flatMap((f) => [...code(f.text).matchAll(/\b(?:https?|wss?):\/\/[^\s'"`<>)]+/g)].map((m) => `${f.path}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('no Node network module in the CLI or the engine', () => {
    expect(hits(/from ['"](node:)?(https?|net|tls|dgram|dns|http2)['"]|require\(['"](node:)?(https?|net|tls|dgram|dns|http2)['"]\)/)).toEqual([]);
  });
});

describe('nothing from a workbook becomes markup or code', () => {
  it('no innerHTML, dangerouslySetInnerHTML, insertAdjacentHTML, document.write, srcdoc or javascript: URL', () => {
    expect(hits(/dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|srcdoc|javascript:/)).toEqual([]);
  });

  it('no eval, new Function or string timers', () => {
    expect(hits(/(?<![\w$.])eval\s*\(|new\s+Function\s*\(|set(?:Timeout|Interval)\s*\(\s*['"`]/)).toEqual([]);
  });
});

describe('the office-addin tools cannot send usage data (docs/telemetry.md)', () => {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  const installed = (name: string) =>
    Object.entries(lock.packages)
      .filter(([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
      .map(([path, p]) => ({ path, version: p.version ?? '' }));

  it('every office-addin-usage-data in the lockfile is 3.x or later (reporting removed)', () => {
    const copies = installed('office-addin-usage-data');
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) expect({ path: c.path, major: Number(c.version.split('.')[0]) >= 3 }).toEqual({ path: c.path, major: true });
  });

  it('the installed copy is the no-op one: it loads no network module and no SDK', () => {
    const dir = join(ROOT, 'node_modules/office-addin-usage-data/lib');
    expect(readFileSync(join(dir, 'usageData.js'), 'utf8')).toMatch(/usage data reporting has been removed/i);
    const required = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))
        .filter((m) => !m.startsWith('./')),
    );
    expect([...required].sort()).toEqual(['commander', 'os', 'path']);
  });

  it('no telemetry SDK is installed at all', () => {
    for (const name of ['applicationinsights', '@microsoft/applicationinsights-web', '@microsoft/1ds-core-js', '@microsoft/1ds-post-js', '@microsoft/oteljs']) {
      expect({ name, copies: installed(name) }).toEqual({ name, copies: [] });
    }
  });
});
