/** A benchmark section: measures one thing, prints a table, contributes to bench/results.json. */
export interface BenchContext {
  /** A temporary directory for generated files, removed after the run. */
  tmpDir: string;
  /** Progress output (stderr). */
  log(line: string): void;
}

export interface SectionResult {
  /** Lines of text for the console (a table and a sentence or two). */
  lines: string[];
  /** Stored under the section's name in bench/results.json. */
  data: unknown;
}

export interface BenchSection {
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<SectionResult>;
}

/** The median of timings in milliseconds. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Times `fn` `runs` times (after `warmup` untimed runs): wall-clock and CPU milliseconds of each
 * run. CPU time (user + system of this process) is the steadier figure on a busy machine.
 */
export async function time<T>(
  runs: number,
  fn: () => T | Promise<T>,
  warmup = 0,
): Promise<{ ms: number[]; cpuMs: number[]; last: T }> {
  let last!: T;
  for (let i = 0; i < warmup; i++) last = await fn();
  const ms: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    last = await fn();
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
  }
  return { ms, cpuMs, last };
}
