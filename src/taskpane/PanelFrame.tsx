import { ReactNode, useEffect, useRef } from 'react';
import { Button, Caption1Strong, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../i18n/useMessages';

const useStyles = makeStyles({
  frame: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
});

/**
 * A small panel that opens under the toolbar (in place of a popup): a title, its content, a close
 * button; Escape closes it; focus moves into it when it opens.
 */
export function PanelFrame({ id, title, onClose, children }: { id: string; title: string; onClose: () => void; children: ReactNode }) {
  const m = useMessages();
  const styles = useStyles();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button, select, input')?.focus();
  }, []);
  return (
    <section
      id={id}
      ref={ref}
      className={styles.frame}
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className={styles.head}>
        <Caption1Strong>{title}</Caption1Strong>
        <Button appearance="transparent" size="small" onClick={onClose}>
          {m.cancel}
        </Button>
      </div>
      {children}
    </section>
  );
}
