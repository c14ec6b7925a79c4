import { CellValue, gridFromValues } from '../../src/core';
import { check, expectNoIssue, issuesOf, theIssue } from '../support/issues';

/**
 * Weights on forms without a 分值 column (issue 8): from what the form states — full marks on met
 * indicators, points in block and level labels — never from an assumed even split.
 */
const head: CellValue[][] = [
  ['项目名称', '某项目', null, null, null, null, null],
  ['预算执行情况(万元)(20分)', '预算数(A)', null, '执行数(B)', '执行率(B/A)', '得分(20分*执行率)', null],
  ['年度财政资金总额', 100, null, 100, '100%', 20, null],
  ['年度绩效目标1(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
];
const form = (rows: CellValue[][], total: CellValue, merges: string[] = []) =>
  check(gridFromValues('S', [...head, ...rows, ['总分', null, null, null, null, null, total]], ['B2:C2', 'B3:C3', `A4:A${4 + rows.length}`, ...merges]));

describe('weights from what the form states', () => {
  it('takes full marks on a met indicator as its weight: 得分 16 of a 16-point row is no excess', () => {
    const r = form(
      [
        [null, '产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 16],
        [null, '产出指标', '质量指标', '合格率', '≥95%', '98%', 24],
        [null, '效益指标', '社会效益指标', '就业人数', '≥80人', '85人', 30],
        [null, '满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10],
      ],
      100,
    );
    expect(r.indicators.map((i) => i.weight)).toEqual([16, 24, 30, 10]);
    expectNoIssue(r, 'score-exceeds-weight');
    expectNoIssue(r, 'score-mismatch');
  });

  it('gives the one unmet indicator of a group what its stated points leave, and scores it against that', () => {
    const r = form(
      [
        [null, '产出指标(40分)', '数量指标', '培训人次', '≥500人次', '520人次', 20],
        [null, null, '质量指标', '合格率', '≥100%', '90%', 20],
        [null, '效益指标(30分)', '社会效益指标', '就业人数', '≥80人', '85人', 30],
        [null, '满意度指标(10分)', '服务对象满意度指标', '满意度', '≥90%', '95%', 10],
      ],
      100,
      ['B5:B6'],
    );
    expect(r.indicators[1]).toMatchObject({ weight: 20, score: 18 });
    expect(theIssue(r, 'score-mismatch').message).toContain('18');
  });

  it('near miss: several indicators sharing unknown points are not given an even split; the total is a range', () => {
    const r = form(
      [
        [null, '产出指标', '数量指标', '培训人次', '≥500人次', '450人次', null],
        [null, '效益指标', '社会效益指标', '就业人数', '≥80人', '60人', null],
      ],
      null,
    );
    expect(r.indicators.map((i) => i.weight)).toEqual([null, null]);
    expect(r.total).toMatchObject({ score: null, range: [80, 92] });
    expectNoIssue(r, 'score-mismatch');
  });

  it('reads one score merged over two indicators as their shared score', () => {
    const r = form(
      [
        [null, '产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 40],
        [null, null, null, '培训天数', '≥10天', '12天', null],
        [null, '效益指标', '社会效益指标', '就业人数', '≥80人', '85人', 30],
        [null, '满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10],
      ],
      100,
      ['B5:B6', 'C5:C6', 'G5:G6'],
    );
    expectNoIssue(r, 'score-empty');
    expectNoIssue(r, 'weights-total');
    expect(r.total?.score).toBe(100);
  });

  it('fires weights-total when the stated numbers cannot be reconciled: met full marks of 90 in an 80-point block', () => {
    const r = form(
      [
        [null, '产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 50],
        [null, '效益指标', '社会效益指标', '就业人数', '≥80人', '85人', 40],
      ],
      110,
    );
    expect(issuesOf(r, 'weights-total')).toHaveLength(1);
  });

  describe('met indicators whose full marks fall short of the block\'s points', () => {
    const met = (third: number): CellValue[][] => [
      [null, '产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 30],
      [null, '效益指标', '社会效益指标', '就业人数', '≥80人', '85人', 30],
      [null, '满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', third],
    ];

    it('reads the one score that is no whole number as deducted: its weight is what the points leave', () => {
      const r = form(met(19.6), 99.6);
      expectNoIssue(r, 'weights-total');
      expect(r.indicators.map((i) => i.weight)).toEqual([30, 30, 20]);
      expect(theIssue(r, 'score-deducted-though-met').message).toContain('19.6');
    });

    it('so that the stated total counting the deduction is not the computed one (all met: full marks)', () => {
      const r = form(met(19.6), 99.6);
      expect(r.total?.score).toBe(100);
      expect(issuesOf(r, 'total-mismatch')).toHaveLength(1);
    });

    it('with no single odd score, the met rows share the points as a pool scored in full', () => {
      const r = form(met(18), 98);
      expectNoIssue(r, 'weights-total');
      expect(r.indicators.map((i) => i.weight)).toEqual([null, null, null]);
      expect(r.total?.score).toBe(100);
    });

    it('near miss: an unmet row among them leaves the short points to it, not to a deduction', () => {
      const r = form([...met(20).slice(0, 2), [null, '满意度指标', '服务对象满意度指标', '满意度', '≥90%', '81%', 18]], 98);
      expectNoIssue(r, 'score-deducted-though-met');
      expectNoIssue(r, 'weights-total');
    });
  });
});
