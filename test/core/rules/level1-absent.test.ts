import { departmentForm } from '../../support/departmentForm';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { DEFAULT_INDICATORS, nationalForm, withIndicator } from '../../support/nationalForm';
import { rowsUntil } from '../../support/stackGrids';
import { gridFromTemplate, templateFor } from '../../../src/core/template';

/** The rows of a form down to its indicator header (the header row included). */
function headerOnly(grid: ReturnType<typeof nationalForm>['grid']) {
  const header = grid.cells.findIndex((r) => r?.some((c) => c?.value === '一级指标'));
  return rowsUntil(grid, header + 1);
}

/** rules.md `level1-absent` (warning): no indicator at all under 产出, 效益 or 满意度. */
describe('level1-absent', () => {
  it('fires when the 满意度 indicators are gone, at the block’s label (绩效指标), naming the level', () => {
    const f = nationalForm({ indicators: withIndicator(4, { weight: 25, score: 25 }, DEFAULT_INDICATORS.slice(0, 6)) });
    const i = theIssue(check(f.grid), 'level1-absent');
    expect(i.severity).toBe('warning');
    expect(i.message).toContain('满意度指标');
    const headerRow = Number(f.at.indicator(0, 'level1').slice(1)) - 1;
    expect(i.cell).toBe(`A${headerRow}`);
  });

  it('fires when there is no 效益 indicator', () => {
    const list = DEFAULT_INDICATORS.filter((x) => x.level1 !== '效益指标');
    const i = theIssue(check(nationalForm({ indicators: list }).grid), 'level1-absent');
    expect(i.message).toContain('效益指标');
  });

  it('near miss: all three levels present', () => {
    expectNoIssue(check(nationalForm().grid), 'level1-absent');
  });

  it('near miss: a department form measured by 投入 / 过程 / 产出 / 效果', () => {
    expectNoIssue(check(departmentForm().grid), 'level1-absent');
  });

  it('fires for each level on an indicator header with no row under it, at the header (corpus 58, 122)', () => {
    const r = check(headerOnly(nationalForm().grid));
    const absent = r.issues.filter((i) => i.rule === 'level1-absent');
    expect(absent.map((i) => i.message).join()).toEqual(expect.stringContaining('产出指标'));
    expect(absent.map((i) => i.message).join()).toEqual(expect.stringContaining('满意度指标'));
    expect(absent).toHaveLength(3);
    expect(new Set(absent.map((i) => i.cell)).size).toBe(1);
  });

  it('near miss: a department form cut after its indicator header (its framework is not shown yet)', () => {
    expectNoIssue(check(headerOnly(departmentForm().grid)), 'level1-absent');
  });

  it('near miss: a blank template, its level labels standing without indicators (empty-group says it)', () => {
    expectNoIssue(check(gridFromTemplate(templateFor('national-project'))), 'level1-absent');
  });
});
