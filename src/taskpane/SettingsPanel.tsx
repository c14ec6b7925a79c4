import { useId } from 'react';
import { Button, Field, makeStyles, Select, Subtitle2, Switch, tokens } from '@fluentui/react-components';
import type { Settings } from '../core/report/settingsSchema';
import { POLICY_IDS, PolicyId } from '../core/report/settingsValues';
import { useMessages } from '../i18n/useMessages';
import { useSelectStyles } from './selectStyles';
import { PercentField } from './PercentField';

const useStyles = makeStyles({
  heading: { margin: 0 },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  done: { alignSelf: 'flex-end' },
});

/**
 * The settings a person can change; every change is saved in the document at once (saveSettings)
 * and a report on screen is checked again with it. Limits are the settings schema's.
 */
export function SettingsPanel(props: {
  settings: Settings;
  disabled: boolean;
  onChange: (patch: Partial<Settings>) => void;
  onClose: () => void;
}) {
  const m = useMessages();
  const styles = useStyles();
  const titleId = useId();
  const selectStyles = useSelectStyles();
  const { settings, disabled } = props;
  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <Subtitle2 as="h2" className={styles.heading} id={titleId}>
        {m.settingsTitle}
      </Subtitle2>
      <Field label={m.policyOverride}>
        <Select
            className={selectStyles.root}
            select={{ className: selectStyles.select }}
          disabled={disabled}
          value={settings.policy ?? ''}
          onChange={(_, data) => props.onChange({ policy: data.value === '' ? null : (data.value as PolicyId) })}
        >
          <option value="">{m.policyAuto(null)}</option>
          {POLICY_IDS.map((p) => (
            <option key={p} value={p}>
              {m.policies[p]}
            </option>
          ))}
        </Select>
      </Field>
      <PercentField
        label={m.overAchievementThreshold}
        hint={m.overAchievementHint}
        fraction={settings.overAchievementThreshold}
        min={100}
        max={1000}
        disabled={disabled}
        onCommit={(overAchievementThreshold) => props.onChange({ overAchievementThreshold })}
      />
      <PercentField
        label={m.lowExecutionThreshold}
        hint={m.lowExecutionHint}
        fraction={settings.lowExecutionThreshold}
        min={0}
        max={100}
        disabled={disabled}
        onCommit={(lowExecutionThreshold) => props.onChange({ lowExecutionThreshold })}
      />
      <Field hint={m.overwriteStatedHint}>
        <Switch
          label={m.overwriteStated}
          checked={settings.overwriteStated}
          disabled={disabled}
          onChange={(_, data) => props.onChange({ overwriteStated: data.checked })}
        />
      </Field>
      <Field label={m.lowerIsBetter}>
        <Select
            className={selectStyles.root}
            select={{ className: selectStyles.select }}
          disabled={disabled}
          value={settings.lowerIsBetter}
          onChange={(_, data) => props.onChange({ lowerIsBetter: data.value === 'linear' ? 'linear' : 'ratio' })}
        >
          <option value="ratio">{m.lowerIsBetterRatio}</option>
          <option value="linear">{m.lowerIsBetterLinear}</option>
        </Select>
      </Field>
      <Button className={styles.done} size="small" onClick={props.onClose}>
        {m.closeSettings}
      </Button>
    </section>
  );
}
