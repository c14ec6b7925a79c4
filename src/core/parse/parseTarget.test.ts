import { Actual, Target, TargetContext, parseActual, parseComparator, parseTarget } from './parseTarget';

/** A quantity target as [op, value, high, unit]; other kinds as their kind. */
function q(t: Target): [string, string, string | null, string | null] | string {
  if (t.kind !== 'quantity') return t.kind;
  return [t.op, t.value.toString(), t.high === null ? null : t.high.toString(), t.unit];
}

function target(value: Parameters<typeof parseTarget>[0], ctx: TargetContext = {}) {
  return q(parseTarget(value, ctx));
}

/** A quantity actual as [value, unit, unitSource]; other kinds as their kind. */
function a(x: Actual): [string, string | null, string | null] | string {
  if (x.kind !== 'quantity') return x.kind;
  return [x.value.toString(), x.unit, x.unitSource];
}

describe('parseComparator', () => {
  it.each([
    ['≥', '>='],
    ['≤', '<='],
    ['>', '>'],
    ['<', '<'],
    ['=', '='],
    ['>=', '>='],
    ['<=', '<='],
    ['＞=', '>='],
    ['＞＝', '>='],
    ['＜＝', '<='],
    ['≧', '>='],
    ['≦', '<='],
    ['﹦', '='],
    ['＝', '='],
    ['＞', '>'],
    ['＜', '<'],
    [' ≥ ', '>='],
    ['不低于', '>='],
    ['不少于', '>='],
    ['至少', '>='],
    ['以上', '>='],
    ['达到', '>='],
    ['达', '>='],
    ['大于等于', '>='],
    ['不小于', '>='],
    ['不高于', '<='],
    ['不超过', '<='],
    ['以内', '<='],
    ['以下', '<='],
    ['之内', '<='],
    ['低于等于', '<='],
    ['小于等于', '<='],
    ['不大于', '<='],
    ['控制在', '<='],
    ['大于', '>'],
    ['高于', '>'],
    ['超过', '>'],
    ['小于', '<'],
    ['低于', '<'],
    ['等于', '='],
    ['不低於', '>='],
    ['達到', '>='],
    ['正向指标', '>='],
    ['反向指标', '<='],
  ])('reads %j as %s', (text, op) => {
    expect(parseComparator(text)).toBe(op);
  });

  it.each([['定量指标'], ['定性指标'], [''], ['≥95%'], ['约'], ['abc']])('gives null for %j', (text) => {
    expect(parseComparator(text)).toBeNull();
  });

  it('gives null for null', () => {
    expect(parseComparator(null)).toBeNull();
  });
});

describe('parseTarget: comparators and numbers', () => {
  it.each([
    ['≥95%', ['>=', '95', null, '%']],
    ['≤5%', ['<=', '5', null, '%']],
    ['>90%', ['>', '90', null, '%']],
    ['<1%', ['<', '1', null, '%']],
    ['=100%', ['=', '100', null, '%']],
    ['95%以上', ['>=', '95', null, '%']],
    ['95%及以上', ['>=', '95', null, '%']],
    ['不低于95%', ['>=', '95', null, '%']],
    ['不少于20次', ['>=', '20', null, '次']],
    ['至少3次', ['>=', '3', null, '次']],
    ['达到100%', ['>=', '100', null, '%']],
    ['达100%', ['>=', '100', null, '%']],
    ['大于等于90', ['>=', '90', null, null]],
    ['不高于3%', ['<=', '3', null, '%']],
    ['不超过421万元', ['<=', '421', null, '万元']],
    ['15秒以内', ['<=', '15', null, '秒']],
    ['15秒之内', ['<=', '15', null, '秒']],
    ['5%以下', ['<=', '5', null, '%']],
    ['30日内', ['<=', '30', null, '日']],
    ['≤421万元', ['<=', '421', null, '万元']],
    ['＞＝98％', ['>=', '98', null, '%']],
    ['＞=98%', ['>=', '98', null, '%']],
    ['>=98%', ['>=', '98', null, '%']],
    ['<=2天', ['<=', '2', null, '天']],
    ['≧90', ['>=', '90', null, null]],
    ['≦10', ['<=', '10', null, null]],
    ['﹦100%', ['=', '100', null, '%']],
    ['＝100％', ['=', '100', null, '%']],
    ['≥ 95 %', ['>=', '95', null, '%']],
    ['控制在421万元以内', ['<=', '421', null, '万元']],
    ['控制在≤5%', ['<=', '5', null, '%']],
    ['超过90%', ['>', '90', null, '%']],
    ['低于1%', ['<', '1', null, '%']],
    ['不低於95％', ['>=', '95', null, '%']],
    ['≥-5%', ['>=', '-5', null, '%']],
  ])('reads %j', (text, expected) => {
    expect(target(text)).toEqual(expected);
  });

  it('marks a written comparator explicit', () => {
    const t = parseTarget('≥95%');
    expect(t.kind === 'quantity' && t.opExplicit).toBe(true);
  });

  it('lets a written = yield to a suffix comparator', () => {
    expect(target('=95%以上')).toEqual(['>=', '95', null, '%']);
  });

  it('lets a farther = yield to a nearer directional comparator', () => {
    expect(target('等于≥95%')).toEqual(['>=', '95', null, '%']);
  });

  it('lets a farther directional comparator win over a nearer =', () => {
    expect(target('≥=95%')).toEqual(['>=', '95', null, '%']);
  });

  it('reads 不超过 as ≤, not as 超过', () => {
    expect(target('不超过5%')).toEqual(['<=', '5', null, '%']);
  });

  it('reads 不低于 as ≥, not as 低于', () => {
    expect(target('不低于5%')).toEqual(['>=', '5', null, '%']);
  });

  it('keeps the text as written', () => {
    const t = parseTarget(' ≥95% ');
    expect(t.kind === 'quantity' && t.text).toBe('≥95%');
  });

  it('marks a text number fromText', () => {
    const t = parseTarget('100');
    expect(t.kind === 'quantity' && t.fromText).toBe(true);
  });
});

describe('parseTarget: default comparator', () => {
  it('reads a bare number as ≥', () => {
    expect(target('100%')).toEqual(['>=', '100', null, '%']);
  });

  it('marks the default comparator not explicit', () => {
    const t = parseTarget('100%');
    expect(t.kind === 'quantity' && t.opExplicit).toBe(false);
  });

  it('reads a bare number as ≤ for a cost indicator', () => {
    expect(target('421', { isCost: true, unitColumn: '万元' })).toEqual(['<=', '421', null, '万元']);
  });

  it('reads a money amount under cost as ≤', () => {
    expect(target('421万元', { isCost: true })).toEqual(['<=', '421', null, '万元']);
  });

  it('reads a cost written with its magnitude only (45万, ≤1.2亿) as money', () => {
    expect(target('45万', { isCost: true })).toEqual(['<=', '45', null, '万元']);
    expect(target('≤1.2亿', { isCost: true })).toEqual(['<=', '1.2', null, '亿元']);
  });

  it('near miss: a magnitude alone outside cost stays a count without a unit (3万 people or 3万 trees)', () => {
    expect(target('3万')).toEqual(['>=', '30000', null, null]);
  });

  it('keeps a written ≥ under cost', () => {
    expect(target('≥10%', { isCost: true })).toEqual(['>=', '10', null, '%']);
  });

  it('reads an Excel number as ≥', () => {
    expect(target(100)).toEqual(['>=', '100', null, null]);
  });

  it('reads an Excel number under cost as ≤', () => {
    expect(target(421, { isCost: true })).toEqual(['<=', '421', null, null]);
  });
});

describe('parseTarget: comparator column', () => {
  it('fills the comparator from the column', () => {
    expect(target('95', { comparatorColumn: '≥', unitColumn: '%' })).toEqual(['>=', '95', null, '%']);
  });

  it('marks a column comparator explicit', () => {
    const t = parseTarget('95', { comparatorColumn: '≤' });
    expect(t.kind === 'quantity' && t.opExplicit).toBe(true);
  });

  it('lets the column override the written comparator', () => {
    expect(target('≥5', { comparatorColumn: '≤' })).toEqual(['<=', '5', null, null]);
  });

  it('lets the column override the cost default', () => {
    expect(target('5', { comparatorColumn: '≥', isCost: true })).toEqual(['>=', '5', null, null]);
  });

  it('accepts the small equals sign in the column', () => {
    expect(target('100', { comparatorColumn: '﹦' })).toEqual(['=', '100', null, null]);
  });

  it('fills the comparator of an Excel number from the column', () => {
    expect(target(0.98, { comparatorColumn: '≥', numberFormat: '0%' })).toEqual(['>=', '98', null, '%']);
  });

  it('ignores 定量指标 in the column', () => {
    expect(target('≤5', { comparatorColumn: '定量指标' })).toEqual(['<=', '5', null, null]);
  });

  it('ignores an empty column', () => {
    expect(target('≤5', { comparatorColumn: '' })).toEqual(['<=', '5', null, null]);
  });
});

describe('parseTarget: ranges', () => {
  it.each([
    ['95%-100%', ['>=', '95', '100', '%']],
    ['95%~100%', ['>=', '95', '100', '%']],
    ['95%～100%', ['>=', '95', '100', '%']],
    ['95%至100%', ['>=', '95', '100', '%']],
    ['95%—100%', ['>=', '95', '100', '%']],
    ['95-100%', ['>=', '95', '100', '%']],
    ['10-15个工作日', ['>=', '10', '15', '个工作日']],
    ['100%-95%', ['>=', '95', '100', '%']],
    ['-5%~5%', ['>=', '-5', '5', '%']],
  ])('reads %j', (text, expected) => {
    expect(target(text)).toEqual(expected);
  });

  it('marks a range explicit', () => {
    const t = parseTarget('95%-100%');
    expect(t.kind === 'quantity' && t.opExplicit).toBe(true);
  });

  it('rejects a range with two different units', () => {
    expect(parseTarget('95%-100万元')).toMatchObject({ kind: 'unreadable', reason: 'range-units-differ' });
  });

  it('rejects a range with a comparator', () => {
    expect(parseTarget('≥95%-100%')).toMatchObject({ kind: 'unreadable', reason: 'conflicting-comparators' });
  });

  it('converts both ends of a range into the unit column', () => {
    expect(target('1-2万件', { unitColumn: '件' })).toEqual(['>=', '10000', '20000', '件']);
  });
});

describe('parseTarget: units', () => {
  it('takes the unit from the unit column', () => {
    expect(target('≥98', { unitColumn: '%' })).toMatchObject(['>=', '98', null, '%']);
  });

  it('records the unit source column', () => {
    const t = parseTarget('≥98', { unitColumn: '%' });
    expect(t.kind === 'quantity' && t.unitSource).toBe('column');
  });

  it('records the unit source attached', () => {
    const t = parseTarget('≥98%');
    expect(t.kind === 'quantity' && t.unitSource).toBe('attached');
  });

  it('records no unit source without a unit', () => {
    const t = parseTarget('≥98');
    expect(t.kind === 'quantity' && t.unitSource).toBeNull();
  });

  it('normalises the unit column', () => {
    expect(target('95', { unitColumn: '百分比' })).toEqual(['>=', '95', null, '%']);
  });

  it('reads an empty unit column as none', () => {
    expect(target('95%', { unitColumn: '  ' })).toEqual(['>=', '95', null, '%']);
  });

  it('reads 150万 under a 万元 column as 150', () => {
    expect(target('150万', { unitColumn: '万元' })).toEqual(['>=', '150', null, '万元']);
  });

  it('reads 48.9万件 as 489000 件', () => {
    expect(target('48.9万件')).toEqual(['>=', '489000', null, '件']);
  });

  it('converts 48.9万件 back into a 万件 column', () => {
    expect(target('48.9万件', { unitColumn: '万件' })).toEqual(['>=', '48.9', null, '万件']);
  });

  it('converts 1500000元 into a 万元 column', () => {
    expect(target('1500000元', { unitColumn: '万元' })).toEqual(['>=', '150', null, '万元']);
  });

  it('keeps an incompatible attached unit for the mismatch rule', () => {
    const t = parseTarget('421万元', { unitColumn: '%' });
    expect(t.kind === 'quantity' && [t.unit, t.attachedUnit, t.value.toString()]).toEqual(['%', '万元', '421']);
  });

  it('reads a unit given in parentheses after the number', () => {
    expect(target('≥100（万元）')).toEqual(['>=', '100', null, '万元']);
  });

  it('reads a percent-formatted Excel number as a percentage', () => {
    expect(target(1, { numberFormat: '0%' })).toEqual(['>=', '100', null, '%']);
  });

  it('gives an Excel number the unit column', () => {
    expect(target(421, { unitColumn: '万元' })).toEqual(['>=', '421', null, '万元']);
  });

  it('reads 3个工作日内办结', () => {
    expect(target('3个工作日内办结')).toEqual(['<=', '3', null, '个工作日']);
  });

  it('reads 3个月 as a duration', () => {
    expect(target('3个月')).toEqual(['>=', '3', null, '个月']);
  });

  it('reads 15秒内接通', () => {
    expect(target('15秒内接通')).toEqual(['<=', '15', null, '秒']);
  });

  it('reads 100%完成', () => {
    expect(target('100%完成')).toEqual(['>=', '100', null, '%']);
  });

  it('drops a note in parentheses', () => {
    expect(target('≥90%（抽样调查）')).toEqual(['>=', '90', null, '%']);
  });

  it('drops (含) after 以上', () => {
    expect(target('95%以上（含）')).toEqual(['>=', '95', null, '%']);
  });

  it('reads thousands separators', () => {
    expect(target('≥1,000,000人次')).toEqual(['>=', '1000000', null, '人次']);
  });

  it('reads full-width digits', () => {
    expect(target('≥９５％')).toEqual(['>=', '95', null, '%']);
  });

  it('reads a Traditional unit', () => {
    expect(target('≤421萬元')).toEqual(['<=', '421', null, '万元']);
  });
});

describe('parseTarget: a name before the measure', () => {
  it.each([
    ['覆盖率达到95%', ['>=', '95', null, '%']],
    ['差错率不超过1%', ['<=', '1', null, '%']],
    ['每月≥2次', ['>=', '2', null, '次']],
    ['满意度95%', ['>=', '95', null, '%']],
    ['完成率100%', ['>=', '100', null, '%']],
    ['满意率为98%', ['>=', '98', null, '%']],
    ['每季度1次', ['>=', '1', null, '次']],
    ['全年100万件', ['>=', '1000000', null, '件']],
    ['目标值：≥95%', ['>=', '95', null, '%']],
  ])('reads %j', (text, expected) => {
    expect(target(text)).toEqual(expected);
  });
});

describe('parseTarget: qualitative', () => {
  it.each([['效果明显'], ['符合相关规定'], ['按时完成'], ['有效提升'], ['无']])('reads %j as qualitative text', (text) => {
    expect(parseTarget(text)).toEqual({ kind: 'qualitative', text, reason: 'no-number' });
  });

  it.each([['12月底前'], ['2024年12月31日前'], ['2024-12-31'], ['2024.12'], ['第3季度'], ['6月30日前完成'], ['9:00-17:00']])(
    'reads %j as a date',
    (text) => {
      expect(parseTarget(text)).toEqual({ kind: 'qualitative', text, reason: 'date' });
    },
  );

  it.each([['年底前完成'], ['第三季度'], ['上半年完成'], ['十二月底前']])('reads the deadline %j as a date', (text) => {
    expect(parseTarget(text)).toEqual({ kind: 'qualitative', text, reason: 'date' });
  });

  it.each([['完成3个项目建设'], ['覆盖全市10个县区'], ['95%以上的群众满意'], ['确保全年接听量不少于上年的90%并持续提升']])(
    'reads the sentence %j as qualitative',
    (text) => {
      expect(parseTarget(text)).toEqual({ kind: 'qualitative', text, reason: 'sentence' });
    },
  );

  it('accepts Traditional qualitative text', () => {
    expect(parseTarget('效果明顯').kind).toBe('qualitative');
  });
});

describe('parseTarget: unreadable', () => {
  it.each([
    ['≥', 'comparator-only'],
    ['以上', 'comparator-only'],
    ['%', 'no-value'],
    ['/', 'no-value'],
    ['……', 'no-value'],
    ['95%%', 'not-a-quantity'],
    ['9.5.1', 'not-a-quantity'],
    ['100%a', 'not-a-quantity'],
    ['≥95%,≥98%', 'not-a-quantity'],
    ['1 234', 'not-a-quantity'],
    ['约95%', 'approximate'],
    ['95%左右', 'approximate'],
    ['≥95%以下', 'conflicting-comparators'],
    ['#DIV/0!', 'error-value'],
    ['#N/A', 'error-value'],
  ])('reads %j as unreadable (%s)', (text, reason) => {
    expect(parseTarget(text)).toEqual({ kind: 'unreadable', text, reason });
  });

  it('reads a boolean as unreadable', () => {
    expect(parseTarget(true)).toMatchObject({ kind: 'unreadable', reason: 'boolean' });
  });

  it('reads a dash alone as qualitative text (a target written as not applicable)', () => {
    expect(parseTarget('—')).toEqual({ kind: 'qualitative', text: '—', reason: 'no-number' });
    expect(parseTarget('-')).toMatchObject({ kind: 'qualitative' });
  });

  it('near miss: a dash with a number is a range or a negative number, not text', () => {
    expect(parseTarget('-5%')).toMatchObject({ kind: 'quantity' });
  });

  it('reads NaN as unreadable', () => {
    expect(parseTarget(Number.NaN)).toMatchObject({ kind: 'unreadable' });
  });
});

describe('parseTarget: empty', () => {
  it.each([[null], [undefined], [''], ['   '], ['\n'], ['\u3000']])('reads %j as empty', (value) => {
    expect(parseTarget(value)).toEqual({ kind: 'empty' });
  });
});

describe('parseTarget: the worked example', () => {
  it('reads 项目预算控制数 421 万元 under 成本 as ≤ 421 万元', () => {
    expect(target(421, { unitColumn: '万元', isCost: true })).toEqual(['<=', '421', null, '万元']);
  });

  it('reads 100% with unit column %', () => {
    expect(target('100%', { unitColumn: '%' })).toEqual(['>=', '100', null, '%']);
  });

  it('reads ≥98 with unit column %', () => {
    expect(target('≥98', { unitColumn: '%' })).toEqual(['>=', '98', null, '%']);
  });
});

describe('parseActual', () => {
  it('reads empty as empty', () => {
    expect(parseActual(null)).toEqual({ kind: 'empty' });
  });

  it('reads blank text as empty', () => {
    expect(parseActual('  ')).toEqual({ kind: 'empty' });
  });

  it('gives a bare Excel number the target unit', () => {
    expect(a(parseActual(421, { targetUnit: '万元' }))).toEqual(['421', '万元', 'target']);
  });

  it('gives a bare text number the target unit', () => {
    expect(a(parseActual('99', { targetUnit: '%' }))).toEqual(['99', '%', 'target']);
  });

  it('normalises the target unit it carries over', () => {
    expect(a(parseActual('99', { targetUnit: '百分比' }))).toEqual(['99', '%', 'target']);
  });

  it('keeps an attached unit', () => {
    expect(a(parseActual('99%', { targetUnit: '%' }))).toEqual(['99', '%', 'attached']);
  });

  it('keeps an attached unit that differs from the target', () => {
    expect(a(parseActual('4210000元', { targetUnit: '万元' }))).toEqual(['4210000', '元', 'attached']);
  });

  it('reads a bare number without a target unit as unitless', () => {
    expect(a(parseActual('12'))).toEqual(['12', null, null]);
  });

  it('reads a percent-formatted number as a percentage', () => {
    expect(a(parseActual(0.99, { numberFormat: '0%' }))).toEqual(['99', '%', 'attached']);
  });

  it('reads 150万 under a 万元 target as 150 万元', () => {
    expect(a(parseActual('150万', { targetUnit: '万元' }))).toEqual(['150', '万元', 'attached']);
  });

  it('reads 48.9万件 as 489000 件', () => {
    expect(a(parseActual('48.9万件'))).toEqual(['489000', '件', 'attached']);
  });

  it('marks a text number fromText', () => {
    const x = parseActual('99%');
    expect(x.kind === 'quantity' && x.fromText).toBe(true);
  });

  it('marks an Excel number not fromText', () => {
    const x = parseActual(99);
    expect(x.kind === 'quantity' && x.fromText).toBe(false);
  });

  it('records a comparator written with the actual', () => {
    const x = parseActual('≥99%');
    expect(x.kind === 'quantity' && [x.value.toString(), x.op]).toEqual(['99', '>=']);
  });

  it('records no comparator for a plain value', () => {
    const x = parseActual('99%');
    expect(x.kind === 'quantity' && x.op).toBeNull();
  });

  it('reads a name before the value', () => {
    expect(a(parseActual('满意度99.5%'))).toEqual(['99.5', '%', 'attached']);
  });

  it('reads a band word as qualitative met', () => {
    expect(parseActual('达成年度指标')).toEqual({ kind: 'qualitative', text: '达成年度指标', band: 'met' });
  });

  it('reads 部分达成 as partly', () => {
    expect(parseActual('部分达成')).toMatchObject({ kind: 'qualitative', band: 'partly' });
  });

  it('reads 未完成 as not met', () => {
    expect(parseActual('未完成')).toMatchObject({ kind: 'qualitative', band: 'not-met' });
  });

  it('reads unknown text as qualitative without a band', () => {
    expect(parseActual('效果良好')).toEqual({ kind: 'qualitative', text: '效果良好', band: null });
  });

  it('reads a sentence with a number as qualitative, with its band', () => {
    expect(parseActual('已完成，累计办理3万件')).toMatchObject({ kind: 'qualitative', band: 'met' });
  });

  it('reads a date as qualitative', () => {
    expect(parseActual('2024年12月完成')).toMatchObject({ kind: 'qualitative', band: null });
  });

  it('reads a boolean as qualitative without a band', () => {
    expect(parseActual(true)).toEqual({ kind: 'qualitative', text: 'true', band: null });
  });

  it.each([
    ['95%-100%', 'range'],
    ['95%%', 'not-a-quantity'],
    ['9.5.1', 'not-a-quantity'],
    ['—', 'no-value'],
    ['约99%', 'approximate'],
    ['#DIV/0!', 'error-value'],
    ['≥', 'comparator-only'],
  ])('reads %j as unreadable (%s)', (text, reason) => {
    expect(parseActual(text)).toEqual({ kind: 'unreadable', text, reason });
  });

  it('reads NaN as unreadable', () => {
    expect(parseActual(Number.NaN)).toMatchObject({ kind: 'unreadable' });
  });
});
