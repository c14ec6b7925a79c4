import { jingmenGrid, withCell } from '../../support/fixtures';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';

/** rules.md `execution-rate-empty` (info): 执行率 empty, the add-in fills it. */
describe('execution-rate-empty', () => {
  it('fires on an empty national 执行率 with the computed rate, and plans the write', () => {
    const f = nationalForm({ budget: [150, 150, 148, 10, null, 9.87] });
    const r = check(f.grid);
    const i = theIssue(r, 'execution-rate-empty', f.at.rate);
    expect(i.severity).toBe('info');
    expect(i.message).toContain('98.67%');
    expect(r.writes).toContainEqual({ cell: f.at.rate, value: 0.9867, numberFormat: '0.00%', what: 'rate', previous: null, overwrites: false });
  });

  it('fires on the hubei-project form (执行率(b/A) empty): 421 of 421 is 100%', () => {
    const r = check(withCell(jingmenGrid(), 'F19', null));
    const i = theIssue(r, 'execution-rate-empty', 'F19');
    expect(i.message).toContain('100%');
    expect(r.writes).toEqual([{ cell: 'F19', value: 1, numberFormat: '0.00%', what: 'rate', previous: null, overwrites: false }]);
  });

  it('near miss: a stated rate', () => {
    expectNoIssue(check(nationalForm().grid), 'execution-rate-empty');
  });

  it('near miss: no rate when the amounts cannot give one (executed empty)', () => {
    const f = nationalForm({ budget: [150, 150, null, 10, null, null] });
    expectNoIssue(check(f.grid), 'execution-rate-empty');
  });
});
