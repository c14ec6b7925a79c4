import { DEFAULT_SETTINGS as SCHEMA_DEFAULTS, parseSettings, Settings } from '../../src/core/report/settingsSchema';
import { DEFAULT_SETTINGS, SettingsValues } from '../../src/core/report/settingsValues';

describe('settings values without zod (for the task pane’s first bundle)', () => {
  it('are the schema’s defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual(SCHEMA_DEFAULTS);
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('have the schema’s shape, both ways', () => {
    const a: SettingsValues = parseSettings({});
    const b: Settings = { ...DEFAULT_SETTINGS };
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  });
});
