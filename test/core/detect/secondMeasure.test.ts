import { CellValue, gridFromValues, GridData } from '../../../src/core';
import { check } from '../../support/issues';

/**
 * A form pairing two measures per row: 计划值 → 完成值 (a count) and 考核标准值 → 考核指标值 (its
 * rate), under a planned and an achieved group label (src/core/detect/secondMeasure.ts).
 */
const GROUPS: CellValue[] = ['年度目标设置情况', null, null, null, '年度目标完成情况', null, null, null];
const HEADER: CellValue[] = ['指标名称', '计划值', '考核指标', '考核标准值', '完成值', '考核指标值', '分值', '得分'];
const MERGES = ['A1:D1', 'E1:H1'];

function form(rows: CellValue[][], groups: CellValue[] = GROUPS, merges: string[] = MERGES): GridData {
  return gridFromValues('Sheet1', [groups, HEADER, ...rows, ['合计', null, null, null, null, null, 100, null]], merges);
}

const at = (g: GridData, rule: string) =>
  check(g)
    .issues.filter((i) => i.rule === rule)
    .map((i) => i.cell);

const MET: CellValue[] = ['培训人数', '500人', '培训覆盖率', '≥90%', '520人', '95%', 50, 50];

describe('a form pairing two measures per row', () => {
  it('asks for the second measure’s target when it is empty', () => {
    const g = form([MET, ['宣传场次', '20场', '宣传覆盖率', null, '20场', '92%', 50, 50]]);
    expect(at(g, 'indicator-field-empty')).toEqual(['D4']);
  });

  it('names the second measure’s column by its own label in the finding', () => {
    const g = form([MET, ['宣传场次', '20场', '宣传覆盖率', null, '20场', '92%', 50, 50]]);
    const empty = check(g).issues.find((i) => i.rule === 'indicator-field-empty');
    expect(empty?.message).toContain('“考核标准值”未填写');
  });

  it('calls the second measure’s actual unreadable when it is no quantity', () => {
    const g = form([MET, ['宣传场次', '20场', '宣传覆盖率', '≥90%', '20场', '有', 50, 50]]);
    expect(at(g, 'actual-unreadable')).toEqual(['F4']);
  });

  it('says a second target of 100% can only be met exactly', () => {
    const g = form([MET, ['宣传场次', '20场', '宣传覆盖率', '100%', '20场', '100%', 50, 50]]);
    expect(at(g, 'degenerate-target')).toEqual(['D4']);
  });

  it('accepts full marks when both measures are met', () => {
    const g = form([MET, ['宣传场次', '20场', '宣传覆盖率', '≥90%', '20场', '92%', 50, 50]]);
    expect(check(g).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('does not check the score when only one measure is met (which one is scored is not stated)', () => {
    const g = form([MET, ['宣传场次', '20场', '宣传覆盖率', '≥90%', '18场', '92%', 50, 50]]);
    const report = check(g);
    expect(report.issues.filter((i) => i.rule === 'score-mismatch')).toEqual([]);
    expect(report.indicators.find((i) => i.row === 4)?.met).toBeNull();
  });

  it('reads a row whose two measures both fall short as not met', () => {
    const g = form([MET, ['宣传场次', '20场', '宣传覆盖率', '≥90%', '18场', '80%', 50, 40]]);
    expect(check(g).indicators.find((i) => i.row === 4)?.met).toBe(false);
  });

  it('reads the groups typed without merges (each label in its first column)', () => {
    const g = form([MET, ['宣传场次', '20场', '宣传覆盖率', null, '20场', '92%', 50, 50]], GROUPS, []);
    expect(at(g, 'indicator-field-empty')).toEqual(['D4']);
  });

  it('reads no second measure under one group label over all the columns', () => {
    const one: CellValue[] = ['年度目标完成情况', null, null, null, null, null, null, null];
    const g = form([MET, ['宣传场次', '20场', '宣传覆盖率', null, '20场', '92%', 50, 50]], one, ['A1:H1']);
    expect(at(g, 'indicator-field-empty')).toEqual([]);
  });

  it('reads no second measure without the group labels above the header', () => {
    const g = form([MET, ['宣传场次', '20场', '宣传覆盖率', null, '20场', '92%', 50, 50]], [null, null, null, null, null, null, null, null], []);
    expect(at(g, 'indicator-field-empty')).toEqual([]);
  });
});
