/*
 * What the use cases and the task pane take from the engine, in one module: the bundles load it
 * as one chunk when it is first needed (src/app/engine.ts). Nothing imports it statically except
 * tests.
 */
// First: no eval under the pages' Content-Security-Policy (zod would probe for new Function).
import './noEval';
import { checkSheet } from '../core/check/checkWorkbook';
import type { GridData } from '../core/grid/cellGrid';
import type { SheetReport } from '../core/report/reportSchema';
import type { Settings } from '../core/report/settingsSchema';

export { parseSettings } from '../core/report/settingsSchema';
export { planInsertRows } from '../core/template/planInsertRows';
export { templateFor } from '../core/template/templates';
export { parseAcceptedList } from './acceptedSchema';
export { ruleMeta } from '../core/rules/catalogue';
export { presentForms } from './present/presentForms';
export { findingsText } from './present/findingsText';
export { exportSheetSpec } from './present/exportSheet';

/**
 * The reports of one sheet, one per form in sheet order (a sheet without a form gives one report
 * with `form: null`). Accepts the engine's single report as well as its list.
 */
export function checkSheetForms(grid: GridData, settings: Settings): SheetReport[] {
  const r = checkSheet(grid, settings) as SheetReport | SheetReport[];
  return Array.isArray(r) ? r : [r];
}
