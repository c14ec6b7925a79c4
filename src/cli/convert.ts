/**
 * `--convert`: LibreOffice (`soffice --headless --convert-to xlsx`) turns a legacy .xls / .et, an
 * .ods, a CSV or a web page saved as .xls into an .xlsx, which is then checked like any other.
 * Each worker thread uses its own LibreOffice profile (two soffice processes sharing one refuse
 * to start), and the input is copied under a plain name first (soffice names its output after
 * its input, and some builds mishandle unusual names).
 */
import { spawn } from 'child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'fs';
import { delimiter, extname, join } from 'path';
import { pathToFileURL } from 'url';
import type { ReadErrorCode } from './readError';

/** Longest a conversion may take (the first one also creates the profile). */
const CONVERT_TIMEOUT_MS = 180_000;

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The LibreOffice command on this machine (`soffice` on PATH, or a usual install place), or null. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  if (env.JXZP_SOFFICE !== undefined) return env.JXZP_SOFFICE === '' ? null : env.JXZP_SOFFICE;
  const names = platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const n of names) {
      const p = join(dir, n);
      if (existsSync(p) && executable(p)) return p;
    }
  }
  const usual =
    platform === 'win32'
      ? ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe']
      : platform === 'darwin'
        ? ['/Applications/LibreOffice.app/Contents/MacOS/soffice']
        : ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];
  return usual.find((p) => existsSync(p) && executable(p)) ?? null;
}

export class ConvertError extends Error {}

/** Whether the bytes are valid UTF-8 (a CSV's encoding: UTF-8, else the Chinese GB18030). */
function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** The import filter for a kind of file, where LibreOffice's own detection is not enough. */
function importFilter(code: ReadErrorCode, input: string): string | null {
  if (code === 'csv') {
    // Separators: comma, tab, semicolon; quote "; charset; start at row 1 (LibreOffice CSV filter options).
    const charset = isUtf8(readFileSync(input)) ? 'UTF-8' : 'GB18030';
    return `CSV:44/9/59,34,${charset},1`;
  }
  if (code === 'html') return 'HTML (StarCalc)';
  return null;
}

/**
 * Converts `input` into an .xlsx inside `workDir` (a folder of this run) and returns its path.
 * `slot` names the LibreOffice profile (one per worker thread); `index` keeps names apart.
 */
export function convertToXlsx(soffice: string, input: string, code: ReadErrorCode, workDir: string, slot: number, index: number): Promise<string> {
  const dir = join(workDir, `convert-${index}`);
  mkdirSync(dir, { recursive: true });
  const ext = extname(input).toLowerCase().replace(/[^.a-z0-9]/g, '') || '.dat';
  const copy = join(dir, `input${ext === '.xlsx' ? '.dat' : ext}`);
  copyFileSync(input, copy);
  const profile = pathToFileURL(join(workDir, `profile-${slot}`)).href;
  const args = ['--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck', `-env:UserInstallation=${profile}`];
  const filter = importFilter(code, copy);
  if (filter) args.push(`--infilter=${filter}`);
  args.push('--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', dir, copy);
  return new Promise((resolve, reject) => {
    const child = spawn(soffice, args, { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString('utf8')).slice(-2000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), CONVERT_TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new ConvertError(e.message));
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const out = readdirSync(dir).find((f) => f.toLowerCase().endsWith('.xlsx'));
      if (out) return resolve(join(dir, out));
      const why = signal ? `stopped after ${CONVERT_TIMEOUT_MS / 1000} s` : `exit status ${status}`;
      const line = stderr.split(/\r?\n/).find((l) => l.trim() !== '' && !/^warn|javaldx/i.test(l)) ?? '';
      reject(new ConvertError(line ? `${why}: ${line.trim().slice(0, 200)}` : `${why}, no .xlsx written`));
    });
  });
}

/** Removes a conversion's folder. */
export function removeConversion(path: string): void {
  rmSync(join(path, '..'), { recursive: true, force: true });
}
