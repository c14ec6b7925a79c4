import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { SheetReport } from '../core/report/reportSchema';
import type { WorkbookCheck } from '../app/useCases';
import { useMessages } from '../i18n/useMessages';

const useStyles = makeStyles({
  text: { margin: `${tokens.spacingVerticalXS} 0`, overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  go: { justifyContent: 'flex-start', textAlign: 'start', height: 'auto', minWidth: 0, overflowWrap: 'anywhere' },
});

/**
 * The checked sheet holds no self-evaluation form: the engine's form-not-found message (what it
 * looked for), what to do, and — when the workbook was read — which sheets do hold one.
 */
export function NoFormMessage(props: { report: SheetReport; workbook: WorkbookCheck | null; disabled: boolean; onOpen: (sheetId: string, address: string) => void }) {
  const m = useMessages();
  const styles = useStyles();
  const engineText = props.report.issues.find((i) => i.rule === 'form-not-found')?.message ?? null;
  const elsewhere = props.workbook?.sheets.filter((s) => s.reports.length > 0) ?? [];
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="no-form">
      <MessageBarBody>
        <MessageBarTitle>{m.noFormTitle}</MessageBarTitle>
        {engineText ? <p className={styles.text}>{engineText}</p> : null}
        {elsewhere.length > 0 ? (
          <>
            <p className={styles.text}>{m.formsElsewhere}</p>
            <ul className={styles.list}>
              {elsewhere.map((s) => (
                <li key={s.sheetId}>
                  <Button className={styles.go} size="small" appearance="transparent" disabled={props.disabled} onClick={() => props.onOpen(s.sheetId, s.reports[0].form!.range.split(':')[0])}>
                    {m.goToSheet(s.name)}
                  </Button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            {props.workbook ? <p className={styles.text}>{m.noFormsInWorkbook}</p> : null}
            <p className={styles.text}>{m.noFormHint}</p>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
