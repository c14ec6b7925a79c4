/** A worker thread of a batch (see pool.ts): checks the files it is sent, one at a time. */
import { parentPort, workerData } from 'worker_threads';
import { checkFile } from './checkFile';
import type { FileTask, RunConfig } from './outcome';

const { config, slot } = workerData as { config: RunConfig; slot: number };

parentPort?.on('message', (task: FileTask) => {
  void checkFile(task, config, slot).then((outcome) => parentPort?.postMessage(outcome));
});
