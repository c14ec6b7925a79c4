import { departmentForm, withDepartmentIndicator } from '../../support/departmentForm';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/**
 * rules.md `level2-mismatch` (warning): 二级 does not belong to its 一级 under either taxonomy;
 * forms.md: 进度指标 is accepted as 时效指标 "with a note" (info).
 */
describe('level2-mismatch', () => {
  it('fires on 数量指标 under 效益指标, naming both levels', () => {
    const f = nationalForm({ indicators: withIndicator(4, { level2: '数量指标' }) });
    const i = theIssue(check(f.grid), 'level2-mismatch', f.at.indicator(4, 'level2'));
    expect(i.severity).toBe('warning');
    expect(i.message).toContain('数量指标');
    expect(i.message).toContain('效益指标');
  });

  it('fires on 社会成本指标 under 产出指标 (a 2021 cost level under the output level)', () => {
    const f = nationalForm({ indicators: withIndicator(3, { level2: '社会成本指标' }) });
    expect(theIssue(check(f.grid), 'level2-mismatch', f.at.indicator(3, 'level2')).severity).toBe('warning');
  });

  it('is an info for the older 进度指标, read as 时效指标', () => {
    const f = nationalForm({ indicators: withIndicator(2, { level2: '进度指标' }) });
    const i = theIssue(check(f.grid), 'level2-mismatch', f.at.indicator(2, 'level2'));
    expect(i.severity).toBe('info');
    expect(i.message).toContain('进度指标');
    expect(i.message).toContain('时效指标');
  });

  it.each([
    [6, '群众满意度', '服务对象满意度指标'],
    [6, '社会公众满意度指标', '服务对象满意度指标'],
    [0, '产出数量', '数量指标'],
    [2, '时效性指标', '时效指标'],
    [5, '可持续发展指标', '可持续影响指标'],
  ])('is an info for a second level in words that say which it is (indicator %i: %s → %s)', (i, level2, canonical) => {
    const f = nationalForm({ indicators: withIndicator(i, { level2 }) });
    const issue = theIssue(check(f.grid), 'level2-mismatch', f.at.indicator(i, 'level2'));
    expect(issue.severity).toBe('info');
    expect(issue.message).toContain(canonical);
  });

  it('near miss: a satisfaction under the output level is still a warning (群众满意度 under 产出指标)', () => {
    const f = nationalForm({ indicators: withIndicator(0, { level2: '群众满意度' }) });
    expect(theIssue(check(f.grid), 'level2-mismatch', f.at.indicator(0, 'level2')).severity).toBe('warning');
  });

  it.each([
    ['成本指标', '经济成本'],
    ['成本指标', '生态环境成本指标'],
    ['产出指标', '成本指标'],
    ['满意度指标', '满意度指标'],
    ['效益指标', '社会效益\n指标'],
    ['效益指标', '可持续影响'],
  ])('near miss: %s / %p', (level1, level2) => {
    const f = nationalForm({ indicators: withIndicator(3, { level1, level2 }) });
    expectNoIssue(check(f.grid), 'level2-mismatch');
  });

  it('near miss: the department framework (产出 / 重点工作)', () => {
    expectNoIssue(check(departmentForm().grid), 'level2-mismatch');
  });

  it('fires in a department form on a project second level under 投入', () => {
    const d = departmentForm({ indicators: withDepartmentIndicator(0, { level2: '社会效益指标' }) });
    expect(theIssue(check(d.grid), 'level2-mismatch', d.at.indicator(0, 'level2')).severity).toBe('warning');
  });
});
