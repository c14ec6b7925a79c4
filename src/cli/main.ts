#!/usr/bin/env node
/**
 * The `jxzp` command (and `npm run check`): see `jxzp --help`.
 * Exit status: 0 no error found, 1 an error-severity issue, 2 a file could not be read (or bad
 * arguments, or an unexpected failure) — always with a one-line reason on stderr.
 */
import { cliMessages } from './cliMessages';

/** Exit status for unreadable files, bad arguments and unexpected failures (report.md). */
const EXIT_FAILURE = 2;

function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? 'unknown error').trim().slice(0, 300);
}

function localeOf(argv: string[]): 'zh-CN' | 'en-US' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? '' : argv[i].includes('=') ? argv[i].slice(7) : (argv[i + 1] ?? '');
  return v.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

function fail(e: unknown, argv: string[]): void {
  try {
    process.stderr.write(cliMessages(localeOf(argv)).internalError(oneLine(e)) + '\n');
  } finally {
    process.exitCode = EXIT_FAILURE;
  }
}

/** Waits until stdout has room again (a pipe to a slow reader), so that output is not buffered up. */
function drain(): Promise<void> {
  if (!process.stdout.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // A closed pipe (`… | head`) is not an error worth a message.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fail(e, argv);
  });
  process.on('uncaughtException', (e) => {
    fail(e, argv);
    process.exit(EXIT_FAILURE);
  });
  process.on('unhandledRejection', (e) => {
    fail(e, argv);
    process.exit(EXIT_FAILURE);
  });
  try {
    // Loaded here, not at the top, so that even a failure while loading is caught and reported
    // in one line.
    const { runCli } = await import('./run');
    process.exitCode = await runCli(argv, {
      stdout: (t) => void process.stdout.write(t),
      stderr: (t) => void process.stderr.write(t),
      drain,
    });
  } catch (e) {
    fail(e, argv);
  }
}

void main();
