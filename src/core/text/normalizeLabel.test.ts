import {
  compactText,
  extractPoints,
  extractPointsDecimal,
  foldWidth,
  labelMatches,
  labelStartsWith,
  normalizeLabel,
  dropRomanisation,
  removeWhiteSpace,
  stripParenthetical,
} from './normalizeLabel';

describe('foldWidth', () => {
  it.each([
    ['（', '('],
    ['）', ')'],
    ['：', ':'],
    ['，', ','],
    ['％', '%'],
    ['＝', '='],
    ['＞', '>'],
    ['＜', '<'],
    ['．', '.'],
    ['－', '-'],
    ['～', '~'],
    ['！', '!'],
    ['０１２３４５６７８９', '0123456789'],
    ['ＡＢｂ', 'ABb'],
  ])('folds %s to %s', (wide, narrow) => {
    expect(foldWidth(wide)).toBe(narrow);
  });

  it('folds the ideographic space to a plain space', () => {
    expect(foldWidth('年度\u3000指标值')).toBe('年度 指标值');
  });

  it.each([
    ['﹦', '='],
    ['﹤', '<'],
    ['﹥', '>'],
    ['﹪', '%'],
    ['﹙', '('],
    ['﹚', ')'],
    ['﹕', ':'],
  ])('folds the small form %s to %s', (small, narrow) => {
    expect(foldWidth(small)).toBe(narrow);
  });

  it.each(['≧', '≦', '≥', '≤', '、', '。', '【', '】', '—'])('keeps %s as it is', (ch) => {
    expect(foldWidth(ch)).toBe(ch);
  });

  it('keeps characters just outside the full-width range', () => {
    // U+FF00 is unassigned and U+FF5F is FULLWIDTH LEFT WHITE PARENTHESIS.
    expect(foldWidth('\uFF00\uFF5F')).toBe('\uFF00\uFF5F');
  });

  it('keeps Chinese characters and does not simplify them', () => {
    expect(foldWidth('績效指標')).toBe('績效指標');
  });

  it('folds a full-width comparator pair ＞＝ into >=', () => {
    expect(foldWidth('＞＝９８％')).toBe('>=98%');
  });
});

describe('removeWhiteSpace', () => {
  it('removes spaces, line breaks, tabs, NBSP, ideographic and zero-width spaces', () => {
    expect(removeWhiteSpace(' 绩 效\n指\r\n标\t值\u00A0A\u3000B\u200BC\uFEFF')).toBe('绩效指标值ABC');
  });
});

describe('compactText', () => {
  it('folds, simplifies and removes white space but keeps a trailing colon', () => {
    expect(compactText(' 指標１： ')).toBe('指标1:');
  });
});

describe('normalizeLabel', () => {
  it('removes spaces between the characters of a label', () => {
    expect(normalizeLabel('绩 效 指 标')).toBe('绩效指标');
  });

  it('removes a line break inside a label', () => {
    expect(normalizeLabel('年度\n指标值')).toBe('年度指标值');
  });

  it('removes CRLF line breaks', () => {
    expect(normalizeLabel('社会效益\r\n指标')).toBe('社会效益指标');
  });

  it('removes ideographic spaces', () => {
    expect(normalizeLabel('项目\u3000名称')).toBe('项目名称');
  });

  it('removes non-breaking spaces', () => {
    expect(normalizeLabel('项目\u00A0名称')).toBe('项目名称');
  });

  it('folds full-width parentheses', () => {
    expect(normalizeLabel('年度指标值（A）')).toBe('年度指标值(A)');
  });

  it('folds full-width letters and digits', () => {
    expect(normalizeLabel('年度指标值（Ａ）')).toBe('年度指标值(A)');
  });

  it('converts Traditional characters', () => {
    expect(normalizeLabel('績效指標')).toBe('绩效指标');
  });

  it('removes a trailing half-width colon', () => {
    expect(normalizeLabel('年度资金总额:')).toBe('年度资金总额');
  });

  it('removes a trailing full-width colon', () => {
    expect(normalizeLabel('年度资金总额：')).toBe('年度资金总额');
  });

  it('removes a trailing colon followed by white space', () => {
    expect(normalizeLabel('指标1： ')).toBe('指标1');
  });

  it('removes repeated trailing colons', () => {
    expect(normalizeLabel('填报日期::')).toBe('填报日期');
  });

  it('keeps a colon inside the label', () => {
    expect(normalizeLabel('其中：当年财政拨款')).toBe('其中:当年财政拨款');
  });

  it('returns an empty string for white space only', () => {
    expect(normalizeLabel(' \n\u3000')).toBe('');
  });

  it('does everything at once', () => {
    expect(normalizeLabel(' 預算 執行\n情況（萬元）（２０分）： ')).toBe('预算执行情况(万元)(20分)');
  });
});

describe('labelMatches', () => {
  it('matches the same text', () => {
    expect(labelMatches('三级指标', '三级指标')).toBe(true);
  });

  it('matches a label split by spaces', () => {
    expect(labelMatches('三 级 指 标', '三级指标')).toBe(true);
  });

  it('matches a label split by a line break', () => {
    expect(labelMatches('实际\n完成值', '实际完成值')).toBe(true);
  });

  it('matches a Traditional label', () => {
    expect(labelMatches('預算執行率', '预算执行率')).toBe(true);
  });

  it('matches with a trailing colon on the cell', () => {
    expect(labelMatches('年度资金总额:', '年度资金总额')).toBe(true);
  });

  it('matches when the wanted label is written with the colon', () => {
    expect(labelMatches('年度资金总额', '年度资金总额：')).toBe(true);
  });

  it('matches full-width against half-width parentheses', () => {
    expect(labelMatches('实际完成值（B）', '实际完成值(B)')).toBe(true);
  });

  it('matches letters case-insensitively', () => {
    expect(labelMatches('执行率(b/A)', '执行率(B/A)')).toBe(true);
  });

  it('does not match a longer label', () => {
    expect(labelMatches('单位名称', '单位')).toBe(false);
  });

  it('does not match a label with a parenthetical', () => {
    expect(labelMatches('年度指标值(A)', '年度指标值')).toBe(false);
  });

  it('does not match a different label', () => {
    expect(labelMatches('年初预算数', '全年预算数')).toBe(false);
  });

  it('does not match an empty cell', () => {
    expect(labelMatches(null, '得分')).toBe(false);
  });

  it('does not match an undefined cell', () => {
    expect(labelMatches(undefined, '得分')).toBe(false);
  });

  it('does not match a boolean cell', () => {
    expect(labelMatches(true, 'true')).toBe(false);
  });

  it('does not match an empty label against an empty cell', () => {
    expect(labelMatches('', '')).toBe(false);
  });

  it('reads a number cell as its text', () => {
    expect(labelMatches(100, '100')).toBe(true);
  });
});

describe('labelStartsWith', () => {
  it('accepts the label itself', () => {
    expect(labelStartsWith('年度指标值', '年度指标值')).toBe(true);
  });

  it('accepts a parenthetical letter', () => {
    expect(labelStartsWith('年度指标值(A)', '年度指标值')).toBe(true);
  });

  it('accepts a points parenthetical', () => {
    expect(labelStartsWith('产出指标(50分)', '产出指标')).toBe(true);
  });

  it('accepts two full-width parentheticals', () => {
    expect(labelStartsWith('预算执行情况（万元）（20分）', '预算执行情况')).toBe(true);
  });

  it('accepts a Traditional, spaced label with a parenthetical', () => {
    expect(labelStartsWith('滿意度 指標（10分）', '满意度指标')).toBe(true);
  });

  it('accepts a trailing colon after the label', () => {
    expect(labelStartsWith('年度资金总额：', '年度资金总额')).toBe(true);
  });

  it('rejects a longer word', () => {
    expect(labelStartsWith('单位名称(盖章)', '单位')).toBe(false);
  });

  it('rejects text that only contains the prefix later', () => {
    expect(labelStartsWith('年度绩效目标及完成情况', '完成情况')).toBe(false);
  });

  it('rejects a numbered suffix before the parenthetical', () => {
    expect(labelStartsWith('年度绩效目标1（40分）', '年度绩效目标')).toBe(false);
  });

  it('rejects an empty prefix', () => {
    expect(labelStartsWith('得分', '')).toBe(false);
  });

  it('rejects an empty cell', () => {
    expect(labelStartsWith(null, '得分')).toBe(false);
  });
});

describe('stripParenthetical', () => {
  it('removes one trailing group', () => {
    expect(stripParenthetical('年度指标值(A)')).toBe('年度指标值');
  });

  it('removes two trailing full-width groups', () => {
    expect(stripParenthetical('预算执行情况（万元）（20分）')).toBe('预算执行情况');
  });

  it('removes a group holding a formula', () => {
    expect(stripParenthetical('得分(20分*执行率)')).toBe('得分');
  });

  it('removes a nested group', () => {
    expect(stripParenthetical('部门（单位）总体资金（万元（含结转））')).toBe('部门(单位)总体资金');
  });

  it('keeps a group in the middle of the label', () => {
    expect(stripParenthetical('全年(调整)预算数')).toBe('全年(调整)预算数');
  });

  it('keeps a numbered block title apart from its points', () => {
    expect(stripParenthetical('年度绩效目标1（40分）')).toBe('年度绩效目标1');
  });

  it('normalises the text as well', () => {
    expect(stripParenthetical(' 執行率\n（%） ')).toBe('执行率');
  });

  it('removes a colon left before the group', () => {
    expect(stripParenthetical('年度资金总额：（万元）')).toBe('年度资金总额');
  });

  it('keeps a label that is only a group', () => {
    expect(stripParenthetical('（万元）')).toBe('(万元)');
  });

  it('keeps unbalanced parentheses', () => {
    expect(stripParenthetical('执行率b/A)')).toBe('执行率b/A)');
  });

  it('returns a label without groups unchanged', () => {
    expect(stripParenthetical('得分')).toBe('得分');
  });
});

describe('extractPoints', () => {
  it.each([
    ['年度绩效目标1（40分）', 40],
    ['产出指标(50分)', 50],
    ['效益指标(30分)', 30],
    ['满意度指标(10分)', 10],
    ['预算执行情况（万元）（20分）', 20],
    ['预算执行情况（10分）', 10],
    ['绩效指标（90分）', 90],
    ['分值(10分)', 10],
    ['產出指標（５０分）', 50],
    ['质量指标(12.5分)', 12.5],
    ['产出指标 ( 50 分 )', 50],
  ])('reads %s as %d', (label, points) => {
    expect(extractPoints(label)).toBe(points);
  });

  it.each([
    ['得分(20分*执行率)'],
    ['指标权重(分)'],
    ['自评总分(分)'],
    ['产出指标'],
    ['50分'],
    ['预算执行情况（万元）'],
    ['产出指标(满分50分)'],
    ['产出指标(-5分)'],
    [''],
  ])('finds no points in %s', (label) => {
    expect(extractPoints(label)).toBeNull();
  });

  it('returns a Decimal from extractPointsDecimal', () => {
    expect(extractPointsDecimal('质量指标(12.5分)')?.toString()).toBe('12.5');
  });

  it('returns null from extractPointsDecimal without points', () => {
    expect(extractPointsDecimal('得分')).toBeNull();
  });
});

describe('romanisation inserted in labels', () => {
  it.each([
    ['績效指標(biāo)', '绩效指标'],
    ['項(xiàng)目名稱', '项目名称'],
    ['實(shí)際完成值', '实际完成值'],
    ['年度指标值（zhí）', '年度指标值'],
    ['指(zhi)标名称', '指标名称'],
    ['得分(Fēn)', '得分'],
  ])('drops the romanisation in %s', (raw, label) => {
    expect(normalizeLabel(raw)).toBe(label);
  });

  it.each([
    ['年度指标值(A)', '年度指标值(A)'],
    ['执行数(b)', '执行数(b)'],
    ['执行率(B/A)', '执行率(B/A)'],
    ['全年预算数(A)', '全年预算数(A)'],
    ['资金(kg)', '资金(kg)'],
    ['(biāo)', '(biāo)'],
  ])('keeps a column letter or a group not after a character: %s', (raw, label) => {
    expect(normalizeLabel(raw)).toBe(label);
  });

  it('is applied to labels only: values keep their text', () => {
    expect(compactText('績效(jì)')).toBe('绩效(jì)');
  });

  it('leaves text without a parenthesis as it is', () => {
    expect(dropRomanisation('绩效指标')).toBe('绩效指标');
  });
});
