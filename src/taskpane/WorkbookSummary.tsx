import { useId } from 'react';
import { Button, Caption1, CounterBadge, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { WorkbookCheck } from '../app/useCases';
import { useMessages } from '../i18n/useMessages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  sheet: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    minWidth: 0,
    height: 'auto',
    paddingBlock: tokens.spacingVerticalXS,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', minWidth: 0 },
  counts: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  none: { color: tokens.colorNeutralForeground3, paddingInline: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  skipped: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

const COLORS = { error: 'danger', warning: 'important', info: 'informative' } as const;

/**
 * 全部工作表: every visible sheet holding a form, with its open findings by severity; a click goes
 * to that sheet and checks it. Sheets without a form are named on one line; hidden ones not read.
 */
export function WorkbookSummary(props: { workbook: WorkbookCheck; disabled: boolean; onOpen: (sheetId: string, address: string) => void }) {
  const m = useMessages();
  const styles = useStyles();
  const titleId = useId();
  const { workbook } = props;
  const withForms = workbook.sheets.filter((s) => s.reports.length > 0);
  const without = workbook.sheets.filter((s) => s.reports.length === 0);
  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="workbook">
      <Subtitle2 as="h2" className={styles.heading} id={titleId}>
        {m.workbookTitle}
      </Subtitle2>
      {withForms.length > 0 ? (
        <ul className={styles.list}>
          {withForms.map((s) => {
            const c = s.reports.reduce((x, r) => ({ e: x.e + r.summary.errors, w: x.w + r.summary.warnings, i: x.i + r.summary.infos }), { e: 0, w: 0, i: 0 });
            const counts = { error: c.e, warning: c.w, info: c.i };
            const first = s.reports[0].form!.range.split(':')[0];
            return (
              <li key={s.sheetId} data-workbook-sheet={s.name}>
                <Button
                  className={styles.sheet}
                  appearance="subtle"
                  size="small"
                  disabled={props.disabled}
                  aria-label={m.goToSheetWithCounts(s.name, (['error', 'warning', 'info'] as const).map((k) => m.severityCount(m.severities[k], counts[k])).join(m.countsSeparator))}
                  onClick={() => props.onOpen(s.sheetId, first)}
                >
                  <span className={styles.name}>
                    {s.name}
                    {s.sheetId === workbook.activeSheetId ? m.activeSheetMark : ''}
                  </span>
                  <Caption1>{m.workbookForms(s.reports.length)}</Caption1>
                  <span className={styles.counts} aria-hidden>
                    {(['error', 'warning', 'info'] as const).map((k) => (
                      <CounterBadge
                        key={k}
                        count={counts[k]}
                        showZero
                        size="small"
                        color={counts[k] === 0 ? 'informative' : COLORS[k]}
                        appearance={counts[k] === 0 ? 'ghost' : 'filled'}
                      />
                    ))}
                  </span>
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <Caption1 className={styles.none}>{m.noFormsInWorkbook}</Caption1>
      )}
      {without.length > 0 ? <Caption1 className={styles.none}>{m.workbookWithout(without.map((s) => s.name).join(m.listSeparator))}</Caption1> : null}
      {workbook.skipped.length > 0 ? <Caption1 className={styles.skipped}>{m.workbookSkipped(workbook.skipped.map((s) => s.sheet).join(m.listSeparator))}</Caption1> : null}
    </section>
  );
}
