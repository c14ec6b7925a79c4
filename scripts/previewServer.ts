/**
 * `npm run preview`: the browser preview without Excel.
 *
 * Builds the production bundle when dist/ is missing or older than the sources, then serves
 * dist/ on http://localhost:PORT (default 3000; loopback only) with preview.html at `/`, and a
 * small API that reads workbooks with the CLI's reader (exceljs stays on the server; the browser
 * bundle never includes it):
 *
 *   GET  /api/workbook/example    the worked example (examples/jingmen-12345-2024.xlsx) as GridData[]
 *   GET  /api/workbook/national   the national example (examples/national-example.xlsx)
 *   POST /api/workbook            a raw .xlsx body (≤ 20 MB) → GridData[], or 400 { error: { code, message } }
 *
 * Every response carries a strict Content-Security-Policy: the page may load and connect to its
 * own origin only (no Office.js, no CDN), and runs no inline or eval'd script.
 *
 *   tsx scripts/previewServer.ts [--no-build]
 *
 * Tests use `startPreviewServer({ port: 0 })`, which does not build.
 */
import { spawnSync } from 'child_process';
import { createReadStream, existsSync, promises as fs, readdirSync, readFileSync, statSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { extname, join, resolve, sep } from 'path';
import { gzipSync } from 'zlib';
import type { GridData } from '../src/core/grid/cellGrid';
import { readWorkbookFile, WorkbookReadError } from '../src/cli/readWorkbook';

const ROOT = resolve(__dirname, '..');
export const DIST_DIR = join(ROOT, 'dist');
const EXAMPLES_DIR = join(ROOT, 'examples');

/** The examples the API serves by name. */
export const EXAMPLE_FILES = {
  example: 'jingmen-12345-2024.xlsx',
  national: 'national-example.xlsx',
} as const;
export type ExampleName = keyof typeof EXAMPLE_FILES;

/** Uploads larger than this are refused before they are read (413). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  // Fluent UI (Griffel) inserts <style> elements at run time; scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export interface PreviewServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** The directory served statically (dist/ by default). */
  distDir?: string;
  /** Where the examples are read from (examples/ by default). */
  examplesDir?: string;
}

export interface PreviewServer {
  /** http://localhost:PORT/ */
  url: string;
  /** http://127.0.0.1:PORT/ (what tests should navigate to: no name resolution involved). */
  loopbackUrl: string;
  port: number;
  close(): Promise<void>;
}

interface ApiError {
  status: number;
  code: string;
  message: string;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(data.length),
    'Cache-Control': 'no-store',
  });
  res.end(data);
}

function sendError(res: http.ServerResponse, err: ApiError): void {
  sendJson(res, err.status, { error: { code: err.code, message: err.message } });
}

/** Reads a workbook file into GridData[]; WorkbookReadError becomes a 400 with its code. */
async function readSheets(path: string): Promise<GridData[]> {
  const data = await readWorkbookFile(path, { maxFileBytes: MAX_UPLOAD_BYTES });
  return data.sheets;
}

function toApiError(e: unknown): ApiError {
  if (e instanceof WorkbookReadError) {
    return { status: e.code === 'too-large' ? 413 : 400, code: e.code, message: e.detail || e.code };
  }
  return { status: 500, code: 'internal', message: 'the workbook could not be read' };
}

/** Collects a request body up to `limit` bytes; rejects with a 413 ApiError beyond it. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject({ status: 413, code: 'too-large', message: `${declared} bytes, limit ${limit}` } satisfies ApiError);
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject({ status: 413, code: 'too-large', message: `more than ${limit} bytes` } satisfies ApiError);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolveBody(Buffer.concat(chunks));
    });
    req.on('error', (e) => {
      if (!failed) reject({ status: 400, code: 'unreadable', message: String(e.message ?? e) } satisfies ApiError);
    });
  });
}

/** Parses an uploaded .xlsx through a private temporary file (the reader vets files on disk). */
async function readUploadedWorkbook(body: Buffer): Promise<GridData[]> {
  const dir = await fs.mkdtemp(join(tmpdir(), 'jxzp-preview-'));
  try {
    const file = join(dir, 'upload.xlsx');
    await fs.writeFile(file, body, { mode: 0o600 });
    return await readSheets(file);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Only loopback host names are answered (a page on another site cannot reach the API by DNS rebinding). */
function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const allowed = ['localhost', '127.0.0.1', '[::1]'];
  return allowed.some((h) => hostHeader === `${h}:${port}` || (port === 80 && hostHeader === h));
}

/** A POST must come from the preview page itself (or from a client that sends no Origin, like curl). */
function originAllowed(origin: string | undefined, port: number): boolean {
  if (!origin) return true;
  return ['localhost', '127.0.0.1', '[::1]'].some((h) => origin === `http://${h}:${port}`);
}

function resolveStatic(distDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = decoded === '/' ? 'preview.html' : decoded.replace(/^\/+/, '');
  const full = resolve(distDir, rel);
  if (full !== distDir && !full.startsWith(distDir + sep)) return null;
  return full;
}

async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, distDir: string, pathname: string): Promise<void> {
  const file = resolveStatic(distDir, pathname);
  if (!file) {
    sendError(res, { status: 400, code: 'bad-path', message: 'bad path' });
    return;
  }
  let st;
  try {
    st = await fs.stat(file);
  } catch {
    st = null;
  }
  if (!st || !st.isFile()) {
    if (pathname === '/' || pathname === '/preview.html') {
      sendError(res, { status: 503, code: 'not-built', message: 'dist/preview.html is missing: run `npm run preview` (it builds first)' });
    } else {
      sendError(res, { status: 404, code: 'not-found', message: 'not found' });
    }
    return;
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Hashed bundles never change; pages and everything else are revalidated.
  const immutable = /\.[0-9a-f]{8}\.js$/.test(file);
  const headers: http.OutgoingHttpHeaders = {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  const gzip = COMPRESSIBLE.test(file) && st.size >= 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) {
    const body = await gzipped(file, st.mtimeMs, st.size);
    res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': String(st.size) });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

const COMPRESSIBLE = /\.(js|html|css|json|svg|txt|xml)$/i;
/** Compressed text files by path, kept while the file is unchanged (the bundle is ~600 KB raw). */
const gzipCache = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();

async function gzipped(file: string, mtimeMs: number, size: number): Promise<Buffer> {
  const hit = gzipCache.get(file);
  if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.body;
  const body = gzipSync(await fs.readFile(file));
  gzipCache.set(file, { mtimeMs, size, body });
  return body;
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const distDir = resolve(options.distDir ?? DIST_DIR);
  const examplesDir = resolve(options.examplesDir ?? EXAMPLES_DIR);
  /** The examples, read once. */
  const exampleCache = new Map<ExampleName, Promise<GridData[]>>();
  const example = (name: ExampleName): Promise<GridData[]> => {
    let p = exampleCache.get(name);
    if (!p) {
      p = readSheets(join(examplesDir, EXAMPLE_FILES[name]));
      p.catch(() => exampleCache.delete(name));
      exampleCache.set(name, p);
    }
    return p;
  };
  let port = options.port;

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    if (!hostAllowed(req.headers.host, port)) {
      sendError(res, { status: 421, code: 'bad-host', message: 'this server answers on localhost only' });
      return;
    }
    const url = new URL(req.url ?? '/', `http://localhost:${port}`);
    const path = url.pathname;
    if (path.startsWith('/api/')) {
      const named = /^\/api\/workbook\/([a-z]+)$/.exec(path);
      if (named && (req.method === 'GET' || req.method === 'HEAD')) {
        const name = named[1] as ExampleName;
        if (!(name in EXAMPLE_FILES)) {
          sendError(res, { status: 404, code: 'not-found', message: `no example named ${name}` });
          return;
        }
        try {
          sendJson(res, 200, await example(name));
        } catch (e) {
          sendError(res, toApiError(e));
        }
        return;
      }
      if (path === '/api/workbook' && req.method === 'POST') {
        if (!originAllowed(req.headers.origin, port)) {
          sendError(res, { status: 403, code: 'bad-origin', message: 'uploads are accepted from the preview page only' });
          return;
        }
        try {
          const body = await readBody(req, MAX_UPLOAD_BYTES);
          sendJson(res, 200, await readUploadedWorkbook(body));
        } catch (e) {
          sendError(res, (e as ApiError).status ? (e as ApiError) : toApiError(e));
        }
        return;
      }
      sendError(res, { status: path === '/api/workbook' || named ? 405 : 404, code: 'not-found', message: 'no such API' });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, { status: 405, code: 'method-not-allowed', message: 'GET only' });
      return;
    }
    await serveStatic(req, res, distDir, path);
  };

  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    handler(req, res).catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) sendError(res, { status: 500, code: 'internal', message: 'internal error' });
      else res.destroy();
    });
  };

  const listen = (server: http.Server, host: string, p: number): Promise<number> =>
    new Promise((ok, fail) => {
      server.once('error', fail);
      server.listen(p, host, () => {
        server.off('error', fail);
        ok((server.address() as AddressInfo).port);
      });
    });

  // IPv4 loopback always; IPv6 loopback too when the machine has it, so that "localhost" works
  // whichever address the browser resolves it to.
  const v4 = http.createServer(listener);
  port = await listen(v4, '127.0.0.1', port);
  const servers = [v4];
  const v6 = http.createServer(listener);
  try {
    await listen(v6, '::1', port);
    servers.push(v6);
  } catch {
    // no IPv6 loopback (or its port is taken): 127.0.0.1 serves localhost
  }
  // Read the worked example now so that the first page load does not wait for exceljs.
  example('example').catch(() => undefined);

  return {
    url: `http://localhost:${port}/`,
    loopbackUrl: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((done) => {
              s.close(() => done());
              s.closeAllConnections();
            }),
        ),
      ).then(() => undefined),
  };
}

/** Newest modification time (ms) of the files under `dir` (recursively), ignoring tests. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (/\.test\.tsx?$/.test(entry.name)) continue;
    const t = newestMtime(join(path, entry.name));
    if (t > newest) newest = t;
  }
  return newest;
}

/** True when dist/ lacks the preview or is older than what it is built from. */
export function previewBuildIsStale(distDir = DIST_DIR): boolean {
  const page = join(distDir, 'preview.html');
  if (!existsSync(page)) return true;
  const html = readFileSync(page, 'utf8');
  const scripts = [...html.matchAll(/src="?([^"\s>]+\.js)/g)].map((m) => m[1]);
  if (scripts.length === 0 || scripts.some((s) => !existsSync(join(distDir, s)))) return true;
  const built = statSync(page).mtimeMs;
  const sources = Math.max(
    newestMtime(join(ROOT, 'src')),
    newestMtime(join(ROOT, 'webpack.config.js')),
    newestMtime(join(ROOT, 'package-lock.json')),
    newestMtime(join(ROOT, 'tsconfig.json')),
  );
  return sources > built;
}

/** Runs the production webpack build (all entries: dist/ is cleaned on every build). */
export function buildBundle(): void {
  const webpack = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'webpack.cmd' : 'webpack');
  const r = spawnSync(webpack, ['--mode', 'production', '--stats', 'errors-warnings'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`webpack failed (exit ${r.status ?? r.signal})`);
}

async function main(): Promise<void> {
  const raw = process.env.PORT;
  const port = raw === undefined || raw === '' ? 3000 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT 必须是 0–65535 的整数 / PORT must be an integer from 0 to 65535 (got "${raw}")`);
    process.exitCode = 2;
    return;
  }
  if (!process.argv.includes('--no-build') && previewBuildIsStale()) {
    console.log('正在构建预览 / Building the preview bundle (webpack, production)…');
    buildBundle();
  }
  let server: PreviewServer;
  try {
    server = await startPreviewServer({ port });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`端口 ${port} 已被占用，请用 PORT=${port + 1} npm run preview 换一个端口 / Port ${port} is in use; try PORT=${port + 1} npm run preview`);
      process.exitCode = 1;
      return;
    }
    throw e;
  }
  console.log(`预览地址 / Preview: ${server.url}`);
  console.log('按 Ctrl+C 停止 / Press Ctrl+C to stop');
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
