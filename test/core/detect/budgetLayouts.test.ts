import { CellValue, gridFromValues } from '../../../src/core';
import { check, issuesOf } from '../../support/issues';

const INDICATORS: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 50, 50],
  ['效益指标', '社会效益指标', '就业人数', '≥80人', '85人', 30, 30],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', 10, 10],
];

/** Budget blocks laid out otherwise than in columns under a header (issue 8). */
describe('a budget block of label / value pairs', () => {
  // 预算执行情况 | 预算数： | 2.38 | 执行数： | 2.38 | | 20 (the block's points at the row's end)
  const rows: CellValue[][] = [
    ['项目名称', '某项目', null, null, null, null, null],
    ['预算执行情况', '预算数:', 2.38, '执行数:', 2.38, null, 20],
    [null, '其中:中央补助', '2.38 万元', '其中:中央补助', '2.38万元', null, null],
    ...INDICATORS,
  ];
  const report = check(gridFromValues('S', rows, ['A2:A3']));

  it('reads each amount beside its label', () => {
    expect(report.budget).toMatchObject({ original: 2.38, executed: 2.38, rate: 1 });
  });

  it('takes the bare number at the end of the row as the block’s points', () => {
    expect(report.budget?.weight).toBe(20);
    expect(issuesOf(report, 'execution-weight-unusual')).toHaveLength(1);
  });

  it('reads the 其中 row below as a sub-row, not as the scored row', () => {
    expect(issuesOf(report, 'budget-value-invalid')).toEqual([]);
    expect(issuesOf(report, 'subtotal-mismatch')).toEqual([]);
  });

  describe('with fund sources left empty in the 其中 list', () => {
    // 计划安排资金 | 170 | 实际到位资金 | 170 | 实际支出 | 179.6, then the sources of each, label by label.
    const pairs = (other: CellValue[]): CellValue[][] => [
      ['项目名称', '某项目', null, null, null, null, null],
      ['计划安排资金(万元)', 170, '实际到位资金(万元)', 170, '实际支出(万元)', 179.6, null],
      ['其中:中央财政', null, '其中:中央财政', null, '其中:中央财政', null, null],
      ['省财政', 170, '省财政', 170, '省财政', 170, null],
      ['市财政', null, '市财政', null, '市财政', null, null],
      other,
      ...INDICATORS,
    ];

    it('adds up the sources past the empty ones: the money received (170) is not 170 + 9.6', () => {
      const r = check(gridFromValues('S', pairs(['其它', null, '其它', 9.6, '其它', 9.6, null])));
      expect(issuesOf(r, 'subtotal-mismatch').map((i) => i.cell)).toEqual(['D2']);
    });

    it('near miss: an empty row under another label (项目绩效目标) ends the block', () => {
      const r = check(gridFromValues('S', pairs(['项目绩效目标', null, null, null, null, null, null])));
      expect(r.budget?.executed).toBe(179.6);
      expect(issuesOf(r, 'subtotal-mismatch').map((i) => i.cell)).toEqual(['F2']);
    });
  });

  it('near miss: labels followed by other labels are a column header, not pairs', () => {
    const header = check(
      gridFromValues('S', [['项目名称', '某项目', null, null], ['项目资金', '年初预算数', '全年预算数', '全年执行数'], [null, 10, 10, 9.5], ...INDICATORS.map((r) => r.slice(0, 4))]),
    );
    expect(header.budget).toMatchObject({ original: 10, adjusted: 10, executed: 9.5 });
  });
});

describe('the rows of a budget block', () => {
  const block = (third: CellValue[]): CellValue[][] => [
    ['项目名称', '某项目', null, null],
    ['资金情况(万元)', '全年预算数(A)', '全年执行数(B)', '执行率'],
    ['年度资金总额:', 100, 100, '100%'],
    ['其中:中央财政资金', 40, 40, '100%'],
    third,
    ...INDICATORS.map((r) => r.slice(0, 4)),
  ];

  it('reads a 其中 row under a name the template does not list (地方资金) by its amounts', () => {
    expect(issuesOf(check(gridFromValues('S', block(['地方资金', 60, 60, '100%']))), 'subtotal-mismatch')).toEqual([]);
  });

  it('so that the 其中 rows are added up: 40 + 50 is not 100', () => {
    const [i, ...rest] = issuesOf(check(gridFromValues('S', block(['地方资金', 50, 60, '100%']))), 'subtotal-mismatch');
    expect(rest).toEqual([]);
    expect(i.severity).toBe('error');
  });

  it('says a mismatch under a first row the form does not word as a total (项目资金) as a warning', () => {
    const rows = block(['地方资金', 50, 60, '100%']).map((r, i) => (i === 2 ? ['项目资金', ...r.slice(1)] : r));
    const found = issuesOf(check(gridFromValues('S', rows)), 'subtotal-mismatch');
    expect(found.map((i) => i.severity)).toEqual(['warning']);
  });

  it('near miss: a first row worded as a total in other words (资金合计数) keeps the error', () => {
    const rows = block(['地方资金', 50, 60, '100%']).map((r, i) => (i === 2 ? ['资金合计数', ...r.slice(1)] : r));
    expect(issuesOf(check(gridFromValues('S', rows)), 'subtotal-mismatch').map((i) => i.severity)).toEqual(['error']);
  });

  it('near miss: a row of labels after the amounts is the next section, not a 其中 row', () => {
    const r = check(gridFromValues('S', block(['资金管理情况', '情况说明', '存在问题', null])));
    // Only 40 of 100 is in 其中 rows: the label row is not read as a 60.
    const found = issuesOf(r, 'subtotal-mismatch');
    expect(found).toHaveLength(2);
    expect(found.every((i) => i.message.includes('40'))).toBe(true);
  });

  it('reads the first row of amounts as the scored row under a label the template does not use (年度总金额)', () => {
    const r = check(
      gridFromValues('S', [['项目名称', '某项目', null, null], [null, '年初预算数', '全年预算数', '全年执行数'], ['年度总金额', 100, 100, 95], ['其中财政拨款', 100, 100, 95], ...INDICATORS.map((x) => x.slice(0, 4))]),
    );
    expect(r.budget).toMatchObject({ original: 100, adjusted: 100, executed: 95, rate: 0.95 });
    expect(issuesOf(r, 'subtotal-mismatch')).toEqual([]);
  });

  it('skips a row numbering the columns (列次 | 1 | 2 | 3) and reads the amounts under it', () => {
    const r = check(
      gridFromValues('S', [
        ['项目名称', '某项目', null, null, null],
        ['资金投入情况(万元)', '全年预算数(A)', '全年执行资金(E)', '预算执行(E/C×100%)', '佐证材料'],
        ['列次', 1, 2, 3, null],
        ['年度资金总额(万元):', 52.8, 30.8, '58.33%', null],
        ['其中:中央财政资金(万元)', 52.8, 30.8, '58.33%', '下达文件'],
        ...INDICATORS.map((x) => x.slice(0, 5)),
      ]),
    );
    expect(r.budget).toMatchObject({ adjusted: 52.8, executed: 30.8, statedRate: 0.5833 });
    expect([...issuesOf(r, 'subtotal-mismatch'), ...issuesOf(r, 'over-budget'), ...issuesOf(r, 'execution-rate-mismatch')]).toEqual([]);
  });

  it('skips the numbering row with an empty column among the numbered ones (列次 | 0 | 1 | | 2 | 3)', () => {
    const r = check(
      gridFromValues('S', [
        ['项目名称', '某项目', null, null, null, null, null],
        ['资金投入情况(万元)', '行次', '全年预算数(A)', null, '全年执行资金(E)', '预算执行(E/C×100%)', '佐证材料'],
        ['列次', 0, 1, null, 2, 3, null],
        ['年度资金总额(万元):', 1, 52.8, null, 30.8, '58.33%', null],
        ...INDICATORS.map((x) => x.slice(0, 7)),
      ]),
    );
    expect(r.budget).toMatchObject({ adjusted: 52.8, executed: 30.8 });
    expect([...issuesOf(r, 'over-budget'), ...issuesOf(r, 'execution-rate-mismatch')]).toEqual([]);
  });

  it('near miss: amounts that do not count up column by column are amounts', () => {
    const r = check(gridFromValues('S', [['项目名称', '某项目', null, null], [null, '年初预算数', '全年预算数', '全年执行数'], ['年度资金总额', 1, 2, 2], ...INDICATORS.map((x) => x.slice(0, 4))]));
    expect(r.budget).toMatchObject({ original: 1, adjusted: 2, executed: 2 });
  });

  it('near miss: a first row of text under the header is no scored row', () => {
    const r = check(
      gridFromValues('S', [['项目名称', '某项目', null, null], [null, '年初预算数', '全年预算数', '全年执行数'], ['资金来源', '财政拨款', '财政拨款', '财政拨款'], ...INDICATORS.map((x) => x.slice(0, 4))]),
    );
    expect(r.budget).toBeNull();
  });

  it('reads the row right under the header as the scored row even when its amounts are not numbers', () => {
    const r = check(gridFromValues('S', [['项目名称', '某项目', null, null, null], ['项目资金', '年初预算数', '全年执行数', '执行率(%)', '得分'], [null, null, 'O', 76, 7.6], ...INDICATORS.map((x) => x.slice(0, 5))]));
    expect(issuesOf(r, 'budget-value-invalid').length).toBeGreaterThanOrEqual(1);
  });
});

/**
 * A funds block whose columns are numbered and carry their formulas (年初预算数① | 上年结转② |
 * 年中追加③ | 小计④=①+②+③ | 拨付金额⑤ | 支出率(%)⑥=⑤/④), over subtotal rows (财政资金小计 over
 * ①, ②; 其他资金小计) and a 合计 row.
 */
describe('a funds block with numbered columns and subtotal rows', () => {
  type Amounts = [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue];
  const funds = (rows: Partial<Record<'fiscal' | 'central' | 'local' | 'other' | 'total', Amounts>> = {}): CellValue[][] => [
    ['部门(单位)名称', '某局', null, null, null, null, null, null],
    ['资金情况', '资金结构(万元)', '预算安排', null, null, null, '拨付情况', null],
    [null, null, '年初预算数①', '上年结转②', '年中追加③', '小计④=①+②+③', '拨付金额⑤', '支出率(%)⑥=⑤/④'],
    [null, '财政资金小计', ...(rows.fiscal ?? [100, 20, 0, 120, 108, '90%'])],
    [null, '①中央资金', ...(rows.central ?? [40, 0, 0, 40, 36, '90%'])],
    [null, '②本级资金', ...(rows.local ?? [60, 20, 0, 80, 72, '90%'])],
    [null, '其他资金小计', ...(rows.other ?? [null, null, null, null, null, null])],
    [null, '①……', null, null, null, null, null, null],
    [null, '合计', ...(rows.total ?? [100, 20, 0, 120, 108, '90%'])],
    ...INDICATORS,
  ];
  const merges = ['A2:A9', 'B2:B3', 'C2:F2', 'G2:H2'];
  const run = (rows?: Parameters<typeof funds>[0]) => check(gridFromValues('S', funds(rows), merges));

  it('reads the budget as the 小计 column, the spending as the 拨付金额 column and the rate beside them', () => {
    expect(run().budget).toMatchObject({ original: 100, adjusted: 120, executed: 108, rate: 0.9 });
  });

  it('finds nothing wrong in a block whose rows add up and whose rates are right', () => {
    const r = run();
    expect([...issuesOf(r, 'subtotal-mismatch'), ...issuesOf(r, 'execution-rate-mismatch')]).toEqual([]);
  });

  it('flags a stated rate that differs, on the subtotal row that states it', () => {
    const r = run({ fiscal: [100, 20, 0, 120, 108, '93%'] });
    expect(issuesOf(r, 'execution-rate-mismatch').map((i) => i.cell)).toEqual(['H4']);
  });

  it('adds each subtotal up from the numbered rows under it', () => {
    const r = run({ local: [50, 20, 0, 70, 72, '102.86%'] });
    expect(issuesOf(r, 'subtotal-mismatch').map((i) => i.cell)).toEqual(['C4', 'F4']);
  });

  it('adds the 合计 row up from the subtotals, not from every row', () => {
    const r = run({ total: [110, 20, 0, 130, 108, '83.08%'] });
    expect(issuesOf(r, 'subtotal-mismatch').map((i) => i.cell)).toEqual(['C9', 'F9']);
  });

  it('flags the template line ①…… left in, and not the numbered rows that are filled in', () => {
    const r = run();
    expect(issuesOf(r, 'placeholder-text').map((i) => i.cell)).toEqual(['B8']);
  });

  it('near miss: a row under a subtotal that is not numbered (其他资金) is a part of the total, not of the subtotal', () => {
    const r = check(
      gridFromValues('S', [
        ['项目名称', '某项目', null, null],
        ['项目资金', '年初预算数', '全年预算数', '全年执行数'],
        ['年度资金总额', 100, 100, 95],
        ['财政资金小计', 80, 80, 76],
        ['①中央资金', 80, 80, 76],
        ['其他资金', 20, 20, 19],
        ...INDICATORS.map((x) => x.slice(0, 4)),
      ]),
    );
    expect(issuesOf(r, 'subtotal-mismatch')).toEqual([]);
  });

  it('near miss: a 年中调整金额 column is the adjustment, not the adjusted budget', () => {
    const r = check(
      gridFromValues('S', [['项目名称', '某项目', null, null], ['项目资金', '年初预算数', '年中调整金额', '全年执行数'], [null, 100, 20, 95], ...INDICATORS.map((x) => x.slice(0, 4))]),
    );
    expect(r.budget).toMatchObject({ original: 100, adjusted: null, executed: 95, rate: 0.95 });
  });

  it('near miss: a 小计 column right of the spending is no budget', () => {
    const r = check(
      gridFromValues('S', [['项目名称', '某项目', null, null, null], ['项目资金', '年初预算数', '全年执行数', '小计', '执行率'], [null, 100, 95, 95, '95%'], ...INDICATORS.map((x) => x.slice(0, 5))]),
    );
    expect(r.budget).toMatchObject({ original: 100, adjusted: null, executed: 95, rate: 0.95 });
  });
});

describe('budget columns labelled with years', () => {
  const sheet = (header: CellValue[], amounts: CellValue[]): CellValue[][] => [
    ['项目名称', '某项目', null, null],
    ['资金情况(万元)', ...header],
    ['年度资金总额', ...amounts],
    ...INDICATORS.map((r) => r.slice(0, 4)),
  ];

  it('a sheet comparing years (2017年决算数 | 2018年预算数 | 2018年决算数) is no execution block: no rate, no low-execution warning', () => {
    const r = check(gridFromValues('S', sheet(['2017年决算数', '2018年预算数', '2018年决算数'], [29.08, 63.46, 44.29])));
    expect(r.budget).toBeNull();
    expect(issuesOf(r, 'low-execution-unexplained')).toEqual([]);
  });

  it('near miss: columns all of one year pair as without years', () => {
    const r = check(gridFromValues('S', sheet(['2018年预算数', '2018年决算数', null], [63.46, 60, null])));
    expect(r.budget).toMatchObject({ original: 63.46, executed: 60 });
  });

  it('near miss: a budget and a spending of different years only are no execution block', () => {
    const r = check(gridFromValues('S', sheet(['2017年预算数', '2018年决算数', null], [50, 60, null])));
    expect(r.budget).toBeNull();
  });

  it('near miss: labels without years pair as before', () => {
    const r = check(gridFromValues('S', sheet(['年初预算数', '全年预算数', '全年执行数'], [50, 60, 55])));
    expect(r.budget).toMatchObject({ original: 50, adjusted: 60, executed: 55 });
  });
});
