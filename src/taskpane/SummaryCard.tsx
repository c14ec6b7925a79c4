import { useId } from 'react';
import { Badge, CounterBadge, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { dec, formatNumber, formatPercentFixed } from '../core/compute/decimal';
import type { SheetReport } from '../core/report/reportSchema';
import { POLICY_IDS, PolicyId } from '../core/report/settingsValues';
import { useMessages } from '../i18n/useMessages';
import { useSelectStyles } from './selectStyles';

const useStyles = makeStyles({
  heading: { margin: 0 },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  facts: {
    display: 'grid',
    // Labels wrap at 9em (English labels are long at 320 px); values take the rest.
    gridTemplateColumns: 'minmax(auto, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    alignItems: 'center',
  },
  term: { color: tokens.colorNeutralForeground3, maxWidth: '9em' },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  score: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grade: { whiteSpace: 'nowrap', flexShrink: 0 },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, listStyleType: 'none', margin: 0, padding: 0 },
  count: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

const COUNT_COLORS = { error: 'danger', warning: 'important', info: 'informative' } as const;

/**
 * The report at a glance: form, policy (with the override), execution rate, total and grade, and
 * the number of findings by severity. The numbers are the engine's, formatted for display.
 */
export function SummaryCard(props: {
  report: SheetReport;
  form: NonNullable<SheetReport['form']>;
  policyOverride: PolicyId | null;
  disabled: boolean;
  onPolicyChange: (policy: PolicyId | null) => void;
}) {
  const m = useMessages();
  const styles = useStyles();
  const titleId = useId();
  const selectStyles = useSelectStyles();
  const { report, form } = props;
  const rate = report.budget?.rate ?? null;
  const total = report.total;
  const num = (x: number | null | undefined) => (x === null || x === undefined ? m.notAvailable : formatNumber(dec(x)));
  const counts = { error: report.summary.errors, warning: report.summary.warnings, info: report.summary.infos };

  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <Subtitle2 as="h2" className={styles.heading} id={titleId}>
        {m.summaryTitle}
      </Subtitle2>
      <dl className={styles.facts}>
        <dt className={styles.term}>{m.sheet}</dt>
        <dd className={styles.value}>{report.sheet}</dd>
        {report.project?.name ? (
          <>
            <dt className={styles.term}>{m.project}</dt>
            <dd className={styles.value}>{report.project.name}</dd>
          </>
        ) : null}
        <dt className={styles.term}>{m.formKind}</dt>
        <dd className={styles.value}>{m.formKinds[form.kind]}</dd>
        <dt className={styles.term}>
          <label htmlFor={`${titleId}-policy`}>{m.policy}</label>
        </dt>
        <dd className={styles.value}>
          <Select
            className={selectStyles.root}
            select={{ className: selectStyles.select }}
            id={`${titleId}-policy`}
            size="small"
            disabled={props.disabled}
            value={props.policyOverride ?? ''}
            onChange={(_, data) => props.onPolicyChange(data.value === '' ? null : (data.value as PolicyId))}
          >
            <option value="">{m.policyAuto(props.policyOverride ? null : m.policies[form.policy])}</option>
            {POLICY_IDS.map((p) => (
              <option key={p} value={p}>
                {m.policies[p]}
              </option>
            ))}
          </Select>
        </dd>
        <dt className={styles.term}>{m.executionRate}</dt>
        <dd className={styles.value} data-testid="execution-rate">
          {rate === null ? m.notAvailable : formatPercentFixed(dec(rate))}
        </dd>
        <dt className={styles.term}>{m.totalScore}</dt>
        <dd className={styles.value}>
          <span className={styles.score}>
            <span data-testid="total-score">{m.scoreOf(num(total?.score), num(total?.weight))}</span>
            {total?.grade ? (
              <Badge className={styles.grade} appearance="tint" color={total.grade === '差' ? 'danger' : 'brand'} data-testid="grade">
                {m.grades[total.grade]}
              </Badge>
            ) : null}
          </span>
        </dd>
        <dt className={styles.term}>{m.writeResults}</dt>
        <dd className={styles.value}>{report.writes.length > 0 ? m.pendingWrites(report.writes.length) : m.noWrites}</dd>
      </dl>
      <ul className={styles.counts} aria-label={m.countsLabel}>
        {(['error', 'warning', 'info'] as const).map((severity) => (
          <li key={severity} className={styles.count} aria-label={m.severityCount(m.severities[severity], counts[severity])}>
            <CounterBadge count={counts[severity]} showZero overflowCount={999} color={COUNT_COLORS[severity]} size="small" aria-hidden />
            <span aria-hidden>{m.severities[severity]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
