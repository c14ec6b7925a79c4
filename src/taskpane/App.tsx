import { useId, useState } from 'react';
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
import { FindingsList } from './FindingsList';
import { InsertRowsPanel } from './InsertRowsPanel';
import { NoFormMessage } from './NoFormMessage';
import { SettingsPanel } from './SettingsPanel';
import { StatusBar } from './StatusBar';
import { SummaryCard } from './SummaryCard';
import { TemplateMenu } from './TemplateMenu';
import { Toolbar, ToolbarPanel } from './Toolbar';
import { usePane } from './usePane';

export type PaneTheme = 'light' | 'dark';

export interface AppProps {
  gateway: HostGateway;
  locale: UiLocale;
  theme: PaneTheme;
  /** A short name of the host, shown under the title ("Excel", "预览"). */
  hostLabel?: string;
}

const useStyles = makeStyles({
  provider: { minHeight: '100vh', boxSizing: 'border-box' },
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    maxWidth: '720px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0, marginInlineEnd: 'auto' },
  title: { margin: 0 },
  host: { color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground2 },
});

/** The task pane: Fluent theme and message catalog around the pane itself. */
export function App({ gateway, locale, theme, hostLabel }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} lang={locale} className={styles.provider}>
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
  const idBase = useId();
  const panelIds = { template: `${idBase}-template`, rows: `${idBase}-rows` };
  /** Closes the open panel and gives the focus back to the button that opened it. */
  const closePanel = () => {
    if (panel) document.getElementById(`${panelIds[panel]}-toggle`)?.focus();
    setPanel(null);
  };
  const { report, can, actions } = pane;
  const forms = (pane.reports ?? []).filter((r) => r.form !== null);
  const currentRow = pane.current === null ? null : (pane.ordered[pane.current]?.row ?? null);

  return (
    <main className={styles.pane}>
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
        onCheck={actions.check}
        onWrite={actions.write}
        onClear={actions.clear}
        onUndo={actions.undo}
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
      {panel === 'rows' && forms.length > 0 && !pane.stale ? (
        <InsertRowsPanel
          id={panelIds.rows}
          indicators={forms.flatMap((r) => r.indicators)}
          defaultRow={currentRow}
          disabled={!can.insertRows}
          onInsert={(row, count) => {
            closePanel();
            void actions.addRows(row, count);
          }}
          onClose={closePanel}
        />
      ) : null}

      <StatusBar busy={pane.busy} notice={pane.notice} error={pane.error} onDismissError={actions.dismissError} />

      {settingsOpen ? (
        <SettingsPanel settings={pane.settings} disabled={!can.act} onChange={actions.changeSettings} onClose={() => setSettingsOpen(false)} />
      ) : null}

      {pane.stale ? (
        <MessageBar intent="warning">
          <MessageBarBody>{m.staleReport}</MessageBarBody>
        </MessageBar>
      ) : null}

      {report === null ? (
        <Body1 as="p" className={styles.empty}>
          {m.emptyState}
        </Body1>
      ) : forms.length === 0 ? (
        <NoFormMessage report={report} locale={locale} />
      ) : (
        <>
          {forms.map((r) => (
            <SummaryCard
              key={r.form!.range}
              report={r}
              form={r.form!}
              policyOverride={pane.settings.policy}
              disabled={!can.act}
              onPolicyChange={(policy) => actions.changeSettings({ policy })}
            />
          ))}
          <FindingsList
            groups={pane.findings}
            total={pane.ordered.length}
            current={pane.current}
            onSelect={actions.select}
            onPrevious={actions.previous}
            onNext={actions.next}
          />
        </>
      )}
    </main>
  );
}
