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

/**
 * A two-row header whose top row holds a group label over the level columns (绩效指标 over 一级 |
 * 二级 | 三级 on the second row) and 年度指标值 over 指标性质 | 指标值 | 度量单位, with 实际完成值 / 分值 /
 * 得分 merged down over both rows: the header is read on the second row, and the labels merged down
 * from the row above count as its own.
 */
describe('two-row headers whose top row holds a group label over the levels', () => {
  const grouped: CellValue[][] = [
    ['项目名称', '某项目', null, null, null, null, null, null, null],
    ['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分'],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', null, null, null],
    ['产出指标', '数量指标', '培训人次', '≧', 500, '人次', 520, 50, 50],
    ['效益指标', '社会效益指标', '就业率', '≧', 80, '%', '70%', 40, 35],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '≧', 90, '%', '95%', 10, 10],
  ];
  const groupedMerges = ['A2:C2', 'D2:F2', 'G2:G3', 'H2:H3', 'I2:I3'];
  const report = check(gridFromValues('S', grouped, groupedMerges));

  it('reads every indicator with its comparator, target, unit and actual', () => {
    expect(report.indicators.map((i) => i.name)).toEqual(['培训人次', '就业率', '学员满意度']);
    expect(report.indicators[0]).toMatchObject({ unit: '人次', target: { op: '>=', value: 500 }, actual: { value: 520 } });
  });

  it('takes 分值 and 得分 merged down from the row above as the weight and score columns', () => {
    expect(report.indicators[1]).toMatchObject({ weight: 40, statedScore: 35, met: false });
    expect(report.issues.filter((i) => i.rule === 'column-missing')).toEqual([]);
  });
});
