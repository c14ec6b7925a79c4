import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../i18n/useMessages';
import { PanelFrame } from './PanelFrame';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', height: 'auto', minWidth: 0, overflowWrap: 'anywhere' },
});

export type ExportChoice = 'copy-message' | 'copy-problems' | 'sheet' | 'print';

/** 导出: take the findings out of the pane — as text to paste, as a new sheet, or to print. */
export function ExportPanel(props: { id: string; disabled: boolean; onChoose: (choice: ExportChoice) => void; onClose: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const items: [ExportChoice, string][] = [
    ['copy-message', m.copyMessage],
    ['copy-problems', m.copyProblems],
    ['sheet', m.exportSheet],
    ['print', m.printView],
  ];
  return (
    <PanelFrame id={props.id} title={m.exportTitle} onClose={props.onClose}>
      <ul className={styles.list}>
        {items.map(([choice, label]) => (
          <li key={choice}>
            <Button className={styles.item} appearance="subtle" size="small" disabled={props.disabled} data-export={choice} onClick={() => props.onChoose(choice)}>
              {label}
            </Button>
          </li>
        ))}
      </ul>
    </PanelFrame>
  );
}
