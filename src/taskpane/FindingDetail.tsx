import { useEffect, useId, useState } from 'react';
import { Button, Caption1, Caption1Strong, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { REASON_MAX } from '../app/acceptedFindings';
import type { Issue } from '../core/report/reportSchema';
import type { RuleMeta } from '../core/rules/ruleMeta';
import { useMessages, useUiLocale } from '../i18n/useMessages';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  message: { margin: 0, overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  why: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  text: { margin: 0 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/**
 * The current finding in full, with "为什么？" (from the rule catalogue: why a reviewer cares and
 * how to fix it) and "已知，保留" (accept it with a short reason, stored in the workbook).
 */
export function FindingDetail(props: { issue: Issue; meta: RuleMeta | null; busy: boolean; onAccept: (reason: string) => void }) {
  const m = useMessages();
  const locale = useUiLocale();
  const styles = useStyles();
  const id = useId();
  const [whyOpen, setWhyOpen] = useState(false);
  const [accepting, setAccepting] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const { issue, meta } = props;
  // Another finding: start closed.
  useEffect(() => {
    setWhyOpen(false);
    setAccepting(false);
    setReason('');
    setTried(false);
  }, [issue]);
  const valid = reason.trim() !== '';

  return (
    <section className={styles.card} aria-labelledby={`${id}-title`} data-testid="finding-detail" data-current-rule={issue.rule}>
      <Caption1Strong id={`${id}-title`}>
        {m.currentFinding}
        {issue.cell ? (
          <>
            {' · '}
            <span className={styles.cell}>{issue.cell}</span>
          </>
        ) : null}
      </Caption1Strong>
      <p className={styles.message}>{issue.message}</p>
      <div className={styles.actions}>
        {meta ? (
          <Button size="small" appearance="secondary" aria-expanded={whyOpen} aria-controls={whyOpen ? `${id}-why` : undefined} onClick={() => setWhyOpen((o) => !o)}>
            {m.why}
          </Button>
        ) : null}
        <Button size="small" appearance="secondary" disabled={props.busy} aria-expanded={accepting} onClick={() => setAccepting((o) => !o)}>
          {m.accept}
        </Button>
      </div>
      {whyOpen && meta ? (
        <div className={styles.why} id={`${id}-why`} data-testid="why">
          <Caption1Strong>{meta.title[locale]}</Caption1Strong>
          <Caption1 as="p" className={styles.text}>
            {m.labelled(m.whyTitle, meta.why[locale])}
          </Caption1>
          <Caption1 as="p" className={styles.text}>
            {m.labelled(m.fixTitle, meta.fix[locale])}
          </Caption1>
        </div>
      ) : null}
      {accepting ? (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (valid && !props.busy) props.onAccept(reason.trim());
          }}
        >
          <Field label={m.acceptReason} validationMessage={tried && !valid ? m.reasonRequired : undefined} validationState={tried && !valid ? 'error' : 'none'}>
            <Input value={reason} maxLength={REASON_MAX} placeholder={m.acceptReasonPlaceholder} onChange={(_, d) => setReason(d.value)} autoFocus />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" size="small" appearance="primary" disabled={props.busy}>
              {m.acceptConfirm}
            </Button>
            <Button size="small" appearance="transparent" onClick={() => setAccepting(false)}>
              {m.cancel}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
