/**
 * The preview's server and page as an attacker would try them: markup in cells and sheet names
 * is shown as text, the page runs under a strict CSP, the API answers clear errors, the server
 * serves only dist/ and only on loopback names.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import http from 'http';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import type { GridData } from '../../src/core/grid/cellGrid';
import { CONTENT_SECURITY_POLICY, MAX_UPLOAD_BYTES } from '../../scripts/previewServer';
import { cell, EXAMPLES, Harness, openPreview, pane, runCheck, sameOrigin, startHarness, uploadThroughPicker } from './support/harness';
import { makeOle } from '../cli/support/ole';

const PAYLOAD = '<img src=x onerror=alert(1)>';
const SCRIPT_PAYLOAD = '<script>alert(2)</script>';

let h: Harness;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'jxzp-e2e-sec-'));
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A raw HTTP request (no browser): status, headers, body. */
function request(
  path: string,
  options: { method?: string; body?: Buffer; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: h.server.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      // The server may close the connection of an oversized upload before reading all of it.
      if (e.code === 'EPIPE' || e.code === 'ECONNRESET') reject(Object.assign(new Error('connection closed'), { code: e.code }));
      else reject(e);
    });
    if (options.body) req.end(options.body);
    else req.end();
  });
}

const json = (b: Buffer): unknown => JSON.parse(b.toString('utf8'));

describe('markup in a workbook', () => {
  let file: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(PAYLOAD); // 27 characters, none forbidden in a sheet name
    ws.getCell('A1').value = PAYLOAD;
    ws.getCell('B2').value = SCRIPT_PAYLOAD;
    ws.getCell('C3').value = { richText: [{ text: '<b>bold</b>' }, { text: '<i onmouseover=alert(3)>x</i>' }] };
    ws.mergeCells('A5:C5');
    ws.getCell('A5').value = '"><svg onload=alert(4)>';
    file = join(tmp, 'markup.xlsx');
    await wb.xlsx.writeFile(file);
  });

  it('is displayed as text in cells, sheet tabs and the pane, and never runs', async () => {
    const p = await openPreview(h);
    try {
      await uploadThroughPicker(p.page, file, PAYLOAD);
      expect(await cell(p.page, 'A1').textContent()).toBe(PAYLOAD);
      expect(await cell(p.page, 'B2').textContent()).toBe(SCRIPT_PAYLOAD);
      expect(await cell(p.page, 'C3').textContent()).toBe('<b>bold</b><i onmouseover=alert(3)>x</i>');
      expect(await cell(p.page, 'A5').textContent()).toBe('"><svg onload=alert(4)>');
      expect(await cell(p.page, 'A5').getAttribute('colspan')).toBe('3');
      expect(await p.page.locator('[data-testid="sheet-tab"]').first().textContent()).toBe(PAYLOAD);
      // No element was made from the markup.
      expect(await p.page.locator('[data-testid="grid"] img, [data-testid="grid"] script, [data-testid="grid"] svg, [data-testid="grid"] b').count()).toBe(0);
      expect(await p.page.locator('img[src="x"]').count()).toBe(0);

      // The pane shows the sheet name in its findings as text too.
      await runCheck(p.page);
      expect(await pane(p.page).locator('img, script').count()).toBe(0);
      await p.page.waitForTimeout(200); // give a planted onerror/onload a chance to fire
      expect(p.record.dialogs).toEqual([]);
      expect(p.record.pageErrors).toEqual([]);
      expect(await p.cspViolations()).toEqual([]);
      const origin = new URL(h.server.loopbackUrl).origin;
      expect(p.record.requests.filter((u) => !sameOrigin(u, origin))).toEqual([]);
    } finally {
      await p.close();
    }
  });
});

describe('the preview server', () => {
  it('sends the strict Content-Security-Policy on the page, the bundle and the API', async () => {
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const html = page.body.toString('utf8');
    expect(html).not.toMatch(/office\.js|https?:\/\//i);
    const script = /src="?([^"\s>]+\.js)/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await request(`/${script}`);
    expect(js.status).toBe(200);
    expect(js.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    // exceljs stays on the server.
    expect(js.body.toString('utf8')).not.toMatch(/exceljs/i);
    const api = await request('/api/workbook/example');
    expect(api.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves both examples as GridData[]', async () => {
    for (const [route, sheet] of [
      ['example', '项目绩效自评表'],
      ['national', '项目支出绩效自评表'],
    ] as const) {
      const r = await request(`/api/workbook/${route}`);
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      const grids = json(r.body) as GridData[];
      expect(grids.map((g) => g.name)).toEqual([sheet]);
      expect(grids[0].merges.length).toBeGreaterThan(0);
    }
    expect((await request('/api/workbook/nope')).status).toBe(404);
  });

  it('reads an uploaded .xlsx, and answers 400 with the reader’s code for anything else', async () => {
    const ok = await request('/api/workbook', { method: 'POST', body: readFileSync(join(EXAMPLES, 'national-example.xlsx')) });
    expect(ok.status).toBe(200);
    expect((json(ok.body) as GridData[])[0].name).toBe('项目支出绩效自评表');

    const cases: [Buffer, string][] = [
      [Buffer.from('hello, not a workbook'), 'not-xlsx'],
      [Buffer.alloc(0), 'empty'],
      [makeOle(['EncryptionInfo', 'EncryptedPackage']), 'encrypted'],
      [makeOle(['Workbook']), 'legacy-xls'],
      [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]), 'corrupt'],
    ];
    for (const [body, code] of cases) {
      const r = await request('/api/workbook', { method: 'POST', body });
      expect({ code, status: r.status }).toEqual({ code, status: 400 });
      const err = (json(r.body) as { error: { code: string; message: string } }).error;
      expect(err.code).toBe(code);
      expect(err.message.length).toBeGreaterThan(0);
    }
  });

  it('refuses uploads over the limit with 413 too-large', async () => {
    const outcome = await request('/api/workbook', { method: 'POST', body: Buffer.alloc(MAX_UPLOAD_BYTES + 1) }).then(
      (r) => [r.status, (json(r.body) as { error: { code: string } }).error.code],
      // A server may also cut the connection; then nothing was read, which is what matters.
      (e: NodeJS.ErrnoException) => (/EPIPE|ECONNRESET/.test(e.code ?? '') ? [413, 'too-large'] : [0, String(e)]),
    );
    expect(outcome).toEqual([413, 'too-large']);
  });

  it('refuses uploads from another origin', async () => {
    const r = await request('/api/workbook', {
      method: 'POST',
      body: readFileSync(join(EXAMPLES, 'national-example.xlsx')),
      headers: { Origin: 'https://evil.example' },
    });
    expect(r.status).toBe(403);
  });

  it('serves dist/ only: no path traversal, no other host names', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/assets/../../package.json']) {
      const r = await request(path);
      expect({ path, status: r.status }).not.toEqual({ path, status: 200 });
      expect(r.body.toString('utf8')).not.toContain('"devDependencies"');
    }
    const rebound = await request('/', { headers: { Host: 'attacker.example' } });
    expect(rebound.status).toBe(421);
    const localhost = await request('/', { headers: { Host: `localhost:${h.server.port}` } });
    expect(localhost.status).toBe(200);
  });
});
