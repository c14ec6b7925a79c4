/**
 * Command line section (issue 11 item 7): the installed command, as a process, against a bare
 * node process that only loads the same files with exceljs — the three ratios side by side:
 * - a batch of 200 files (`jxzp --json DIR`, worker threads) ÷ loading them in one process;
 * - one small file, cold (`jxzp --json FILE`) ÷ a node process loading it;
 * - the 10 000-row form (`jxzp --json FILE`) ÷ a node process loading it.
 * Runs are interleaved (bare, jxzp, bare, jxzp …) so that a busy machine slows both alike; the
 * ratio is of the medians. Wall time is what the targets are about; CPU time (user + system,
 * from /usr/bin/time when present) is shown beside it. Also: peak memory of `--jsonl` at 200 and
 * 1 000 files (flat = the outputs are not held).
 */
import { spawn, spawnSync } from 'child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { availableParallelism, cpus } from 'os';
import { join } from 'path';
import { formatTable } from '../../src/cli/textTable';
import { syntheticNationalSpec, writeNationalForm } from '../../scripts/lib/nationalForm';
import { BenchSection, median } from './types';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'build', 'cli', 'cli', 'main.js');
const TIME = '/usr/bin/time';

interface Run {
  ms: number;
  cpuMs: number | null;
  rssMB: number | null;
}

/** Runs `node args…` with stdout discarded; wall time, and CPU time and peak RSS via /usr/bin/time. */
function runNode(args: string[], statsFile: string): Promise<Run> {
  const timed = existsSync(TIME);
  const [cmd, argv] = timed ? [TIME, ['-f', '%U %S %M', '-o', statsFile, process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('close', () => {
      const ms = performance.now() - t0;
      if (!timed) return resolve({ ms, cpuMs: null, rssMB: null });
      const last = readFileSync(statsFile, 'utf8').trim().split('\n').pop() ?? '';
      const [u, s, kb] = last.split(/\s+/).map(Number);
      resolve({ ms, cpuMs: Number.isFinite(u + s) ? (u + s) * 1000 : null, rssMB: Number.isFinite(kb) ? kb / 1024 : null });
    });
  });
}

interface CaseResult {
  case: string;
  files: number;
  bareMs: number;
  cliMs: number;
  ratio: number;
  bareCpuMs: number | null;
  cliCpuMs: number | null;
  cpuRatio: number | null;
  target: number;
  met: boolean;
  runs: number;
}

async function compare(name: string, bare: string[], cli: string[], runs: number, target: number, files: number, tmp: string): Promise<CaseResult> {
  const b: Run[] = [];
  const c: Run[] = [];
  // One untimed run of each: the file system cache, not the first run, decides.
  await runNode(bare, join(tmp, 'stats.txt'));
  await runNode(cli, join(tmp, 'stats.txt'));
  for (let i = 0; i < runs; i++) {
    b.push(await runNode(bare, join(tmp, 'stats.txt')));
    c.push(await runNode(cli, join(tmp, 'stats.txt')));
  }
  const bareMs = median(b.map((r) => r.ms));
  const cliMs = median(c.map((r) => r.ms));
  const cpu = (rs: Run[]): number | null => (rs.every((r) => r.cpuMs !== null) ? median(rs.map((r) => r.cpuMs!)) : null);
  const bareCpuMs = cpu(b);
  const cliCpuMs = cpu(c);
  const ratio = cliMs / bareMs;
  return {
    case: name,
    files,
    bareMs: Math.round(bareMs),
    cliMs: Math.round(cliMs),
    ratio: Math.round(ratio * 100) / 100,
    bareCpuMs: bareCpuMs === null ? null : Math.round(bareCpuMs),
    cliCpuMs: cliCpuMs === null ? null : Math.round(cliCpuMs),
    cpuRatio: bareCpuMs && cliCpuMs ? Math.round((cliCpuMs / bareCpuMs) * 100) / 100 : null,
    target,
    met: ratio <= target,
    runs,
  };
}

export const cliSection: BenchSection = {
  name: 'cli',
  title: 'Command line (jxzp) vs. a node process loading the same files with exceljs',
  async run(ctx) {
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ensureCliBuild.js')], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (built.status !== 0) throw new Error('the command line does not build');
    const tmp = ctx.tmpDir;
    // The bare baseline: node, exceljs, each file loaded in turn — nothing else.
    const bare = join(tmp, 'bare-exceljs-load.js');
    writeFileSync(
      bare,
      `const ExcelJS = require(${JSON.stringify(join(ROOT, 'node_modules', 'exceljs'))});\n` +
        '(async () => { for (const f of process.argv.slice(2)) { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(f); } })();\n',
    );
    const big = join(tmp, 'national-10000.xlsx');
    await writeNationalForm(big, syntheticNationalSpec(10_000));
    const n100 = join(tmp, 'national-100.xlsx');
    const n300 = join(tmp, 'national-300.xlsx');
    await writeNationalForm(n100, syntheticNationalSpec(100));
    await writeNationalForm(n300, syntheticNationalSpec(300));
    const small = join(ROOT, 'examples', 'jingmen-12345-2024.xlsx');
    const kinds = [small, join(ROOT, 'examples', 'national-example.xlsx'), n100, n300];
    const batchDir = (n: number): string => {
      const d = join(tmp, `batch-${n}`);
      mkdirSync(d, { recursive: true });
      for (let i = 0; i < n; i++) linkSync(kinds[i % kinds.length], join(d, `f${String(i).padStart(5, '0')}.xlsx`));
      return d;
    };
    const batch = batchDir(200);
    const batchFiles = Array.from({ length: 200 }, (_, i) => join(batch, `f${String(i).padStart(5, '0')}.xlsx`));
    ctx.log('cli: files generated; measuring (interleaved runs)');

    const results: CaseResult[] = [];
    results.push(await compare('200-file batch', [bare, ...batchFiles], [BIN, '--json', batch], 5, 1.2, 200, tmp));
    // The same batch on one thread: what the workers add (or, on a machine whose two cores do not
    // run two threads at full speed, cost).
    results.push(await compare('200-file batch, --jobs 1', [bare, ...batchFiles], [BIN, '--json', '--jobs', '1', batch], 5, 1.2, 200, tmp));
    ctx.log('cli: batch measured');
    results.push(await compare('one file, cold', [bare, small], [BIN, '--json', small], 11, 1.3, 1, tmp));
    ctx.log('cli: one file measured');
    results.push(await compare('10 000-row form', [bare, big], [BIN, '--json', big], 5, 1.25, 1, tmp));
    ctx.log('cli: 10 000-row form measured');

    const many = batchDir(1_000);
    const rss200 = await runNode([BIN, '--jsonl', batch], join(tmp, 'stats.txt'));
    const rss1000 = await runNode([BIN, '--jsonl', many], join(tmp, 'stats.txt'));
    ctx.log('cli: memory measured');

    const lines = formatTable(
      ['case', 'files', 'exceljs load (ms)', 'jxzp (ms)', 'ratio', 'target', 'met', 'cpu: load', 'cpu: jxzp', 'cpu ratio'],
      results.map((r) => [
        r.case,
        String(r.files),
        String(r.bareMs),
        String(r.cliMs),
        r.ratio.toFixed(2),
        `≤ ${r.target}`,
        r.met ? 'yes' : 'no',
        r.bareCpuMs === null ? '—' : String(r.bareCpuMs),
        r.cliCpuMs === null ? '—' : String(r.cliCpuMs),
        r.cpuRatio === null ? '—' : r.cpuRatio.toFixed(2),
      ]),
      [{}, { align: 'right' }, { align: 'right' }, { align: 'right' }, { align: 'right' }, {}, {}, { align: 'right' }, { align: 'right' }, { align: 'right' }],
    );
    const mb = (r: Run): string => (r.rssMB === null ? '—' : `${r.rssMB.toFixed(0)} MB`);
    const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
    lines.push(
      '',
      `Wall-clock medians of interleaved runs, each a fresh process (stdout discarded); ${cores} cores, ${cpus()[0]?.model ?? 'unknown CPU'}.`,
      'exceljs load = `node` + require("exceljs") + workbook.xlsx.readFile of each file, one after the other;',
      'jxzp = the installed command (compiled JavaScript) checking them: read, check, JSON report on stdout.',
      `Peak RSS of jxzp --jsonl: ${mb(rss200)} at 200 files, ${mb(rss1000)} at 1 000 files (flat: no report is held).`,
    );
    return {
      lines,
      data: { cores, cpu: cpus()[0]?.model ?? null, cases: results, jsonlPeakRss: { files200: rss200.rssMB, files1000: rss1000.rssMB } },
    };
  },
};
