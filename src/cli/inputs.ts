/**
 * What the command line was given to check — files, folders and glob patterns — as the list of
 * files to check, in a stable order. The tool expands patterns itself: cmd and PowerShell do not,
 * and a shell's expansion of `**` differs between shells.
 *
 * - A file is checked whatever its name (the reader tells a non-workbook apart).
 * - A folder is walked recursively: workbooks (.xlsx, .xlsm) are checked; legacy and other
 *   spreadsheet files (.xls, .et, .ods, .xlsb) are listed too, so that each gets its next step
 *   instead of being silently left out. Names starting with `.` or `~$` (Excel's lock files) are
 *   skipped, and so are the tool's own outputs.
 * - A pattern (`*`, `?`, `**`, `[…]`, `{a,b}`) is matched against the paths below its fixed base;
 *   a folder it matches is walked as above. A pattern matching nothing is reported as such.
 */
import { Dirent, readdirSync, realpathSync, statSync } from 'fs';
import { isAbsolute, join, relative, resolve, sep } from 'path';
import picomatch from 'picomatch';
import type { ReadErrorCode } from './readError';

export interface InputFile {
  /** The path to open. */
  path: string;
  /** The path as shown in the output: as given, or the folder as given joined with the path below it. */
  shown: string;
  /** The path below the folder or pattern base it was found in (null for a file given as such). */
  below: string | null;
  /** A problem found while expanding (a pattern matching nothing, an unreadable folder). */
  problem?: { code: ReadErrorCode; detail: string };
}

export interface ExpandOptions {
  /** Paths never to include from a folder or pattern (the tool's own outputs). */
  exclude?: string[];
  platform?: NodeJS.Platform;
}

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const LISTED_EXTENSIONS = new Set(['.xls', '.et', '.ods', '.xlsb', '.ett', '.xlt', '.xltx', '.xltm']);
const GLOB_CHARS = /[*?[\]{}]/;

const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

function skippedName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/** Whether a folder walk includes a file of this name. */
export function isWorkbookName(name: string): boolean {
  if (skippedName(name)) return false;
  const ext = extensionOf(name);
  return WORKBOOK_EXTENSIONS.has(ext) || LISTED_EXTENSIONS.has(ext);
}

function sorted(entries: Dirent[]): Dirent[] {
  return entries.sort((a, b) => collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

class Expander {
  readonly files: InputFile[] = [];
  /** Files found by walks and patterns, counting those already listed. */
  found = 0;
  private readonly seenFiles = new Set<string>();
  private readonly excluded: Set<string>;

  constructor(private readonly options: ExpandOptions) {
    this.excluded = new Set((options.exclude ?? []).map((p) => this.key(p)));
  }

  /** A path's identity: its real path, lower-cased where the file system ignores case. */
  private key(path: string): string {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = resolve(path);
    }
    const platform = this.options.platform ?? process.platform;
    return platform === 'win32' || platform === 'darwin' ? real.toLowerCase() : real;
  }

  add(file: InputFile, fromWalk: boolean): void {
    if (fromWalk && !file.problem) this.found++;
    const k = file.problem ? `?${file.shown}` : this.key(file.path);
    if (this.seenFiles.has(k)) return;
    if (fromWalk && this.excluded.has(k)) return;
    this.seenFiles.add(k);
    this.files.push(file);
  }

  /** Walks a folder depth-first, entries in name order (numbers in names compared as numbers). */
  walk(dir: string, shown: string, below: string, seenDirs: Set<string>, filter: (below: string, isDir: boolean) => boolean): void {
    const real = this.key(dir);
    if (seenDirs.has(real)) return; // a link back up the tree
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = sorted(readdirSync(dir, { withFileTypes: true }));
    } catch (e) {
      this.add({ path: dir, shown, below: below || null, problem: { code: 'unreadable', detail: `cannot list the folder (${(e as NodeJS.ErrnoException).code ?? 'error'})` } }, true);
      return;
    }
    for (const entry of entries) {
      if (skippedName(entry.name)) continue;
      const path = join(dir, entry.name);
      const shownPath = join(shown, entry.name);
      const belowPath = below ? join(below, entry.name) : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = statSync(path);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) {
        if (filter(belowPath, true)) this.walk(path, shownPath, belowPath, seenDirs, filter);
      } else if (isFile && filter(belowPath, false)) {
        this.add({ path, shown: shownPath, below: belowPath }, true);
      }
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Expands one glob pattern. */
function expandPattern(x: Expander, pattern: string, platform: NodeJS.Platform): boolean {
  const windows = platform === 'win32';
  const posixPattern = windows ? pattern.replace(/\\/g, '/') : pattern;
  const { base, glob } = picomatch.scan(posixPattern);
  const baseDir = base === '' ? '.' : base;
  if (!isDirectory(baseDir)) return false;
  const match = picomatch(glob, { dot: false, nocase: windows, windows: false });
  // A folder deeper than the pattern can reach is not walked (unless the pattern has **).
  const depth = glob.includes('**') ? Infinity : glob.split('/').length;
  const before = x.found;
  const shownBase = base === '' ? '' : windows ? base.replace(/\//g, sep) : base;
  const toPosix = (p: string): string => p.split(sep).join('/');
  const seenDirs = new Set<string>();
  const walkMatched = (belowPath: string, isDir: boolean): boolean => {
    const p = toPosix(belowPath);
    if (isDir) {
      if (match(p)) {
        // The pattern names this folder: everything in it, as a folder walk.
        x.walk(join(baseDir, belowPath), join(shownBase, belowPath), belowPath, new Set(seenDirs), (b, d) => d || isWorkbookName(b.split(sep).pop() ?? ''));
        return false;
      }
      return p.split('/').length < depth;
    }
    return match(p);
  };
  x.walk(baseDir, shownBase, '', seenDirs, walkMatched);
  return x.found > before;
}

/** Expands files, folders and patterns into the files to check, in order, each once. */
export function expandInputs(args: string[], options: ExpandOptions = {}): InputFile[] {
  const platform = options.platform ?? process.platform;
  const x = new Expander(options);
  for (const arg of args) {
    if (isDirectory(arg)) {
      x.walk(arg, arg, '', new Set(), (below, isDir) => isDir || isWorkbookName(below.split(sep).pop() ?? ''));
      continue;
    }
    if (!exists(arg) && GLOB_CHARS.test(arg)) {
      if (!expandPattern(x, arg, platform)) {
        x.add({ path: arg, shown: arg, below: null, problem: { code: 'not-found', detail: 'no file matches this pattern' } }, false);
      }
      continue;
    }
    // A file, or a name that does not exist (the reader says so).
    x.add({ path: arg, shown: arg, below: null }, false);
  }
  return x.files;
}

/** True when `path` lies inside `dir` (or is it). */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
