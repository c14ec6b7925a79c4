import { useId } from 'react';
import { Caption1, Caption1Strong, CounterBadge, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useMessages } from '../i18n/useMessages';
import { FindingItem } from './FindingItem';
import { FindingsNav } from './FindingsNav';
import type { SeverityGroup } from './findingsModel';

const useStyles = makeStyles({
  heading: { margin: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  severity: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  severityHeading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: '2px' },
  groupHeading: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXS} 0 0`,
    overflowWrap: 'anywhere',
  },
  row: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
});

const COLORS = { error: 'danger', warning: 'important', info: 'informative' } as const;

/**
 * The findings, grouped by severity and then by indicator (the table's own findings in one
 * group). Clicking one goes to its cell and makes it the current finding.
 */
export function FindingsList(props: {
  groups: readonly SeverityGroup[];
  total: number;
  current: number | null;
  onSelect: (index: number) => void;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const m = useMessages();
  const styles = useStyles();
  const titleId = useId();
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h2" className={styles.heading} id={titleId}>
        {m.findingsTitle}
      </Subtitle2>
      {props.total === 0 ? (
        <Caption1>{m.noFindings}</Caption1>
      ) : (
        <FindingsNav current={props.current} total={props.total} onPrevious={props.onPrevious} onNext={props.onNext} />
      )}
      {props.groups.map((s) => (
        <section key={s.severity} className={styles.severity} aria-labelledby={`${titleId}-${s.severity}`} data-severity={s.severity}>
          <h3 className={styles.severityHeading} id={`${titleId}-${s.severity}`}>
            <CounterBadge count={s.count} overflowCount={999} color={COLORS[s.severity]} size="small" aria-hidden />
            <Subtitle2>{m.severities[s.severity]}</Subtitle2>
          </h3>
          {s.groups.map((g, gi) => (
            <div key={g.key} className={styles.group} role="group" aria-labelledby={`${titleId}-${s.severity}-${gi}`}>
              <h4 className={styles.groupHeading} id={`${titleId}-${s.severity}-${gi}`}>
                <Caption1Strong>{g.indicator ?? m.sheetGroup}</Caption1Strong>
                {g.row !== null ? <Caption1 className={styles.row}>{m.rowLabel(g.row)}</Caption1> : null}
              </h4>
              <ul className={styles.list}>
                {g.findings.map((f) => (
                  <li key={f.index}>
                    <FindingItem issue={f.issue} current={props.current === f.index} onSelect={() => props.onSelect(f.index)} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
