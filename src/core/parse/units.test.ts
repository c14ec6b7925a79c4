import Decimal from 'decimal.js';
import {
  canonicalUnit,
  convertFactor,
  convertValue,
  isMoneyUnit,
  normalizeUnit,
  unitCategory,
  unitDistance,
  unitsCompatible,
} from './units';

describe('normalizeUnit', () => {
  it('keeps % as standard', () => {
    expect(normalizeUnit('%')).toEqual({ unit: '%', nonstandard: false });
  });

  it('reads the full-width ％ as a nonstandard %', () => {
    expect(normalizeUnit('％')).toEqual({ unit: '%', nonstandard: true });
  });

  it('reads 百分比 as a nonstandard %', () => {
    expect(normalizeUnit('百分比')).toEqual({ unit: '%', nonstandard: true });
  });

  it('reads 百分率 as a nonstandard %', () => {
    expect(normalizeUnit('百分率')).toEqual({ unit: '%', nonstandard: true });
  });

  it('reads percent in any case as a nonstandard %', () => {
    expect(normalizeUnit('Percent')).toEqual({ unit: '%', nonstandard: true });
  });

  it('keeps 百分点, a different unit', () => {
    expect(normalizeUnit('百分点')).toEqual({ unit: '百分点', nonstandard: false });
  });

  it('keeps 万元 as standard', () => {
    expect(normalizeUnit('万元')).toEqual({ unit: '万元', nonstandard: false });
  });

  it('simplifies a Traditional unit and marks it nonstandard', () => {
    expect(normalizeUnit('萬元')).toEqual({ unit: '万元', nonstandard: true });
  });

  it('trims white space without marking it nonstandard', () => {
    expect(normalizeUnit('  件 \n')).toEqual({ unit: '件', nonstandard: false });
  });

  it('removes white space inside the unit', () => {
    expect(normalizeUnit('万 元')).toEqual({ unit: '万元', nonstandard: false });
  });

  it('removes enclosing full-width parentheses', () => {
    expect(normalizeUnit('（万元）')).toEqual({ unit: '万元', nonstandard: false });
  });

  it('removes enclosing half-width parentheses', () => {
    expect(normalizeUnit('(%)')).toEqual({ unit: '%', nonstandard: false });
  });

  it('still marks ％ inside parentheses nonstandard', () => {
    expect(normalizeUnit('（％）')).toEqual({ unit: '%', nonstandard: true });
  });

  it('removes enclosing 【】 brackets', () => {
    expect(normalizeUnit('【人次】')).toEqual({ unit: '人次', nonstandard: false });
  });

  it.each([[''], ['   '], ['()'], ['（ ）']])('reads %j as no unit', (u) => {
    expect(normalizeUnit(u)).toEqual({ unit: null, nonstandard: false });
  });

  it('reads null as no unit', () => {
    expect(normalizeUnit(null)).toEqual({ unit: null, nonstandard: false });
  });

  it('reads undefined as no unit', () => {
    expect(normalizeUnit(undefined)).toEqual({ unit: null, nonstandard: false });
  });

  it('gives the canonical unit through canonicalUnit', () => {
    expect(canonicalUnit(' ％ ')).toBe('%');
  });
});

describe('unitCategory', () => {
  it.each([
    ['%', 'percent'],
    ['％', 'percent'],
    ['百分比', 'percent'],
    ['元', 'money'],
    ['千元', 'money'],
    ['万元', 'money'],
    ['萬元', 'money'],
    ['亿元', 'money'],
    ['秒', 'time'],
    ['分钟', 'time'],
    ['分', 'time'],
    ['小时', 'time'],
    ['时', 'time'],
    ['天', 'time'],
    ['日', 'time'],
    ['自然日', 'time'],
    ['个工作日', 'time'],
    ['工作日', 'time'],
    ['个月', 'time'],
    ['年', 'time'],
    ['件', 'count'],
    ['人', 'count'],
    ['人次', 'count'],
    ['户', 'count'],
    ['个', 'count'],
    ['次', 'count'],
    ['万件', 'count'],
    ['万人次', 'count'],
    ['米', 'other'],
    ['吨', 'other'],
    ['平方米', 'other'],
    ['次/年', 'other'],
    ['百分点', 'other'],
    ['‰', 'other'],
  ])('puts %s under %s', (unit, category) => {
    expect(unitCategory(unit)).toBe(category);
  });

  it('gives null for no unit', () => {
    expect(unitCategory('')).toBeNull();
  });
});

describe('isMoneyUnit', () => {
  it.each(['元', '万元', '亿元', '（万元）', '萬元'])('accepts %s', (u) => {
    expect(isMoneyUnit(u)).toBe(true);
  });

  it.each(['%', '件', '万件', '元/人', '', null])('rejects %j', (u) => {
    expect(isMoneyUnit(u)).toBe(false);
  });
});

describe('convertFactor', () => {
  const factor = (a: string | null, b: string | null): string | null => {
    const f = convertFactor(a, b);
    return f === null ? null : f.toString();
  };

  it('gives 1 for identical units', () => {
    expect(factor('件', '件')).toBe('1');
  });

  it('gives 1 for identical unknown units', () => {
    expect(factor('次/年', '次/年')).toBe('1');
  });

  it('gives 1 for two spellings of percent', () => {
    expect(factor('％', '百分比')).toBe('1');
  });

  it('gives 1 for two missing units', () => {
    expect(factor(null, null)).toBe('1');
  });

  it('gives null when one unit is missing', () => {
    expect(factor('%', null)).toBeNull();
  });

  it('gives null when the other unit is missing', () => {
    expect(factor(null, '万元')).toBeNull();
  });

  it('converts 万元 to 元', () => {
    expect(factor('万元', '元')).toBe('10000');
  });

  it('converts 元 to 万元', () => {
    expect(factor('元', '万元')).toBe('0.0001');
  });

  it('converts 亿元 to 万元', () => {
    expect(factor('亿元', '万元')).toBe('10000');
  });

  it('converts 千元 to 元', () => {
    expect(factor('千元', '元')).toBe('1000');
  });

  it('converts 分钟 to 秒', () => {
    expect(factor('分钟', '秒')).toBe('60');
  });

  it('converts 分 to 秒', () => {
    expect(factor('分', '秒')).toBe('60');
  });

  it('converts 小时 to 分钟', () => {
    expect(factor('小时', '分钟')).toBe('60');
  });

  it('converts 时 to 小时', () => {
    expect(factor('时', '小时')).toBe('1');
  });

  it('treats 天 and 日 alike', () => {
    expect(factor('天', '日')).toBe('1');
  });

  it('treats 自然日 and 天 alike', () => {
    expect(factor('自然日', '天')).toBe('1');
  });

  it('converts 天 to 小时', () => {
    expect(factor('天', '小时')).toBe('24');
  });

  it('treats 工作日 and 个工作日 alike', () => {
    expect(factor('工作日', '个工作日')).toBe('1');
  });

  it('does not convert 个工作日 to 天', () => {
    expect(factor('个工作日', '天')).toBeNull();
  });

  it('does not convert 天 to 个工作日', () => {
    expect(factor('天', '个工作日')).toBeNull();
  });

  it('converts 年 to 个月', () => {
    expect(factor('年', '个月')).toBe('12');
  });

  it('does not convert 个月 to 天', () => {
    expect(factor('个月', '天')).toBeNull();
  });

  it('converts 万件 to 件', () => {
    expect(factor('万件', '件')).toBe('10000');
  });

  it('converts 件 to 万件', () => {
    expect(factor('件', '万件')).toBe('0.0001');
  });

  it('converts 万人次 to 人次', () => {
    expect(factor('万人次', '人次')).toBe('10000');
  });

  it('does not convert 件 to 人', () => {
    expect(factor('件', '人')).toBeNull();
  });

  it('does not convert 人 to 人次', () => {
    expect(factor('人', '人次')).toBeNull();
  });

  it('does not convert 万件 to 人', () => {
    expect(factor('万件', '人')).toBeNull();
  });

  it('does not convert % to 万元', () => {
    expect(factor('%', '万元')).toBeNull();
  });

  it('does not convert 元 to 秒', () => {
    expect(factor('元', '秒')).toBeNull();
  });

  it('does not convert % to 百分点', () => {
    expect(factor('%', '百分点')).toBeNull();
  });

  it('does not convert two different unknown units', () => {
    expect(factor('次/年', '次/月')).toBeNull();
  });

  it.each([
    ['次/年', '次'],
    ['次', '次/年'],
    ['人次/年度', '人次'],
    ['万元/年', '万元'],
  ])('gives 1 for a unit per year beside the same unit (%s, %s: one year’s count)', (a, b) => {
    expect(factor(a, b)).toBe('1');
  });

  it('near miss: a unit per year beside another unit does not convert (次/年, 人次)', () => {
    expect(factor('次/年', '人次')).toBeNull();
  });

  it('near miss: only the same unit aligns (万元/年 beside 元 does not convert)', () => {
    expect(factor('万元/年', '元')).toBeNull();
  });

  it('converts 公里 to 米', () => {
    expect(factor('公里', '米')).toBe('1000');
  });

  it('converts 吨 to 千克', () => {
    expect(factor('吨', '千克')).toBe('1000');
  });

  it('converts 万亩 to 亩', () => {
    expect(factor('万亩', '亩')).toBe('10000');
  });

  it('converts 公顷 to 亩 exactly (1 公顷 = 15 亩)', () => {
    expect(factor('公顷', '亩')).toBe('15');
    expect(convertValue(new Decimal(15), '亩', '公顷')?.toString()).toBe('1');
  });

  it('converts 亩 to 平方米 (666.67)', () => {
    expect(convertValue(new Decimal(3), '亩', '平方米')?.toString()).toBe('2000');
  });

  it('converts a Traditional 萬元 to 元', () => {
    expect(factor('萬元', '元')).toBe('10000');
  });
});

describe('unitsCompatible', () => {
  it('accepts 元 and 万元', () => {
    expect(unitsCompatible('元', '万元')).toBe(true);
  });

  it('accepts % and ％', () => {
    expect(unitsCompatible('%', '％')).toBe(true);
  });

  it('rejects % and 万元', () => {
    expect(unitsCompatible('%', '万元')).toBe(false);
  });

  it('rejects 件 and 人', () => {
    expect(unitsCompatible('件', '人')).toBe(false);
  });
});

describe('convertValue', () => {
  it('converts 421 万元 to 4210000 元', () => {
    expect(convertValue(new Decimal('421'), '万元', '元')?.toString()).toBe('4210000');
  });

  it('converts 1500000 元 to 150 万元 exactly', () => {
    expect(convertValue(new Decimal('1500000'), '元', '万元')?.toString()).toBe('150');
  });

  it('converts 0.1 万元 to 1000 元 without float error', () => {
    expect(convertValue(new Decimal('0.1'), '万元', '元')?.toString()).toBe('1000');
  });

  it('converts 90 秒 to 1.5 分钟', () => {
    expect(convertValue(new Decimal('90'), '秒', '分钟')?.toString()).toBe('1.5');
  });

  it('converts 489000 件 to 48.9 万件', () => {
    expect(convertValue(new Decimal('489000'), '件', '万件')?.toString()).toBe('48.9');
  });

  it('returns the value itself for identical units', () => {
    expect(convertValue(new Decimal('7'), '件', '件')?.toString()).toBe('7');
  });

  it('returns null for incompatible units', () => {
    expect(convertValue(new Decimal('7'), '件', '人')).toBeNull();
  });

  it('returns null when one unit is missing', () => {
    expect(convertValue(new Decimal('7'), null, '件')).toBeNull();
  });
});

describe('unitDistance: counting words', () => {
  it.each([
    ['人', '名'],
    ['株', '棵'],
    ['册', '本'],
    ['辆', '台'],
    ['户', '家'],
    ['人次', '名'],
  ])('%s and %s count the same things (akin)', (a, b) => {
    expect(unitDistance(a, b)).toBe('akin');
  });

  it('a counting word and the same word followed by what it counts are akin (所 / 所学校)', () => {
    expect(unitDistance('所', '所学校')).toBe('akin');
    expect(unitDistance('名学生', '人')).toBe('akin');
  });

  it('near miss: counts of different things stay the same kind only (人 / 件)', () => {
    expect(unitDistance('人', '件')).toBe('same-kind');
  });

  it('near miss: a counting word followed by a noun is not akin with another counting word (所学校 / 件)', () => {
    expect(unitDistance('所学校', '件')).toBe('different');
  });
});
