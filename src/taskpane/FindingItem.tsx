import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Issue } from '../core/report/reportSchema';
import { useMessages } from '../i18n/useMessages';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  },
  cell: {
    flexShrink: 0,
    minWidth: '3.5em',
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorBrandForeground1,
  },
  message: { minWidth: 0, overflowWrap: 'anywhere' },
});

/** One finding: its cell address and the engine's message, as plain text. */
export function FindingItem(props: { issue: Issue; current: boolean; onSelect: () => void }) {
  const m = useMessages();
  const styles = useStyles();
  const { issue } = props;
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, props.current && styles.current)}
      aria-current={props.current ? 'true' : undefined}
      data-rule={issue.rule}
      onClick={props.onSelect}
    >
      <span className={styles.cell}>{issue.cell ?? m.noCell}</span>
      <span className={styles.message}>{issue.message}</span>
    </button>
  );
}
