import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { AcceptedIssue } from '../app/acceptedFindings';
import type { FormView } from '../app/present/presentForms';
import type { Issue } from '../core/report/reportSchema';
import { useMessages, useUiLocale } from '../i18n/useMessages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    color: '#000000',
    backgroundColor: '#ffffff',
    padding: tokens.spacingHorizontalS,
    fontSize: '12px',
    lineHeight: '18px',
    minWidth: 0,
  },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS },
  h1: { fontSize: '16px', lineHeight: '22px', margin: 0, overflowWrap: 'anywhere' },
  h2: { fontSize: '14px', lineHeight: '20px', margin: `${tokens.spacingVerticalS} 0 0` },
  p: { margin: 0, overflowWrap: 'anywhere' },
  table: { width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse' },
  th: { borderBottom: '1px solid #000000', textAlign: 'start', fontWeight: 600, padding: '2px 4px', overflowWrap: 'anywhere' },
  td: { borderBottom: '1px solid #c8c8c8', padding: '2px 4px', verticalAlign: 'top', overflowWrap: 'anywhere' },
  how: { color: '#444444', paddingBlockEnd: '4px' },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  list: { margin: 0, paddingInlineStart: '1.6em', display: 'flex', flexDirection: 'column', gap: '2px' },
  li: { overflowWrap: 'anywhere' },
});

/**
 * Only the print view is printed: everything else on the page (the pane's controls, the
 * preview's sheet) is hidden in print, and the view takes the page's width.
 */
const PRINT_CSS = `@media print {
  body * { visibility: hidden !important; }
  [data-print-view], [data-print-view] * { visibility: visible !important; }
  [data-print-view] { position: absolute; left: 0; top: 0; width: 100%; }
  [data-print-hide] { display: none !important; }
}`;

/**
 * 打印视图: the check's results in black on white, as a clerk would file them or hand them to the
 * reviewer — the form, total and counts, the scores with how each was computed, every open
 * finding with its cell, and the accepted ones with their reasons.
 */
export function PrintView(props: {
  sheet: string;
  forms: readonly FormView[];
  issues: readonly Issue[];
  accepted: readonly AcceptedIssue[];
  checkedAt: Date;
  onClose: () => void;
}) {
  const m = useMessages();
  const locale = useUiLocale();
  const styles = useStyles();
  const c = m.scoreColumns;
  const canPrint = typeof window.print === 'function';
  return (
    <article className={styles.root} data-print-view="" data-testid="print-view" aria-label={m.printView}>
      <style>{PRINT_CSS}</style>
      <div className={styles.bar} data-print-hide="">
        {canPrint ? (
          <Button size="small" appearance="primary" onClick={() => window.print()}>
            {m.print}
          </Button>
        ) : null}
        <Button size="small" onClick={props.onClose}>
          {m.closePrint}
        </Button>
      </div>
      <h1 className={styles.h1}>{m.printTitle(props.sheet)}</h1>
      <p className={styles.p}>{m.printedAt(props.checkedAt.toLocaleString(locale))}</p>
      {props.forms.map((f) => (
        <section key={f.index}>
          {props.forms.length > 1 ? <h2 className={styles.h2}>{m.formOfSheet(f.index + 1, f.range)}</h2> : null}
          {f.project ? <p className={styles.p}>{m.labelled(m.project, f.project)}</p> : null}
          <p className={styles.p}>{m.labelled(m.formKind, m.formKinds[f.kind])}</p>
          {f.funds ? <p className={styles.p}>{m.labelled(m.funds, m.fundsAmounts(f.funds.budget, f.funds.received, f.funds.executed))}</p> : null}
          <p className={styles.p}>
            {m.labelled(m.executionRate, f.executionRate ?? m.notAvailable)}
            {m.countsSeparator}
            {m.labelled(m.totalScore, m.scoreOf(f.total.score ?? m.notAvailable, f.total.weight ?? m.notAvailable))}
            {f.total.grade ? ` ${m.grades[f.total.grade]}` : ''}
          </p>
          <p className={styles.p}>{(['error', 'warning', 'info'] as const).map((k) => m.severityCount(m.severities[k], f.counts[k])).join(m.countsSeparator)}</p>
          {f.breakdown.rows.length > 0 ? (
            <>
              <h2 className={styles.h2}>{m.scoresTitle}</h2>
              <table className={styles.table}>
                <colgroup>
                  <col style={{ width: '40%' }} />
                  <col style={{ width: '20%' }} />
                  <col style={{ width: '20%' }} />
                  <col style={{ width: '20%' }} />
                </colgroup>
                <thead>
                  <tr>
                    <th className={styles.th}>{c.name}</th>
                    <th className={styles.th}>{c.target}</th>
                    <th className={styles.th}>{c.actual}</th>
                    <th className={styles.th}>{c.score}</th>
                  </tr>
                </thead>
                <tbody>
                  {f.breakdown.rows.flatMap((r) => [
                    <tr key={`${r.key}-v`}>
                      <td className={styles.td}>{r.name}</td>
                      <td className={styles.td}>{r.target ?? ''}</td>
                      <td className={styles.td}>{r.actual ?? ''}</td>
                      <td className={`${styles.td} ${styles.num}`}>{m.scoreOf(r.score ?? m.notAvailable, r.weight ?? m.notAvailable)}</td>
                    </tr>,
                    <tr key={`${r.key}-h`}>
                      <td className={`${styles.td} ${styles.how}`} colSpan={4}>
                        {r.stated ? m.withStated(r.how, r.stated) : r.how}
                      </td>
                    </tr>,
                  ])}
                </tbody>
              </table>
              {f.breakdown.totalHow ? <p className={styles.p}>{m.totalHow(f.breakdown.totalHow)}</p> : null}
            </>
          ) : null}
        </section>
      ))}
      <section>
        <h2 className={styles.h2}>{m.findingsTitle}</h2>
        {props.issues.length === 0 ? (
          <p className={styles.p}>{m.noFindings}</p>
        ) : (
          <ol className={styles.list}>
            {props.issues.map((i, n) => (
              <li key={n} className={styles.li}>
                {m.printFinding(m.severities[i.severity], i.cell, i.message)}
              </li>
            ))}
          </ol>
        )}
      </section>
      {props.accepted.length > 0 ? (
        <section>
          <h2 className={styles.h2}>{m.acceptedTitle(props.accepted.length)}</h2>
          <ol className={styles.list}>
            {props.accepted.map((a, n) => (
              <li key={n} className={styles.li}>
                {m.printAccepted(a.issue.cell, a.issue.message, a.accepted.reason)}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
