import { CellGrid, toA1 } from '../../src/core';
import { NATIONAL_CELLS, nationalProjectTemplate } from '../../src/core/template';
import { nationalFormTemplate, syntheticNationalSpec } from '../../scripts/lib/nationalForm';
import { departmentForm } from '../support/departmentForm';
import { nationalForm } from '../support/nationalForm';
import { hubeiScoredForm } from '../support/hubeiScoredForm';
import { check, expectClean } from '../support/issues';
import { sichuanForm } from '../support/sichuanForm';

/** The inline form builders the rule tests mutate: each is detected as its kind and is clean. */
describe('test form builders', () => {
  it('sichuanForm() is a clean sichuan-project form under the sichuan policy', () => {
    const r = check(sichuanForm().grid);
    expect(r.form).toMatchObject({ kind: 'sichuan-project', policy: 'sichuan' });
    expectClean(r);
    expect(r.indicators).toHaveLength(6);
    expect(r.budget).toMatchObject({ original: 100, adjusted: 100, executed: 95, rate: 0.95, weight: 10, score: 9.5 });
    expect(r.total).toMatchObject({ weight: 100, score: 99.5 });
  });

  it('hubeiScoredForm() is a clean hubei-scored form: 20 points of execution, weights as the met scores state them', () => {
    const r = check(hubeiScoredForm().grid);
    expect(r.form).toMatchObject({ kind: 'hubei-scored', policy: 'hubei' });
    expectClean(r);
    expect(r.budget).toMatchObject({ original: 200, executed: 190, rate: 0.95, weight: 20, score: 19 });
    expect(r.indicators.map((i) => i.weight)).toEqual([10, 10, 10, 10, 20, 20]);
    expect(r.total).toMatchObject({ weight: 100, score: 99 });
  });

  it('departmentForm() is a clean department form, with or without 全年预算数', () => {
    for (const adjustedColumn of [true, false]) {
      const r = check(departmentForm({ adjustedColumn }).grid);
      expect(r.form).toMatchObject({ kind: 'department', policy: 'national' });
      expectClean(r);
      expect(r.budget).toMatchObject({ original: 500, adjusted: adjustedColumn ? 500 : null, executed: 480, rate: 0.96, score: 9.6 });
      expect(r.indicators.map((i) => i.level1)).toEqual(['投入', '过程', '产出', '效果']);
    }
  });
});

/** The national form is laid out once, by the template (src/core/template); the builders fill it in. */
describe('the national form laid out once', () => {
  const blank = nationalProjectTemplate({ year: 2024, groups: [{ level1: '产出指标', level2: '数量指标', rows: 1 }] });
  const labels = blank.cells.filter((c) => typeof c.value === 'string' && c.row < NATIONAL_CELLS.firstIndicatorRow);

  it('the tests’ nationalForm() carries the template’s labels at the template’s cells', () => {
    const g = new CellGrid(nationalForm().grid);
    expect(labels.map((c) => [toA1(c.row, c.col), g.text(c.row, c.col)])).toEqual(labels.map((c) => [toA1(c.row, c.col), c.value]));
  });

  it('the examples’ and the benchmark’s form (scripts/lib/nationalForm.ts) is the template filled in', () => {
    const t = nationalFormTemplate(syntheticNationalSpec(7, false));
    const byCell = new Map(t.cells.map((c) => [`${c.row},${c.col}`, c.value]));
    expect(labels.map((c) => byCell.get(`${c.row},${c.col}`))).toEqual(labels.map((c) => c.value));
    expect(t.merges).toEqual(expect.arrayContaining(blank.merges.filter((m) => m.bottom < NATIONAL_CELLS.firstIndicatorRow)));
  });

  it('NATIONAL_CELLS names what detection finds on the template', () => {
    const r = check(nationalForm().grid);
    expect(r.budget?.cells).toEqual({ rate: toA1(NATIONAL_CELLS.budgetRows[0], NATIONAL_CELLS.budgetCols.rate), score: toA1(NATIONAL_CELLS.budgetRows[0], NATIONAL_CELLS.budgetCols.score) });
    expect(r.indicators[0].cells.target).toBe(toA1(NATIONAL_CELLS.firstIndicatorRow, NATIONAL_CELLS.indicatorCols.target));
  });
});
