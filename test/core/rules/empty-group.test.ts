import { check, expectNoIssue, theIssue } from '../../support/issues';
import { DEFAULT_INDICATORS, IndicatorSpec, nationalForm } from '../../support/nationalForm';

/** rules.md `empty-group` (info): a second-level group with no indicator. */
describe('empty-group', () => {
  const group = (level1: string, level2: string): IndicatorSpec => ({ level1, level2, name: null as unknown as string, target: null, actual: null, weight: null, score: null });

  it('fires on 效益指标 / 经济效益指标 left without an indicator, naming both levels', () => {
    const list = [...DEFAULT_INDICATORS.slice(0, 4), group('效益指标', '经济效益指标'), ...DEFAULT_INDICATORS.slice(4)];
    const f = nationalForm({ indicators: list });
    const i = theIssue(check(f.grid), 'empty-group', f.at.indicator(4, 'level2'));
    expect(i.severity).toBe('info');
    expect(i.message).toContain('效益指标');
    expect(i.message).toContain('经济效益指标');
  });

  it('near miss: every group has an indicator', () => {
    expectNoIssue(check(nationalForm().grid), 'empty-group');
  });

  it('fires on a group whose row holds only a stray 得分 0 (no name, target or actual)', () => {
    const list = [...DEFAULT_INDICATORS.slice(0, 4), { ...group('效益指标', '生态效益指标'), score: 0 }, ...DEFAULT_INDICATORS.slice(4)];
    const f = nationalForm({ indicators: list });
    const r = check(f.grid);
    expect(theIssue(r, 'empty-group', f.at.indicator(4, 'level2')).severity).toBe('info');
    expect(r.issues.filter((i) => i.rule === 'indicator-field-empty')).toEqual([]);
  });

  it('near miss: a nameless row with a target is an indicator with its name missing', () => {
    const list = [...DEFAULT_INDICATORS.slice(0, 4), { ...group('效益指标', '生态效益指标'), target: '≥5个', score: 0 }, ...DEFAULT_INDICATORS.slice(4)];
    const f = nationalForm({ indicators: list });
    expectNoIssue(check(f.grid), 'empty-group', f.at.indicator(4, 'level2'));
  });
});
