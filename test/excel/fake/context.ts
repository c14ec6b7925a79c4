/**
 * One Excel.run of the fake: like Office.js it only queues — every load, property set and method
 * call becomes an operation that runs, in order, at `context.sync()`; loaded properties can be read
 * after the sync only. At the sync:
 * - cell-edit mode fails the batch unless the run was delayed (Excel.run's `delayForCellEdit`,
 *   learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit);
 * - Excel on the web's 5 MB limits (…/excel/performance#payload-size-limit-best-practices: "Excel
 *   on the web limits requests and responses to 5 MB"; the size "combines the number of API
 *   calls, the number of objects … the length of the value to set or get"): a request over the
 *   limit fails whole with RequestPayloadSizeLimitExceeded, an answer over it with
 *   ResponsePayloadSizeLimitExceeded. The fake estimates PAYLOAD_PER_CALL bytes per call or object
 *   plus the JSON length of what is set or loaded (Microsoft's own example — 10 000 single-cell
 *   writes "would likely exceed the 5MB payload size limit" — puts a call near 500 bytes);
 * - operations run in order and the first failing one rejects the sync with an error carrying an
 *   Office `code`: the operations before it stay applied and those after it do not run; nothing is
 *   rolled back (learn.microsoft.com/javascript/api/office/officeextension.error, the
 *   traceMessages example: a batch "successfully inserts the third and fourth paragraphs but fails
 *   in the call to insert the fifth"; "all other commands after the failed command in the batch
 *   are not executed" — Word's example, on the OfficeExtension runtime Excel shares; the error's
 *   `debugInfo.statement` is "the statement that caused the error", typings; review B3). `failOp`
 *   makes a chosen operation the failing one;
 * - each sync that changed the workbook is one step on Excel's undo stack, or all syncs of the run
 *   together with `mergeUndoGroup` (ExcelApi 1.20; …/excel/excel-add-ins-undo-capabilities).
 */
import type { FakeExcel } from '../fakeExcel';
import { FakeOfficeError } from './address';

/** Estimated request bytes of one API call or proxy object (see above). */
export const PAYLOAD_PER_CALL = 250;
/** Excel on the web's request and response limit. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface Op {
  run: () => void;
  /** Request bytes (PAYLOAD_PER_CALL plus what is set). */
  bytes: number;
  /** The operation changes the workbook (for the undo stack and for protection). */
  mutates: boolean;
  /** What it is, where a test needs to pick one ('values', 'numberFormat', 'formulas'). */
  kind?: string;
}

export class FakeContext {
  readonly ops: Op[] = [];
  /** Response bytes of the loads run in the current sync. */
  responseBytes = 0;
  private changed = false;
  // Set by fakeExcel.ts (avoids an import cycle).
  workbook!: unknown;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => {
      this.queue(() => void this.fake.calcSuspensions++, false);
    },
  };

  constructor(
    readonly fake: FakeExcel,
    readonly options: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } = {},
  ) {}

  /** Request bytes of the proxies created since the last sync (each object is part of the request). */
  private objectBytes = 0;

  /** Queues an operation; `data` is what the call sends (its UTF-8 JSON length counts toward the request). */
  queue(run: () => void, mutates: boolean, data?: unknown, kind?: string): void {
    this.ops.push({ run, mutates, kind, bytes: PAYLOAD_PER_CALL + (data === undefined ? 0 : jsonBytes(data)) });
  }

  /** Counts a loaded value toward the response (UTF-8 bytes of its JSON). */
  answered(value: unknown): void {
    this.responseBytes += value === undefined ? 0 : jsonBytes(value);
  }

  /** Counts a proxy created (it is part of the request). */
  object(): void {
    this.fake.objectsCreated++;
    this.objectBytes += PAYLOAD_PER_CALL;
  }

  async sync(): Promise<void> {
    const fake = this.fake;
    fake.syncs++;
    // A sheet added in an earlier sync can be activated now (the web quirk lasts one batch).
    fake.addedThisSync.clear();
    const ops = this.ops.splice(0, this.ops.length);
    this.responseBytes = 0;
    if (fake.failNextSync) {
      const code = fake.failNextSync;
      fake.failNextSync = undefined;
      throw new FakeOfficeError(code);
    }
    if (fake.cellEditMode && !this.options.delayForCellEdit) throw new FakeOfficeError('InvalidOperationInCellEditMode');
    const request = ops.reduce((n, o) => n + o.bytes, this.objectBytes);
    this.objectBytes = 0;
    fake.lastRequestBytes = request;
    if (fake.payloadLimit !== null && request > fake.payloadLimit) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded');
    let mutated = false;
    try {
      for (const op of ops) {
        fake.opsRun++;
        if (fake.failOp) {
          const code = fake.failOp(fake.opsRun, op);
          if (code) throw new FakeOfficeError(code);
        }
        op.run();
        if (op.mutates) mutated = true;
      }
    } finally {
      if (mutated) {
        if (!this.options.mergeUndoGroup) fake.undoSteps++;
        else if (!this.changed) fake.undoSteps++;
        this.changed = true;
      }
    }
    fake.lastResponseBytes = this.responseBytes;
    if (fake.payloadLimit !== null && this.responseBytes > fake.payloadLimit) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded');
  }
}

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export class Loadable {
  protected loaded = new Map<string, unknown>();
  isNullObject = false;

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop} (call load() and sync() first)`);
    return this.loaded.get(prop) as T;
  }

  /** Sets a loaded value (fake internals). */
  setLoaded(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }
}

/** A ClientResult<T>: `value` is there after the sync. */
export class FakeClientResult<T> {
  private v: T | undefined;
  private has = false;
  get value(): T {
    if (!this.has) throw new Error('PropertyNotLoaded: value (sync() first)');
    return this.v as T;
  }
  set(v: T): void {
    this.v = v;
    this.has = true;
  }
}
