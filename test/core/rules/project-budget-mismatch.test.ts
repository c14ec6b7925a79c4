import { jingmenGrid, withCell } from '../../support/fixtures';
import { check, expectNoIssue, theIssue } from '../../support/issues';

/** rules.md `project-budget-mismatch` (warning): 项目总预算 differs from the budget of the execution block. */
describe('project-budget-mismatch', () => {
  it('fires when 项目总预算 says 400 and the block 421, naming both', () => {
    const i = theIssue(check(withCell(jingmenGrid(), 'B5', 400)), 'project-budget-mismatch', 'B5');
    expect(i.severity).toBe('warning');
    expect(i.message).toContain('400');
    expect(i.message).toContain('421');
  });

  it('fires on a small difference (420.9)', () => {
    expect(theIssue(check(withCell(jingmenGrid(), 'B5', 420.9)), 'project-budget-mismatch').severity).toBe('warning');
  });

  it.each([[421], ['421万元'], ['421万'], ['4210000元'], ['421.00']])('near miss: %p is 421 (万元)', (v) => {
    expectNoIssue(check(withCell(jingmenGrid(), 'B5', v)), 'project-budget-mismatch');
  });
});
