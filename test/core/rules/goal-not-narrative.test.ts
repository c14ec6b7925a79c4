import { jingmenGrid, withCell } from '../../support/fixtures';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';

/** rules.md `goal-not-narrative` (warning): a goal or completion narrative that is only a number. */
describe('goal-not-narrative', () => {
  it('fires on an 实际完成情况 of only a number', () => {
    const f = nationalForm({ goalActual: '125' });
    const i = theIssue(check(f.grid), 'goal-not-narrative', f.at.goalActual);
    expect(i.severity).toBe('warning');
    expect(i.message).toContain('125');
  });

  it('fires on a 预期目标 of only a percent', () => {
    const f = nationalForm({ goalPlanned: '98%' });
    const i = theIssue(check(f.grid), 'goal-not-narrative', f.at.goalPlanned);
    expect(i.message).toContain('98%');
  });

  it('fires on an Excel number in 项目基本情况', () => {
    const i = theIssue(check(withCell(jingmenGrid(), 'B9', 100)), 'goal-not-narrative', 'B9');
    expect(i.severity).toBe('warning');
  });

  it('near miss: a number inside a sentence is a narrative', () => {
    expectNoIssue(check(nationalForm({ goalActual: '完成管网125公里' }).grid), 'goal-not-narrative');
  });

  it('near miss: an empty narrative is field-empty, not this rule', () => {
    expectNoIssue(check(nationalForm({ goalActual: null }).grid), 'goal-not-narrative');
  });
});
