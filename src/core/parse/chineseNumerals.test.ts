import { chineseNumeralValue, withArabicNumerals } from './chineseNumerals';
import { actualInNumerals, targetInNumerals } from './parseTarget';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零五', 105],
    ['两千', 2000],
    ['一万二千', 12000],
  ])('%s is %d', (run, value) => {
    expect(chineseNumeralValue(run)).toBe(value);
  });

  it.each(['二三', '万', '一万二万'])('near miss: %s is no numeral', (run) => {
    expect(chineseNumeralValue(run)).toBeNull();
  });

  it('rewrites the first run in digits (不少于两次 → 不少于2次)', () => {
    expect(withArabicNumerals('不少于两次')).toBe('不少于2次');
  });

  it('near miss: a text without numerals is left (null)', () => {
    expect(withArabicNumerals('达成年度指标')).toBeNull();
  });

  it.each([
    ['一套', 1, '套'],
    ['≥三次', 3, '次'],
    ['十二期', 12, '期'],
  ])('a target %s is the count %d %s', (text, value, unit) => {
    expect(targetInNumerals(text)).toMatchObject({ kind: 'quantity', unit, text });
    expect(targetInNumerals(text)?.value.toNumber()).toBe(value);
  });

  it('an actual 已完成三次 is the count 3 次', () => {
    expect(actualInNumerals('已完成三次')).toMatchObject({ kind: 'quantity', unit: '次' });
  });

  it.each(['一般', '一致', '十分满意', '一次性', '两学一做', '零投诉', '一站式服务'])('near miss: %s stays words', (text) => {
    expect(targetInNumerals(text)).toBeNull();
    expect(actualInNumerals(text)).toBeNull();
  });
});
