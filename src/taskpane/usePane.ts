import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AcceptedFinding } from '../app/acceptedFindings';
import { Engine, loadEngine } from '../app/engine';
import { CommandReport, DiscardRequest, GatewayError, HostGateway, SkippedCell } from '../app/hostGateway';
import {
  acceptFinding,
  checkAllSheets,
  checkAndMark,
  CheckResult,
  clearMarks,
  discardRecord,
  goToCell,
  insertBlankForm,
  insertIndicatorRows,
  loadAccepted,
  loadSettings,
  reportsFor,
  saveSettings,
  takeCommandReports,
  unacceptFinding,
  undoWrites,
  WorkbookCheck,
  writeResults,
} from '../app/useCases';
import type { Issue } from '../core/report/reportSchema';
import type { Settings } from '../core/report/settingsSchema';
import { DEFAULT_SETTINGS } from '../core/report/settingsValues';
import type { TemplateKind } from '../core/template/templateKinds';
import type { Operation, UiLocale, UiMessages } from '../i18n/uiMessages';
import { buildFindings } from './findingsModel';
import { Notice, Outcome, PaneError, toPaneError } from './paneStatus';
import { useFindingNavigation } from './useFindingNavigation';
import { useShare } from './useShare';

export type { CopyFallback, Notice, PaneError } from './paneStatus';

/**
 * The pane's state and actions. Every host operation goes through a use case of
 * src/app/useCases.ts; nothing here checks or scores anything. After every change the pane makes
 * to the sheet (写回结果, 撤销写回, 插入指标行, 插入空白模板, accepting a finding) it checks again,
 * so that the findings, the counts and the marks are those of the sheet as it is now.
 */
export function usePane(gateway: HostGateway, locale: UiLocale) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [accepted, setAccepted] = useState<AcceptedFinding[]>([]);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [workbook, setWorkbook] = useState<WorkbookCheck | null>(null);
  /** The sheet was changed by the pane after the last check and the check again failed. */
  const [stale, setStale] = useState(false);
  const [pending, setPending] = useState(() => gateway.pending());
  const [busy, setBusy] = useState<Operation | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [skipped, setSkipped] = useState<SkippedCell[]>([]);
  /** Records the host could not clear or undo: the pane offers to forget them (放弃记录). */
  const [discardable, setDiscardable] = useState<DiscardRequest | null>(null);
  /** What the ribbon's 检查表格 did while the pane was closed or elsewhere. */
  const [commandReport, setCommandReport] = useState<CommandReport | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const busyRef = useRef(false);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const acceptedRef = useRef(accepted);
  acceptedRef.current = accepted;

  /** Runs one host operation: busy state, errors to the message bar, pending counts refreshed. */
  const run = useCallback(
    async <T>(op: Operation, fn: () => Promise<T>): Promise<Outcome<T>> => {
      if (busyRef.current) return { ok: false };
      busyRef.current = true;
      setBusy(op);
      setError(null);
      try {
        return { ok: true, value: await fn() };
      } catch (err) {
        if (!(err instanceof GatewayError)) console.error(err);
        setError(toPaneError(err));
        return { ok: false };
      } finally {
        busyRef.current = false;
        setBusy(null);
        setPending(gateway.pending());
      }
    },
    [gateway],
  );

  // After the first paint: the engine (for the first check) and the stored settings.
  useEffect(() => {
    let live = true;
    void loadEngine().then(
      (e) => live && setEngine(e),
      () => undefined, // the first use case says so
    );
    void run('load', async () => ({
      settings: await loadSettings(gateway),
      accepted: await loadAccepted(gateway),
      reports: await takeCommandReports(gateway),
    })).then((o) => {
      if (!o.ok || !live) return;
      if (o.value.reports.length > 0) setCommandReport(o.value.reports.at(-1)!);
      setSettings(o.value.settings);
      settingsRef.current = o.value.settings;
      setAccepted(o.value.accepted);
      acceptedRef.current = o.value.accepted;
    });
    return () => {
      live = false;
    };
  }, [gateway, run]);

  /** The check of the active sheet, marking it; remembers the result. Used inside `run`. */
  const checkNow = useCallback(
    async (using: Settings = settingsRef.current, list: readonly AcceptedFinding[] = acceptedRef.current) => {
      const r = await checkAndMark(gateway, { ...using, locale }, list);
      setResult(r);
      // Earlier marks the host could not take off (a sheet protected since, notes on an older Excel).
      const cleared = r.outcome.cleared;
      if (cleared?.failed || (cleared && cleared.skipped.length > 0)) {
        setSkipped(cleared.skipped);
        setDiscardable({ marks: true });
      }
      setStale(false);
      // The workbook list, when shown, follows this sheet's new counts.
      setWorkbook((w) =>
        w && w.sheets.some((s) => s.sheetId === r.sheetId)
          ? { ...w, activeSheetId: r.sheetId, sheets: w.sheets.map((s) => (s.sheetId === r.sheetId ? { ...s, reports: r.reports.filter((x) => x.form) } : s)) }
          : w,
      );
      setEngine(await loadEngine());
      return r;
    },
    [gateway, locale],
  );

  /** After a change made by the pane: check again; when that fails, say the list may be stale. */
  const recheck = useCallback(async () => {
    try {
      return await checkNow();
    } catch (e) {
      setStale(true);
      throw e;
    }
  }, [checkNow]);

  const check = useCallback(async () => {
    const o = await run('check', async () => {
      const r = await checkNow();
      // A sheet without a form: say which sheets have one (a second read, only in this case).
      if (r.reports.every((x) => x.form === null)) setWorkbook(await checkAllSheets(gateway, { ...settingsRef.current, locale }, acceptedRef.current));
      return r;
    });
    if (!o.ok) return;
    setCurrentId(null);
    setCommandReport(null);
    if (!o.value.outcome.cleared?.failed && !o.value.outcome.cleared?.skipped.length) {
      setSkipped(o.value.outcome.skipped);
      setDiscardable(null);
    }
    const marked = o.value.outcome.marked;
    const cut = o.value.truncated;
    if (cut) setNotice(() => (m: UiMessages) => m.sheetTruncated(cut.rows, cut.cols));
    else setNotice(o.value.reports.some((r) => r.form) ? () => (m: UiMessages) => m.checkedStatus(marked) : null);
  }, [checkNow, gateway, locale, run]);

  const checkWorkbook = useCallback(async () => {
    const o = await run('workbook', () => checkAllSheets(gateway, { ...settingsRef.current, locale }, acceptedRef.current));
    if (o.ok) setWorkbook(o.value);
  }, [gateway, locale, run]);

  /** From the workbook list: activate that sheet and check it. */
  const openSheet = useCallback(
    async (sheetId: string, address: string) => {
      const o = await run('check', async () => {
        await goToCell(gateway, sheetId, address);
        return checkNow();
      });
      if (!o.ok) return;
      setCurrentId(null);
      const marked = o.value.outcome.marked;
      setNotice(() => (m: UiMessages) => m.checkedStatus(marked));
    },
    [checkNow, gateway, run],
  );

  const write = useCallback(async () => {
    if (!result) return;
    const o = await run('write', async () => {
      const outcome = await writeResults(gateway, result);
      await recheck();
      return outcome;
    });
    if (!o.ok) return;
    const { written: n, skipped: left } = o.value;
    setSkipped(left);
    setNotice(() => (m: UiMessages) => m.recheckedAfter(m.writtenStatus(n, left.length)));
  }, [gateway, recheck, result, run]);

  const clear = useCallback(async () => {
    const o = await run('clear', () => clearMarks(gateway));
    if (!o.ok) {
      setDiscardable({ marks: true });
      return;
    }
    setSkipped(o.value.skipped);
    setDiscardable(o.value.skipped.length > 0 ? { marks: true } : null);
    setNotice(() => (m: UiMessages) => m.clearedStatus(o.value.restored));
  }, [gateway, run]);

  /** 放弃记录: forget what can no longer be cleared or undone (no cell changes). */
  const discard = useCallback(async () => {
    if (!discardable) return;
    const request = discardable;
    const o = await run('clear', () => discardRecord(gateway, request));
    if (!o.ok) return;
    setDiscardable(null);
    setSkipped([]);
    setNotice(() => (m: UiMessages) => m.discardedStatus);
  }, [discardable, gateway, run]);

  const undo = useCallback(async () => {
    const o = await run('undo', async () => {
      const n = await undoWrites(gateway);
      if (result) await recheck();
      return n;
    });
    if (!o.ok) {
      setDiscardable({ writes: true });
      return;
    }
    setSkipped(o.value.skipped);
    setDiscardable(o.value.skipped.length > 0 ? { writes: true } : null);
    const n = o.value.restored;
    setNotice(() => (m: UiMessages) => (result ? m.recheckedAfter(m.undoneStatus(n)) : m.undoneStatus(n)));
  }, [gateway, recheck, result, run]);

  const addTemplate = useCallback(
    async (kind: TemplateKind) => {
      const o = await run('template', async () => {
        const name = await insertBlankForm(gateway, kind);
        // The new sheet is active: check it, so that the pane shows what is left to fill in.
        await recheck();
        return name;
      });
      if (!o.ok) return;
      setCurrentId(null);
      setNotice(() => (m: UiMessages) => m.recheckedAfter(m.templateInserted(o.value)));
    },
    [gateway, recheck, run],
  );

  const addRows = useCallback(
    async (indicatorRow: number, count: number) => {
      if (!result) return;
      const o = await run('rows', async () => {
        await insertIndicatorRows(gateway, indicatorRow - 1, count);
        setStale(true); // until the check below has read the moved rows
        await recheck();
      });
      if (!o.ok) return;
      setNotice(() => (m: UiMessages) => m.recheckedAfter(m.rowsInserted(count, indicatorRow)));
    },
    [gateway, recheck, result, run],
  );

  // The findings: shown, counted and walked. Re-rendered in the pane's language from the grid
  // already read when the language changes (no new read, no new marks).
  const issues = useMemo(() => result?.reports.flatMap((r) => r.issues) ?? [], [result]);
  const findings = useMemo(() => buildFindings(issues), [issues]);
  const forms = useMemo(
    () => (engine && result ? engine.presentForms(result.reports, { locale, lowerIsBetter: settings.lowerIsBetter }) : []),
    [engine, result, locale, settings.lowerIsBetter],
  );
  const lastLocale = useRef(locale);
  useEffect(() => {
    if (lastLocale.current === locale) return;
    lastLocale.current = locale;
    if (!result) return;
    const checked = result;
    void reportsFor(checked.grid, { ...settingsRef.current, locale }, acceptedRef.current).then(
      (r) => setResult((now) => (now === checked ? { ...now, ...r } : now)),
      () => undefined,
    );
  }, [locale, result]);

  const { select, next, previous, goTo } = useFindingNavigation({ findings, gateway, result, stale, currentId, setCurrentId, setError });

  const accept = useCallback(
    async (issue: Issue, reason: string) => {
      if (!result) return;
      const sheet = result.reports[0]?.sheet ?? result.grid.name;
      const o = await run('accept', async () => {
        const list = await acceptFinding(gateway, acceptedRef.current, sheet, result.grid, issue, reason);
        acceptedRef.current = list;
        setAccepted(list);
        await recheck().catch(() => undefined);
        return list;
      });
      if (o.ok) setNotice(() => (m: UiMessages) => m.acceptedStatus);
    },
    [gateway, recheck, result, run],
  );

  const unaccept = useCallback(
    async (entry: AcceptedFinding) => {
      const o = await run('accept', async () => {
        const list = await unacceptFinding(gateway, acceptedRef.current, entry);
        acceptedRef.current = list;
        setAccepted(list);
        if (result) await recheck().catch(() => undefined);
        return list;
      });
      if (o.ok) setNotice(() => (m: UiMessages) => m.unacceptedStatus);
    },
    [gateway, recheck, result, run],
  );

  const { textFor, copy, exportToSheet, copyFallback, closeCopyFallback } = useShare({ engine, result, locale, lowerIsBetter: settings.lowerIsBetter, gateway, run, setNotice });

  const changeSettings = useCallback(
    async (patch: Partial<Settings>) => {
      if (busyRef.current) return;
      const nextSettings: Settings = { ...settingsRef.current, ...patch, locale };
      setSettings(nextSettings);
      settingsRef.current = nextSettings;
      const o = await run('settings', async () => {
        await saveSettings(gateway, nextSettings);
        // A report on screen follows the settings it is shown with.
        if (result?.reports.some((r) => r.form) && !stale) await checkNow(nextSettings);
      });
      if (o.ok && !result) setNotice(() => (m: UiMessages) => m.settingsSaved);
    },
    [checkNow, gateway, locale, result, run, stale],
  );

  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const i of issues) c[i.severity]++;
    return c;
  }, [issues]);
  const writes = result?.reports.reduce((n, r) => n + r.writes.length, 0) ?? 0;
  const hasForm = !!result?.reports.some((r) => r.form);
  return {
    settings,
    result,
    forms,
    findings,
    counts,
    currentId,
    current: currentId ? (findings.byId.get(currentId) ?? null) : null,
    accepted: result?.accepted ?? [],
    storedAccepted: accepted,
    workbook,
    engine,
    busy,
    error,
    notice,
    skipped,
    discardable,
    commandReport,
    stale,
    pending,
    copyFallback,
    textFor,
    can: {
      act: busy === null,
      write: busy === null && hasForm && !stale && writes > 0,
      clear: busy === null && pending.marks > 0,
      undo: busy === null && pending.writes > 0,
      insertRows: busy === null && hasForm && !stale && !!result?.reports.some((r) => r.indicators.length > 0),
      export: busy === null && hasForm && !!engine,
      workbook: busy === null,
    },
    actions: {
      check,
      checkWorkbook,
      openSheet,
      write,
      clear,
      undo,
      addTemplate,
      addRows,
      select,
      next,
      previous,
      goTo,
      accept,
      unaccept,
      copy,
      exportToSheet,
      changeSettings,
      discard,
      closeCopyFallback,
      dismissCommandReport: () => setCommandReport(null),
      dismissError: () => setError(null),
    },
  };
}

export type PaneModel = ReturnType<typeof usePane>;
