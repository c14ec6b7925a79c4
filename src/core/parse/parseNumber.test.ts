import Decimal from 'decimal.js';
import {
  applyMultiplier,
  isPercentFormat,
  isPlausibleUnit,
  parseDecimalLoose,
  parseQuantity,
  readNumber,
  unitFromNumberFormat,
} from './parseNumber';

/** value and unit of a parsed quantity, for compact assertions. */
function vu(q: ReturnType<typeof parseQuantity>): [string, string | null] | null {
  return q === null ? null : [q.value.toString(), q.unit];
}

describe('parseQuantity: Excel numbers', () => {
  it('keeps an integer', () => {
    expect(vu(parseQuantity(421))).toEqual(['421', null]);
  });

  it('keeps a decimal exactly as displayed by String()', () => {
    expect(vu(parseQuantity(0.1))).toEqual(['0.1', null]);
  });

  it('does not introduce binary noise for 1.005', () => {
    expect(parseQuantity(1.005)?.value.toString()).toBe('1.005');
  });

  it('keeps a negative number', () => {
    expect(vu(parseQuantity(-3.5))).toEqual(['-3.5', null]);
  });

  it('keeps zero', () => {
    expect(vu(parseQuantity(0))).toEqual(['0', null]);
  });

  it('marks an Excel number as not from text', () => {
    expect(parseQuantity(5)?.fromText).toBe(false);
  });

  it('reads a fraction in a percent format as a percentage', () => {
    expect(vu(parseQuantity(0.99, { numberFormat: '0%' }))).toEqual(['99', '%']);
  });

  it('sets percentFormat for a percent-formatted number', () => {
    expect(parseQuantity(0.99, { numberFormat: '0.00%' })?.percentFormat).toBe(true);
  });

  it('scales 0.995 in a percent format exactly', () => {
    expect(parseQuantity(0.995, { numberFormat: '0.0%' })?.value.toString()).toBe('99.5');
  });

  it('scales 1 in a percent format to 100', () => {
    expect(parseQuantity(1, { numberFormat: '0%' })?.value.toString()).toBe('100');
  });

  it('does not scale a number in General format', () => {
    expect(vu(parseQuantity(0.99, { numberFormat: 'General' }))).toEqual(['0.99', null]);
  });

  it('does not set percentFormat without a percent format', () => {
    expect(parseQuantity(0.99)?.percentFormat).toBe(false);
  });

  it('takes the unit from a number format literal', () => {
    expect(vu(parseQuantity(421, { numberFormat: '0.00"万元"' }))).toEqual(['421', '万元']);
  });

  it('returns null for NaN', () => {
    expect(parseQuantity(Number.NaN)).toBeNull();
  });

  it('returns null for Infinity', () => {
    expect(parseQuantity(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('parseQuantity: text', () => {
  it.each([
    ['421', '421', null],
    [' 421 ', '421', null],
    ['1,234.5', '1234.5', null],
    ['1，234', '1234', null],
    ['12,345,678', '12345678', null],
    ['１２３', '123', null],
    ['９９．５％', '99.5', '%'],
    ['99%', '99', '%'],
    ['99％', '99', '%'],
    ['99 %', '99', '%'],
    ['-5', '-5', null],
    ['－5', '-5', null],
    ['\u22125', '-5', null],
    ['+5', '5', null],
    ['.5', '0.5', null],
    ['0.1', '0.1', null],
    ['421万元', '421', '万元'],
    ['421萬元', '421', '万元'],
    ['3亿元', '3', '亿元'],
    ['100元', '100', '元'],
    ['48.9万件', '489000', '件'],
    ['3亿人次', '300000000', '人次'],
    ['2.5万人次', '25000', '人次'],
    ['15秒', '15', '秒'],
    ['3个工作日', '3', '个工作日'],
    ['7天', '7', '天'],
    ['20件', '20', '件'],
    ['2次/年', '2', '次/年'],
    ['30km/h', '30', 'km/h'],
    ['150万', '1500000', null],
    ['95百分比', '95', '%'],
    ['1.5‰', '1.5', '‰'],
  ])('reads %j as %s %s', (text, value, unit) => {
    expect(vu(parseQuantity(text))).toEqual([value, unit]);
  });

  it('reads 150万 in a 万元 column as 150 万元', () => {
    expect(vu(parseQuantity('150万', { amountColumnUnit: '万元' }))).toEqual(['150', '万元']);
  });

  it('reads 150万 in a 元 column as 150 万元 (converted later by units)', () => {
    expect(vu(parseQuantity('150万', { amountColumnUnit: '元' }))).toEqual(['150', '万元']);
  });

  it('reads 150万 in a 件 column as 1500000', () => {
    expect(vu(parseQuantity('150万', { amountColumnUnit: '件' }))).toEqual(['1500000', null]);
  });

  it('keeps 421万元 in a 元 column as 421 万元', () => {
    expect(vu(parseQuantity('421万元', { amountColumnUnit: '元' }))).toEqual(['421', '万元']);
  });

  it('keeps 150万元 unscaled', () => {
    expect(vu(parseQuantity('150万元'))).toEqual(['150', '万元']);
  });

  it('marks text numbers as fromText', () => {
    expect(parseQuantity('421')?.fromText).toBe(true);
  });

  it('keeps the unit as written in unitText', () => {
    expect(parseQuantity('99％')?.unitText).toBe('％');
  });

  it('keeps the 万 of a scaled unit in unitText', () => {
    expect(parseQuantity('48.9万件')?.unitText).toBe('万件');
  });

  it('has no unitText without a unit', () => {
    expect(parseQuantity('48.9')?.unitText).toBeNull();
  });

  it('ignores the number format for text', () => {
    expect(vu(parseQuantity('0.99', { numberFormat: '0%' }))).toEqual(['0.99', null]);
  });

  it('never goes through binary floats: 0.1 + 0.2 style digits stay exact', () => {
    expect(parseQuantity('0.30000000000000001')?.value.toString()).toBe('0.30000000000000001');
  });

  it.each([
    [''],
    ['   '],
    ['#DIV/0!'],
    ['#REF!'],
    ['#N/A'],
    ['≥95%'],
    ['95%以上'],
    ['约95%'],
    ['95%%'],
    ['9.5.1'],
    ['1,2'],
    ['1 234'],
    ['95.'],
    ['abc'],
    ['效果明显'],
    ['—'],
    ['95%-100%'],
    ['100%a'],
    ['15秒以内'],
    ['3个工作日内'],
    ['完成3个'],
    ['3个项目建设完成了'],
  ])('returns null for %j', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });

  it('returns null for null', () => {
    expect(parseQuantity(null)).toBeNull();
  });

  it('returns null for undefined', () => {
    expect(parseQuantity(undefined)).toBeNull();
  });

  it('returns null for a boolean', () => {
    expect(parseQuantity(true)).toBeNull();
  });
});

describe('parseDecimalLoose', () => {
  it.each([
    ['1,234.5', '1234.5'],
    [' 42 ', '42'],
    ['１２３', '123'],
    ['-0.5', '-0.5'],
  ])('reads %j as %s', (text, value) => {
    expect(parseDecimalLoose(text)?.toString()).toBe(value);
  });

  it('reads an Excel number', () => {
    expect(parseDecimalLoose(421.5)?.toString()).toBe('421.5');
  });

  it.each([['95%'], ['150万'], ['abc'], [''], ['1 234']])('returns null for %j', (text) => {
    expect(parseDecimalLoose(text)).toBeNull();
  });

  it('returns null for null', () => {
    expect(parseDecimalLoose(null)).toBeNull();
  });
});

describe('readNumber', () => {
  it('reads a number at the start', () => {
    expect(readNumber('95%')).toEqual({ value: new Decimal(95), end: 2 });
  });

  it('reads a number at an offset', () => {
    const n = readNumber('≥98.5%', 1);
    expect([n?.value.toString(), n?.end]).toEqual(['98.5', 5]);
  });

  it('reads comma groups of three', () => {
    expect(readNumber('1,234,567元')?.value.toString()).toBe('1234567');
  });

  it('stops before a comma not followed by three digits', () => {
    expect(readNumber('12,34')?.end).toBe(2);
  });

  it('returns null without a number', () => {
    expect(readNumber('≥')).toBeNull();
  });
});

describe('isPlausibleUnit', () => {
  it.each(['%', '‰', '万元', '件', '个工作日', '次/年', 'km', '平方公里', 'm²'])('accepts %s', (u) => {
    expect(isPlausibleUnit(u)).toBe(true);
  });

  it.each(['%%', '%a', '以上', '秒以内', '个工作日内', '的群众', '左右', '/年', '次/', '.1', '1', '七个汉字的单位'])(
    'rejects %s',
    (u) => {
      expect(isPlausibleUnit(u)).toBe(false);
    },
  );
});

describe('applyMultiplier', () => {
  it('scales 万件', () => {
    const r = applyMultiplier(new Decimal('48.9'), '万件');
    expect([r.value.toString(), r.unit]).toEqual(['489000', '件']);
  });

  it('does not scale 万元', () => {
    const r = applyMultiplier(new Decimal('421'), '万元');
    expect([r.value.toString(), r.unit]).toEqual(['421', '万元']);
  });

  it('scales a bare 亿 outside a money column', () => {
    const r = applyMultiplier(new Decimal('1.2'), '亿');
    expect([r.value.toString(), r.unit]).toEqual(['120000000', null]);
  });

  it('reads a bare 亿 in a money column as 亿元', () => {
    const r = applyMultiplier(new Decimal('1.2'), '亿', '万元');
    expect([r.value.toString(), r.unit]).toEqual(['1.2', '亿元']);
  });

  it('passes a missing unit through', () => {
    const r = applyMultiplier(new Decimal('5'), null);
    expect([r.value.toString(), r.unit]).toEqual(['5', null]);
  });
});

describe('isPercentFormat', () => {
  it.each(['0%', '0.00%', '#,##0.0%', '0%;-0%', '[Red]0.0%'])('accepts %s', (f) => {
    expect(isPercentFormat(f)).toBe(true);
  });

  it.each(['General', '0.00', '0"%"', '0\\%', '@', ''])('rejects %j', (f) => {
    expect(isPercentFormat(f)).toBe(false);
  });

  it('rejects undefined', () => {
    expect(isPercentFormat(undefined)).toBe(false);
  });

  it('uses the negative section for a negative value', () => {
    expect(isPercentFormat('0.00;-0.00%', -1)).toBe(true);
  });

  it('uses the positive section for a positive value', () => {
    expect(isPercentFormat('0.00;-0.00%', 1)).toBe(false);
  });
});

describe('unitFromNumberFormat', () => {
  it.each([
    ['0.00"万元"', '万元'],
    ['#,##0"件"', '件'],
    ['0\\秒', '秒'],
    ['0"个工作日"', '个工作日'],
    ['0.00"％"', '%'],
  ])('reads %s as %s', (f, unit) => {
    expect(unitFromNumberFormat(f)).toBe(unit);
  });

  it.each(['General', '0.00', '"约"0', '0"以上"', '@"元"'])('finds no unit in %s', (f) => {
    expect(unitFromNumberFormat(f)).toBeNull();
  });
});
