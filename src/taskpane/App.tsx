import { useEffect, useId, useRef, useState } from 'react';
import {
  Body1,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Title3,
  ToggleButton,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { HostGateway } from '../app/hostGateway';
import type { UiLocale } from '../i18n/uiMessages';
import { MessagesProvider, useMessages } from '../i18n/useMessages';
import { AcceptedList } from './AcceptedList';
import { ExportChoice, ExportPanel } from './ExportPanel';
import { FindingsList } from './FindingsList';
import { InsertRowsPanel } from './InsertRowsPanel';
import { NoFormMessage } from './NoFormMessage';
import { PrintView } from './PrintView';
import { ScoreTable } from './ScoreTable';
import { SettingsPanel } from './SettingsPanel';
import { StatusBar } from './StatusBar';
import { SummaryCard } from './SummaryCard';
import { TemplateMenu } from './TemplateMenu';
import { Toolbar, ToolbarPanel } from './Toolbar';
import { usePane } from './usePane';
import { WorkbookSummary } from './WorkbookSummary';

export type PaneTheme = 'light' | 'dark';

export interface AppProps {
  gateway: HostGateway;
  locale: UiLocale;
  theme: PaneTheme;
  /** A short name of the host, shown under the title ("Excel", "预览"). */
  hostLabel?: string;
}

const useStyles = makeStyles({
  provider: { minHeight: '100%', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground1 },
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: '720px',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0, marginInlineEnd: 'auto' },
  title: { margin: 0 },
  host: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  empty: { color: tokens.colorNeutralForeground2 },
  forms: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** The task pane: Fluent theme and message catalog around the pane itself. */
export function App({ gateway, locale, theme, hostLabel }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} lang={locale} className={styles.provider} data-theme={theme}>
      <MessagesProvider locale={locale}>
        <Pane gateway={gateway} locale={locale} hostLabel={hostLabel} />
      </MessagesProvider>
    </FluentProvider>
  );
}

function Pane({ gateway, locale, hostLabel }: { gateway: HostGateway; locale: UiLocale; hostLabel?: string }) {
  const m = useMessages();
  const styles = useStyles();
  const pane = usePane(gateway, locale);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [panel, setPanel] = useState<ToolbarPanel | null>(null);
  const [printing, setPrinting] = useState<Date | null>(null);
  const root = useRef<HTMLElement>(null);
  const idBase = useId();
  const panelIds = { template: `${idBase}-template`, rows: `${idBase}-rows`, export: `${idBase}-export` };
  /** Closes the open panel and gives the focus back to the button that opened it. */
  const closePanel = () => {
    if (panel) document.getElementById(`${panelIds[panel]}-toggle`)?.focus();
    setPanel(null);
  };
  const { result, can, actions, forms } = pane;
  const currentRow = pane.current?.issue.row ?? null;
  const sheet = result?.reports[0]?.sheet ?? result?.grid.name ?? '';
  const noForm = result !== null && forms.length === 0 && result.reports.every((r) => r.form === null);

  // Alt+↓ / Alt+↑: next / previous finding, wherever the focus is in the pane.
  const nav = useRef({ next: actions.next, previous: actions.previous });
  nav.current = { next: actions.next, previous: actions.previous };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      const target = e.target as Node | null;
      if (target && target !== document.body && !root.current?.contains(target)) return;
      e.preventDefault();
      if (e.key === 'ArrowDown') nav.current.next();
      else nav.current.previous();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onExport = (choice: ExportChoice) => {
    closePanel();
    if (choice === 'copy-message') void actions.copy('message');
    else if (choice === 'copy-problems') void actions.copy('problems');
    else if (choice === 'sheet') void actions.exportToSheet();
    else setPrinting(new Date());
  };

  if (printing && result) {
    return (
      <main className={styles.pane} ref={root}>
        <PrintView
          sheet={sheet}
          forms={forms}
          issues={pane.findings.ordered.map((f) => f.issue)}
          accepted={pane.accepted}
          checkedAt={printing}
          onClose={() => setPrinting(null)}
        />
      </main>
    );
  }

  return (
    <main className={styles.pane} ref={root}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Title3 as="h1" className={styles.title}>
            {m.appTitle}
          </Title3>
          {hostLabel ? <Caption1 className={styles.host}>{hostLabel}</Caption1> : null}
        </div>
        <ToggleButton size="small" checked={settingsOpen} aria-expanded={settingsOpen} onClick={() => setSettingsOpen((o) => !o)}>
          {m.settings}
        </ToggleButton>
      </header>

      <Toolbar
        can={can}
        open={panel}
        panelIds={panelIds}
        workbookAvailable
        onCheck={() => void actions.check()}
        onCheckWorkbook={() => void actions.checkWorkbook()}
        onWrite={() => void actions.write()}
        onClear={() => void actions.clear()}
        onUndo={() => void actions.undo()}
        onToggle={(p) => setPanel((open) => (open === p ? null : p))}
      />
      {panel === 'template' ? (
        <TemplateMenu
          id={panelIds.template}
          disabled={!can.act}
          onInsert={(kind) => {
            closePanel();
            void actions.addTemplate(kind);
          }}
          onClose={closePanel}
        />
      ) : null}
      {panel === 'rows' && result && !pane.stale ? (
        <InsertRowsPanel
          id={panelIds.rows}
          indicators={result.reports.flatMap((r) => r.indicators)}
          defaultRow={currentRow}
          disabled={!can.insertRows}
          onInsert={(row, count) => {
            closePanel();
            void actions.addRows(row, count);
          }}
          onClose={closePanel}
        />
      ) : null}
      {panel === 'export' ? <ExportPanel id={panelIds.export} disabled={!can.export} onChoose={onExport} onClose={closePanel} /> : null}

      <StatusBar
        busy={pane.busy}
        notice={pane.notice}
        error={pane.error}
        skipped={pane.skipped}
        canDiscard={pane.discardable !== null}
        commandReport={pane.commandReport}
        copyFallback={pane.copyFallback}
        onDismissError={actions.dismissError}
        onDiscard={() => void actions.discard()}
        onDismissCommandReport={actions.dismissCommandReport}
        onCloseCopy={actions.closeCopyFallback}
      />

      {settingsOpen ? (
        <SettingsPanel settings={pane.settings} disabled={!can.act} onChange={(p) => void actions.changeSettings(p)} onClose={() => setSettingsOpen(false)} />
      ) : null}

      {pane.stale ? (
        <MessageBar intent="warning">
          <MessageBarBody>{m.staleReport}</MessageBarBody>
        </MessageBar>
      ) : null}

      {pane.workbook && !noForm ? <WorkbookSummary workbook={pane.workbook} disabled={!can.act} onOpen={(id, a) => void actions.openSheet(id, a)} /> : null}

      {result === null ? (
        <Body1 as="p" className={styles.empty}>
          {m.emptyState}
        </Body1>
      ) : noForm ? (
        <NoFormMessage report={result.reports[0]} workbook={pane.workbook} disabled={!can.act} onOpen={(id, a) => void actions.openSheet(id, a)} />
      ) : (
        <>
          <div className={styles.forms}>
            {forms.map((f) => (
              <SummaryCard
                key={f.index}
                sheet={sheet}
                form={f}
                formsOnSheet={forms.length}
                policyOverride={pane.settings.policy}
                disabled={!can.act}
                onPolicyChange={(policy) => void actions.changeSettings({ policy })}
              />
            ))}
          </div>
          <FindingsList
            model={pane.findings}
            current={pane.current}
            busy={!can.act}
            ruleMeta={pane.engine ? pane.engine.ruleMeta : null}
            onSelect={(id) => void actions.select(id)}
            onPrevious={actions.previous}
            onNext={actions.next}
            onAccept={(reason) => pane.current && void actions.accept(pane.current.issue, reason)}
          />
          <AcceptedList items={pane.accepted} disabled={!can.act} onTakeBack={(a) => void actions.unaccept(a.accepted)} />
          {forms.map((f) => (
            <ScoreTable key={f.index} breakdown={f.breakdown} onGoTo={(cell) => void actions.goTo(cell)} />
          ))}
        </>
      )}
    </main>
  );
}
