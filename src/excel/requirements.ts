/**
 * Which Excel JavaScript API features the running Excel offers, read once at start-up from
 * `Office.context.requirements.isSetSupported('ExcelApi', '1.x')`.
 *
 * Government PCs often run volume-licensed Office: 2016 has ExcelApi 1.1–1.2, 2019 up to 1.7
 * (the manifest's minimum), 2021 up to 1.14, 2024 up to 1.17; 1.18+ (notes) is Microsoft 365
 * only. Everything here is a pure function of an `isSetSupported` callback so that it is
 * unit-testable; the gateway switches each feature on or falls back as listed in FEATURE_TABLE.
 */

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface ExcelFeatures {
  /** The highest ExcelApi 1.x the host reports ('1.0' when none: not Excel, or Office.js outside Office). */
  apiVersion: string;
  /** `worksheet.getUsedRange(true)`: values-only used range (1.2). Below: formatting counts as used too. */
  usedRangeValuesOnly: boolean;
  /** `range.merge()` and `format.columnWidth` for templates (1.2). */
  mergeAndWidths: boolean;
  /** `application.suspendApiCalculationUntilNextSync()` around bulk writes (1.6). */
  suspendCalculation: boolean;
  /** `worksheet.getRangeByIndexes` (1.7); below: A1 address strings. */
  rangeByIndexes: boolean;
  /** `worksheet.freezePanes` (1.7). */
  freezePanes: boolean;
  /** Drop-down lists: `range.dataValidation` (1.8). */
  dataValidation: boolean;
  /** `range.getCellProperties` / `setCellProperties`: exact fill snapshot and restore (1.9). */
  cellProperties: boolean;
  /** `worksheet.getRanges('A1,B3:B9')`: one format call per colour (1.9); below: per cell. */
  getRanges: boolean;
  /** `range.copyFrom(src, 'Formats')` for inserted rows (1.9). */
  copyFormats: boolean;
  /** `Excel.run({ delayForCellEdit: true }, …)`: wait while the person edits a cell (1.11). */
  delayForCellEdit: boolean;
  /** `range.getMergedAreasOrNullObject()` (1.13); below: merges are not read. */
  mergedAreas: boolean;
  /** `workbook.notes` (1.18, Microsoft 365 only). */
  notes: boolean;
}

/** Feature → minimum ExcelApi set → what the gateway does below it. For the report and the docs. */
export const FEATURE_TABLE: ReadonlyArray<{ feature: Exclude<keyof ExcelFeatures, 'apiVersion'>; set: string; fallback: string }> = [
  { feature: 'usedRangeValuesOnly', set: '1.2', fallback: 'getUsedRange() also counts formatted-only cells (larger read)' },
  { feature: 'mergeAndWidths', set: '1.2', fallback: 'templates without merged cells and column widths' },
  { feature: 'suspendCalculation', set: '1.6', fallback: 'Excel recalculates after each write batch' },
  { feature: 'rangeByIndexes', set: '1.7', fallback: 'A1 address strings' },
  { feature: 'freezePanes', set: '1.7', fallback: 'template panes are not frozen' },
  { feature: 'dataValidation', set: '1.8', fallback: 'template has no drop-down lists (the check still validates the values)' },
  { feature: 'cellProperties', set: '1.9', fallback: 'fill snapshot by format.fill.color per marked cell; white fills restore as no fill' },
  { feature: 'getRanges', set: '1.9', fallback: 'one format call per cell' },
  { feature: 'copyFormats', set: '1.9', fallback: 'inserted rows keep Excel\'s default inherited formatting' },
  { feature: 'delayForCellEdit', set: '1.11', fallback: 'a click while a cell is being edited fails with cell-edit-mode' },
  { feature: 'mergedAreas', set: '1.13', fallback: 'merged areas are not read (labels in merged cells are read from their top-left cell only)' },
  { feature: 'notes', set: '1.18', fallback: 'no notes; findings are shown in the task pane only' },
];

const FEATURE_SETS: Record<Exclude<keyof ExcelFeatures, 'apiVersion'>, string> = Object.fromEntries(
  FEATURE_TABLE.map((f) => [f.feature, f.set]),
) as Record<Exclude<keyof ExcelFeatures, 'apiVersion'>, string>;

/** The highest minor version probed (ExcelApi 1.20 was current in 2026). */
const HIGHEST_MINOR = 30;

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
  for (const [feature, set] of Object.entries(FEATURE_SETS) as [Exclude<keyof ExcelFeatures, 'apiVersion'>, string][]) {
    out[feature] = has(set);
  }
  return out;
}

/** Every feature on (tests and the memory-backed fake). */
export function allFeatures(): ExcelFeatures {
  return detectFeatures(() => true);
}

/** Features up to a given ExcelApi version (tests: "Excel 2019" is `featuresUpTo('1.7')`). */
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

/** Short descriptions of what is degraded on this host, for the task pane ("merged areas are not read"). */
export function limitations(features: ExcelFeatures): string[] {
  return FEATURE_TABLE.filter((f) => !features[f.feature]).map((f) => `ExcelApi ${f.set}: ${f.fallback}`);
}
