/**
 * Which Excel JavaScript API features the running Excel offers, read once at start-up from
 * `Office.context.requirements.isSetSupported('ExcelApi', '1.x')`.
 *
 * The manifest asks for ExcelApi MANIFEST_MIN_API (1.9): every Excel that loads the add-in has
 * RangeAreas (`getRanges`, one conditional format per list of cells), `getRangeByIndexes`,
 * `copyFrom`, worksheet names, protection and settings, so the gateway has no fallbacks below it.
 * Which Excel has what (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets):
 * Office 2021 (volume-licensed too) up to 1.14, Office 2024 up to 1.17, Microsoft 365 on Windows,
 * Mac and the web 1.18+ (notes) and 1.20+ (undo grouping); Office 2019 stops at 1.8 (retail) or
 * 1.7 (volume-licensed) and Office 2016 at 1.1, and their web views cannot run the bundle anyway.
 * Above the minimum the gateway switches each feature on at run time (FEATURE_TABLE).
 */

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** The ExcelApi set manifest.xml declares (scripts/validateManifest.ts checks they agree). */
export const MANIFEST_MIN_API = '1.9';

export interface ExcelFeatures {
  /** The highest ExcelApi 1.x the host reports ('1.0' when none: not Excel, or Office.js outside Office). */
  apiVersion: string;
  /** The host offers the manifest's minimum (1.9); below, every operation fails with 'unsupported'. */
  supported: boolean;
  /** `range.getMergedAreasOrNullObject()` (1.13); below: merges are not read. */
  mergedAreas: boolean;
  /** `worksheet.notes` (1.18, Microsoft 365 and the web). */
  notes: boolean;
  /** `Excel.run({ mergeUndoGroup: true })` (1.20): one 检查表格 is one step on Excel's undo stack. */
  undoGroups: boolean;
}

type Feature = Exclude<keyof ExcelFeatures, 'apiVersion'>;

/** Feature → minimum ExcelApi set → what the gateway does below it. For the report and the docs. */
export const FEATURE_TABLE: ReadonlyArray<{ feature: Feature; set: string; fallback: string }> = [
  { feature: 'supported', set: MANIFEST_MIN_API, fallback: 'the add-in does not run (Office 2019 and older)' },
  { feature: 'mergedAreas', set: '1.13', fallback: 'merged areas are not read (labels in merged cells are read from their top-left cell only)' },
  { feature: 'notes', set: '1.18', fallback: 'no notes; findings are shown in the task pane only, and notes the add-in added elsewhere stay until cleared on an Excel with notes' },
  { feature: 'undoGroups', set: '1.20', fallback: 'one check may take several steps of Excel’s undo (Ctrl+Z)' },
];

/** The highest minor version probed (ExcelApi 1.21 is current in 2026). */
const HIGHEST_MINOR = 40;

function safe(isSetSupported: IsSetSupported, version: string): boolean {
  try {
    return isSetSupported('ExcelApi', version) === true;
  } catch {
    return false;
  }
}

/** Detects the features from an `isSetSupported` callback (pure; never throws). */
export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  let highest = 0;
  for (let minor = 1; minor <= HIGHEST_MINOR; minor++) {
    if (safe(isSetSupported, `1.${minor}`)) highest = minor;
    else break; // the sets are cumulative: the first gap ends the scan
  }
  const has = (set: string): boolean => Number(set.split('.')[1]) <= highest && safe(isSetSupported, set);
  const out = { apiVersion: `1.${highest}` } as ExcelFeatures;
  for (const { feature, set } of FEATURE_TABLE) out[feature] = has(set);
  return out;
}

/** Every feature on (tests and the memory-backed fake). */
export function allFeatures(): ExcelFeatures {
  return detectFeatures(() => true);
}

/** Features up to a given ExcelApi version (tests: "Office 2021" is `featuresUpTo('1.14')`). */
export function featuresUpTo(version: string): ExcelFeatures {
  const max = Number(version.split('.')[1]);
  return detectFeatures((name, v) => name === 'ExcelApi' && !!v && Number(v.split('.')[1]) <= max);
}

/** The running host's features; all off outside Office (Office.js loaded in a plain page, jest). */
export function currentFeatures(): ExcelFeatures {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  if (!req || typeof req.isSetSupported !== 'function') return detectFeatures(() => false);
  return detectFeatures((name, v) => req.isSetSupported(name, v));
}

/** Short descriptions of what is degraded on this host, for diagnostics ("merged areas are not read"). */
export function limitations(features: ExcelFeatures): string[] {
  return FEATURE_TABLE.filter((f) => !features[f.feature]).map((f) => `ExcelApi ${f.set}: ${f.fallback}`);
}
