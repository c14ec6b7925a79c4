import { useId } from 'react';
import { Badge, CounterBadge, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import type { FormView } from '../app/present/presentForms';
import { POLICY_IDS, PolicyId } from '../core/report/settingsValues';
import { useMessages } from '../i18n/useMessages';
import { useSelectStyles } from './selectStyles';

const useStyles = makeStyles({
  heading: { margin: 0, overflowWrap: 'anywhere' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  facts: {
    display: 'grid',
    // Labels take what they need up to 9em (English labels are long at 320 px); values the rest.
    gridTemplateColumns: 'minmax(auto, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    alignItems: 'baseline',
  },
  term: { color: tokens.colorNeutralForeground3, maxWidth: '9em', overflowWrap: 'anywhere' },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  policy: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  policyLabel: { color: tokens.colorNeutralForeground3 },
  score: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grade: { whiteSpace: 'nowrap', flexShrink: 0 },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, listStyleType: 'none', margin: 0, padding: 0 },
  count: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

const COUNT_COLORS = { error: 'danger', warning: 'important', info: 'informative' } as const;

/**
 * One form at a glance: kind, policy (with the override), execution rate, total and grade, the
 * results left to write, and the number of open findings by severity — a zero shows as a
 * neutral badge, never a red one. The numbers are the engine's, formatted by the presenters.
 */
export function SummaryCard(props: {
  sheet: string;
  form: FormView;
  /** How many forms the sheet holds: with more than one, the card names its range. */
  formsOnSheet: number;
  policyOverride: PolicyId | null;
  disabled: boolean;
  onPolicyChange: (policy: PolicyId | null) => void;
}) {
  const m = useMessages();
  const styles = useStyles();
  const titleId = useId();
  const selectStyles = useSelectStyles();
  const { form } = props;
  const na = m.notAvailable;

  return (
    <section className={styles.card} aria-labelledby={titleId} data-testid="summary">
      <Subtitle2 as="h2" className={styles.heading} id={titleId}>
        {props.formsOnSheet > 1 ? `${m.summaryTitle} · ${m.formOfSheet(form.index + 1, form.range)}` : m.summaryTitle}
      </Subtitle2>
      <dl className={styles.facts}>
        <dt className={styles.term}>{m.sheet}</dt>
        <dd className={styles.value}>{props.sheet}</dd>
        {form.project ? (
          <>
            <dt className={styles.term}>{m.project}</dt>
            <dd className={styles.value}>{form.project}</dd>
          </>
        ) : null}
        <dt className={styles.term}>{m.formKind}</dt>
        <dd className={styles.value}>{m.formKinds[form.kind]}</dd>
        <dt className={styles.term}>{m.executionRate}</dt>
        <dd className={styles.value} data-testid="execution-rate">
          {form.executionRate ?? na}
        </dd>
        {form.funds ? (
          <>
            <dt className={styles.term}>{m.funds}</dt>
            <dd className={styles.value} data-testid="funds">
              {m.fundsAmounts(form.funds.budget, form.funds.received, form.funds.executed)}
            </dd>
          </>
        ) : null}
        <dt className={styles.term}>{m.totalScore}</dt>
        <dd className={styles.value}>
          <span className={styles.score}>
            <span data-testid="total-score">{m.scoreOf(form.total.score ?? na, form.total.weight ?? na)}</span>
            {form.total.grade ? (
              <Badge className={styles.grade} appearance="tint" color={form.total.grade === '差' ? 'danger' : 'brand'} data-testid="grade">
                {m.grades[form.total.grade]}
              </Badge>
            ) : null}
          </span>
        </dd>
        <dt className={styles.term}>{m.writeResults}</dt>
        <dd className={styles.value} data-testid="pending-writes">
          {form.writes > 0 ? m.pendingWrites(form.writes) : m.noWrites}
        </dd>
      </dl>
      {/* The policy on a row of its own: its longest option must fit at 320 px. */}
      <div className={styles.policy}>
        <label className={styles.policyLabel} htmlFor={`${titleId}-policy`}>
          {m.policy}
        </label>
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
      </div>
      <ul className={styles.counts} aria-label={m.countsLabel}>
        {(['error', 'warning', 'info'] as const).map((severity) => (
          <li key={severity} className={styles.count} aria-label={m.severityCount(m.severities[severity], form.counts[severity])} data-severity-count={severity}>
            <CounterBadge
              count={form.counts[severity]}
              showZero
              overflowCount={999}
              color={form.counts[severity] === 0 ? 'informative' : COUNT_COLORS[severity]}
              appearance={form.counts[severity] === 0 ? 'ghost' : 'filled'}
              size="small"
              aria-hidden
              data-zero={form.counts[severity] === 0 ? 'true' : undefined}
            />
            <span aria-hidden>{m.severities[severity]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
