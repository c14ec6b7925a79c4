import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { Operation } from '../i18n/uiMessages';
import { useMessages } from '../i18n/useMessages';
import type { Notice, PaneError } from './usePane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  status: { minHeight: '20px', display: 'flex', alignItems: 'center', color: tokens.colorNeutralForeground2 },
});

/**
 * What the pane is doing (a spinner while a use case runs), the last operation's outcome, and an
 * error in the catalog's words: never the exception's own text.
 */
export function StatusBar(props: { busy: Operation | null; notice: Notice | null; error: PaneError | null; onDismissError: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const errorText = props.error === null ? null : props.error === 'unexpected' ? m.unexpectedError : m.gatewayErrors[props.error];
  return (
    <div className={styles.root}>
      <div className={styles.status} role="status" aria-live="polite">
        {props.busy ? <Spinner size="extra-tiny" label={m.busy[props.busy]} /> : props.notice ? <Caption1>{props.notice(m)}</Caption1> : null}
      </div>
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
