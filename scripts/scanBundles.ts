/**
 * Scans the production bundles (dist/*.js) for what the pages' Content-Security-Policy forbids or
 * what would leak data: string-to-code (eval, new Function, string timers), network APIs, and
 * absolute URLs. Library code that is known and unreachable under the policy is listed below with
 * the reason; anything else fails.
 *
 *   tsx scripts/scanBundles.ts [dist]      prints the findings, exits 1 on a violation
 *
 * test/security/csp.test.ts runs it on a fresh production build.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

/** String-to-code sites in third-party code that cannot run in the add-in. */
export const KNOWN_CODE_SITES: { pattern: RegExp; why: string }[] = [
  {
    // webpack's `__webpack_require__.g`: only reached when `globalThis` is missing (no supported webview).
    pattern: /typeof globalThis\)return globalThis;try\{return this\|\|new Function\("return this"\)\(\)\}catch/,
    why: "webpack's global-object shim; unreachable where globalThis exists",
  },
  {
    // zod 4's `allowsEval` probe: skipped with `config({ jitless: true })` (src/app/noEval.ts,
    // imported first by every entry), and caught if ever run.
    pattern: /try\{return new Function\(""\),!0\}catch\([a-z]\)\{return!1\}/,
    why: "zod's eval probe; disabled by config({ jitless: true }) and blocked by the CSP",
  },
  {
    // zod 4's `Doc.compile` (the JIT of object schemas): only used when the probe says eval works.
    pattern: /compile\(\)\{const [A-Za-z_$]+=Function,/,
    why: "zod's schema JIT; used only when eval is allowed, which the CSP and jitless rule out",
  },
];

/** Absolute URLs that are data, never fetched: XML namespaces, JSON-Schema ids, React's error-decoder link text. */
export const KNOWN_URLS: { pattern: RegExp; why: string }[] = [
  { pattern: /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace)$/, why: 'XML namespace names (React DOM createElementNS)' },
  { pattern: /^https?:\/\/json-schema\.org\/(draft-04|draft-07|draft\/2020-12)\/schema#?$/, why: "JSON-Schema '$schema' ids written by zod's toJSONSchema" },
  { pattern: /^https:\/\/reactjs\.org\/docs\/error-decoder\.html\?invariant=$/, why: "React's minified-error message text (a link for the reader, never requested)" },
  { pattern: /^http:\/\/\[\$\{[A-Za-z_$][\w$]*\}\]$/, why: "zod's IPv6 check: a template parsed by new URL(), never requested" },
];

export interface CodeSite {
  file: string;
  kind: 'eval' | 'new Function' | 'Function alias' | 'string timer';
  context: string;
  known: string | null;
}

export interface BundleScan {
  file: string;
  codeSites: CodeSite[];
  /** Network APIs used by the bundle (fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource, importScripts). */
  networkApis: string[];
  urls: { url: string; known: string | null }[];
}

const CODE_PATTERNS: { kind: CodeSite['kind']; re: RegExp }[] = [
  { kind: 'eval', re: /(?<![\w$.])eval\s*\(/g },
  { kind: 'new Function', re: /new\s+Function\s*\(/g },
  { kind: 'Function alias', re: /[=:(,]\s*Function\s*[,;)]/g },
  { kind: 'string timer', re: /(?<![\w$])set(?:Timeout|Interval|Immediate)\s*\(\s*["'`]/g },
];

const NETWORK_PATTERNS: [string, RegExp][] = [
  ['fetch', /(?<![\w$.])fetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['sendBeacon', /sendBeacon/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /EventSource/],
  ['importScripts', /importScripts/],
];

const URL_RE = /https?:\/\/[^\s"'`)<>\\]+/g;

function context(text: string, at: number): string {
  return text.slice(Math.max(0, at - 80), at + 80);
}

export function scanBundle(file: string, text: string): BundleScan {
  const codeSites: CodeSite[] = [];
  for (const { kind, re } of CODE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const ctx = context(text, m.index ?? 0);
      const known = KNOWN_CODE_SITES.find((k) => k.pattern.test(ctx))?.why ?? null;
      codeSites.push({ file, kind, context: ctx, known });
    }
  }
  const networkApis = NETWORK_PATTERNS.filter(([, re]) => re.test(text)).map(([name]) => name);
  const urls = [...new Set([...text.matchAll(URL_RE)].map((m) => m[0]))]
    .sort()
    .map((url) => ({ url, known: KNOWN_URLS.find((k) => k.pattern.test(url))?.why ?? null }));
  return { file, codeSites, networkApis, urls };
}

/** Every top-level .js file of a build directory. */
export function scanBundles(dir: string): BundleScan[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => scanBundle(f, readFileSync(join(dir, f), 'utf8')));
}

/** The entry a bundle file belongs to: `taskpane.1a2b3c4d.js` → `taskpane`. */
export function entryOf(file: string): string {
  return file.replace(/(\.[0-9a-f]{8})?\.js$/, '');
}

/** The violations: unknown string-to-code, unknown URLs, and network APIs outside `networkAllowed`. */
export function violations(scans: BundleScan[], networkAllowed: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const s of scans) {
    for (const c of s.codeSites) if (!c.known) out.push(`${s.file}: ${c.kind} at …${c.context}…`);
    for (const u of s.urls) if (!u.known) out.push(`${s.file}: URL ${u.url}`);
    const allowed = networkAllowed[entryOf(s.file)] ?? [];
    for (const api of s.networkApis) if (!allowed.includes(api)) out.push(`${s.file}: network API ${api}`);
  }
  return out;
}

/** The add-in's bundles use no network API; the preview fetches its own origin's /api (src/preview/workbookSource.ts). */
export const NETWORK_ALLOWED: Record<string, string[]> = { taskpane: [], commands: [], commandDialog: [], 'commands-legacy': [], 'legacy-webview': [], preview: ['fetch'] };

function main(): void {
  const dir = resolve(process.argv[2] ?? join(__dirname, '..', 'dist'));
  const scans = scanBundles(dir);
  for (const s of scans) {
    console.log(`${s.file}: ${s.codeSites.length} string-to-code site(s), network APIs [${s.networkApis.join(', ')}], ${s.urls.length} URL(s)`);
    for (const c of s.codeSites) console.log(`    ${c.kind}: ${c.known ?? 'UNKNOWN'}`);
    for (const u of s.urls) console.log(`    ${u.url}: ${u.known ?? 'UNKNOWN'}`);
  }
  const bad = violations(scans, NETWORK_ALLOWED);
  if (bad.length) {
    console.error(`\n${bad.length} violation(s):\n${bad.join('\n')}`);
    process.exitCode = 1;
  }
}

if (require.main === module) main();
