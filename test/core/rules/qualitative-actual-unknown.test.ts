import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/**
 * rules.md `qualitative-actual-unknown` (warning): a qualitative actual that is none of the band
 * words (met: 达成年度指标, 达成预期指标, 达成 / 完成 / 已完成 / 达到 / 达标 / 是 / 合格; partly:
 * 部分达成年度指标并具有一定效果, 部分达成预期指标, 部分达成, 基本完成, 基本达成; not met:
 * 未达成年度指标且效果较差, 未达成预期指标, 未达成, 未完成, 否).
 */
describe('qualitative-actual-unknown', () => {
  const withActual = (actual: string) => nationalForm({ indicators: withIndicator(5, { actual }) });

  it.each(['效果良好', '良好', '显著'])('fires on %p, naming the indicator and quoting it', (actual) => {
    const f = withActual(actual);
    const i = theIssue(check(f.grid), 'qualitative-actual-unknown', f.at.indicator(5, 'actual'));
    expect(i).toMatchObject({ severity: 'warning', indicator: '工程长效运行' });
    expect(i.message).toContain(actual);
  });

  it.each([
    ['达成年度指标', 'met'],
    ['达成预期指标', 'met'],
    ['达成', 'met'],
    ['完成', 'met'],
    ['已完成', 'met'],
    ['达到', 'met'],
    ['达标', 'met'],
    ['是', 'met'],
    ['合格', 'met'],
    ['部分达成年度指标并具有一定效果', 'partly'],
    ['部分达成预期指标', 'partly'],
    ['部分达成', 'partly'],
    ['基本完成', 'partly'],
    ['基本达成', 'partly'],
    ['未达成年度指标且效果较差', 'not-met'],
    ['未达成预期指标', 'not-met'],
    ['未达成', 'not-met'],
    ['未完成', 'not-met'],
    ['否', 'not-met'],
  ])('near miss: %p is a band word (%s)', (actual, band) => {
    const r = check(withActual(actual).grid);
    expectNoIssue(r, 'qualitative-actual-unknown');
    expect(r.indicators[5].actual.band).toBe(band);
  });
});
