import { checkSheet, gridFromValues, parseRangeA1 } from '../../../src/core';
import { departmentForm } from '../../support/departmentForm';
import { hubeiScoredForm } from '../../support/hubeiScoredForm';
import { nationalForm, withIndicator } from '../../support/nationalForm';
import { sichuanForm } from '../../support/sichuanForm';
import { rowsFrom, rowsUntil, stackGrids } from '../../support/stackGrids';
import { single } from '../../support/issues';

/** A sheet holding several forms gives one report per form (TEAM.md), each checked on its own. */
describe('several forms on one sheet', () => {
  it('finds two national forms stacked one under the other, in sheet order', () => {
    const a = nationalForm({ projectName: '项目甲' });
    const b = nationalForm({ projectName: '项目乙' });
    const reports = checkSheet(stackGrids([a.grid, b.grid]));
    expect(reports.map((r) => r.project?.name)).toEqual(['项目甲', '项目乙']);
    expect(reports.map((r) => r.indicators.length)).toEqual([7, 7]);
  });

  it('gives each form its own range, the second below the first', () => {
    const a = nationalForm();
    const reports = checkSheet(stackGrids([a.grid, a.grid]));
    const [r1, r2] = reports.map((r) => parseRangeA1(r.form!.range));
    expect(r2.top).toBeGreaterThan(r1.bottom);
    expect(reports.every((r) => r.sheet === 'Sheet1')).toBe(true);
  });

  it('adds up each form’s weights and total on its own (no 190-point form)', () => {
    const a = nationalForm();
    const reports = checkSheet(stackGrids([a.grid, a.grid]));
    expect(reports.map((r) => r.total?.weight)).toEqual([100, 100]);
    expect(reports.flatMap((r) => r.issues).filter((i) => i.rule === 'weights-total')).toEqual([]);
  });

  it('reports a finding in the second form on its own row, not in the first form', () => {
    const a = nationalForm();
    const b = nationalForm({ indicators: withIndicator(1, { score: 20 }) });
    const reports = checkSheet(stackGrids([a.grid, b.grid]));
    expect(reports[0].issues.filter((i) => i.severity === 'error')).toEqual([]);
    const offset = a.grid.cells.length + 1;
    const cell = b.at.indicator(1, 'score').replace(/\d+/, (n) => String(Number(n) + offset));
    expect(reports[1].issues).toContainEqual(expect.objectContaining({ rule: 'score-exceeds-weight', cell }));
  });

  it('tells stacked forms of different kinds apart', () => {
    const reports = checkSheet(stackGrids([sichuanForm().grid, departmentForm().grid, nationalForm().grid]));
    expect(reports.map((r) => r.form?.kind)).toEqual(['sichuan-project', 'department', 'national-project']);
  });

  it('starts a new form at an indicator header that follows a total row, even without a title', () => {
    const a = nationalForm();
    const header = a.grid.cells.findIndex((r) => r?.some((c) => c?.value === '一级指标'));
    const second = rowsFrom(a.grid, header);
    const reports = checkSheet(stackGrids([a.grid, second]));
    expect(reports).toHaveLength(2);
  });

  it('reads the tail of a form (no title, no header fields) above a whole form as a form of its own', () => {
    const a = sichuanForm();
    const header = a.grid.cells.findIndex((r) => r?.some((c) => c?.value === '一级指标'));
    const tail = rowsFrom(a.grid, header);
    const reports = checkSheet(stackGrids([tail, sichuanForm().grid]));
    expect(reports.map((r) => [r.form?.kind, r.project?.name ?? null])).toEqual([
      ['sichuan-project', null],
      ['sichuan-project', '2024年职业技能提升培训项目'],
    ]);
  });

  it('near miss: the two indicator blocks of one hubei-scored form stay one form', () => {
    const reports = checkSheet(hubeiScoredForm().grid);
    expect(reports).toHaveLength(1);
    expect(reports[0].indicators).toHaveLength(6);
  });

  it('near miss: a second indicator table of one form, before its total row, stays in the form', () => {
    const f = nationalForm();
    const header = f.grid.cells.findIndex((r) => r?.some((c) => c?.value === '一级指标'));
    const total = f.grid.cells.findIndex((r) => r?.some((c) => c?.value === '总分'));
    const extra = gridFromValues('x', [
      [null, '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      [null, '产出指标', '数量指标', '第二批次培训人次', '≥100人次', '120人次', 0, 0, null],
    ]);
    const grid = stackGrids([rowsUntil(f.grid, total), extra, rowsFrom(f.grid, total)], 0);
    const report = single(checkSheet(grid));
    expect(report.indicators.map((i) => i.name)).toContain('第二批次培训人次');
    expect(report.indicators).toHaveLength(8);
    expect(header).toBeGreaterThan(0);
  });

  it('near miss: an indicator named like a footer (存在问题整改率) does not end the block', () => {
    const f = nationalForm({ indicators: withIndicator(0, { name: '存在问题整改率', target: '≥95%', actual: '98%' }) });
    expect(single(checkSheet(f.grid)).indicators[0].name).toBe('存在问题整改率');
  });
});

describe('a form cut off before its indicators', () => {
  const dept = departmentForm();
  const goal = dept.grid.cells.findIndex((r) => r?.some((c) => c?.value === '年度总体目标'));
  const cut = rowsUntil(dept.grid, goal);

  it('is still a form when its title names it: its header and budget are checked', () => {
    const report = single(checkSheet(cut));
    expect(report.form).toMatchObject({ kind: 'department', complete: false });
    expect(report.budget?.executed).toBe(480);
  });

  it('has no total and no grade', () => {
    const report = single(checkSheet(cut));
    expect(report.total).toBeNull();
    expect(report.indicators).toEqual([]);
  });

  it('near miss: a sheet of notes with 项目名称 and no title is no form', () => {
    const reports = checkSheet(gridFromValues('Notes', [['项目名称', '某项目'], ['备注', '无']]));
    expect(reports.map((r) => r.form)).toEqual([null]);
  });
});
