import { CellValue, gridFromValues } from '../../../src/core';
import { check } from '../../support/issues';

/** A heading numbered 一、 over indicators numbered 1、2、 whose scores add up to its own is no indicator. */
describe('subtotal rows', () => {
  const rows = (headScore: CellValue): CellValue[][] => [
    ['项目名称', '某项目', null, null, null, null],
    ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
    ['产出指标', '数量指标', '一、示范区建立', '≧1500亩', '1500亩', headScore],
    [null, null, '1、水稻侧深施肥', '≧500亩', '500亩', 40],
    [null, null, '2、玉米种肥同播', '≧1000亩', '1000亩', 40],
  ];
  const merges = ['A3:A5', 'B3:B5'];

  it('leaves the heading out of the indicators when its score is its children’s sum', () => {
    const r = check(gridFromValues('S', rows(80), merges));
    expect(r.indicators.map((i) => i.name)).toEqual(['1、水稻侧深施肥', '2、玉米种肥同播']);
  });

  it('near miss: a heading whose score is not the sum is an indicator of its own', () => {
    const r = check(gridFromValues('S', rows(10), merges));
    expect(r.indicators.map((i) => i.name)).toContain('一、示范区建立');
  });
});
