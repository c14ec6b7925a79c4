import { jingmenGrid, withCell } from '../../support/fixtures';
import { CellValue } from '../../../src/core';
import { check, expectNoIssue, issuesOf, theIssue } from '../../support/issues';
import { DEFAULT_INDICATORS, IndicatorSpec, nationalForm, withIndicator } from '../../support/nationalForm';
import { sichuanForm, withSichuanIndicator } from '../../support/sichuanForm';

/**
 * rules.md `indicator-field-empty` (error): an indicator row lacks its name, target or actual (or,
 * where the form has them, 分值); 取值依据 empty is a warning.
 */
describe('indicator-field-empty', () => {
  it('fires on an empty 年度指标值, naming the indicator and the field', () => {
    const f = nationalForm({ indicators: withIndicator(0, { target: null }) });
    const i = theIssue(check(f.grid), 'indicator-field-empty', f.at.indicator(0, 'target'));
    expect(i).toMatchObject({ severity: 'error', indicator: '新建供水管网长度' });
    expect(i.message).toContain('新建供水管网长度');
    expect(i.message).toContain('年度指标值');
  });

  it('fires on an empty 实际完成值', () => {
    const f = nationalForm({ indicators: withIndicator(1, { actual: null }) });
    const i = theIssue(check(f.grid), 'indicator-field-empty', f.at.indicator(1, 'actual'));
    expect(i).toMatchObject({ severity: 'error', indicator: '工程验收合格率' });
    expect(i.message).toContain('实际完成值');
  });

  it('fires on an empty 分值', () => {
    const f = nationalForm({ indicators: withIndicator(2, { weight: null }) });
    const i = theIssue(check(f.grid), 'indicator-field-empty', f.at.indicator(2, 'weight'));
    expect(i).toMatchObject({ severity: 'error', indicator: '工程按期完工率' });
    expect(i.message).toContain('分值');
  });

  it('fires on an empty 三级指标, naming the row instead', () => {
    const f = nationalForm({ indicators: withIndicator(0, { name: null as unknown as string }) });
    const at = f.at.indicator(0, 'name');
    const i = theIssue(check(f.grid), 'indicator-field-empty', at);
    expect(i.severity).toBe('error');
    expect(i.message).toContain(at.replace(/^[A-Z]+/, ''));
    expect(i.message).toContain('三级指标');
  });

  it('fires on an empty sichuan 权重', () => {
    const s = sichuanForm({ indicators: withSichuanIndicator(1, { weight: null }) });
    expect(theIssue(check(s.grid), 'indicator-field-empty', s.at.indicator(1, 'weight')).severity).toBe('error');
  });

  it('is a warning for an empty 取值依据 (hubei-project)', () => {
    const i = theIssue(check(withCell(jingmenGrid(), 'G13', null)), 'indicator-field-empty', 'G13');
    expect(i).toMatchObject({ severity: 'warning', indicator: '12345政务服务热线来电回复率' });
    expect(i.message).toContain('取值依据');
  });

  it('near miss: an empty 得分 is score-empty, and an empty 偏差原因 of a met indicator is fine', () => {
    const f = nationalForm({ indicators: withIndicator(0, { score: null, deviation: null }) });
    expectNoIssue(check(f.grid), 'indicator-field-empty');
  });

  it('near miss: a breakdown row (其中…) without a 分值 of its own is a part of the indicator above', () => {
    const f = nationalForm({ indicators: withIndicator(2, { name: '其中：新建泵站数量', weight: null }) });
    expectNoIssue(check(f.grid), 'indicator-field-empty', f.at.indicator(2, 'weight'));
  });

  it('still fires on an empty 分值 where 其中 stands inside the name, not at its start', () => {
    const f = nationalForm({ indicators: withIndicator(2, { name: '改造管网其中新建部分长度', weight: null }) });
    expect(theIssue(check(f.grid), 'indicator-field-empty', f.at.indicator(2, 'weight')).severity).toBe('error');
  });

  describe('parts typed under an indicator that holds only its 分值 (★补助瓜果种植面积 | 15 | | | 15, then 梨树种植面积 | | 6亩 | 6亩 |)', () => {
    const [first, ...rest] = DEFAULT_INDICATORS;
    const parent: IndicatorSpec = { ...first, name: '★补助瓜果种植面积', target: null, actual: null };
    const part = (name: string, weight: CellValue = null): IndicatorSpec => ({ ...first, name, target: '6亩', actual: '6亩', weight, score: null });
    const form = (parts: IndicatorSpec[], head: IndicatorSpec = parent) => nationalForm({ indicators: [head, ...parts, ...rest] });

    it('near miss: the parts are not asked for a 分值 or a 得分 of their own', () => {
      const f = form([part('梨树种植面积'), part('桃树种植面积')]);
      const r = check(f.grid);
      const parts = [1, 2].flatMap((k) => [f.at.indicator(k, 'weight'), f.at.indicator(k, 'score')]);
      expect([...issuesOf(r, 'indicator-field-empty'), ...issuesOf(r, 'score-empty')].filter((i) => parts.includes(i.cell ?? ''))).toEqual([]);
      expect(issuesOf(r, 'indicator-field-empty').length).toBe(2); // the parent's target and actual
    });

    it('the indicator holding the 分值 is still asked for its target and actual', () => {
      const f = form([part('梨树种植面积')]);
      expect(issuesOf(check(f.grid), 'indicator-field-empty').map((i) => i.cell)).toEqual([f.at.indicator(0, 'target'), f.at.indicator(0, 'actual')]);
    });

    it('still fires under an indicator that has its own target and actual (the rows below are indicators)', () => {
      const f = form([part('梨树种植面积')], { ...parent, target: '≥10亩', actual: '12亩' });
      expect(theIssue(check(f.grid), 'indicator-field-empty', f.at.indicator(1, 'weight')).severity).toBe('error');
    });
  });

  it('near miss: the hubei-project form has no 分值 to fill', () => {
    expectNoIssue(check(jingmenGrid()), 'indicator-field-empty');
  });
});
