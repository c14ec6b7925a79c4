import { check, expectNoIssue, theIssue } from '../../support/issues';
import { DEFAULT_INDICATORS, IndicatorSpec, nationalForm, withIndicator } from '../../support/nationalForm';

/**
 * rules.md `placeholder-text` (warning): template prompts left in — `指标1：`/`指标2` as names,
 * `……`, `(100字以内)`, `(200字以内)`, `结合自评情况`, `对照年度目标，说明`.
 */
describe('placeholder-text', () => {
  const templateRow = (name: string): IndicatorSpec => ({ level1: '满意度指标', level2: '服务对象满意度指标', name, target: null, actual: null, weight: null, score: null });

  it.each(['指标2：', '指标1:', '指标2', '……', '指标1：/'])('fires on a template row named %s left in', (name) => {
    const f = nationalForm({ indicators: [...DEFAULT_INDICATORS, templateRow(name)] });
    const at = f.at.indicator(DEFAULT_INDICATORS.length, 'name');
    const i = theIssue(check(f.grid), 'placeholder-text', at);
    expect(i.severity).toBe('warning');
    expect(i.message).toContain(name);
  });

  it('fires on 指标1： used as the name of a filled-in row', () => {
    const f = nationalForm({ indicators: withIndicator(0, { name: '指标1：' }) });
    expect(theIssue(check(f.grid), 'placeholder-text', f.at.indicator(0, 'name')).severity).toBe('warning');
  });

  it.each([
    ['（100字以内）', 'full-width brackets'],
    ['完成供水管网125公里。(200字以内)', 'after real text'],
  ])('fires on %s in a narrative (%s)', (text) => {
    const f = nationalForm({ goalActual: text });
    const i = theIssue(check(f.grid), 'placeholder-text', f.at.goalActual);
    expect(i.severity).toBe('warning');
    expect(i.message).toMatch(/\d00字以内/);
  });

  it.each(['结合自评情况，分析偏差原因及改进措施', '对照年度目标，说明未完成原因'])('fires on the prompt %s in a deviation cell', (text) => {
    const f = nationalForm({ indicators: withIndicator(0, { deviation: text }) });
    expect(theIssue(check(f.grid), 'placeholder-text', f.at.indicator(0, 'deviation')).severity).toBe('warning');
  });

  it('near miss: a real name that starts with 指标', () => {
    const f = nationalForm({ indicators: withIndicator(1, { name: '指标体系建设完成率' }) });
    expectNoIssue(check(f.grid), 'placeholder-text');
  });

  it('near miss: 100字 without the template brackets, and 对照年度目标 without 说明', () => {
    const f = nationalForm({ goalActual: '全年简报控制在100字以内，对照年度目标全部完成' });
    expectNoIssue(check(f.grid), 'placeholder-text');
  });
});
