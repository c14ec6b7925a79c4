import { useEffect, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
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
  const shown = percentOf(props.fraction);
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);

  const percent = draft.trim() === '' ? NaN : Number(draft);
  const valid = Number.isFinite(percent) && percent >= props.min && percent <= props.max;

  const commit = () => {
    if (!valid) return;
    const fraction = fractionOf(percent);
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

/**
 * 1.2 → "120", 0.9 → "90": the percent as typed, without binary noise (1.2 × 100 is
 * 120.00000000000001 in floating point). Settings hold at most a few decimals.
 */
export function percentOf(fraction: number): string {
  return String(Number((fraction * 100).toPrecision(12)));
}

/** 120 → 1.2: the nearest double to the decimal fraction, as decimal division would give it. */
export function fractionOf(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}
