import { check, expectNoIssue, theIssue } from '../../support/issues';
import { sichuanForm, withSichuanIndicator } from '../../support/sichuanForm';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/** rules.md `unit-nonstandard` (info): `百分比`, `％` and similar spellings. */
describe('unit-nonstandard', () => {
  it.each(['百分比', '％'])('fires on a 度量单位 of %p, naming the indicator and the standard %', (unit) => {
    const s = sichuanForm({ indicators: withSichuanIndicator(1, { unit }) });
    const r = check(s.grid);
    const i = theIssue(r, 'unit-nonstandard', s.at.indicator(1, 'unit'));
    expect(i).toMatchObject({ severity: 'info', indicator: '培训合格率' });
    expect(i.message).toContain(unit);
    expect(i.message).toContain('%');
    // … and the unit still reads as %.
    expect(r.indicators[1]).toMatchObject({ unit: '%', met: true });
  });

  it('near miss: %', () => {
    expectNoIssue(check(sichuanForm().grid), 'unit-nonstandard');
  });

  it('fires on %(百分比) (a unit glossed by its own name), which still reads as %', () => {
    const s = sichuanForm({ indicators: withSichuanIndicator(1, { unit: '%(百分比)' }) });
    const r = check(s.grid);
    expect(theIssue(r, 'unit-nonstandard', s.at.indicator(1, 'unit')).message).toContain('%(百分比)');
    expect(r.indicators[1]).toMatchObject({ unit: '%', met: true });
  });

  it('fires on a percent spelled as a word inside the target (≥100百分比), which still reads as 100%', () => {
    const f = nationalForm({ indicators: withIndicator(1, { name: '报告合格率', target: '≥98百分比', actual: '99%' }) });
    const r = check(f.grid);
    const i = theIssue(r, 'unit-nonstandard', f.at.indicator(1, 'target'));
    expect(i).toMatchObject({ severity: 'info', indicator: '报告合格率' });
    expect(i.message).toContain('百分比');
    expect(r.indicators[1]).toMatchObject({ unit: '%', met: true });
  });

  it.each(['≥98%', '≥98％', '≥2百分点'])('near miss: a target written %p', (target) => {
    const f = nationalForm({ indicators: withIndicator(1, { name: '报告合格率', target, actual: target.includes('点') ? '3百分点' : '99%' }) });
    expectNoIssue(check(f.grid), 'unit-nonstandard');
  });
});
