import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { TEMPLATE_KINDS, TEMPLATE_TITLES, TemplateKind } from '../core/template/templateKinds';
import { useMessages, useUiLocale } from '../i18n/useMessages';
import { PanelFrame } from './PanelFrame';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { width: '100%', justifyContent: 'flex-start', textAlign: 'start' },
});

/**
 * 插入空白模板: the blank forms the add-in can lay out on a new sheet, as a list under the
 * toolbar (an inline menu: Fluent's Menu and Popover would add ~45 KB gzip to the pane).
 */
export function TemplateMenu(props: { id: string; disabled: boolean; onInsert: (kind: TemplateKind) => void; onClose: () => void }) {
  const m = useMessages();
  const locale = useUiLocale();
  const styles = useStyles();
  return (
    <PanelFrame id={props.id} title={m.insertTemplate} onClose={props.onClose}>
      <ul className={styles.list}>
        {TEMPLATE_KINDS.map((kind) => (
          <li key={kind}>
            <Button className={styles.item} appearance="subtle" size="small" disabled={props.disabled} onClick={() => props.onInsert(kind)}>
              {TEMPLATE_TITLES[kind][locale]}
            </Button>
          </li>
        ))}
      </ul>
    </PanelFrame>
  );
}
