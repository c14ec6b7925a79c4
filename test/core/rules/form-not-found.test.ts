import { checkSheet, checkWorkbook, gridFromValues } from '../../../src/core';
import { nationalForm } from '../../support/nationalForm';
import { single } from '../../support/issues';

/** rules.md `form-not-found` (error): no indicator header on the sheet; say what was looked for. */
describe('form-not-found', () => {
  const randomText = () =>
    gridFromValues('杂项', [
      ['今天天气不错', null, '会议纪要'],
      ['第三季度', 12, 3.5],
      [null, '项目', '备注'],
    ]);

  it('fires on a workbook whose only sheet holds random text, naming what was looked for', () => {
    const [r] = checkWorkbook([randomText()]);
    expect(r.form).toBeNull();
    expect(r.issues).toHaveLength(1);
    const i = r.issues[0];
    expect(i).toMatchObject({ rule: 'form-not-found', severity: 'error', cell: null, indicator: null });
    expect(i.message).toContain('三级指标');
    expect(i.message).toMatch(/年度指标值|实际完成值/);
    expect(r.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
  });

  it('fires when a name column has neither a target nor an actual column beside it', () => {
    const [r] = checkWorkbook([gridFromValues('半张表', [['三级指标', '备注'], ['来电回复率', '无']])]);
    expect(r.issues.map((i) => i.rule)).toEqual(['form-not-found']);
  });

  it('fires on a checklist: criteria with a 完成情况 column and no target, weight or score', () => {
    const [r] = checkWorkbook([
      gridFromValues('自查表', [
        ['某项目绩效自评表', null, null, null],
        ['三级指标', '指标解释', '完成情况', '需提供的支撑材料'],
        ['预算编制科学性', '预算编制符合政策要求', null, '测算材料'],
        ['资金发放及时性', '30日内下达', null, '资金文件'],
      ]),
    ]);
    expect(r.issues.map((i) => i.rule)).toEqual(['form-not-found']);
  });

  it('near miss: a 完成情况 column beside a target is an indicator header', () => {
    const [r] = checkWorkbook([
      gridFromValues('表', [
        ['三级指标', '年度指标值', '完成情况'],
        ['来电回复率', '≥95%', '98%'],
      ]),
    ]);
    expect(r.indicators.map((i) => i.name)).toEqual(['来电回复率']);
  });

  it('fires once, on the first sheet, when no sheet of the file holds a form', () => {
    const reports = checkWorkbook([randomText(), gridFromValues('空表', [])]);
    expect(reports[0].issues.map((i) => i.rule)).toEqual(['form-not-found']);
    expect(reports[1].issues).toEqual([]);
  });

  it('near miss: a name column plus an actual column is an indicator header', () => {
    const [r] = checkWorkbook([gridFromValues('最小表', [['三级指标', '实际完成值'], ['来电回复率', '达成年度指标']])]);
    expect(r.form).not.toBeNull();
    expect(r.issues.some((i) => i.rule === 'form-not-found')).toBe(false);
  });

  it('near miss: a workbook with a form on one sheet raises no form-not-found on the other sheet', () => {
    const reports = checkWorkbook([randomText(), nationalForm().grid]);
    expect(reports[0].form).toBeNull();
    expect(reports[0].issues).toEqual([]);
    expect(reports[1].form).toMatchObject({ kind: 'national-project' });
    expect(reports.flatMap((r) => r.issues).some((i) => i.rule === 'form-not-found')).toBe(false);
  });

  it('is a workbook-level finding: checkSheet alone returns no form and no issue', () => {
    const r = single(checkSheet(randomText()));
    expect(r.form).toBeNull();
    expect(r.issues).toEqual([]);
  });

  it('speaks English with locale en-US', () => {
    const [r] = checkWorkbook([randomText()], { locale: 'en-US' });
    expect(r.issues[0].message).toMatch(/^No self-evaluation table found/);
    expect(r.issues[0].message).toContain('三级指标');
  });

  it('fires on a form cut off before its indicator header, which is still reported (kind, budget, header)', () => {
    const f = nationalForm();
    const header = f.grid.cells.findIndex((r) => r?.some((c) => c?.value === '年度总体目标'));
    const cut = { ...f.grid, cells: f.grid.cells.slice(0, header), merges: f.grid.merges.filter((m) => m.bottom < header) };
    const r = single(checkSheet(cut));
    expect(r.form?.kind).toBe('national-project');
    expect(r.budget?.executed).toBe(148);
    expect(r.issues.find((i) => i.rule === 'form-not-found')).toMatchObject({ severity: 'error', cell: null });
    expect(r.total).toBeNull();
  });

  it('near miss: the same rows without a title are no form at all', () => {
    const f = nationalForm();
    const header = f.grid.cells.findIndex((r) => r?.some((c) => c?.value === '年度总体目标'));
    const cut = { ...f.grid, cells: f.grid.cells.slice(1, header), merges: f.grid.merges.filter((m) => m.top >= 1 && m.bottom < header).map((m) => ({ ...m, top: m.top - 1, bottom: m.bottom - 1 })) };
    expect(single(checkSheet(cut)).form).toBeNull();
  });
});
