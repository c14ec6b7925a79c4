/**
 * `npm run preview` as a person runs it: the server script prints its address and serves the
 * page there, on the port PORT says. (--no-build: `npm run test:e2e` has just built dist/.)
 */
import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';
import { ROOT } from './support/harness';

let child: ChildProcess | null = null;

afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  child = null;
});

function startScript(env: Record<string, string>): Promise<{ out: string; url: string }> {
  return new Promise((resolve, reject) => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    child = spawn(tsx, ['scripts/previewServer.ts', '--no-build'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no address printed within 30 s:\n${out}`)), 30_000);
    const onData = (d: Buffer) => {
      out += d.toString('utf8');
      const m = /预览地址 \/ Preview: (http:\/\/localhost:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ out, url: m[1] });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${out}`));
    });
  });
}

it('prints its address and serves the preview there (PORT chooses the port)', async () => {
  const { url } = await startScript({ PORT: '0' });
  const port = Number(new URL(url).port);
  expect(port).toBeGreaterThan(0);
  const res = await fetch(`http://127.0.0.1:${port}/`);
  expect(res.status).toBe(200);
  expect(await res.text()).toMatch(/<div id="?root"?>/);
  const api = await fetch(`http://127.0.0.1:${port}/api/workbook/example`);
  expect(api.status).toBe(200);
  expect(((await api.json()) as { name: string }[])[0].name).toBe('项目绩效自评表');
});

it('refuses a PORT that is not a port number', async () => {
  await expect(startScript({ PORT: 'eighty' })).rejects.toThrow(/exited with 2[\s\S]*PORT/);
});
