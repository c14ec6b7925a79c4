/**
 * Builds the command line (`tsc -p tsconfig.cli.json` into build/cli) when a source is newer than
 * the last build, so that `npm run check` always runs the current code as compiled JavaScript.
 * Silent when the build is fresh (a few milliseconds); on stderr when it builds.
 */
const { spawnSync } = require('child_process');
const { existsSync, readdirSync, statSync, utimesSync } = require('fs');
const { join } = require('path');

const root = join(__dirname, '..');
const stamp = join(root, 'build', 'cli', '.tsbuildinfo');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

const sources = Math.max(
  newest(join(root, 'src', 'cli')),
  newest(join(root, 'src', 'core')),
  statSync(join(root, 'tsconfig.json')).mtimeMs,
  statSync(join(root, 'tsconfig.cli.json')).mtimeMs,
);
const main = join(root, 'build', 'cli', 'cli', 'main.js');
if (existsSync(stamp) && existsSync(main) && statSync(stamp).mtimeMs >= sources) process.exit(0);

process.stderr.write('building the command line (tsc -p tsconfig.cli.json)…\n');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.cli.json')], { stdio: ['ignore', 'inherit', 'inherit'] });
// tsc leaves its build info alone when no output changed: mark the build as fresh ourselves.
if (r.status === 0 && existsSync(stamp)) {
  const now = new Date();
  utimesSync(stamp, now, now);
}
process.exit(r.status ?? 1);
