import { useState } from 'react';
import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useMessages } from '../i18n/useMessages';
import { useSelectStyles } from './selectStyles';
import { PanelFrame } from './PanelFrame';

/** The most rows one 插入指标行 adds (the engine allows more; a form never needs them at once). */
const MAX_ROWS = 50;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', justifyContent: 'flex-end' },
});

export interface IndicatorRowOption {
  row: number;
  name: string;
}

/**
 * 插入指标行: the indicator row to insert after (the current finding's row by default, else the
 * last one) and how many rows.
 */
export function InsertRowsPanel(props: {
  id: string;
  indicators: readonly IndicatorRowOption[];
  defaultRow: number | null;
  disabled: boolean;
  onInsert: (afterRow: number, count: number) => void;
  onClose: () => void;
}) {
  const m = useMessages();
  const styles = useStyles();
  const selectStyles = useSelectStyles();
  const fallback = props.indicators.some((i) => i.row === props.defaultRow) ? props.defaultRow : (props.indicators.at(-1)?.row ?? null);
  const [row, setRow] = useState<number | null>(fallback);
  const [count, setCount] = useState('1');
  const n = Number(count);
  const countValid = count.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= MAX_ROWS;

  return (
    <PanelFrame id={props.id} title={m.insertRowsTitle} onClose={props.onClose}>
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          if (!props.disabled && row !== null && countValid) props.onInsert(row, n);
        }}
      >
        <Field label={m.insertAfter}>
          <Select className={selectStyles.root} select={{ className: selectStyles.select }} value={row === null ? '' : String(row)} onChange={(_, data) => setRow(Number(data.value))}>
            {props.indicators.map((i) => (
              <option key={i.row} value={String(i.row)}>
                {m.indicatorOption(i.row, i.name)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={m.rowCount} validationMessage={countValid ? undefined : m.numberOutOfRange(1, MAX_ROWS)}>
          <Input type="number" min={1} max={MAX_ROWS} step={1} value={count} onChange={(_, data) => setCount(data.value)} />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" size="small" disabled={props.disabled || row === null || !countValid}>
            {m.insert}
          </Button>
        </div>
      </form>
    </PanelFrame>
  );
}
