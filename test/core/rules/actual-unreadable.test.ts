import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/** rules.md `actual-unreadable` (error): the actual cannot be compared with the target (text for a numeric target, or vice versa). */
describe('actual-unreadable', () => {
  it('fires on text against a numeric target, naming the indicator, the actual and the target', () => {
    const f = nationalForm({ indicators: withIndicator(1, { actual: '良好' }) });
    const i = theIssue(check(f.grid), 'actual-unreadable', f.at.indicator(1, 'actual'));
    expect(i).toMatchObject({ severity: 'error', indicator: '工程验收合格率' });
    expect(i.message).toContain('良好');
    expect(i.message).toContain('≥95%');
  });

  it('fires on a band word against a numeric target', () => {
    const f = nationalForm({ indicators: withIndicator(1, { actual: '达成年度指标' }) });
    expect(theIssue(check(f.grid), 'actual-unreadable', f.at.indicator(1, 'actual')).severity).toBe('error');
  });

  it('fires on a number against a qualitative target', () => {
    const f = nationalForm({ indicators: withIndicator(5, { actual: '98%' }) });
    const i = theIssue(check(f.grid), 'actual-unreadable', f.at.indicator(5, 'actual'));
    expect(i.indicator).toBe('工程长效运行');
    expect(i.message).toContain('98%');
    expect(i.message).toContain('长期发挥效益');
  });

  it('near miss: a number inside a phrase against a qualitative target (增372人次) is text, said as a warning', () => {
    const f = nationalForm({ indicators: withIndicator(5, { actual: '增372人次' }) });
    const r = check(f.grid);
    expectNoIssue(r, 'actual-unreadable');
    expect(theIssue(r, 'qualitative-actual-unknown', f.at.indicator(5, 'actual')).severity).toBe('warning');
  });

  it.each([
    ['下降10%', '12%'],
    ['较上年增长5%', '6%'],
  ])('near miss: a target sentence holding a number (%s) answered by a number (%s) is a warning to judge, not an error', (target, actual) => {
    const f = nationalForm({ indicators: withIndicator(5, { target, actual }) });
    const r = check(f.grid);
    expectNoIssue(r, 'actual-unreadable');
    expect(theIssue(r, 'qualitative-actual-unknown', f.at.indicator(5, 'actual')).severity).toBe('warning');
  });

  describe('counts in Chinese numerals (一套, 两次)', () => {
    const row = (target: string, actual: string) => {
      const f = nationalForm({ indicators: withIndicator(0, { target, actual }) });
      return { f, r: check(f.grid) };
    };

    it.each([
      ['1套', '一套'],
      ['一套', '1套'],
      ['≥2次', '两次'],
    ])('near miss: %s answered by %s compares the counts: met, no error', (target, actual) => {
      const { r } = row(target, actual);
      expectNoIssue(r, 'actual-unreadable');
      expect(r.indicators[0].met).toBe(true);
    });

    it('a count short of the target in numerals is unmet (≥3次 against 一次)', () => {
      expect(row('≥3次', '一次').r.indicators[0].met).toBe(false);
    });

    it('near miss: a target in numerals answered by a band word stays qualitative (两次 against 已完成 is met)', () => {
      const { r } = row('两次', '已完成');
      expectNoIssue(r, 'actual-unreadable');
      expect(r.indicators[0].met).toBe(true);
    });

    it('still fires on words that only begin with a numeral (1次 against 一次性)', () => {
      const { f, r } = row('1次', '一次性');
      expect(theIssue(r, 'actual-unreadable', f.at.indicator(0, 'actual')).severity).toBe('error');
    });
  });

  it('fires on a range as an actual (95%-100%)', () => {
    const f = nationalForm({ indicators: withIndicator(1, { actual: '95%-100%' }) });
    expect(theIssue(check(f.grid), 'actual-unreadable').indicator).toBe('工程验收合格率');
  });

  it.each([[98], ['98'], ['98％'], ['98.0%']])('near miss: %p is a number in the target unit', (actual) => {
    const f = nationalForm({ indicators: withIndicator(1, { actual }) });
    const r = check(f.grid);
    expectNoIssue(r, 'actual-unreadable');
    expect(r.indicators[1].actual).toMatchObject({ value: 98, unit: '%' });
  });

  it.each(['已完成', '达到', '是'])('near miss: the band word %p against a qualitative target', (actual) => {
    expectNoIssue(check(nationalForm({ indicators: withIndicator(5, { actual }) }).grid), 'actual-unreadable');
  });

  describe('a deadline with the measure to reach by it (11月底完成100%)', () => {
    const row = (target: string, actual: string) => {
      const f = nationalForm({ indicators: withIndicator(2, { target, actual }) });
      return { f, r: check(f.grid) };
    };

    it('near miss: answered by the measure alone (100%), the measures compare: met, no error', () => {
      const { r } = row('11月底完成100%', '100%');
      expectNoIssue(r, 'actual-unreadable');
      expect(r.indicators[2]).toMatchObject({ met: true, target: { value: 100, unit: '%' } });
    });

    it('near miss: a measure short of it is unmet, not unreadable (年底前完成80% against 70%)', () => {
      const { r } = row('年底前完成80%', '70%');
      expectNoIssue(r, 'actual-unreadable');
      expect(r.indicators[2].met).toBe(false);
    });

    it('near miss: the actual written the same way against a plain target (100% against 11月底前完成100%)', () => {
      const { r } = row('100%', '11月底前完成100%');
      expectNoIssue(r, 'actual-unreadable');
      expect(r.indicators[2].met).toBe(true);
    });

    it('near miss: answered by a band word, it stays qualitative (达成年度指标 is met)', () => {
      const { r } = row('12月底前完成100%', '达成年度指标');
      expectNoIssue(r, 'actual-unreadable');
      expect(r.indicators[2].met).toBe(true);
    });

    it('still fires on a deadline with no measure (12月底前) answered by a number', () => {
      const { f, r } = row('12月底前', '100%');
      expect(theIssue(r, 'actual-unreadable', f.at.indicator(2, 'actual')).severity).toBe('error');
    });
  });
});
