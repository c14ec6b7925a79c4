import { CellValue, gridFromValues } from '../../../src/core';
import { check, issuesOf } from '../../support/issues';

const INDICATORS: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 50, 50],
  ['效益指标', '社会效益指标', '就业人数', '≥80人', '85人', 30, 30],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', 20, 20],
];

/** The cell field-empty names for the goal's completion, if any. */
function goalActualEmpty(rows: CellValue[][], merges: string[] = []): string[] {
  const r = check(gridFromValues('S', rows, merges));
  return issuesOf(r, 'field-empty')
    .filter((i) => /完成情况|实施情况|completion|achieved/.test(i.message))
    .map((i) => i.cell ?? '');
}

/** Goal sub-labels read from their parts, not from a list (issue 8). */
describe('the goal’s sub-labels in other words', () => {
  // 总体目标完成情况 | 总体目标 | | | 全年实际总体目标完成情况 | | with the narratives in the row below.
  const twoLabels = (done: string | null): CellValue[][] => [
    ['项目名称', '某项目', null, null, null, null, null],
    ['总体目标完成情况', '总体目标', null, null, '全年实际总体目标完成情况', null, null],
    [null, '目标1：完成培训500人次。', null, null, done, null, null],
    ...INDICATORS,
  ];
  const merges = ['A2:A3', 'B2:D2', 'E2:G2', 'B3:D3', 'E3:G3'];

  it('finds the completion under a label ending in 完成情况 that no list names, and says it is empty', () => {
    expect(goalActualEmpty(twoLabels(null), merges)).toEqual(['E3']);
  });

  it('near miss: the completion filled in is no finding', () => {
    expect(goalActualEmpty(twoLabels('完成培训520人次。'), merges)).toEqual([]);
  });

  // 年度总体目标 | 总体目标：… | 已实施情况：… — each narrative after its sub-label in one cell.
  const inline = (done: string): CellValue[][] => [
    ['项目名称', '某项目', null, null, null, null, null],
    ['年度总体目标', '总体目标：完成培训500人次。', null, null, `已实施情况：${done}`, null, null],
    ...INDICATORS,
  ];

  it('reads sub-labels written before a colon in the narrative’s own cell, and an empty completion', () => {
    expect(goalActualEmpty(inline(''), ['B2:D2', 'E2:G2'])).toEqual(['E2']);
  });

  it('near miss: a completion written after its colon is no finding', () => {
    expect(goalActualEmpty(inline('完成培训520人次。'), ['B2:D2', 'E2:G2'])).toEqual([]);
  });

  it('near miss: a short narrative ending in 目标 (实现预期目标) is the goal itself, not a sub-label over an empty cell', () => {
    const rows: CellValue[][] = [
      ['项目名称', '某项目', null, null, null, null, null],
      ['年度总体目标', '实现预期目标', null, null, null, null, null],
      [null, null, null, null, null, null, null],
      ...INDICATORS,
    ];
    const r = check(gridFromValues('S', rows, ['B2:G2']));
    expect(issuesOf(r, 'field-empty')).toEqual([]);
  });
});
