/**
 * Engine section: national forms of 10, 1 000 and 10 000 indicator rows. For each: exceljs load
 * time, our reader (vetting + exceljs + grid), and the engine alone on the already-read grid —
 * medians of several runs — with the engine/load ratio and the engine time per indicator row
 * (flat per-row time = linear growth).
 */
import { statSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { formatTable } from '../../src/cli/textTable';
import { syntheticNationalSpec, writeNationalForm } from '../../scripts/lib/nationalForm';
import { BenchSection, median, time } from './types';

const SIZES: { rows: number; loadRuns: number; engineRuns: number }[] = [
  { rows: 10, loadRuns: 9, engineRuns: 21 },
  { rows: 1_000, loadRuns: 5, engineRuns: 9 },
  { rows: 10_000, loadRuns: 3, engineRuns: 5 },
];

export interface EngineRow {
  indicatorRows: number;
  fileBytes: number;
  generateMs: number;
  exceljsLoadMs: number;
  exceljsLoadCpuMs: number;
  readMs: number;
  /** The first check in the process (V8 not yet warmed up). */
  engineColdMs: number;
  engineMs: number;
  engineCpuMs: number;
  /** engine ÷ exceljs load, wall clock. */
  engineOverLoad: number;
  /** engine ÷ exceljs load, CPU time. */
  engineOverLoadCpu: number;
  /** Engine CPU µs per indicator row. */
  engineUsPerRow: number;
  indicatorsFound: number;
  issues: number;
  runs: { load: number; engine: number };
}

const r1 = (x: number): number => Math.round(x * 10) / 10;
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

export const engineSection: BenchSection = {
  name: 'engine',
  title: 'Engine vs. exceljs load (national forms)',
  async run(ctx) {
    const rows: EngineRow[] = [];
    for (const size of SIZES) {
      const file = join(ctx.tmpDir, `national-${size.rows}.xlsx`);
      const g0 = performance.now();
      await writeNationalForm(file, syntheticNationalSpec(size.rows));
      const generateMs = performance.now() - g0;
      ctx.log(`engine: ${size.rows} rows generated in ${Math.round(generateMs)} ms`);

      const load = await time(size.loadRuns, async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        // Keep nothing of the loaded workbook: a retained exceljs model would make every later
        // garbage collection (charged to the engine's timings) walk it.
        return wb.worksheets.length;
      });
      const read = await time(size.loadRuns, () => readWorkbookFile(file));
      const sheets = read.last.sheets;
      // The first check in a fresh process (what one CLI call pays: V8 still compiling the engine),
      // then the steady state after warm-up runs (what a reviewer checking many files, or the
      // task pane checking again, pays). The ratio target is measured on the steady state.
      const cold = await time(1, () => checkWorkbook(sheets), 0);
      const engine = await time(size.engineRuns, () => checkWorkbook(sheets), 5);
      const report = engine.last;
      const indicatorsFound = report.reduce((n, s) => n + s.indicators.length, 0);
      const issues = report.reduce((n, s) => n + s.issues.length, 0);
      const exceljsLoadMs = median(load.ms);
      const engineMs = median(engine.ms);
      const loadCpu = median(load.cpuMs);
      const engineCpu = median(engine.cpuMs);
      rows.push({
        indicatorRows: size.rows,
        fileBytes: statSync(file).size,
        generateMs: r1(generateMs),
        exceljsLoadMs: r1(exceljsLoadMs),
        exceljsLoadCpuMs: r1(loadCpu),
        readMs: r1(median(read.ms)),
        engineColdMs: r3(median(cold.ms)),
        engineMs: r3(engineMs),
        engineCpuMs: r3(engineCpu),
        engineOverLoad: r3(engineMs / exceljsLoadMs),
        engineOverLoadCpu: r3(engineCpu / Math.max(loadCpu, 0.001)),
        engineUsPerRow: r1((engineCpu * 1000) / size.rows),
        indicatorsFound,
        issues,
        runs: { load: size.loadRuns, engine: size.engineRuns },
      });
      ctx.log(`engine: ${size.rows} rows measured`);
    }
    const lines = formatTable(
      ['rows', 'file KB', 'load ms', 'load cpu', 'read ms', 'first check ms', 'engine ms', 'engine cpu', 'engine/load', 'cpu ratio', 'µs/row (cpu)', 'found', 'issues'],
      rows.map((r) => [
        String(r.indicatorRows),
        (r.fileBytes / 1024).toFixed(1),
        r.exceljsLoadMs.toFixed(1),
        r.exceljsLoadCpuMs.toFixed(1),
        r.readMs.toFixed(1),
        r.engineColdMs.toFixed(1),
        r.engineMs.toFixed(1),
        r.engineCpuMs.toFixed(1),
        r.engineOverLoad.toFixed(2),
        r.engineOverLoadCpu.toFixed(2),
        r.engineUsPerRow.toFixed(1),
        String(r.indicatorsFound),
        String(r.issues),
      ]),
      [{}, ...new Array(12).fill({ align: 'right' })],
    );
    lines.push(
      '',
      'Medians, in ms. load = exceljs readFile; read = vetting + exceljs + conversion to GridData (what',
      'the CLI does per file); first check = the first checkWorkbook in the process (cold V8); engine =',
      'checkWorkbook on the already-read grid after 5 warm-up runs; cpu = process CPU time',
      '(steadier than wall clock on a busy machine). A flat µs/row column means linear growth.',
    );
    return { lines, data: { sizes: rows } };
  },
};
