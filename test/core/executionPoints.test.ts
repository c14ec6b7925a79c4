import { CellValue, gridFromValues } from '../../src/core';
import { check, expectNoIssue, issuesOf } from '../support/issues';

/**
 * Execution's points as the form counts them in its 100 (a decision of issue 8): the budget
 * block's weight where it scores execution (分值, 得分 or stated points); none where it scores
 * nothing and the indicators' 分值 make 100 alone, or execution is scored as an indicator.
 */
const budget = (scored: boolean): CellValue[][] =>
  scored
    ? [['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], [null, 100, 100, 100, 10, '100%', 10]]
    : [['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', null, '执行率', null], [null, 100, 100, 100, null, '100%', null]];
const indicators = (weights: [number, number, number]): CellValue[][] => [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', weights[0], weights[0]],
  ['效益指标', '社会效益指标', '就业人数', '≥80人', '85人', weights[1], weights[1]],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', weights[2], weights[2]],
];
const form = (scored: boolean, weights: [number, number, number], total: number) =>
  check(gridFromValues('S', [['项目名称', '某项目', null, null, null, null, null], ...budget(scored), ...indicators(weights), ['总分', null, null, null, null, weights.reduce((a, b) => a + b) + (scored ? 10 : 0), total]]));

describe('execution points', () => {
  it('a budget block that scores nothing adds no points when the indicators make 100 alone', () => {
    const r = form(false, [60, 30, 10], 100);
    expectNoIssue(r, 'weights-total');
    expectNoIssue(r, 'total-mismatch');
    expect(r.total).toMatchObject({ weight: 100, score: 100 });
  });

  it('near miss: a budget block that scores nothing still counts the policy\'s 10 when the indicators make 90', () => {
    const r = form(false, [50, 30, 10], 100);
    expectNoIssue(r, 'weights-total');
    expect(r.total).toMatchObject({ weight: 100, score: 100 });
  });

  it('near miss: a scored budget block counts its 10 on top of indicators making 100 (weights-total)', () => {
    expect(issuesOf(form(true, [60, 30, 10], 110), 'weights-total')).toHaveLength(1);
  });

  it('a form whose budget block is not on the sheet leaves execution what its blocks\' points leave of 100, unknown', () => {
    const r = check(
      gridFromValues('S', [
        ['项目名称', '某项目', null, null, null, null],
        ['年度绩效目标1(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        [null, '产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 40],
        [null, '效益指标', '社会效益指标', '就业人数', '≥80人', '85人', 40],
        ['总分', null, null, null, null, null, 100],
      ].map((row) => [...row, null].slice(0, 7)), ['A2:A4']),
    );
    expect(r.total).toMatchObject({ weight: 100, score: null, range: [80, 100] });
    expectNoIssue(r, 'total-mismatch');
  });
});
