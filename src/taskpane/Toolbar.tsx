import type { KeyboardEvent } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../i18n/useMessages';

const useStyles = makeStyles({
  // At 320 px the buttons take two or three lines rather than overflowing.
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** The panels the toolbar opens under itself. */
export type ToolbarPanel = 'template' | 'rows' | 'export';

export interface ToolbarProps {
  can: { act: boolean; write: boolean; clear: boolean; undo: boolean; insertRows: boolean; export: boolean; workbook: boolean };
  open: ToolbarPanel | null;
  /** The host can read the whole workbook (检查全部工作表 is shown). */
  workbookAvailable: boolean;
  /** The ids of the panels, for aria-controls. */
  panelIds: Record<ToolbarPanel, string>;
  onCheck: () => void;
  onCheckWorkbook: () => void;
  onWrite: () => void;
  onClear: () => void;
  onUndo: () => void;
  onToggle: (panel: ToolbarPanel) => void;
}

/** Arrow keys, Home and End move the focus between the toolbar's enabled buttons. */
function moveFocus(e: KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0 || buttons.length === 0) return;
  const n = buttons.length;
  const to = e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? (at - 1 + n) % n : (at + 1) % n;
  e.preventDefault();
  buttons[to].focus();
}

/**
 * The pane's commands. Each one is a use case; what is enabled comes from the pane's state.
 * A plain toolbar with its own arrow-key handling: Fluent's Toolbar (tabster's mover) would add
 * ~16 KB gzip for the same keyboard behaviour.
 */
export function Toolbar(props: ToolbarProps) {
  const m = useMessages();
  const styles = useStyles();
  const { can } = props;
  const toggle = (panel: ToolbarPanel) => ({
    id: `${props.panelIds[panel]}-toggle`,
    'aria-expanded': props.open === panel,
    'aria-controls': props.open === panel ? props.panelIds[panel] : undefined,
    onClick: () => props.onToggle(panel),
  });
  return (
    <div role="toolbar" aria-label={m.toolbarLabel} className={styles.toolbar} onKeyDown={moveFocus}>
      <Button size="small" appearance="primary" disabled={!can.act} onClick={props.onCheck}>
        {m.check}
      </Button>
      {props.workbookAvailable ? (
        <Button size="small" disabled={!can.workbook} onClick={props.onCheckWorkbook}>
          {m.checkWorkbook}
        </Button>
      ) : null}
      <Button size="small" disabled={!can.write} onClick={props.onWrite}>
        {m.writeResults}
      </Button>
      <Button size="small" disabled={!can.clear} onClick={props.onClear}>
        {m.clearMarks}
      </Button>
      <Button size="small" disabled={!can.undo} onClick={props.onUndo}>
        {m.undoWrites}
      </Button>
      <Button size="small" disabled={!can.act} {...toggle('template')}>
        {m.insertTemplate}
      </Button>
      <Button size="small" disabled={!can.insertRows} {...toggle('rows')}>
        {m.insertRows}
      </Button>
      <Button size="small" disabled={!can.export} {...toggle('export')}>
        {m.exportMenu}
      </Button>
    </div>
  );
}
