/**
 * `npm run bench [-- section…]`: runs the benchmark sections (all by default), prints a table per
 * section and records the results in bench/results.json (sections not run keep their previous
 * results). Add a section: write bench/sections/<name>.ts exporting a BenchSection and list it
 * in SECTIONS.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bundleSection } from './sections/bundle';
import { cliSection } from './sections/cli';
import { engineSection } from './sections/engine';
import { BenchSection } from './sections/types';

const SECTIONS: BenchSection[] = [engineSection, cliSection, bundleSection];
const RESULTS = join(__dirname, 'results.json');

interface Results {
  updated: string;
  node: string;
  platform: string;
  sections: Record<string, { title: string; measured: string; data: unknown }>;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
  if (unknown.length > 0) {
    console.error(`unknown section(s): ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.name).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const chosen = wanted.length > 0 ? SECTIONS.filter((s) => wanted.includes(s.name)) : SECTIONS;
  const previous: Results | null = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Results) : null;
  const results: Results = {
    updated: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    sections: { ...(previous?.sections ?? {}) },
  };
  const tmpDir = mkdtempSync(join(tmpdir(), 'jxzp-bench-'));
  const started = performance.now();
  try {
    for (const section of chosen) {
      const t0 = performance.now();
      const r = await section.run({ tmpDir, log: (line) => process.stderr.write(`${line}\n`) });
      console.log(`\n## ${section.title} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
      console.log(r.lines.join('\n'));
      results.sections[section.name] = { title: section.title, measured: results.updated, data: r.data };
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s; results in ${RESULTS}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
