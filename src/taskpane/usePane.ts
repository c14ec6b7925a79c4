import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { GatewayError, GatewayErrorCode, HostGateway } from '../app/hostGateway';
import {
  checkAndMark,
  CheckResult,
  clearMarks,
  goToCell,
  insertIndicatorRows,
  insertTemplate,
  loadSettings,
  saveSettings,
  undoWrites,
  writeResults,
} from '../app/useCases';
import { DEFAULT_SETTINGS, parseSettings, Settings } from '../core/report/settingsSchema';
import { templateFor } from '../core/template/templates';
import type { TemplateKind } from '../core/template/templateSpec';
import type { Operation, UiLocale, UiMessages } from '../i18n/uiMessages';
import { flattenFindings, groupFindings } from './findingsModel';

/** A status line, localised when rendered (so that it follows a change of language). */
export type Notice = (m: UiMessages) => string;

/** What went wrong, as a catalog key: a gateway code, or `unexpected` for anything else. */
export type PaneError = GatewayErrorCode | 'unexpected';

type Outcome<T> = { ok: true; value: T } | { ok: false };

function toPaneError(err: unknown): PaneError {
  return err instanceof GatewayError ? err.code : 'unexpected';
}

/**
 * The pane's state and actions. Every host operation goes through a use case of
 * src/app/useCases.ts; nothing here checks or scores anything.
 */
export function usePane(gateway: HostGateway, locale: UiLocale) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [result, setResult] = useState<CheckResult | null>(null);
  /** The last check's results have been written (until the next check or an undo). */
  const [written, setWritten] = useState(false);
  /** The sheet was changed by the pane (rows inserted) after the last check. */
  const [stale, setStale] = useState(false);
  const [pending, setPending] = useState(() => gateway.pending());
  const [busy, setBusy] = useState<Operation | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [current, setCurrent] = useState<number | null>(null);
  const busyRef = useRef(false);

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

  useEffect(() => {
    void run('load', () => loadSettings(gateway)).then((o) => {
      if (o.ok) setSettings(o.value);
    });
  }, [gateway, run]);

  const findings = useMemo(() => groupFindings(result?.reports.flatMap((r) => r.issues) ?? []), [result]);
  const ordered = useMemo(() => flattenFindings(findings), [findings]);

  const check = useCallback(
    async (using: Settings = settings) => {
      const o = await run('check', () => checkAndMark(gateway, { ...using, locale }));
      if (!o.ok) return;
      setResult({ sheetId: o.value.sheetId, reports: o.value.reports });
      setWritten(false);
      setStale(false);
      setCurrent(null);
      const marked = o.value.outcome.marked;
      const cut = o.value.truncated;
      if (cut) setNotice(() => (m: UiMessages) => m.sheetTruncated(cut.rows, cut.cols));
      else setNotice(o.value.reports.some((r) => r.form) ? () => (m: UiMessages) => m.checkedStatus(marked) : null);
    },
    [gateway, locale, run, settings],
  );

  const write = useCallback(async () => {
    if (!result) return;
    const o = await run('write', () => writeResults(gateway, result));
    if (!o.ok) return;
    setWritten(true);
    const { written: n, skipped } = o.value;
    setNotice(() => (m: UiMessages) => m.writtenStatus(n, skipped.length));
  }, [gateway, result, run]);

  const clear = useCallback(async () => {
    const o = await run('clear', () => clearMarks(gateway));
    if (o.ok) setNotice(() => (m: UiMessages) => m.clearedStatus(o.value.restored));
  }, [gateway, run]);

  const undo = useCallback(async () => {
    const o = await run('undo', () => undoWrites(gateway));
    if (!o.ok) return;
    setWritten(false);
    setNotice(() => (m: UiMessages) => m.undoneStatus(o.value.restored));
  }, [gateway, run]);

  const addTemplate = useCallback(
    async (kind: TemplateKind) => {
      const o = await run('template', () => insertTemplate(gateway, templateFor(kind)));
      if (!o.ok) return;
      // The new sheet is active now: the previous findings are about another sheet.
      setResult(null);
      setCurrent(null);
      setNotice(() => (m: UiMessages) => m.templateInserted(o.value));
    },
    [gateway, run],
  );

  const addRows = useCallback(
    async (indicatorRow: number, count: number) => {
      if (!result) return;
      const o = await run('rows', () => insertIndicatorRows(gateway, indicatorRow - 1, count));
      if (!o.ok) return;
      // Rows below moved: the findings' addresses and the planned writes no longer fit the sheet.
      setStale(true);
      setNotice(() => (m: UiMessages) => m.rowsInserted(count, indicatorRow));
    },
    [gateway, result, run],
  );

  const select = useCallback(
    async (index: number) => {
      const issue = ordered[index];
      if (!issue) return;
      setCurrent(index);
      if (!issue.cell || !result || stale) return;
      try {
        await goToCell(gateway, result.sheetId, issue.cell);
      } catch (err) {
        setError(toPaneError(err));
      }
    },
    [gateway, ordered, result, stale],
  );

  const next = useCallback(() => select(current === null ? 0 : Math.min(current + 1, ordered.length - 1)), [current, ordered, select]);
  const previous = useCallback(() => select(current === null ? 0 : Math.max(current - 1, 0)), [current, select]);

  const changeSettings = useCallback(
    async (patch: Partial<Settings>) => {
      if (busyRef.current) return;
      const nextSettings = parseSettings({ ...settings, ...patch, locale });
      setSettings(nextSettings);
      const o = await run('settings', () => saveSettings(gateway, nextSettings));
      if (!o.ok) return;
      // A report on screen follows the settings it is shown with.
      if (result?.reports.some((r) => r.form) && !stale) await check(nextSettings);
      else setNotice(() => (m: UiMessages) => m.settingsSaved);
    },
    [check, gateway, locale, result, run, settings, stale],
  );

  /** The sheet's reports, one per form (usually one); `report` is the first. */
  const reports = result?.reports ?? null;
  const report = reports?.[0] ?? null;
  const writes = reports?.reduce((n, r) => n + r.writes.length, 0) ?? 0;
  const hasIndicators = reports?.some((r) => r.form && r.indicators.length > 0) ?? false;
  return {
    settings,
    reports,
    report,
    findings,
    ordered,
    current,
    busy,
    error,
    notice,
    stale,
    pending,
    can: {
      act: busy === null,
      write: busy === null && !!report && !stale && !written && writes > 0,
      clear: busy === null && pending.marks > 0,
      undo: busy === null && pending.writes > 0,
      insertRows: busy === null && !stale && hasIndicators,
    },
    actions: {
      check: () => check(),
      write,
      clear,
      undo,
      addTemplate,
      addRows,
      select,
      next,
      previous,
      changeSettings,
      dismissError: () => setError(null),
    },
  };
}

export type PaneModel = ReturnType<typeof usePane>;
