import { useId, useState } from 'react';
import { Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import type { ScoreBreakdown, ScoreRow } from '../app/present/scoreBreakdown';
import { useMessages } from '../i18n/useMessages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
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
  open: { backgroundColor: tokens.colorNeutralBackground1Selected },
  name: { minWidth: 0, overflowWrap: 'anywhere' },
  score: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  unmet: { color: tokens.colorPaletteDarkOrangeForeground1 },
  details: {
    display: 'grid',
    gridTemplateColumns: 'minmax(auto, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
    margin: `2px 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: { color: tokens.colorNeutralForeground3, maxWidth: '8em', overflowWrap: 'anywhere' },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  goto: { justifySelf: 'start', gridColumn: '1 / -1', minWidth: 0 },
  total: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, padding: `0 ${tokens.spacingHorizontalS}`, overflowWrap: 'anywhere' },
});

function Details({ row, onGoTo }: { row: ScoreRow; onGoTo: (cell: string) => void }) {
  const m = useMessages();
  const styles = useStyles();
  const c = m.scoreColumns;
  const item = (term: string, value: string | null) =>
    value === null ? null : (
      <>
        <dt className={styles.term}>{term}</dt>
        <dd className={styles.value}>{value}</dd>
      </>
    );
  return (
    <dl className={styles.details}>
      {item(c.group, row.group)}
      {item(c.target, row.target)}
      {item(c.actual, row.actual)}
      {item(c.attainment, row.attainment)}
      {item(c.weight, row.weight)}
      {item(c.score, row.stated ? m.withStated(row.score ?? m.notAvailable, row.stated) : row.score)}
      {item(c.how, row.how)}
      {row.cell ? (
        <Button className={styles.goto} size="small" appearance="transparent" onClick={() => onGoTo(row.cell!)}>
          {row.row !== null ? m.rowLabel(row.row) : row.cell}
        </Button>
      ) : null}
    </dl>
  );
}

/**
 * 得分明细: the execution score and every indicator's score, one line each (name, score / weight);
 * a line opens to the target, actual, attainment and how the score was computed
 * ("20 × 98% ÷ 100% = 19.6", a qualitative band and its range). Readable at 320 px.
 */
export function ScoreTable(props: { breakdown: ScoreBreakdown; onGoTo: (cell: string) => void }) {
  const m = useMessages();
  const styles = useStyles();
  const titleId = useId();
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  const toggle = (key: string) =>
    setOpen((now) => {
      const next = new Set(now);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const { rows, totalHow } = props.breakdown;
  if (rows.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="scores">
      <div className={styles.head}>
        <Subtitle2 as="h2" className={styles.heading} id={titleId}>
          {m.scoresTitle}
        </Subtitle2>
        <Caption1 className={styles.hint}>{m.scoresHint}</Caption1>
      </div>
      <ul className={styles.list}>
        {rows.map((row) => {
          const isOpen = open.has(row.key);
          const detailsId = `${titleId}-${row.key}`;
          return (
            <li key={row.key} data-score-row={row.key} data-status={row.status}>
              <button
                type="button"
                className={mergeClasses(styles.row, isOpen && styles.open)}
                aria-expanded={isOpen}
                aria-controls={isOpen ? detailsId : undefined}
                onClick={() => toggle(row.key)}
              >
                <span className={styles.name}>{row.name}</span>
                <span className={mergeClasses(styles.score, row.status !== 'met' && styles.unmet)}>
                  {row.score === null && row.weight === null
                    ? // No weight stated: say how it did instead of "— / —".
                      row.status === 'not-met' && row.attainment
                      ? row.attainment
                      : m.scoreStatus[row.status]
                    : m.scoreOf(row.score ?? m.notAvailable, row.weight ?? m.notAvailable)}
                </span>
              </button>
              {isOpen ? (
                <div id={detailsId}>
                  <Details row={row} onGoTo={props.onGoTo} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {totalHow ? <Caption1 className={styles.total}>{m.totalHow(totalHow)}</Caption1> : null}
    </section>
  );
}
