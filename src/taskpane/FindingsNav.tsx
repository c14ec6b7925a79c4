import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../i18n/useMessages';

const useStyles = makeStyles({
  nav: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  position: { marginInlineStart: 'auto', color: tokens.colorNeutralForeground3 },
  hint: { flexBasis: '100%', color: tokens.colorNeutralForeground3 },
});

/** 上一条 / 下一条 (Alt+↑ / Alt+↓): walks the findings in sheet order, top to bottom. */
export function FindingsNav(props: { position: number | null; total: number; onPrevious: () => void; onNext: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const { position, total } = props;
  return (
    <div className={styles.nav}>
      <Button size="small" aria-keyshortcuts="Alt+ArrowUp" disabled={position === null || position <= 0} onClick={props.onPrevious}>
        {m.previous}
      </Button>
      <Button size="small" aria-keyshortcuts="Alt+ArrowDown" disabled={total === 0 || (position !== null && position >= total - 1)} onClick={props.onNext}>
        {m.next}
      </Button>
      <Caption1 className={styles.position} aria-live="polite">
        {position === null ? m.findingCount(total) : m.findingPosition(position + 1, total)}
      </Caption1>
      <Caption1 className={styles.hint}>{m.shortcutsHint}</Caption1>
    </div>
  );
}
