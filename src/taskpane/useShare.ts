import { Dispatch, SetStateAction, useCallback, useState } from 'react';
import type { Engine } from '../app/engine';
import type { HostGateway } from '../app/hostGateway';
import { CheckResult, insertTemplate } from '../app/useCases';
import type { Settings } from '../core/report/settingsSchema';
import type { Operation, UiLocale, UiMessages } from '../i18n/uiMessages';
import { writeClipboard } from './clipboard';
import { CopyFallback, Notice, Outcome } from './paneStatus';

/**
 * Passing the findings on: as text (复制问题清单 / 复制为消息, shown for the person to copy where the
 * host keeps the clipboard from the pane) and as a 检查结果 sheet.
 */
export function useShare(p: {
  engine: Engine | null;
  result: CheckResult | null;
  locale: UiLocale;
  lowerIsBetter: Settings['lowerIsBetter'];
  gateway: HostGateway;
  run: <T>(op: Operation, fn: () => Promise<T>) => Promise<Outcome<T>>;
  setNotice: Dispatch<SetStateAction<Notice | null>>;
}) {
  const { engine, result, locale, lowerIsBetter, gateway, run, setNotice } = p;
  const [copyFallback, setCopyFallback] = useState<CopyFallback | null>(null);
  const textFor = useCallback(
    (purpose: 'message' | 'problems'): string | null => {
      if (!engine || !result) return null;
      return engine.findingsText({ sheet: result.reports[0]?.sheet ?? result.grid.name, reports: result.reports, accepted: result.accepted }, locale, purpose);
    },
    [engine, locale, result],
  );

  const copy = useCallback(
    async (purpose: 'message' | 'problems') => {
      const text = textFor(purpose);
      if (text === null) return;
      setCopyFallback(null);
      if (await writeClipboard(text)) setNotice(() => (m: UiMessages) => m.copied);
      else {
        setCopyFallback({ text });
        setNotice(() => (m: UiMessages) => m.copyFallback);
      }
    },
    [setNotice, textFor],
  );

  const exportToSheet = useCallback(async () => {
    if (!engine || !result) return;
    const sheet = result.reports[0]?.sheet ?? result.grid.name;
    const spec = engine.exportSheetSpec({ sheet, reports: result.reports, accepted: result.accepted }, { locale, lowerIsBetter });
    const o = await run('export', () => insertTemplate(gateway, spec));
    if (o.ok) setNotice(() => (m: UiMessages) => m.exported(o.value));
  }, [engine, gateway, locale, lowerIsBetter, result, run, setNotice]);
  const closeCopyFallback = useCallback(() => setCopyFallback(null), []);
  return { textFor, copy, exportToSheet, copyFallback, closeCopyFallback };
}
