import type { GridData } from '../core/grid/cellGrid';
import type { Highlight, SheetReport, Write } from '../core/report/reportSchema';
import type { Settings, SettingsInput } from '../core/report/settingsSchema';
import type { TemplateKind, TemplateSpec } from '../core/template/templateSpec';
import { AcceptedFinding, AcceptedIssue, ACCEPTED_MAX, applyAccepted, findingKey, REASON_MAX, sameKey } from './acceptedFindings';
import { loadEngine } from './engine';
import { ApplyOutcome, CommandReport, DiscardRequest, GatewayError, HostGateway, InsertRowsRequest, RestoreOutcome, SkippedSheet } from './hostGateway';

/**
 * The add-in's use cases: thin functions over the engine and a host gateway. The task pane, the
 * ribbon command and the browser preview call these and nothing else of the host. The engine is
 * loaded on first use (src/app/engine.ts).
 */

export interface CheckResult {
  sheetId: string;
  /** What was read: a report can be rendered again from it (another language) without reading again. */
  grid: GridData;
  /**
   * The forms on the sheet, one report each in sheet order (one report with `form: null` when the
   * sheet holds none), with the accepted findings taken out of issues, counts and highlights.
   */
  reports: SheetReport[];
  /** The findings of this check that the person accepted ("已知，保留"). */
  accepted: AcceptedIssue[];
  /** Set when the host read only part of a huge sheet: how many rows and columns were checked. */
  truncated?: { rows: number; cols: number };
}

/** The findings to show, count and mark: every form's, with the accepted ones taken out. */
export async function reportsFor(
  grid: GridData,
  settings: SettingsInput | Settings,
  accepted: readonly AcceptedFinding[],
): Promise<{ reports: SheetReport[]; accepted: AcceptedIssue[] }> {
  const engine = await loadEngine();
  const raw = engine.checkSheetForms(grid, engine.parseSettings(settings));
  const reports: SheetReport[] = [];
  const taken: AcceptedIssue[] = [];
  for (const r of raw) {
    const applied = applyAccepted(r, grid, accepted);
    reports.push(applied.report);
    taken.push(...applied.accepted);
  }
  return { reports, accepted: taken };
}

/**
 * Reads the active sheet and checks it (one read). `accepted` is the list the caller holds; when
 * absent it is read from the document.
 */
export async function checkActiveSheet(
  gw: HostGateway,
  settings: SettingsInput | Settings,
  accepted?: readonly AcceptedFinding[],
): Promise<CheckResult> {
  const list = accepted ?? (await loadAccepted(gw));
  const snap = await gw.readActiveSheet();
  const { reports, accepted: taken } = await reportsFor(snap.grid, settings, list);
  const result: CheckResult = { sheetId: snap.sheetId, grid: snap.grid, reports, accepted: taken };
  if (snap.grid.truncated) result.truncated = snap.grid.truncated;
  return result;
}

/** One sheet of a whole-workbook check. */
export interface SheetCheck {
  sheetId: string;
  name: string;
  /** The forms on it (accepted findings taken out); empty when it holds none. */
  reports: SheetReport[];
}

export interface WorkbookCheck {
  /** Every sheet read, in tab order. */
  sheets: SheetCheck[];
  /** Sheets not read (hidden, or beyond what one read may load). */
  skipped: SkippedSheet[];
  activeSheetId: string;
}

/**
 * 检查全部工作表: reads every visible sheet (as few round trips as the host allows) and checks each;
 * marks nothing.
 */
export async function checkAllSheets(
  gw: HostGateway,
  settings: SettingsInput | Settings,
  accepted?: readonly AcceptedFinding[],
): Promise<WorkbookCheck> {
  const list = accepted ?? (await loadAccepted(gw));
  const engine = await loadEngine();
  const parsed = engine.parseSettings(settings);
  const snap = await gw.readWorkbook({ includeHidden: parsed.includeHidden });
  const sheets: SheetCheck[] = [];
  for (const s of snap.sheets) {
    const { reports } = await reportsFor(s.grid, parsed, list);
    sheets.push({ sheetId: s.sheetId, name: s.grid.name, reports: reports.filter((r) => r.form !== null) });
  }
  return { sheets, skipped: snap.skipped, activeSheetId: snap.activeSheetId };
}

/** The highlights of every form of a checked sheet. */
export function allHighlights(result: Pick<CheckResult, 'reports'>): Highlight[] {
  return result.reports.flatMap((r) => r.highlights);
}

/** The writes of every form of a checked sheet (their cells never overlap: forms do not). */
export function allWrites(result: Pick<CheckResult, 'reports'>): Write[] {
  return result.reports.flatMap((r) => r.writes);
}

/** Errors, warnings and notes over all the forms of the sheet (accepted findings not counted). */
export function countsOf(result: Pick<CheckResult, 'reports'>): SheetReport['summary'] {
  const c = { errors: 0, warnings: 0, infos: 0 };
  for (const r of result.reports) {
    c.errors += r.summary.errors;
    c.warnings += r.summary.warnings;
    c.infos += r.summary.infos;
  }
  return c;
}

/**
 * 检查表格: check, then mark the findings on the sheet (one read, one apply). The apply first
 * removes the add-in's earlier marks — also those another runtime made (the ribbon button's, for
 * the pane) — so that the sheet shows only this check's findings; a clear that fails never blocks
 * the check: `outcome.cleared` says what could not be cleared (the pane offers discardRecord).
 * Accepted findings are not marked.
 */
export async function checkAndMark(
  gw: HostGateway,
  settings: SettingsInput | Settings,
  accepted?: readonly AcceptedFinding[],
): Promise<CheckResult & { outcome: ApplyOutcome }> {
  // No refreshPending first: the apply reads the record afresh itself (and the Office read reads it
  // in the same round trip as the sheet, so pending() is current right after).
  const result = await checkActiveSheet(gw, settings, accepted);
  const caps = await gw.capabilities();
  const outcome = await gw.apply({ sheetId: result.sheetId, writes: [], highlights: allHighlights(result), notes: caps.notes, replaceMarks: true });
  return { ...result, outcome };
}

/** 写回结果: writes the computed results into the forms' result cells (each compared with the live cell first). */
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

/** Lays out a sheet (a blank form, the 检查结果 export) on a new sheet and activates it; returns its name. */
export function insertTemplate(gw: HostGateway, spec: TemplateSpec): Promise<string> {
  return gw.insertTemplate(spec);
}

/** 插入空白模板: the blank official form of this kind on a new sheet; returns the sheet's name. */
export async function insertBlankForm(gw: HostGateway, kind: TemplateKind): Promise<string> {
  const engine = await loadEngine();
  return gw.insertTemplate(engine.templateFor(kind));
}

/**
 * 插入指标行: `count` blank rows right after the indicator at `row` (0-based), inside its 二级
 * group, growing the merged 一级/二级 cells. Reads the sheet again so that the engine plans on
 * what is there now (one read, one write).
 */
export async function insertIndicatorRows(gw: HostGateway, row: number, count: number): Promise<InsertRowsRequest> {
  const engine = await loadEngine();
  const snap = await gw.readActiveSheet();
  let plan: ReturnType<typeof engine.planInsertRows>;
  try {
    plan = engine.planInsertRows(snap.grid, row, count);
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
  const engine = await loadEngine();
  try {
    return engine.parseSettings((await gw.loadSettings()) ?? {});
  } catch {
    return engine.parseSettings({}); // unreadable stored settings fall back to the defaults
  }
}

export async function saveSettings(gw: HostGateway, settings: SettingsInput | Settings): Promise<Settings> {
  const engine = await loadEngine();
  const parsed = engine.parseSettings(settings);
  await gw.saveSettings(parsed);
  return parsed;
}

/** The accepted findings stored in the document; an unreadable list counts as none. */
export async function loadAccepted(gw: HostGateway): Promise<AcceptedFinding[]> {
  const engine = await loadEngine();
  try {
    return engine.parseAcceptedList(await gw.loadAccepted());
  } catch {
    return [];
  }
}

/**
 * "已知，保留": accepts a finding of the sheet `sheet` with a short reason (trimmed, at most
 * REASON_MAX characters) and stores the list in the document. Returns the new list.
 */
export async function acceptFinding(
  gw: HostGateway,
  list: readonly AcceptedFinding[],
  sheet: string,
  grid: GridData,
  issue: SheetReport['issues'][number],
  reason: string,
  now: Date = new Date(),
): Promise<AcceptedFinding[]> {
  const text = reason.trim().slice(0, REASON_MAX);
  if (text === '') throw new GatewayError('invalid-argument', 'a reason is needed');
  const key = findingKey(sheet, issue, grid);
  const entry: AcceptedFinding = { ...key, reason: text, message: issue.message, at: now.toISOString() };
  const next = [...list.filter((a) => !sameKey(a, key)), entry].slice(-ACCEPTED_MAX);
  await gw.saveAccepted(next);
  return next;
}

/** Takes an acceptance back; stores the list in the document and returns it. */
export async function unacceptFinding(gw: HostGateway, list: readonly AcceptedFinding[], accepted: AcceptedFinding): Promise<AcceptedFinding[]> {
  const next = list.filter((a) => !sameKey(a, accepted));
  await gw.saveAccepted(next);
  return next;
}
