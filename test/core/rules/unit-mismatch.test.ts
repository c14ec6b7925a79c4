import { check, expectNoIssue, issuesOf, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';
import { sichuanForm, withSichuanIndicator } from '../../support/sichuanForm';

/**
 * rules.md `unit-mismatch` (error): the unit column, target and actual name incompatible units (`%` vs `万元`);
 * a warning where both count or both time alike (README, Decisions).
 */
describe('unit-mismatch', () => {
  it('fires when the 度量单位 says % and the target 95万元, naming both units', () => {
    const s = sichuanForm({ indicators: withSichuanIndicator(1, { value: '95万元' }) });
    const i = theIssue(check(s.grid), 'unit-mismatch', s.at.indicator(1, 'value'));
    expect(i).toMatchObject({ severity: 'error', indicator: '培训合格率' });
    expect(i.message).toContain('%');
    expect(i.message).toContain('万元');
  });

  it('fires when the target is in % and the actual in 万元', () => {
    const f = nationalForm({ indicators: withIndicator(1, { actual: '96万元' }) });
    const i = theIssue(check(f.grid), 'unit-mismatch', f.at.indicator(1, 'actual'));
    expect(i.indicator).toBe('工程验收合格率');
    expect(i.message).toContain('%');
    expect(i.message).toContain('万元');
  });

  it('warns on counting words of different things (人 vs 件), leaving the row unscored', () => {
    const f = nationalForm({ indicators: withIndicator(4, { target: '≥30000人', actual: '32000件' }) });
    const r = check(f.grid);
    expect(theIssue(r, 'unit-mismatch', f.at.indicator(4, 'actual')).severity).toBe('warning');
    expect(r.indicators[4].met).toBeNull();
  });

  it('warns on one count written two ways (人 vs 人次) and compares the numbers as written', () => {
    const f = nationalForm({ indicators: withIndicator(4, { target: '≥30000人', actual: '32000人次' }) });
    const r = check(f.grid);
    expect(theIssue(r, 'unit-mismatch', f.at.indicator(4, 'actual')).severity).toBe('warning');
    expect(r.indicators[4].met).toBe(true);
  });

  it('compares the general 个 with a counting word as written (≥10个 vs 8家: not met)', () => {
    const f = nationalForm({ indicators: withIndicator(0, { target: '≥10个', actual: '8家', deviation: '部分企业未申报' }) });
    const r = check(f.grid);
    expect(theIssue(r, 'unit-mismatch', f.at.indicator(0, 'actual')).severity).toBe('warning');
    expect(r.indicators[0].met).toBe(false);
  });

  it('warns on two times that do not convert (个工作日 vs 天), leaving the row unscored', () => {
    const f = nationalForm({ indicators: withIndicator(2, { target: '≤5个工作日', actual: '3天' }) });
    const r = check(f.grid);
    expect(theIssue(r, 'unit-mismatch', f.at.indicator(2, 'actual')).severity).toBe('warning');
    expect(r.indicators[2].met).toBeNull();
  });

  it('warns on a 度量单位 of 人次 beside a target written 500人, and still scores the row', () => {
    const s = sichuanForm({ indicators: withSichuanIndicator(0, { value: '500人' }) });
    const r = check(s.grid);
    expect(theIssue(r, 'unit-mismatch', s.at.indicator(0, 'value')).severity).toBe('warning');
    expect(r.indicators[0].met).toBe(true);
  });

  it('says that slip once: an actual written like the target (520人) adds no second warning', () => {
    const s = sichuanForm({ indicators: withSichuanIndicator(0, { value: '500人', actual: '520人' }) });
    expect(issuesOf(check(s.grid), 'unit-mismatch')).toHaveLength(1);
  });

  it('warns on a percentage answered in points (≥90% vs 95分) and compares them as written', () => {
    const f = nationalForm({ indicators: withIndicator(6, { actual: '95分' }) });
    const r = check(f.grid);
    expect(theIssue(r, 'unit-mismatch', f.at.indicator(6, 'actual')).severity).toBe('warning');
    expect(r.indicators[6].met).toBe(true);
  });

  it('near miss: a count against a length (人 vs 米) is still an error', () => {
    const f = nationalForm({ indicators: withIndicator(4, { target: '≥30000人', actual: '32000米' }) });
    expect(theIssue(check(f.grid), 'unit-mismatch', f.at.indicator(4, 'actual')).severity).toBe('error');
  });

  it('near miss: 125000米 against ≥120公里 converts, and is met', () => {
    const f = nationalForm({ indicators: withIndicator(0, { actual: '125000米' }) });
    const r = check(f.grid);
    expectNoIssue(r, 'unit-mismatch');
    expect(r.indicators[0].met).toBe(true);
  });

  it('near miss: 元 under a 万元 column converts (× 10 000)', () => {
    const s = sichuanForm({ indicators: withSichuanIndicator(3, { value: '1000元', unit: '万元', actual: 0.096 }) });
    const r = check(s.grid);
    expectNoIssue(r, 'unit-mismatch');
    expect(r.indicators[3].target).toMatchObject({ value: 0.1, unit: '万元' });
    expect(r.indicators[3].met).toBe(true);
  });

  it('near miss: ％ and % are one unit', () => {
    const f = nationalForm({ indicators: withIndicator(1, { actual: '98％' }) });
    expectNoIssue(check(f.grid), 'unit-mismatch');
  });
});
