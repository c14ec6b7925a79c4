/**
 * Runs the files of a batch on worker threads — one per core by default — and hands their
 * outcomes on in input order, as soon as each next one is done. At most a few files per worker
 * are ahead of the output, so memory stays flat however many files there are. A worker that dies
 * (out of memory on one huge file) fails only the file it had; a new one takes its place.
 *
 * One file, one job, or running from the TypeScript sources (tests): the files are checked in
 * this thread, one after the other, in the same order.
 */
import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import { Worker } from 'worker_threads';
import { FileOutcome, FileTask, RunConfig, failedOutcome } from './outcome';

/** Files dispatched ahead of the output, per worker. */
const AHEAD_PER_WORKER = 4;

/** The compiled worker entry, or null when running from the TypeScript sources. */
export function workerEntry(): string | null {
  if (!__filename.endsWith('.js')) return null;
  const entry = join(__dirname, 'worker.js');
  return existsSync(entry) ? entry : null;
}

/** The worker threads a batch of `files` gets: `jobs` or the machine's cores, at most one per file. */
export function workerCount(files: number, jobs: number | null): number {
  const cores = typeof availableParallelism === 'function' ? availableParallelism() : 1;
  return Math.max(1, Math.min(files, jobs ?? cores));
}

export type OnOutcome = (o: FileOutcome) => void | Promise<void>;

async function runHere(tasks: FileTask[], config: RunConfig, onOutcome: OnOutcome): Promise<void> {
  const { checkFile } = await import('./checkFile');
  for (const t of tasks) await onOutcome(await checkFile(t, config, 0));
}

function workerError(e: unknown): Error {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ERR_WORKER_OUT_OF_MEMORY') return Object.assign(new Error('out of memory'), { outOfMemory: true });
  return e instanceof Error ? e : new Error(String(e));
}

function runOnWorkers(tasks: FileTask[], config: RunConfig, count: number, entry: string, onOutcome: OnOutcome): Promise<void> {
  return new Promise((resolve, reject) => {
    const ready = new Map<number, FileOutcome>();
    const window = count * AHEAD_PER_WORKER;
    let nextTask = 0;
    let nextOut = 0;
    let draining = false;
    let finished = false;
    interface Slot {
      worker: Worker;
      task: FileTask | null;
    }
    const slots: Slot[] = [];

    const finish = (e?: unknown): void => {
      if (finished) return;
      finished = true;
      void Promise.all(slots.map((s) => s.worker.terminate())).then(
        () => (e ? reject(e) : resolve()),
        () => (e ? reject(e) : resolve()),
      );
    };

    const dispatch = (): void => {
      for (const slot of slots) {
        if (slot.task || nextTask >= tasks.length || nextTask >= nextOut + window) continue;
        slot.task = tasks[nextTask++];
        slot.worker.postMessage(slot.task);
      }
    };

    const drain = async (): Promise<void> => {
      if (draining) return;
      draining = true;
      try {
        while (ready.has(nextOut)) {
          const o = ready.get(nextOut)!;
          ready.delete(nextOut);
          nextOut++;
          dispatch();
          await onOutcome(o);
        }
      } catch (e) {
        finish(e);
        return;
      } finally {
        draining = false;
      }
      if (nextOut >= tasks.length) finish();
      else if (ready.has(nextOut)) void drain();
    };

    const start = (k: number): Slot => {
      const worker = new Worker(entry, { workerData: { config, slot: k } });
      const slot: Slot = { worker, task: null };
      worker.on('message', (o: FileOutcome) => {
        slot.task = null;
        ready.set(o.index, o);
        dispatch();
        void drain();
      });
      const lost = (e: unknown): void => {
        if (finished || slots[k] !== slot) return;
        const task = slot.task;
        slot.task = null;
        slots[k] = start(k);
        if (task) ready.set(task.index, failedOutcome(task, config, workerError(e)));
        dispatch();
        void drain();
      };
      worker.on('error', lost);
      worker.on('exit', (code) => lost(new Error(`worker stopped (exit status ${code})`)));
      return slot;
    };

    for (let k = 0; k < count; k++) slots.push(start(k));
    dispatch();
  });
}

/** Checks every task and calls `onOutcome` for each, in task order. */
export async function runTasks(tasks: FileTask[], config: RunConfig, jobs: number | null, onOutcome: OnOutcome): Promise<void> {
  const count = workerCount(tasks.length, jobs);
  const entry = workerEntry();
  if (count < 2 || !entry) return runHere(tasks, config, onOutcome);
  return runOnWorkers(tasks, config, count, entry, onOutcome);
}
