/**
 * Reports of the ribbon command (a function command, which has no UI) for the task pane, which
 * runs in another JavaScript runtime. Microsoft documents how the two share data without a shared
 * runtime: "To share data between a task pane and a function command, store data in
 * Window.localStorage, which is shared across all runtimes that access the same specific origin"
 * (learn.microsoft.com/office/dev/add-ins/testing/runtimes#share-data-across-runtimes), and to key
 * it with `Office.context.partitionKey` where storage is partitioned
 * (…/develop/persisting-add-in-state-and-settings#storage-partitioning). The key also holds the
 * document's URL, so that a report reaches the pane of the workbook it is about. The reports are
 * short-lived messages; the durable record of marks and writes lives in the document itself.
 */
import type { CommandReport } from '../app/hostGateway';

export interface CommandReportChannel {
  post(report: CommandReport): void;
  /** The reports posted since the last take (oldest first), removed. */
  take(): CommandReport[];
}

/** The most reports kept for one document (older ones are dropped). */
const MAX_REPORTS = 20;
const PREFIX = 'perfSelfEval.commandReports:';

/** The part of the Web Storage API used here. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function isReport(x: unknown): x is CommandReport {
  if (!x || typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  return r.command === 'checkTable' && typeof r.at === 'string' && typeof r.ok === 'boolean' && typeof r.code === 'string';
}

/** A channel over a Storage (the origin's localStorage by default), keyed by `documentKey`. */
export function storageChannel(storage: KeyValueStorage, documentKey: string): CommandReportChannel {
  const key = PREFIX + documentKey;
  const read = (): CommandReport[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isReport) : [];
    } catch {
      return [];
    }
  };
  return {
    post(report) {
      try {
        storage.setItem(key, JSON.stringify([...read(), report].slice(-MAX_REPORTS)));
      } catch {
        // storage full or blocked: the report is lost, the command itself is not affected
      }
    },
    take() {
      const reports = read();
      try {
        storage.removeItem(key);
      } catch {
        // nothing to remove
      }
      return reports;
    },
  };
}

/** A channel in this runtime's memory only (tests; a host without localStorage). */
export function memoryChannel(): CommandReportChannel {
  let reports: CommandReport[] = [];
  return {
    post: (r) => void (reports = [...reports, r].slice(-MAX_REPORTS)),
    take: () => reports.splice(0, reports.length),
  };
}

/** The document's key: partition key (where storage is partitioned) and URL, as Office reports them. */
export function documentKey(office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office): string {
  try {
    const ctx = office?.context as (Office.Context & { partitionKey?: string }) | undefined;
    const partition = ctx?.partitionKey ?? '';
    const url = ctx?.document?.url ?? '';
    return `${partition}|${url}`;
  } catch {
    return '|';
  }
}

/** The origin's localStorage keyed by the document, or a memory channel where there is none. */
export function localStorageChannel(): CommandReportChannel {
  let storage: KeyValueStorage | undefined;
  try {
    storage = (globalThis as { localStorage?: KeyValueStorage }).localStorage;
  } catch {
    storage = undefined; // blocked by the browser's settings
  }
  return storage ? storageChannel(storage, documentKey()) : memoryChannel();
}
