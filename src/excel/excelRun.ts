/**
 * Every Office.js batch of the gateway goes through one Runner: `Excel.run` with
 * - `delayForCellEdit: true`, so that a click while the person is typing in a cell waits for the
 *   edit to end instead of failing (learn.microsoft.com/office/dev/add-ins/excel/
 *   excel-add-ins-delay-in-cell-edit; the option has no requirement set of its own);
 * - `mergeUndoGroup: true` for a change made of several syncs where ExcelApi 1.20 offers it, so
 *   that one 检查表格 is one step on Excel's undo stack (…/excel/excel-add-ins-undo-capabilities);
 * and every failure turned into a GatewayError (officeErrors.ts).
 */
import { GatewayError } from '../app/hostGateway';
import { toGatewayError } from './officeErrors';
import type { ExcelFeatures } from './requirements';

/** What the gateway passes to `Excel.run`. */
export interface RunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

/** `Excel.run(options, batch)`; injected so tests can pass the fake or office-addin-mock. */
export type ExcelRun = <T>(options: RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The real Excel.run (rejects with 'unsupported' where there is no Excel). */
export function defaultExcelRun(): ExcelRun {
  return <T>(options: RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const excel = (globalThis as { Excel?: typeof Excel }).Excel;
    if (!excel || typeof excel.run !== 'function') return Promise.reject(new GatewayError('unsupported', 'Excel is not available'));
    return excel.run(options as Excel.RunOptions, batch);
  };
}

export class Runner {
  constructor(
    private readonly excelRun: ExcelRun,
    private readonly features: () => ExcelFeatures,
  ) {}

  /** Runs a batch; `change` marks one that changes the workbook (grouped into one undo step where possible). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, change = false): Promise<T> {
    const f = this.features();
    if (!f.supported) return Promise.reject(new GatewayError('unsupported', `ExcelApi ${f.apiVersion}`));
    const options: RunOptions = { delayForCellEdit: true };
    if (change && f.undoGroups) options.mergeUndoGroup = true;
    let started: Promise<T>;
    try {
      started = this.excelRun(options, batch);
    } catch (e) {
      return Promise.reject(toGatewayError(e));
    }
    return started.catch((e: unknown) => {
      throw toGatewayError(e);
    });
  }
}
