import { departmentForm } from '../../support/departmentForm';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/** rules.md `level1-unknown` (error): 一级 is not a known first level for the form kind. */
describe('level1-unknown', () => {
  const withLevel1 = (level1: string) => nationalForm({ indicators: withIndicator(6, { level1 }) });

  it('fires on 工作指标, naming it', () => {
    const f = withLevel1('工作指标');
    const i = theIssue(check(f.grid), 'level1-unknown', f.at.indicator(6, 'level1'));
    expect(i.severity).toBe('error');
    expect(i.message).toContain('工作指标');
  });

  it.each([
    ['满意', '满意度指标'],
    ['满意指标', '满意度指标'],
    ['满意度指', '满意度指标'],
  ])('reads the short form %p as %p, said as info', (level1, name) => {
    const f = withLevel1(level1);
    const i = theIssue(check(f.grid), 'level1-unknown', f.at.indicator(6, 'level1'));
    expect(i.severity).toBe('info');
    expect(i.message).toContain(name);
  });

  it('near miss: a first-level cell holding only its points ((10分)) names no level: level1-absent, not unknown', () => {
    const r = check(withLevel1('(10分)').grid);
    expectNoIssue(r, 'level1-unknown');
    expect(r.issues.filter((i) => i.rule === 'level1-absent').map((i) => i.message).join()).toContain('满意度');
  });

  it('near miss: a first level holding only its points over a level label row with no indicator', () => {
    const f = nationalForm({ indicators: [...withIndicator(6, { level1: '满意度指标' }), { level1: '(10分)', level2: '满意度指标', name: '', target: null, actual: null, weight: null, score: null }] });
    expectNoIssue(check(f.grid), 'level1-unknown');
  });

  it('a short form counts under its level: no level1-absent for it', () => {
    expectNoIssue(check(withLevel1('满意').grid), 'level1-absent');
  });

  it('near miss: one character says too little (满) and stays an error', () => {
    const f = withLevel1('满');
    expect(theIssue(check(f.grid), 'level1-unknown', f.at.indicator(6, 'level1')).severity).toBe('error');
  });

  it('fires on the department framework 投入 in a project form', () => {
    const f = withLevel1('投入');
    expect(theIssue(check(f.grid), 'level1-unknown', f.at.indicator(6, 'level1')).message).toContain('投入');
  });

  it.each(['满意度指标(10分)', '满意度指标（10分）', '滿意度指標', '满意度\n指标', '满意度'])('near miss: %p is 满意度指标', (level1) => {
    expectNoIssue(check(withLevel1(level1).grid), 'level1-unknown');
  });

  it('near miss: 投入 / 过程 / 产出 / 效果 in a department form', () => {
    expectNoIssue(check(departmentForm().grid), 'level1-unknown');
  });

  it('fires on a first level left without indicators (only its label on the row)', () => {
    const f = nationalForm({ indicators: [...withIndicator(6, { level1: '满意度指标' }), { level1: '效果目标', level2: '', name: '', target: null, actual: null, weight: null, score: null }] });
    expect(theIssue(check(f.grid), 'level1-unknown', f.at.indicator(7, 'level1')).message).toContain('效果目标');
  });

  it('near miss: a sentence alone in the level column is a note, not a level label', () => {
    const f = nationalForm({ indicators: [...withIndicator(6, { level1: '满意度指标' }), { level1: '注：各指标完成情况详见附件。', level2: '', name: '', target: null, actual: null, weight: null, score: null }] });
    expectNoIssue(check(f.grid), 'level1-unknown');
  });
});
