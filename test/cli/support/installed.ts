/**
 * The command line as a user installs it: the package linked into a throw-away global prefix
 * (`npm install -g --prefix DIR <clone>`, which is what `npm install -g` from a clone does), run
 * as `DIR/bin/jxzp`. The compiled JavaScript is brought up to date first (scripts/ensureCliBuild.js,
 * a no-op when fresh).
 */
import { execFileSync, spawn } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..', '..');

let installed: { bin: string; prefix: string } | null = null;

/** Builds the command line if stale and links it into a temporary prefix; returns the `jxzp` path. */
export function installedCommand(): string {
  if (installed && existsSync(installed.bin)) return installed.bin;
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'ensureCliBuild.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const prefix = mkdtempSync(join(tmpdir(), 'jxzp-prefix-'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', ROOT], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const bin = process.platform === 'win32' ? join(prefix, 'jxzp.cmd') : join(prefix, 'bin', 'jxzp');
  if (!existsSync(bin)) throw new Error(`npm install -g did not create ${bin}`);
  installed = { bin, prefix };
  return bin;
}

/** Removes the temporary prefix (call in afterAll). */
export function uninstallCommand(): void {
  if (installed) rmSync(installed.prefix, { recursive: true, force: true });
  installed = null;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the installed command (optionally under `wrap`, e.g. /usr/bin/time), collecting its output. */
export function runInstalled(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; wrap?: string[] } = {}): Promise<Run> {
  const bin = installedCommand();
  const [cmd, argv] = options.wrap ? [options.wrap[0], [...options.wrap.slice(1), bin, ...args]] : [bin, args];
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(cmd, argv, { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1', ...options.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - started }),
    );
  });
}
