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
  /**
   * Remove the add-in's earlier marks (on every sheet) first, in the same operation — 检查表格 —
   * so that the sheet shows this check's findings only (one undo step where the host groups
   * them). A clear that fails never blocks the new marks: `ApplyOutcome.cleared` says what it did.
   */
  replaceMarks?: boolean;
}

/**
 * Why the host left a cell alone. Every skipped cell is reported, so the pane can list it:
 * - `value-changed`: the cell no longer holds what the check read (写回结果) or what the add-in
 *   wrote (撤销写回) — the person typed something else since;
 * - `row-changed`: another cell of the write's row changed since the check (a row was inserted
 *   or deleted above, or the row was edited): the computed result may no longer fit — check again;
 * - `formula`: the cell now holds a formula; `merged`: it now lies inside a merged area;
 * - `deleted`: its row or column was deleted; `sheet-missing`: its sheet is gone;
 * - `protected`: the sheet is protected and the cell is locked, or formatting is not allowed;
 * - `note-edited`: the add-in's note on it was edited by the person, so it is theirs now: kept;
 * - `notes-unsupported`: this Excel cannot remove notes (ExcelApi 1.18): the add-in's note stays
 *   (the record keeps it, for an Excel that can; discardRecord forgets it);
 * - `failed`: Excel refused the change (`detail` holds the error code).
 */
export type SkipReason =
  | 'value-changed'
  | 'row-changed'
  | 'formula'
  | 'merged'
  | 'deleted'
  | 'sheet-missing'
  | 'protected'
  | 'note-edited'
  | 'notes-unsupported'
  | 'failed';

export const SKIP_REASONS: readonly SkipReason[] = [
  'value-changed',
  'row-changed',
  'formula',
  'merged',
  'deleted',
  'sheet-missing',
  'protected',
  'note-edited',
  'notes-unsupported',
  'failed',
];

/** One cell the host did not change, and why. */
export interface SkippedCell {
  /** The sheet's name as the person sees it now (the recorded name when the sheet is gone). */
  sheet: string;
  /** The cell's A1 address now (after any rows or columns moved it); null when it is gone. */
  cell: string | null;
  reason: SkipReason;
  /** For diagnostics only (an Office error code); never shown as is. */
  detail?: string;
}

/** What 清除标记 or 撤销写回 did. */
export interface RestoreOutcome {
  /** Cells put back: marks (and the add-in's notes) removed, or values restored. */
  restored: number;
  /** Cells left as they are, each with its reason. */
  skipped: SkippedCell[];
  /**
   * Set when the restore could not run at all (only in ApplyOutcome.cleared: a standalone
   * clearMarks/undoWrites throws instead). The record is kept; discardRecord forgets it.
   */
  failed?: GatewayErrorCode;
}

export interface ApplyOutcome {
  written: number;
  marked: number;
  /**
   * Writes (and marks) the host did not apply, each with its reason: the cell changed since the
   * check, holds a formula now, is locked on a protected sheet… The others are applied.
   */
  skipped: SkippedCell[];
  /** With `replaceMarks`: what removing the earlier marks did. */
  cleared?: RestoreOutcome;
}

/** A sheet the whole-workbook read left out, and why. */
export interface SkippedSheet {
  /** The sheet's name (as SkippedSheet in the JSON report: src/core/report/reportSchema.ts). */
  sheet: string;
  /**
   * `hidden` / `very-hidden`: the person cannot see it (Excel's Hidden / VeryHidden); `budget`:
   * the workbook read had already loaded as many cells as one read may.
   */
  reason: 'hidden' | 'very-hidden' | 'budget';
}

/** Every sheet the person can see, read as readActiveSheet reads one (issue 10: the workbook summary). */
export interface WorkbookSnapshot {
  /** In tab order. */
  sheets: SheetSnapshot[];
  /** Sheets not read, in tab order. */
  skipped: SkippedSheet[];
  /** The active sheet's id (it is one of `sheets` unless it is hidden, which Excel does not allow). */
  activeSheetId: string;
}

export interface ReadWorkbookOptions {
  /** Read hidden and very hidden sheets too (settingsSchema's includeHidden). Default false. */
  includeHidden?: boolean;
}

/**
 * What a ribbon command did, left for the task pane (a function command has no UI of its own):
 * the pane shows it when it opens or refreshes. `code` is 'checked', 'no-form', or the
 * GatewayErrorCode / 'unexpected' of a failure.
 */
export interface CommandReport {
  command: 'checkTable';
  /** ISO 8601 time of the click. */
  at: string;
  ok: boolean;
  code: 'checked' | 'no-form' | GatewayErrorCode | 'unexpected';
  /** The checked sheet's name (when it was read). */
  sheet?: string;
  errors?: number;
  warnings?: number;
  infos?: number;
  marked?: number;
  /** Cells the command could not mark, or earlier marks it could not clear. */
  skipped?: number;
  /** Removing the earlier marks failed with this code (the check went on). */
  clearFailed?: GatewayErrorCode;
}

/** Which records discardRecord forgets. */
export interface DiscardRequest {
  marks?: boolean;
  writes?: boolean;
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
    /** For diagnostics only (an Office error code, an address); never shown as is. */
    readonly detail?: string,
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
   * Reads every visible sheet (hidden and very hidden ones are skipped and listed, unless
   * `includeHidden`) within one read budget: as few round trips as the host's payload limits
   * allow (Office: the sheet list, then one read, split only where Excel on the web's 5 MB limit
   * requires it). A sheet beyond the budget is listed as skipped ('budget').
   */
  readWorkbook(options?: ReadWorkbookOptions): Promise<WorkbookSnapshot>;
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
  /**
   * Applies writes and marks, comparing every write with the LIVE cell first (in the same
   * operation): a write is applied only where the cell still holds the write's `previous` (or the
   * add-in's own earlier write over it), holds no formula, is not inside a merged area, is not
   * locked on a protected sheet, and its row still holds what the check read; every other write is
   * skipped with its reason (ApplyOutcome.skipped) and the rest are applied. Remembers what it
   * changed so that undoWrites restores exactly (the value and number format from before the first
   * write, following the cell when rows or columns move). Marks set MARK_STYLES[severity]
   * (src/app/gatewayRules.ts) over the cells' own looks, which they never change, and, when
   * `notes` and the host supports notes, the text as a note (a person's own note is never
   * replaced). Marks on a protected sheet are skipped ('protected'). Throws 'not-found' for an
   * unknown sheetId and 'invalid-argument' for a bad address. An empty request is not a round trip.
   */
  apply(request: ApplyRequest): Promise<ApplyOutcome>;
  /**
   * Removes the add-in's marks and notes, wherever the cells moved meanwhile, and nothing else: a
   * fill, font colour or note the person set, before or after the mark, is never touched. Returns
   * how many cells were unmarked and which marks or notes were left, with their reason (no round
   * trip when there is nothing to clear). Throws a GatewayError when it could not run at all (the
   * record is kept: discardRecord forgets it).
   */
  clearMarks(): Promise<RestoreOutcome>;
  /**
   * Restores the value and number format from before the add-in's first write, following each
   * written cell when rows or columns moved, and only where the cell still holds what the add-in
   * wrote: a value the person typed since is never overwritten (skipped 'value-changed'), a
   * deleted cell is reported 'deleted'. No round trip when there is nothing to undo.
   */
  undoWrites(): Promise<RestoreOutcome>;
  /**
   * Forgets the record of marks and/or writes that can no longer be cleared or undone (a sheet
   * protected since, an Excel without notes), so that 清除标记 / 撤销写回 stop offering them. Changes
   * no cell: what the add-in left on the sheet stays as it is (a later 清除标记 still removes
   * the add-in's marks it can find).
   */
  discardRecord(request: DiscardRequest): Promise<void>;
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
  /**
   * Leaves a report of a ribbon command for the task pane (another runtime: Office shares it
   * through the origin's localStorage keyed by the document, as Microsoft documents for a task
   * pane and a function command). Never throws.
   */
  postCommandReport?(report: CommandReport): Promise<void>;
  /** The reports the ribbon left for this document since the last call (oldest first), removed as they are read. */
  takeCommandReports?(): Promise<CommandReport[]>;
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
