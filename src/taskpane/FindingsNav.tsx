import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../i18n/useMessages';

const useStyles = makeStyles({
  nav: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  position: { marginInlineStart: 'auto', color: tokens.colorNeutralForeground3 },
});

/** 上一条 / 下一条: walks the findings in the order the list shows them. */
export function FindingsNav(props: { current: number | null; total: number; onPrevious: () => void; onNext: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const { current, total } = props;
  return (
    <div className={styles.nav}>
      <Button size="small" disabled={current === null || current <= 0} onClick={props.onPrevious}>
        {m.previous}
      </Button>
      <Button size="small" disabled={total === 0 || (current !== null && current >= total - 1)} onClick={props.onNext}>
        {m.next}
      </Button>
      <Caption1 className={styles.position} aria-live="polite">
        {current === null ? m.findingCount(total) : m.findingPosition(current + 1, total)}
      </Caption1>
    </div>
  );
}
