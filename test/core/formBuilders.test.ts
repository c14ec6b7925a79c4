import { departmentForm } from '../support/departmentForm';
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

  it('hubeiScoredForm() is a clean hubei-scored form: 20 points of execution, 40 per block spread evenly', () => {
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
