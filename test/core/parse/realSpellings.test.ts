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

describe('square unit symbols and powers typed as digits', () => {
  it.each([
    ['≥500㎡', '500', 'm²'],
    ['1.2万㎡', '12000', 'm²'],
    ['30㎡/人', '30', 'm²/人'],
    ['500m2', '500', 'm2'],
    ['≥10㎞', '10', 'km'],
  ])('%s reads as %s %s', (text, value, unit) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'quantity', value: expect.objectContaining({}), unit });
    const t = parseTarget(text);
    expect(t.kind === 'quantity' && t.value.toString()).toBe(value);
  });

  it('near miss: a digit after letters that is part of a number is no power (5m 20)', () => {
    expect(parseTarget('5m 20').kind).toBe('unreadable');
  });
});

describe('sentence punctuation and notes around a measure', () => {
  it.each([
    ['100%。', '100'],
    ['≥95%.', '95'],
    ['≥95%；', '95'],
    ['≥95%,', '95'],
    ['95%以上(含95%)', '95'],
    ['≥98%(含本数)', '98'],
  ])('%s reads as its measure', (text, value) => {
    const t = parseTarget(text);
    expect(t.kind === 'quantity' && t.value.toString()).toBe(value);
  });

  it('reads an actual ending in a full stop as its number', () => {
    expect(parseActual('96.8%；', { targetUnit: '%' })).toMatchObject({ kind: 'quantity', unit: '%' });
  });

  it('near miss: two measures in one cell stay unreadable (≥95%,≥98%)', () => {
    expect(parseTarget('≥95%,≥98%').kind).toBe('unreadable');
  });

  it('near miss: a note in brackets with another number is not dropped (95%(2022年))', () => {
    expect(parseTarget('95%(2022年)').kind).not.toBe('quantity');
  });
});

describe('an actual written with its verb (完成98%)', () => {
  it.each([
    ['完成98%', '98', '%'],
    ['已完成120人次', '120', '人次'],
    ['实际完成3次', '3', '次'],
  ])('%s reads as %s %s', (text, value, unit) => {
    const a = parseActual(text, {});
    expect(a).toMatchObject({ kind: 'quantity', unit });
    expect(a.kind === 'quantity' && a.value.toString()).toBe(value);
  });

  it('near miss: a sentence after the verb stays text (完成3个项目建设)', () => {
    expect(parseActual('完成3个项目建设', {}).kind).toBe('qualitative');
  });
});

describe('ratios and finished-early answers', () => {
  it('reads a ratio (1:1) as text to judge, not as an unreadable measure', () => {
    expect(parseTarget('1:1')).toMatchObject({ kind: 'qualitative' });
    expect(parseActual('1：1', {}).kind).toBe('qualitative');
  });

  it.each(['1:1配套', '按1:0.5配套'])('reads a ratio with words around it (%s) as text too', (text) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'qualitative' });
  });

  it('near miss: a ratio followed by a number and a unit stays unreadable (1:1 3个)', () => {
    expect(parseTarget('1:1 3个').kind).toBe('unreadable');
  });

  it.each(['超额完成', '提前完成', '已提前完成'])('reads %s as met', (text) => {
    expect(parseActual(text, {})).toMatchObject({ kind: 'qualitative', band: 'met' });
  });

  it('near miss: 未提前完成 is not met', () => {
    expect(parseActual('未提前完成', {})).not.toMatchObject({ band: 'met' });
  });
});

describe('a floor and a ceiling in one target', () => {
  it.each(['≥90%且≤100%', '不低于90%,不高于100%', '≥90%;≤100%'])('%s reads as the range 90–100%', (text) => {
    const t = parseTarget(text);
    expect(t).toMatchObject({ kind: 'quantity', unit: '%' });
    expect(t.kind === 'quantity' && [t.value.toString(), t.high?.toString()]).toEqual(['90', '100']);
  });

  it('near miss: a ceiling below the floor stays unreadable (≥90%且≤80%)', () => {
    expect(parseTarget('≥90%且≤80%').kind).toBe('unreadable');
  });

  it('near miss: two floors stay unreadable (≥95%,≥98%)', () => {
    expect(parseTarget('≥95%,≥98%').kind).toBe('unreadable');
  });
});

describe('a measure beside a word saying it is met', () => {
  it.each([
    ['已完成,98%', '98'],
    ['98%，达标', '98'],
    ['完成；520人次', '520'],
    ['达标（98%）', '98'],
    ['已完成(120人次)', '120'],
  ])('%s reads as its measure', (text, value) => {
    const a = parseActual(text, {});
    expect(a.kind).toBe('quantity');
    expect(a.kind === 'quantity' && a.value.toString()).toBe(value);
  });

  it('near miss: a measure in brackets after a word saying it is partly met stays text (部分完成（80%）)', () => {
    expect(parseActual('部分完成（80%）', {}).kind).toBe('qualitative');
  });

  it('an actual with a half-width full stop after its unit (98%.) reads as its measure', () => {
    const a = parseActual('98%.', {});
    expect(a.kind === 'quantity' && a.value.toString()).toBe('98');
  });

  it.each([
    ['148万元，节约2万元', '148'],
    ['520人次，超出目标20人次', '520'],
    ['98%，较上年增长5%', '98'],
  ])('%s (the measure, then a clause setting it against something) reads as the measure', (text, value) => {
    const a = parseActual(text, {});
    expect(a.kind === 'quantity' && a.value.toString()).toBe(value);
  });

  it('near miss: such a clause before the measure leaves the text unread (节约2万元，148万元)', () => {
    expect(parseActual('节约2万元，148万元', {}).kind).not.toBe('quantity');
  });

  it('near miss: a measure then a part of it is not that clause (148万元，其中设备100万元)', () => {
    expect(parseActual('148万元，其中设备100万元', {}).kind).not.toBe('quantity');
  });

  it('near miss: a measure beside a word saying it is not met stays text (98%，未达标)', () => {
    expect(parseActual('98%，未达标', {}).kind).not.toBe('quantity');
  });

  it('near miss: two measures stay unreadable (95%,98%)', () => {
    expect(parseActual('95%,98%', {}).kind).not.toBe('quantity');
  });
});

describe('a target of none', () => {
  it.each(['0起', '0次', '0'])('%s with no comparator means at most none (≤ 0)', (text) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'quantity', op: '<=', opExplicit: false });
  });

  it('the number 0 in a target cell reads the same', () => {
    expect(parseTarget(0)).toMatchObject({ kind: 'quantity', op: '<=' });
  });

  it('near miss: a comparator typed with it is kept (≥0次)', () => {
    expect(parseTarget('≥0次')).toMatchObject({ op: '>=' });
  });

  it('near miss: a target above none keeps the default ≥ (10次)', () => {
    expect(parseTarget('10次')).toMatchObject({ op: '>=' });
  });
});
