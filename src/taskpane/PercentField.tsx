import { useEffect, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { dec } from '../core/compute/decimal';
import { useMessages } from '../i18n/useMessages';

/** A fraction setting edited as a percent (1.2 ↔ 120); committed on blur or Enter when in range. */
export function PercentField(props: {
  label: string;
  hint: string;
  fraction: number;
  /** Allowed percents, inclusive. */
  min: number;
  max: number;
  disabled: boolean;
  onCommit: (fraction: number) => void;
}) {
  const m = useMessages();
  const shown = dec(props.fraction).times(100).toString();
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);

  const percent = draft.trim() === '' ? NaN : Number(draft);
  const valid = Number.isFinite(percent) && percent >= props.min && percent <= props.max;

  const commit = () => {
    if (!valid) return;
    const fraction = dec(percent).dividedBy(100).toNumber();
    if (fraction !== props.fraction) props.onCommit(fraction);
  };

  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationMessage={valid ? undefined : m.numberOutOfRange(props.min, props.max)}
      validationState={valid ? 'none' : 'error'}
    >
      <Input
        type="number"
        inputMode="decimal"
        min={props.min}
        max={props.max}
        step={1}
        value={draft}
        disabled={props.disabled}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}
