import { withCell } from '../../support/fixtures';
import { hubeiScoredForm } from '../../support/hubeiScoredForm';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';
import { sichuanForm } from '../../support/sichuanForm';

/** rules.md `execution-weight-unusual` (warning): the execution 分值 differs from the policy's (10, or 20 for hubei). */
describe('execution-weight-unusual', () => {
  it('fires on a national 分值 of 20, naming it and the expected 10', () => {
    const f = nationalForm({ budget: [150, 150, 148, 20, '98.67%', 19.73] });
    const i = theIssue(check(f.grid), 'execution-weight-unusual', f.at.weight);
    expect(i.severity).toBe('warning');
    expect(i.message).toContain('20');
    expect(i.message).toContain('10');
  });

  it('fires on a national form checked under the hubei policy: 10 where hubei gives 20', () => {
    const f = nationalForm();
    const i = theIssue(check(f.grid, { policy: 'hubei' }), 'execution-weight-unusual', f.at.weight);
    expect(i.message).toContain('20');
  });

  it('fires on a hubei-scored block worth 10 points, at the block label', () => {
    const h = hubeiScoredForm();
    const label = h.at.budgetLabel;
    const r = check(withCell(h.grid, label, '预算执行情况（万元）（10分）'));
    const i = theIssue(r, 'execution-weight-unusual', label);
    expect(i.message).toContain('10');
    expect(i.message).toContain('20');
  });

  it('near miss: 10 on the national form, 20 on the hubei-scored form, 10 on the sichuan form', () => {
    expectNoIssue(check(nationalForm().grid), 'execution-weight-unusual');
    expectNoIssue(check(hubeiScoredForm().grid), 'execution-weight-unusual');
    expectNoIssue(check(sichuanForm().grid), 'execution-weight-unusual');
  });
});
