import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { CommandReport, SkippedCell } from '../app/hostGateway';
import type { Operation, UiMessages } from '../i18n/uiMessages';
import { useMessages } from '../i18n/useMessages';
import type { CopyFallback, Notice, PaneError } from './usePane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  status: { minHeight: '20px', display: 'flex', alignItems: 'center', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  skipped: { margin: 0, paddingInlineStart: '1.4em', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  copy: { width: '100%' },
});

/**
 * What the pane is doing (a spinner while a use case runs), the last operation's outcome with the
 * cells it left alone, an error in the catalog's words (never the exception's own text), and text
 * to copy by hand when the clipboard cannot be written.
 */
export function StatusBar(props: {
  busy: Operation | null;
  notice: Notice | null;
  error: PaneError | null;
  skipped: readonly SkippedCell[];
  /** The record can be forgotten (放弃记录): shown with the skipped cells. */
  canDiscard: boolean;
  commandReport: CommandReport | null;
  copyFallback: CopyFallback | null;
  onDismissError: () => void;
  onDiscard: () => void;
  onDismissCommandReport: () => void;
  onCloseCopy: () => void;
}) {
  const m = useMessages();
  const styles = useStyles();
  const errorText = props.error === null ? null : props.error === 'unexpected' ? m.unexpectedError : m.gatewayErrors[props.error];
  return (
    <div className={styles.root}>
      <div className={styles.status} role="status" aria-live="polite" data-testid="status">
        {props.busy ? <Spinner size="extra-tiny" label={m.busy[props.busy]} /> : props.notice ? <Caption1>{props.notice(m)}</Caption1> : null}
      </div>
      {props.commandReport ? (
        <MessageBar intent={props.commandReport.ok ? 'info' : 'warning'} layout="multiline" data-testid="command-report">
          <MessageBarBody>{commandReportText(props.commandReport, m)}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" onClick={props.onDismissCommandReport}>
                {m.dismiss}
              </Button>
            }
          />
        </MessageBar>
      ) : null}
      {!props.busy && props.skipped.length > 0 ? (
        <div data-testid="skipped">
          <Caption1>{m.skippedTitle(props.skipped.length)}</Caption1>
          <ul className={styles.skipped}>
            {props.skipped.map((s, i) => (
              <li key={i} data-reason={s.reason}>
                {m.skippedCell(s.sheet, s.cell, m.skipReasons[s.reason])}
              </li>
            ))}
          </ul>
          {props.canDiscard ? (
            <Button size="small" appearance="secondary" onClick={props.onDiscard}>
              {m.discard}
            </Button>
          ) : null}
        </div>
      ) : props.canDiscard && !props.busy ? (
        <Button size="small" appearance="secondary" onClick={props.onDiscard}>
          {m.discard}
        </Button>
      ) : null}
      {props.copyFallback ? (
        <div>
          <Textarea
            className={styles.copy}
            aria-label={m.copyText}
            readOnly
            resize="vertical"
            value={props.copyFallback.text}
            textarea={{ rows: 6, onFocus: (e) => e.currentTarget.select() }}
            data-testid="copy-fallback"
          />
          <Button size="small" appearance="transparent" onClick={props.onCloseCopy}>
            {m.dismiss}
          </Button>
        </div>
      ) : null}
      {errorText ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.errorTitle}</MessageBarTitle>
            {errorText}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" size="small" onClick={props.onDismissError}>{m.dismiss}</Button>} />
        </MessageBar>
      ) : null}
    </div>
  );
}

/** What the ribbon's 检查表格 did, in the pane's words. */
export function commandReportText(r: CommandReport, m: UiMessages): string {
  if (r.code === 'checked') return m.commandChecked(r.sheet ?? '', r.errors ?? 0, r.warnings ?? 0, r.infos ?? 0, r.marked ?? 0);
  if (r.code === 'no-form') return m.commandNoForm(r.sheet ?? '');
  return m.commandFailed(r.code === 'unexpected' ? m.unexpectedError : m.gatewayErrors[r.code]);
}
