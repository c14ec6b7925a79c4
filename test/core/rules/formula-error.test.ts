import { withCell } from '../../support/fixtures';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';

/** rules.md `formula-error` (error): a cell shows #DIV/0!, #REF!, #VALUE!, #N/A, #NAME?, #NUM! or #NULL!. */
describe('formula-error', () => {
  const f = nationalForm();

  it.each(['#DIV/0!', '#REF!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!'])('fires on %s, naming it', (err) => {
    const g = withCell(f.grid, f.at.rate, err, { formula: '=E6/D6' });
    const i = theIssue(check(g), 'formula-error', f.at.rate);
    expect(i.severity).toBe('error');
    expect(i.message).toContain(err);
  });

  it('fires in an indicator cell', () => {
    const at = f.at.indicator(0, 'target');
    expect(theIssue(check(withCell(f.grid, at, '#N/A')), 'formula-error', at).severity).toBe('error');
  });

  it.each(['#1标段返工', 'N/A', '#DIV'])('near miss: %p is text', (text) => {
    expectNoIssue(check(withCell(f.grid, f.at.indicator(0, 'deviation'), text)), 'formula-error');
  });
});
