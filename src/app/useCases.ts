import { checkSheet } from '../core/check/checkWorkbook';
import { Highlight, SheetReport, Write } from '../core/report/reportSchema';
import { parseSettings, Settings, SettingsInput } from '../core/report/settingsSchema';
import { TemplateSpec } from '../core/template/templateSpec';
import { ApplyOutcome, CommandReport, DiscardRequest, GatewayError, HostGateway, InsertRowsRequest, RestoreOutcome } from './hostGateway';
import { planInsertRows } from '../core/template/planInsertRows';

/**
 * The add-in's use cases: thin functions over the engine and a host gateway. The task pane, the
 * ribbon command and the browser preview call these and nothing else of the host.
 */

export interface CheckResult {
  sheetId: string;
  /**
   * The reports of the sheet, one per form in sheet order (usually one; one with `form: null` when
   * the sheet holds none). TEAM.md: "the reports of a sheet" are a list.
   */
  reports: SheetReport[];
  /** Set when the host read only part of a huge sheet: how many rows and columns were checked. */
  truncated?: { rows: number; cols: number };
}

/** Reads the active sheet and checks it (one read). */
export async function checkActiveSheet(gw: HostGateway, settings: SettingsInput | Settings): Promise<CheckResult> {
  const snap = await gw.readActiveSheet();
  const reports = checkSheet(snap.grid, parseSettings(settings));
  return snap.grid.truncated ? { sheetId: snap.sheetId, reports, truncated: snap.grid.truncated } : { sheetId: snap.sheetId, reports };
}

/** The writes of every form of a checked sheet (their cells never overlap: forms do not). */
export function allWrites(result: Pick<CheckResult, 'reports'>): Write[] {
  return result.reports.flatMap((r) => r.writes);
}

/** The highlights of every form of a checked sheet. */
export function allHighlights(result: Pick<CheckResult, 'reports'>): Highlight[] {
  return result.reports.flatMap((r) => r.highlights);
}

/**
 * 检查表格: check, then mark the findings on the sheet (one read, one apply). The apply first
 * removes the add-in's earlier marks — also those another runtime made (the ribbon button's, for
 * the pane) — so that the sheet shows only this check's findings; a clear that fails never blocks
 * the check: `outcome.cleared` says what could not be cleared (the pane offers discardRecord).
 */
export async function checkAndMark(gw: HostGateway, settings: SettingsInput | Settings): Promise<CheckResult & { outcome: ApplyOutcome }> {
  // No refreshPending first: the apply reads the record afresh itself (and the Office read reads it
  // in the same round trip as the sheet, so pending() is current right after).
  const result = await checkActiveSheet(gw, settings);
  const caps = await gw.capabilities();
  const outcome = await gw.apply({ sheetId: result.sheetId, writes: [], highlights: allHighlights(result), notes: caps.notes, replaceMarks: true });
  return { ...result, outcome };
}

/** 写回结果: writes the computed results into the form's result cells (each compared with the live cell first). */
export async function writeResults(gw: HostGateway, result: CheckResult): Promise<ApplyOutcome> {
  return gw.apply({ sheetId: result.sheetId, writes: allWrites(result), highlights: [], notes: false });
}

/** 清除标记 */
export function clearMarks(gw: HostGateway): Promise<RestoreOutcome> {
  return gw.clearMarks();
}

/** 撤销写回 */
export function undoWrites(gw: HostGateway): Promise<RestoreOutcome> {
  return gw.undoWrites();
}

/** 放弃记录: forget marks and/or writes that can no longer be cleared or undone (changes no cell). */
export function discardRecord(gw: HostGateway, request: DiscardRequest): Promise<void> {
  return gw.discardRecord(request);
}

/** What the ribbon command left for the pane since it last looked (none where the host has no ribbon). */
export async function takeCommandReports(gw: HostGateway): Promise<CommandReport[]> {
  if (!gw.takeCommandReports) return [];
  try {
    return await gw.takeCommandReports();
  } catch {
    return [];
  }
}

/** 插入空白模板 */
export function insertTemplate(gw: HostGateway, spec: TemplateSpec): Promise<string> {
  return gw.insertTemplate(spec);
}

/**
 * 插入指标行: `count` blank rows right after the indicator at `row` (0-based), inside its 二级
 * group, growing the merged 一级/二级 cells. Reads the sheet again so that the engine plans on
 * what is there now (one read, one write).
 */
export async function insertIndicatorRows(gw: HostGateway, row: number, count: number): Promise<InsertRowsRequest> {
  const snap = await gw.readActiveSheet();
  let plan: ReturnType<typeof planInsertRows>;
  try {
    plan = planInsertRows(snap.grid, row, count);
  } catch {
    plan = null; // a count out of range
  }
  if (!plan) throw new GatewayError('invalid-argument', `no indicator row at ${row + 1}`);
  const request: InsertRowsRequest = { sheetId: snap.sheetId, ...plan };
  await gw.insertRows(request);
  return request;
}

/** Click on a finding: go to its cell. */
export function goToCell(gw: HostGateway, sheetId: string, address: string): Promise<void> {
  return gw.selectCell(sheetId, address);
}

export async function loadSettings(gw: HostGateway): Promise<Settings> {
  try {
    return parseSettings((await gw.loadSettings()) ?? {});
  } catch {
    return parseSettings({}); // unreadable stored settings fall back to the defaults
  }
}

export async function saveSettings(gw: HostGateway, settings: Settings): Promise<void> {
  await gw.saveSettings(parseSettings(settings));
}
