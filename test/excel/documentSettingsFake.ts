/**
 * A model of `Office.context.document.settings` as Office runs it for an add-in with several
 * JavaScript runtimes (task pane, ribbon command): ONE bag in the document, and per runtime an
 * in-memory copy taken when the runtime starts; `refreshAsync` re-reads the document's bag,
 * `saveAsync` writes the runtime's WHOLE copy into the document.
 */
import type { DocumentSettingsStore, SettingsAsyncResult } from '../../src/excel/documentSettings';

export interface FakeRuntimeSettings extends DocumentSettingsStore {
  refreshes: number;
  saves: number;
  /** Make the next refreshAsync / saveAsync report failure. */
  failRefresh: boolean;
  failSave: boolean;
}

export class FakeDocumentSettings {
  /** The bag as saved in the workbook. */
  document = new Map<string, unknown>();

  /** A new runtime's settings (a copy of the document's bag as it is now). */
  runtime(): FakeRuntimeSettings {
    let local = new Map(this.document);
    const answer = (cb: ((r: SettingsAsyncResult) => void) | undefined, fail: boolean): void => {
      cb?.(fail ? { status: 'failed', error: { code: 5001 } } : { status: 'succeeded' });
    };
    const rt: FakeRuntimeSettings = {
      refreshes: 0,
      saves: 0,
      failRefresh: false,
      failSave: false,
      get: (k) => (local.has(k) ? local.get(k) : null),
      set: (k, v) => void local.set(k, v),
      saveAsync: (cb) => {
        rt.saves++;
        if (!rt.failSave) this.document = new Map(local);
        answer(cb, rt.failSave);
      },
      refreshAsync: (cb) => {
        rt.refreshes++;
        if (!rt.failRefresh) local = new Map(this.document);
        answer(cb, rt.failRefresh);
      },
    };
    return rt;
  }
}
