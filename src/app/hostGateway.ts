import { GridData } from '../core/grid/cellGrid';
import { Highlight, Write } from '../core/report/reportSchema';
import { SettingsInput } from '../core/report/settingsSchema';
import { TemplateSpec } from '../core/template/templateSpec';
import type { AcceptedFinding } from './acceptedFindings';

/**
 * Everything host-specific sits behind this interface: the Office.js gateway (src/excel) and the
 * in-memory one (src/app/memoryGateway.ts, used by the browser preview and the tests). The use
 * cases in src/app/useCases.ts are the only callers.
 */
export interface HostCapabilities {
  /** The host can put a finding's text on its cell (Excel notes, ExcelApi 1.18). */
  notes: boolean;
  /** Drop-down lists on template cells (ExcelApi 1.8). */
  dataValidation: boolean;
  /** A short name of the host for the pane ("Excel", "Preview"). */
  host: string;
}

export interface SheetSnapshot {
  grid: GridData;
  /** A stable identity of the sheet (Office.js worksheet id, or the name in memory). */
  sheetId: string;
}

/** What to apply to the sheet that was read: result values and/or marks. */
export interface ApplyRequest {
  sheetId: string;
  writes: Write[];
  highlights: Highlight[];
  /** Put each highlight's text on its cell as a note where the host supports it. */
  notes: boolean;
}

export interface ApplyOutcome {
  written: number;
  marked: number;
  /**
   * Writes the host skipped because the cell's value is no longer the write's `previous` (the
   * person typed something else since the check). The other writes are applied.
   */
  skipped: string[];
}

/**
 * Where and how many blank indicator rows to insert (planned by the engine:
 * src/core/template/planInsertRows.ts). A host:
 * 1. shifts the cells of columns fromCol..toCol from `beforeRow` down by `count` (nothing outside
 *    those columns moves), with their formats, notes and the add-in's marks and write records;
 * 2. moves merged areas below down, and grows those that span the insertion point
 *    (top < beforeRow <= bottom);
 * 3. for each column of `extendDown`, grows the merged area (or the single cell) holding
 *    (beforeRow - 1, col) down over the new rows when it ends at beforeRow - 1;
 * 4. gives the new rows the formats of `copyFormatsFrom` (number formats, fills and font colours
 *    as the person set them — never the add-in's marks —, borders, data validation; no values, no
 *    notes) and repeats that row's one-row horizontal merges, except where step 3 extended an area.
 * A merged area that crosses fromCol or toCol and would have to move raises 'merge-conflict'.
 */
export interface InsertRowsRequest {
  sheetId: string;
  /** 0-based row before which the new rows go. */
  beforeRow: number;
  count: number;
  /** 0-based row whose formats the new rows copy (a row index from before the insertion). */
  copyFormatsFrom: number;
  /** Columns (0-based, inclusive) the form spans, so the host touches nothing outside it. */
  fromCol: number;
  toCol: number;
  /**
   * Columns (0-based, within fromCol..toCol) whose area at row beforeRow - 1 grows down over the
   * new rows (the group's 一级/二级 cells, the block's 绩效指标 label). Absent = none.
   */
  extendDown?: number[];
}

export type GatewayErrorCode =
  | 'protected'
  | 'cell-edit-mode'
  | 'not-found'
  | 'already-exists'
  | 'invalid-argument'
  | 'merge-conflict'
  | 'too-large'
  | 'unsupported'
  | 'nothing-to-undo'
  | 'sheet-changed'
  | 'unknown';

/** A host failure with a code the UI maps to a message in the person's language. */
export class GatewayError extends Error {
  constructor(
    readonly code: GatewayErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'GatewayError';
  }
}

export interface HostGateway {
  capabilities(): Promise<HostCapabilities>;
  /** Reads the active sheet's used range (values, formats, formulas, merges) in one round trip. */
  readActiveSheet(): Promise<SheetSnapshot>;
  /**
   * Applies writes and marks in one round trip, remembering what it changed: for each written
   * cell its value and number format, for each marked cell its fill, font colour and note (from
   * before the first mark, so marking a cell twice still restores the person's own looks).
   * Writes set the value (and `numberFormat` when not null); marks set MARK_STYLES[severity]
   * (src/app/gatewayRules.ts) and, when `notes` and the host supports notes, the text as a note.
   * Throws GatewayError 'sheet-changed', changing nothing, when a write targets a cell that now
   * holds a formula or lies inside a merged area (not its top-left cell), or any address lies
   * outside the sheet's used range; 'protected' on a protected sheet; 'not-found' for an unknown
   * sheetId. An empty request is not a round trip.
   */
  apply(request: ApplyRequest): Promise<ApplyOutcome>;
  /**
   * Restores exactly the fill, font colour and note every marked cell had before its first mark
   * (a person's own fill comes back, not "no fill"); returns how many cells, 0 (and no round trip)
   * when there is nothing to clear.
   */
  clearMarks(): Promise<number>;
  /**
   * Restores exactly the value and number format of every cell this add-in wrote; returns how
   * many cells, 0 (and no round trip) when there is nothing to undo.
   */
  undoWrites(): Promise<number>;
  /** Whether there are marks to clear / writes to undo (for enabling buttons). */
  pending(): { marks: number; writes: number };
  /**
   * Hosts whose record of marks and writes is shared with other runtimes (the Office gateway:
   * the ribbon command and the task pane) reload it here, so that pending() is current.
   */
  refreshPending?(): Promise<void>;
  /**
   * Adds a sheet laid out from the template and activates it; returns its name: the spec's
   * sheetName, or `name (2)`, `name (3)` … when taken (uniqueSheetName in gatewayRules.ts).
   */
  insertTemplate(spec: TemplateSpec): Promise<string>;
  /** See InsertRowsRequest. 'protected' on a protected sheet. */
  insertRows(request: InsertRowsRequest): Promise<void>;
  /**
   * Activates the sheet and selects (and scrolls to) the cell or range ('not-found' for an
   * unknown sheet, 'invalid-argument' for a bad address).
   */
  selectCell(sheetId: string, address: string): Promise<void>;
  /** The settings stored in the document (validated with settingsSchema), null when none. */
  loadSettings(): Promise<SettingsInput | null>;
  saveSettings(settings: SettingsInput): Promise<void>;
  /**
   * The findings the person accepted ("已知，保留", src/app/acceptedFindings.ts) as stored in the
   * document, not validated (the use cases do: parseAcceptedList); null when none are stored.
   */
  loadAccepted(): Promise<unknown>;
  /** Stores the accepted findings in the document, replacing the stored list. */
  saveAccepted(accepted: readonly AcceptedFinding[]): Promise<void>;
}
