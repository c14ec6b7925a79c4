import { checkWorkbook, sheetReportSchema } from '../../src/core';
import { jingmenGrid } from '../support/fixtures';

/** rules.md, "What the worked example must give". */
describe('the worked example (jingmen-12345-2024)', () => {
  const [report] = checkWorkbook([jingmenGrid()]);

  it('is detected as a hubei-project form under the hubei policy', () => {
    expect(report.form).toMatchObject({ kind: 'hubei-project', policy: 'hubei' });
  });

  it('passes its own schema', () => {
    expect(() => sheetReportSchema.parse(report)).not.toThrow();
  });

  it('has an execution rate of 100% (421 of 421)', () => {
    expect(report.budget).toMatchObject({ adjusted: null, original: 421, executed: 421, rate: 1, statedRate: 1 });
  });

  it('has no error', () => {
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('has exactly the two warnings', () => {
    const warnings = report.issues.filter((i) => i.severity === 'warning').map((i) => [i.rule, i.indicator ?? i.cell]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        ['field-empty', 'A2'],
        ['target-not-met-unexplained', '坐席人员服务满意率'],
      ]),
    );
    expect(warnings).toHaveLength(2);
  });

  it('explains the unmet satisfaction rate with the numbers involved', () => {
    const w = report.issues.find((i) => i.rule === 'target-not-met-unexplained');
    expect(w?.message).toBe('坐席人员服务满意率：实际完成值 99% 未达到年初目标值 100%，请说明偏差原因');
  });

  it('finds 市民来电办理满意率 met (99% ≥ 98%)', () => {
    const ind = report.indicators.find((i) => i.name === '市民来电办理满意率');
    expect(ind).toMatchObject({ met: true, attainment: 1, target: { op: '>=', value: 98 }, actual: { value: 99, unit: '%' } });
  });

  it('finds 项目预算控制数 met and consistent with the budget', () => {
    const ind = report.indicators.find((i) => i.name === '项目预算控制数');
    expect(ind).toMatchObject({ met: true, unit: '万元', target: { op: '<=', value: 421 } });
    expect(report.issues.some((i) => i.rule === 'cost-actual-mismatch' || i.rule === 'project-budget-mismatch')).toBe(false);
  });

  it('reads all six indicators with their levels', () => {
    expect(report.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['成本指标', '经济成本', '项目预算控制数'],
      ['产出指标', '数量指标', '12345政务服务热线来电回复率'],
      ['产出指标', '质量指标', '12345政务服务热线来电办结率'],
      ['效益指标', '社会效益指标', '12345政务服务热线来电畅通率'],
      ['满意度指标', '服务对象满意度指标', '坐席人员服务满意率'],
      ['满意度指标', '服务对象满意度指标', '市民来电办理满意率'],
    ]);
  });

  it('writes nothing: the rate is stated and right, and the form has no score column', () => {
    expect(report.writes).toEqual([]);
  });

  it('scores under the hubei policy: 20 for execution; the form states no split of the other 80', () => {
    expect(report.budget?.weight).toBe(20);
    expect(report.budget?.score).toBe(20);
    expect(report.total?.weight).toBe(100);
    // Five indicators met, 坐席人员服务满意率 at 99%: whatever the split, 20 + 80 × [0.99, 1].
    expect(report.total).toMatchObject({ score: null, range: [99.2, 100], grade: '优' });
    expect(report.indicators.map((i) => i.weight)).toEqual([null, null, null, null, null, null]);
  });
});
