import { check, expectNoIssue, theIssue } from '../../support/issues';
import { DEFAULT_INDICATORS, nationalForm, withIndicator } from '../../support/nationalForm';

/**
 * rules.md `misclassified-indicator` (warning): 预算执行率 used as an indicator, a money amount
 * under 数量指标, a non-satisfaction measure under 满意度.
 */
describe('misclassified-indicator', () => {
  it('fires on 预算执行率 as an indicator', () => {
    const f = nationalForm({ indicators: withIndicator(2, { name: '预算执行率', target: '≥90%', actual: '98.67%' }) });
    const i = theIssue(check(f.grid), 'misclassified-indicator', f.at.indicator(2, 'name'));
    expect(i).toMatchObject({ severity: 'warning', indicator: '预算执行率' });
    expect(i.message).toContain('预算执行率');
  });

  it('fires on the execution rate under another name (资金支付完成率)', () => {
    const f = nationalForm({ indicators: withIndicator(2, { name: '年度资金支付完成率', target: '≥90%', actual: '98%' }) });
    expect(theIssue(check(f.grid), 'misclassified-indicator', f.at.indicator(2, 'name')).indicator).toBe('年度资金支付完成率');
  });

  it('fires on the execution rate named as its progress (预算执行进度)', () => {
    const f = nationalForm({ indicators: withIndicator(2, { name: '预算执行进度', target: '=100%', actual: '100%' }) });
    expect(theIssue(check(f.grid), 'misclassified-indicator', f.at.indicator(2, 'name')).indicator).toBe('预算执行进度');
  });

  it('fires on a money amount under 数量指标', () => {
    const f = nationalForm({ indicators: withIndicator(0, { name: '工程投资完成额', target: '≥100万元', actual: '110万元' }) });
    const i = theIssue(check(f.grid), 'misclassified-indicator', f.at.indicator(0, 'name'));
    expect(i.indicator).toBe('工程投资完成额');
    expect(i.message).toContain('成本指标');
  });

  it('fires on a non-satisfaction measure under 满意度指标', () => {
    const f = nationalForm({ indicators: withIndicator(6, { name: '群众回访率' }) });
    const i = theIssue(check(f.grid), 'misclassified-indicator', f.at.indicator(6, 'name'));
    expect(i.indicator).toBe('群众回访率');
    expect(i.message).toContain('满意度');
  });

  it.each([
    [2, { name: '资金到位率', target: '≥95%', actual: '100%' }],
    [2, { name: '工程建设进度', target: '≥90%', actual: '100%' }],
    [0, { name: '新建供水管网长度' }],
    [3, { name: '工程建设成本' }],
    [6, { name: '受益群众满意度' }],
  ])('near miss: indicator %i as %p', (i, patch) => {
    expectNoIssue(check(nationalForm({ indicators: withIndicator(i as number, patch) }).grid), 'misclassified-indicator');
  });

  it('fires on 预算执行率 used as a level of the indicator block, with no indicator under it', () => {
    const f = nationalForm({ indicators: [...DEFAULT_INDICATORS, { level1: '预算执行率', level2: '预算执行率', name: '', target: null, actual: null, weight: null, score: null }] });
    const at = f.at.indicator(7, 'level2');
    expect(theIssue(check(f.grid), 'misclassified-indicator', at).severity).toBe('warning');
  });

  it('fires on a money amount named so (工程资金金额) under 数量指标, even without a unit', () => {
    const f = nationalForm({ indicators: withIndicator(0, { name: '工程资金金额', target: 43.2, actual: 43.2 }) });
    expect(theIssue(check(f.grid), 'misclassified-indicator', f.at.indicator(0, 'name')).message).toContain('成本指标');
  });

  it('near miss: a rate named with 资金 under 数量指标 (资金到位率)', () => {
    expectNoIssue(check(nationalForm({ indicators: withIndicator(0, { name: '资金拨付率', target: '≥95%', actual: '98%' }) }).grid), 'misclassified-indicator');
  });
});
