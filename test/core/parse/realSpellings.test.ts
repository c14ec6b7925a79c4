import { normalizeUnit, parseActual, parseComparator, parseTarget } from '../../../src/core/parse';
import { isDateFormat, formatDate, dateFromSerial } from '../../../src/core/parse/dates';

/** Units, comparators and dates in the spellings real tables use (issue 8). */
describe('compound units', () => {
  it.each([
    ['≥500元/人·年', '元/人·年'],
    ['>=530元/人*月', '元/人·月'],
    ['1200人次/年', '人次/年'],
    ['≥5吨/日', '吨/日'],
    ['<=5300元/户', '元/户'],
    ['400元/人、天', '元/人·天'],
    ['400元/人.天', '元/人·天'],
  ])('%s reads with the unit %s', (text, unit) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'quantity', unit });
  });

  it('compares an actual in the same compound unit written with another product sign', () => {
    expect(parseActual('583元/人×月', { targetUnit: '元/人·月' })).toMatchObject({ kind: 'quantity', unit: '元/人·月' });
  });

  it('near miss: 、 between two measures is a list, not a product sign', () => {
    expect(parseTarget('3人、5天').kind).not.toBe('quantity');
  });

  it('near miss: a sentence with a slash is no unit', () => {
    expect(parseTarget('完成3个/项目的建设任务').kind).toBe('qualitative');
  });
});

describe('units written before the number', () => {
  it.each([
    ['人次≥500', '人次'],
    ['元/人·年≥500', '元/人·年'],
    ['￥500', '元'],
  ])('%s reads with the unit %s', (text, unit) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'quantity', value: expect.anything(), unit });
  });

  it('near miss: a name before the measure is no unit (满意度95%)', () => {
    expect(parseTarget('满意度95%')).toMatchObject({ kind: 'quantity', unit: '%' });
  });
});

describe('comparators and percent descriptors', () => {
  it.each(['═', '＝', '﹦', '='])('%s is =', (c) => {
    expect(parseComparator(c)).toBe('=');
  });

  it('reads 100%覆盖 as 100% (what the percentage measures follows it)', () => {
    expect(parseTarget('100%覆盖')).toMatchObject({ kind: 'quantity', op: '>=', unit: '%' });
  });

  it('near miss: 95%左右 stays approximate', () => {
    expect(parseTarget('95%左右').kind).toBe('unreadable');
  });

  it('reads %(百分比) in a unit column as % (a nonstandard spelling)', () => {
    expect(normalizeUnit('%(百分比)')).toEqual({ unit: '%', nonstandard: true });
  });
});

describe('dates', () => {
  it.each(['yyyy"年"m"月"d"日"', 'yyyy/m/d', 'm"月"d"日"', '[$-804]yyyy"年"m"月"'])('%s is a date format', (f) => {
    expect(isDateFormat(f)).toBe(true);
  });

  it.each(['General', '0.00%', '0.00', '#,##0', 'h:mm'])('near miss: %s is not a date format', (f) => {
    expect(isDateFormat(f)).toBe(false);
  });

  it('shows a serial as the zh-CN format shows it', () => {
    expect(formatDate(dateFromSerial(45657)!, 'yyyy"年"m"月"d"日"')).toBe('2024年12月31日');
    expect(formatDate(dateFromSerial(45657)!, 'yyyy"年"m"月"')).toBe('2024年12月');
  });
});

describe('a period written as a date range', () => {
  it.each(['2021.1.1-12.31', '2021.1-2021.12', '2021/3/1~2021/6/30'])('%s is a deadline (qualitative), not unreadable', (text) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'qualitative', reason: 'date' });
  });

  it('near miss: a range of plain numbers is a range', () => {
    expect(parseTarget('1.5-2.5')).toMatchObject({ kind: 'quantity', high: expect.anything() });
  });
});

describe('a date in digits alone', () => {
  it.each(['2024.12', '2024-12-31', '2024/12/31前'])('%s is a deadline', (text) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'qualitative', reason: 'date' });
  });

  it.each(['4557.51', '2024.13', '1200.5', '3000.15'])('near miss: %s, no year and month a table could mean, is a number', (text) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'quantity' });
  });
});
