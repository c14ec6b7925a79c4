import { useId } from 'react';
import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { AcceptedIssue } from '../app/acceptedFindings';
import { useMessages } from '../i18n/useMessages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  message: { color: tokens.colorNeutralForeground2, textDecorationLine: 'none' },
  reason: { color: tokens.colorNeutralForeground1 },
  back: { alignSelf: 'flex-start' },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, marginInlineEnd: tokens.spacingHorizontalXS },
});

/** The findings accepted as intended ("已知，保留"): not counted, not marked; each can be taken back. */
export function AcceptedList(props: { items: readonly AcceptedIssue[]; disabled: boolean; onTakeBack: (item: AcceptedIssue) => void }) {
  const m = useMessages();
  const styles = useStyles();
  const titleId = useId();
  if (props.items.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="accepted">
      <Subtitle2 as="h2" className={styles.heading} id={titleId}>
        {m.acceptedTitle(props.items.length)}
      </Subtitle2>
      <ul className={styles.list}>
        {props.items.map((a, i) => (
          <li key={`${a.issue.rule}|${a.issue.cell}|${i}`} className={styles.item} data-accepted-rule={a.issue.rule}>
            <Caption1 className={styles.message}>
              {a.issue.cell ? <span className={styles.cell}>{a.issue.cell}</span> : null}
              {a.issue.message}
            </Caption1>
            <Caption1 className={styles.reason}>{m.acceptedReason(a.accepted.reason)}</Caption1>
            <Button className={styles.back} size="small" appearance="transparent" disabled={props.disabled} onClick={() => props.onTakeBack(a)}>
              {m.unaccept}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
