import { CellValue, gridFromValues } from '../../../src/core';
import { check, issuesOf } from '../../support/issues';

/** Columns the header does not name but the rows show (issue 8: what a column holds decides). */
describe('columns read from what they hold', () => {
  const table = (actualLabel: string, actuals: CellValue[]): CellValue[][] => [
    ['项目名称', '某项目', null, null, null, null, null],
    ['一级指标', '二级指标', '指标名称', '年初指标值', actualLabel, '指标权重(分)', '指标得分(分)'],
    ['产出指标', '数量指标', '培训人次', '≥500人次', actuals[0], 40, 40],
    ['效益指标', '社会效益指标', '就业率', '≥80%', actuals[1], 40, 35],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', actuals[2], 10, 10],
  ];

  it('reads an unreadable label over actuals that answer the targets as the actual column', () => {
    const r = check(gridFromValues('S', table('年成值全完值', ['520人次', '70%', '95%'])));
    expect(issuesOf(r, 'column-missing')).toEqual([]);
    expect(r.indicators[1]).toMatchObject({ met: false, actual: { value: 70 } });
  });

  it('near miss: a 上年完成值 column is never taken for the actuals', () => {
    const r = check(gridFromValues('S', table('上年完成值', ['520人次', '70%', '95%'])));
    expect(issuesOf(r, 'column-missing').map((i) => i.message)).toEqual([expect.stringContaining('实际完成值')]);
  });

  it('near miss: an unnamed column of notes that do not answer the targets is not the actuals', () => {
    const r = check(gridFromValues('S', table('', ['见附件', '见附件', '见附件'])));
    expect(issuesOf(r, 'column-missing')).toHaveLength(1);
  });

  it('reads a first-level column left blank in the header (left of 二级指标)', () => {
    const rows: CellValue[][] = [
      ['项目名称', '某项目', null, null, null, null, null],
      ['年度绩效目标1(80分)', null, '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
      [null, '出标产指', '数量指标', '补贴渔船数', '6艘', '6艘', 80],
    ];
    const r = check(gridFromValues('S', rows, ['A2:A3']));
    expect(r.indicators[0].level1).toBe('出标产指');
    expect(issuesOf(r, 'level1-unknown')).toHaveLength(1);
  });

  it('reads it past an empty column inserted between it and 二级指标', () => {
    const rows: CellValue[][] = [
      ['项目名称', '某项目', null, null, null, null, null, null],
      ['年度绩效目标1(80分)', null, null, '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
      [null, '出标产指', null, '数量指标', '补贴渔船数', '6艘', '6艘', 80],
    ];
    const r = check(gridFromValues('S', rows, ['A2:A3']));
    expect(r.indicators[0].level1).toBe('出标产指');
  });

  describe('a first-level column whose header label is garbled', () => {
    const rows = (levels: [CellValue, CellValue]): CellValue[][] => [
      ['项目名称', '某项目', null, null, null, null, null],
      ['年度绩效目标1(80分)', '级标 一指', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
      [null, levels[0], '数量指标', '补贴渔船数', '6艘', '6艘', 40],
      [null, levels[1], '可持续性', '渔船长效管理', '建立机制', '达成年度指标', 40],
    ];

    it('reads it from cells that are first levels, so their second levels are checked', () => {
      const r = check(gridFromValues('S', rows(['产出指标', '效益指标']), ['A2:A4']));
      expect(r.indicators.map((i) => i.level1)).toEqual(['产出指标', '效益指标']);
      expect(issuesOf(r, 'level2-mismatch').map((i) => i.cell)).toEqual(['C4']);
    });

    it('near miss: cells that are no first levels leave the column unread', () => {
      const r = check(gridFromValues('S', rows(['甲', '乙']), ['A2:A4']));
      expect(r.indicators.map((i) => i.level1)).toEqual([null, null]);
    });
  });

  describe('two columns labelled as weights (自评权重 over a group | 分值 per indicator)', () => {
    const rows = (weights: CellValue[]): CellValue[][] => [
      ['项目名称', '某项目', null, null, null, null, null, null],
      ['一级指标', '自评权重', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', 50, '数量指标', '培训人次', '≥500人次', '520人次', weights[0], weights[0]],
      [null, null, '质量指标', '合格率', '≥90%', '95%', weights[1], weights[1]],
      ['效益指标', 50, '社会效益指标', '就业率', '≥80%', '85%', weights[2], weights[2]],
      [null, null, '满意度指标', '学员满意度', '≥90%', '95%', weights[3], weights[3]],
    ];

    it('takes the column with each indicator’s own points, not the group’s merged down', () => {
      const r = check(gridFromValues('S', rows([20, 30, 25, 25]), ['B3:B4', 'B5:B6']));
      expect(r.indicators.map((i) => i.weight)).toEqual([20, 30, 25, 25]);
      expect(issuesOf(r, 'score-deducted-though-met')).toEqual([]);
    });

    it('takes the same column when the group’s points, typed without merges, stand on its first row only', () => {
      const r = check(gridFromValues('S', rows([20, 30, 25, 25])));
      expect(r.indicators.map((i) => i.weight)).toEqual([20, 30, 25, 25]);
    });

    it('takes the same column when each indicator’s points are typed as text (20分, ２０)', () => {
      const r = check(gridFromValues('S', rows(['20分', '３０', '25', '25']), ['B3:B4', 'B5:B6']));
      expect(r.indicators.map((i) => i.weight)).toEqual([20, 30, 25, 25]);
    });

    it('near miss: a first weight column left empty stays the weight (left empty), not the other', () => {
      const g = rows([20, 30, 25, 25]).map((row, i) => row.map((v, c) => (c === 1 && i >= 2 ? null : v)));
      const r = check(gridFromValues('S', g));
      expect(r.indicators.map((i) => i.weight)).toEqual([null, null, null, null]);
    });

    it('near miss: a first weight column filled on every row stays the weight', () => {
      const g = rows([20, 30, 25, 25]).map((row) => row.map((v, c) => (c === 1 && v === null ? 50 : v)));
      const r = check(gridFromValues('S', g));
      expect(r.indicators.map((i) => i.weight)).toEqual([50, 50, 50, 50]);
    });
  });
  describe('two columns labelled as scores (单项指标得分 out of 100 | 单项指标折算得分)', () => {
    const rows = (weights: CellValue[], single: CellValue[], converted: CellValue[]): CellValue[][] => [
      ['项目名称', '某项目', null, null, null, null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '指标分值', '年度指标值', '实际完成值', '单项指标得分', '权重占比(%)', '单项指标折算得分'],
      ['产出指标', '数量指标', '培训人次', weights[0], '≥500人次', '520人次', single[0], weights[0], converted[0]],
      [null, '质量指标', '合格率', weights[1], '≥90%', '95%', single[1], weights[1], converted[1]],
      ['效益指标', '社会效益指标', '就业率', weights[2], '≥80%', '85%', single[2], weights[2], converted[2]],
      ['满意度指标', '服务对象满意度指标', '学员满意度', weights[3], '≥90%', '95%', single[3], weights[3], converted[3]],
    ];

    it('compares the converted score with the weight when the single score is out of 100', () => {
      const r = check(gridFromValues('S', rows([30, 30, 20, 20], [100, 100, 100, 100], [30, 30, 20, 20])));
      expect(r.indicators.map((i) => i.statedScore)).toEqual([30, 30, 20, 20]);
      expect(issuesOf(r, 'score-exceeds-weight')).toEqual([]);
    });

    it('near miss: with no weight written the first score column stays', () => {
      const r = check(gridFromValues('S', rows([null, null, null, null], [25, 25, 25, 25], [6.25, 6.25, 6.25, 6.25])));
      expect(r.indicators.map((i) => i.statedScore)).toEqual([25, 25, 25, 25]);
    });

    it('near miss: a converted score above its weight too leaves the first column (and its finding)', () => {
      const r = check(gridFromValues('S', rows([30, 30, 20, 20], [100, 100, 100, 100], [30, 30, 20, 40])));
      expect(r.indicators.map((i) => i.statedScore)).toEqual([100, 100, 100, 100]);
      expect(issuesOf(r, 'score-exceeds-weight').length).toBeGreaterThan(0);
    });
  });

  describe('both level columns under one label that names neither (评价内容 over A:B)', () => {
    const rows = (first: CellValue, second: CellValue): CellValue[][] => [
      ['项目年度绩效目标', null, null, null, null],
      ['评价内容', null, '绩效内容', '绩效目标值', '实际完成值'],
      [first, second, '培训人次', '≥500人次', '520人次'],
      [null, null, '学员满意度', '≥90%', '95%'],
    ];
    const merges = ['A1:E1', 'A2:B2', 'A3:A4', 'B3:B4'];

    it('reads the first and second levels from cells that read as levels', () => {
      const r = check(gridFromValues('S', rows('产出目标', '数量目标'), merges));
      expect(r.indicators.map((i) => [i.level1, i.level2])).toEqual([
        ['产出目标', '数量目标'],
        ['产出目标', '数量目标'],
      ]);
      expect(issuesOf(r, 'level1-absent').map((i) => i.message)).toEqual([expect.stringContaining('效益指标'), expect.stringContaining('满意度指标')]);
    });

    it('reads them past an empty column inserted between them', () => {
      const wide = rows('产出目标', '数量目标').map((r) => [r[0], null, ...r.slice(1)]);
      const r = check(gridFromValues('S', wide, ['A1:F1', 'A2:C2', 'A3:A4', 'C3:C4']));
      expect(r.indicators.map((i) => [i.level1, i.level2])[0]).toEqual(['产出目标', '数量目标']);
    });

    it('near miss: cells that are no levels (a serial number, a goal) leave both columns unread', () => {
      const r = check(gridFromValues('S', rows('1', '目标1'), merges));
      expect(r.indicators.map((i) => i.level1)).toEqual([null, null]);
      expect(issuesOf(r, 'level1-absent')).toEqual([]);
    });
  });

  it('reads a first level just left of the name when the header labels nothing there', () => {
    const rows: CellValue[][] = [
      ['', '绩效内容', '绩效目标值', '实际完成值'],
      ['产出指标', '培训人次', '≥500人次', '520人次'],
      ['效益指标', '就业率', '≥80%', '85%'],
    ];
    const r = check(gridFromValues('S', rows));
    expect(r.indicators.map((i) => i.level1)).toEqual(['产出指标', '效益指标']);
    expect(issuesOf(r, 'level1-absent').map((i) => i.message)).toEqual([expect.stringContaining('满意度指标')]);
  });

  describe('the target under a spanning label with an empty column inserted into its group (预期指标值 over 符号 | | 值 | 单位)', () => {
    const form = (values: [CellValue, CellValue]): CellValue[][] => [
      ['项目名称', '某项目', null, null, null, null, null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '预期指标值', null, null, null, '实际完成值', '分值', '得分'],
      [null, null, null, '符号', null, null, '单位', null, null, null],
      ['产出指标', '数量指标', '培训人次', '≥', null, values[0], '人次', '520人次', 50, 50],
      ['效益指标', '社会效益指标', '就业率', '≥', null, values[1], '%', '85%', 50, 50],
    ];
    const merges = ['D2:G2', 'A2:A3', 'B2:B3', 'C2:C3', 'H2:H3', 'I2:I3', 'J2:J3'];

    it('reads the values from the sub-column that holds them, not the empty one', () => {
      const r = check(gridFromValues('S', form([500, 80]), merges));
      expect(issuesOf(r, 'indicator-field-empty')).toEqual([]);
      expect(r.indicators.map((i) => i.met)).toEqual([true, true]);
    });

    it('near miss: targets missing from the group altogether are still said', () => {
      const r = check(gridFromValues('S', form([null, null]), merges));
      expect(issuesOf(r, 'indicator-field-empty').length).toBeGreaterThanOrEqual(2);
    });
  });
});
