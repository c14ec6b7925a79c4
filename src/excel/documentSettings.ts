/**
 * `Office.context.document.settings` (Office common API, "Settings" requirement set): a property
 * bag stored in the workbook per add-in. Every JavaScript runtime of the add-in (task pane,
 * ribbon command) holds its OWN in-memory copy of the bag, loaded when the runtime starts:
 * - `refreshAsync` re-reads the document's copy (what another runtime saved since);
 * - `saveAsync` writes this runtime's WHOLE bag into the document — so refresh right before
 *   `set` + `saveAsync`, or a stale copy of another key (the person's settings, the change
 *   journal) overwrites what the other runtime saved.
 * These are not Excel `context.sync()` round trips.
 */
import { GatewayError } from '../app/hostGateway';

/** The result an Office common-API callback receives (Office.AsyncResult, the parts read here). */
export interface SettingsAsyncResult {
  status: unknown;
  error?: { code?: unknown };
}

/** The part of `Office.context.document.settings` the add-in uses. */
export interface DocumentSettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: SettingsAsyncResult) => void): void;
  /** Absent in test doubles that model a single runtime. */
  refreshAsync?(callback?: (result: SettingsAsyncResult) => void): void;
}

/** How long a settings call may take before it counts as failed (a host that never calls back). */
export const SETTINGS_CALL_TIMEOUT_MS = 15000;

function failed(result: SettingsAsyncResult | undefined): boolean {
  return !!result && String(result.status).toLowerCase() === 'failed';
}

function call(what: string, start: (done: (result?: SettingsAsyncResult) => void) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => finish(undefined, new GatewayError('unknown', `${what}: no answer from Office`)), SETTINGS_CALL_TIMEOUT_MS);
    function finish(result: SettingsAsyncResult | undefined, error?: GatewayError): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else if (failed(result)) reject(new GatewayError('unknown', `${what} failed (${String(result?.error?.code ?? '')})`));
      else resolve();
    }
    try {
      start((result) => finish(result));
    } catch (e) {
      finish(undefined, new GatewayError('unknown', `${what} threw (${e instanceof Error ? e.name : typeof e})`));
    }
  });
}

/** Re-reads the document's settings into this runtime's copy (no-op where refreshAsync is absent). */
export function refreshSettings(store: DocumentSettingsStore): Promise<void> {
  if (typeof store.refreshAsync !== 'function') return Promise.resolve();
  return call('settings refresh', (done) => store.refreshAsync!(done));
}

/** Persists this runtime's copy of the settings into the document. */
export function persistSettings(store: DocumentSettingsStore): Promise<void> {
  return call('settings save', (done) => store.saveAsync(done));
}

/** `Office.context.document.settings` when Office.js runs in a document, else undefined. */
export function officeDocumentSettings(): DocumentSettingsStore | undefined {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    const settings = office?.context?.document?.settings as unknown as DocumentSettingsStore | undefined;
    return settings && typeof settings.get === 'function' && typeof settings.set === 'function' && typeof settings.saveAsync === 'function'
      ? settings
      : undefined;
  } catch {
    return undefined; // Office.context throws before Office.onReady in some hosts
  }
}
