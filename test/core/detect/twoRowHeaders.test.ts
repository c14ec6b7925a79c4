import { CellValue, gridFromValues } from '../../../src/core';
import { check } from '../../support/issues';

/**
 * Two-row headers (issue 8): labels merged down over both header rows beside a label spanning
 * sub-columns — 预期指标值 over 符号 | (the value, unlabelled) | 单位, 自评得分 over 单项指标得分 | 权重占比.
 */
const rows: CellValue[][] = [
  ['项目名称', '某项目', null, null, null, null, null, null, null, null],
  ['一级指标', '二级指标', '三级指标', '指标分值', '预期指标值', null, null, '实际完成值', '自评得分', null],
  [null, null, null, null, '符号', null, '单位', null, '单项指标得分', '权重占比(%)'],
  ['产出指标', '数量指标', '培训人次', 50, '>=', 500, '人次', 520, 50, 50],
  ['效益指标', '社会效益指标', '就业率', 40, '>=', 80, '%', '70%', 35, 40],
  ['满意度指标', '服务对象满意度指标', '学员满意度', 10, '>=', 90, '%', '95%', 10, 10],
];
const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2', 'H2:H3', 'I2:J2'];

describe('two-row headers with a label spanning sub-columns', () => {
  const report = check(gridFromValues('S', rows, merges));

  it('reads the unlabelled sub-column under 预期指标值 as the target value, beside 符号 and 单位', () => {
    expect(report.indicators[0]).toMatchObject({ name: '培训人次', unit: '人次', target: { op: '>=', value: 500 }, actual: { value: 520 } });
  });

  it('takes 指标分值 merged down over both rows as the weight, and the first score sub-column as the score', () => {
    expect(report.indicators[0]).toMatchObject({ weight: 50, statedScore: 50 });
  });

  it('scores against the split target', () => {
    expect(report.indicators[1]).toMatchObject({ name: '就业率', met: false, attainment: 0.875 });
  });

  it('near miss: without the span, the row below is an indicator row, not a second header', () => {
    const oneRow = check(gridFromValues('S', [rows[0], ['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分'], ['产出指标', '数量指标', '培训人次', 100, '≥500人次', '520人次', 100]]));
    expect(oneRow.indicators.map((i) => i.name)).toEqual(['培训人次']);
  });
});
