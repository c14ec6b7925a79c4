/**
 * Values the add-in keeps in the workbook: the person's settings, the record of what the add-in
 * changed (documentRecord.ts), and whatever else the pane stores. They live in the workbook's
 * add-in settings read and written through the Excel API (`workbook.settings`, Excel.SettingCollection,
 * ExcelApi 1.4), which Microsoft recommends over the Common API's document settings
 * (learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings:
 * "Use these APIs instead of the Common APIs"; "Settings are unique to a single Excel file and
 * add-in pairing"). Unlike `Office.context.document.settings`, which each runtime holds as its own
 * in-memory copy and saves whole (so a stale copy in the pane could put back what the ribbon
 * changed, review B1), every read here is queued in the same batch as the cells it goes with, and
 * every write sets one key in that batch: the ribbon's runtime and the pane's see one value.
 */

/** The person's settings (the same key the Common API stored them under, so they are kept). */
export const SETTINGS_KEY = 'perfSelfEval.settings';
/** The record of marks and writes. */
export const RECORD_KEY = 'perfSelfEval.record.v2';
/** The findings the person accepted in the pane ("已知，保留"; the key the pane first used). */
export const ACCEPTED_KEY = 'perfSelfEval.accepted.v1';

/** Queues reading a value; the function returns it after the sync (undefined when absent). */
export function queueValueRead(context: Excel.RequestContext, key: string): () => unknown {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load('value');
  return () => (item.isNullObject ? undefined : (item.value as unknown));
}

/** Queues storing a value (JSON text, so that what is read back is what was written). */
export function queueValueWrite(context: Excel.RequestContext, key: string, value: unknown): void {
  context.workbook.settings.add(key, JSON.stringify(value));
}

/** A value as stored: JSON text (or, written by other code, the value itself). */
export function decodeStored(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
