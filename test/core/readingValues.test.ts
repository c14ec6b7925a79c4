import { withCell } from '../support/fixtures';
import { check } from '../support/issues';
import { nationalForm, withIndicator } from '../support/nationalForm';
import { sichuanForm, withSichuanIndicator } from '../support/sichuanForm';

/** rules.md "Reading values", through whole forms: what the report says it read. */
describe('reading values', () => {
  // 工程验收合格率 (row 1), actual 98%: met for every ≥ spelling of 95%, not met for every ≤ spelling.
  const read = (target: string, actual: string | number = '98%') => check(nationalForm({ indicators: withIndicator(1, { target, actual }) }).grid).indicators[1];

  describe('comparators in every spelling, before or after the number', () => {
    it.each([
      '≥95%', '>=95%', '＞=95%', '＞＝95%', '≧95%',
      '不低于95%', '不少于95%', '至少95%', '达到95%', '达95%',
      '95%以上', '95%及以上', '不低于 95 %', '＞＝９５％',
    ])('%p reads as ≥ 95%', (target) => {
      expect(read(target)).toMatchObject({ target: { op: '>=', value: 95, unit: '%' }, met: true });
    });

    it.each(['≤95%', '<=95%', '≦95%', '不高于95%', '不超过95%', '95%以内', '95%以下', '95%之内'])('%p reads as ≤ 95%', (target) => {
      expect(read(target)).toMatchObject({ target: { op: '<=', value: 95, unit: '%' }, met: false });
    });

    it.each([['=95%'], ['﹦95%'], ['＝95%']])('%p reads as = 95%, scored like ≥', (target) => {
      expect(read(target)).toMatchObject({ target: { op: '=', value: 95 }, met: true });
    });

    it('> is scored like ≥ and < like ≤ (met at the boundary)', () => {
      expect(read('>95%', '95%')).toMatchObject({ target: { op: '>' }, met: true });
      expect(read('<95%', '95%')).toMatchObject({ target: { op: '<' }, met: true });
    });

    it('a range 95%-100% reads as ≥ 95%', () => {
      expect(read('95%-100%', '96%')).toMatchObject({ target: { op: '>=', value: 95, unit: '%' }, met: true });
      expect(read('95%-100%', '94%')).toMatchObject({ met: false });
    });

    it('a bare number reads as ≥', () => {
      expect(read('95%')).toMatchObject({ target: { op: '>=', value: 95 } });
    });
  });

  describe('a bare amount under a target in 万元', () => {
    // 工程建设成本 (row 3): ≤150万元.
    const cost = (actual: string | number) => check(nationalForm({ indicators: withIndicator(3, { actual }) }).grid).indicators[3];

    it('ten thousand times the target is the amount in 元 (1485000 against ≤150万元: met)', () => {
      expect(cost(1485000)).toMatchObject({ met: true });
    });

    it('a yuan sign before an amount with a bare 万 (¥148万) is the amount', () => {
      expect(cost('¥148万')).toMatchObject({ met: true });
    });

    it('near miss: an amount near the target stays in 万元 (148 against ≤150万元: met; 160: not met)', () => {
      expect(cost(148)).toMatchObject({ met: true });
      expect(cost(160)).toMatchObject({ met: false });
    });

    it('near miss: an amount that fits neither reading stays as written (160000000 against ≤150万元: not met)', () => {
      expect(cost(160000000)).toMatchObject({ met: false });
    });
  });

  describe('cost targets read as ≤', () => {
    it('a money amount under the 成本指标 second level', () => {
      const r = check(nationalForm({ indicators: withIndicator(3, { target: '150万元', actual: '148万元' }) }).grid);
      expect(r.indicators[3]).toMatchObject({ target: { op: '<=', value: 150, unit: '万元' }, met: true });
    });

    it('any number under the 成本指标 first level', () => {
      const r = check(nationalForm({ indicators: withIndicator(3, { level1: '成本指标', level2: '经济成本指标', target: '150万元', actual: '160万元' }) }).grid);
      expect(r.indicators[3]).toMatchObject({ target: { op: '<=' }, met: false });
    });

    it('a written comparator wins over the cost default', () => {
      const r = check(nationalForm({ indicators: withIndicator(3, { target: '≥150万元', actual: '160万元' }) }).grid);
      expect(r.indicators[3]).toMatchObject({ target: { op: '>=' }, met: true });
    });
  });

  describe('a comparator in its own column (指标性质)', () => {
    it.each([
      ['≥', '>='],
      ['﹦', '='],
      ['＝', '='],
      ['≤', '<='],
    ])('%p', (comparator, op) => {
      const r = check(sichuanForm({ indicators: withSichuanIndicator(1, { comparator }) }).grid);
      expect(r.indicators[1].target).toMatchObject({ op, value: 95, unit: '%' });
    });

    it('定量指标 in 指标性质 is no comparator: the default applies (≤ for a cost)', () => {
      const r = check(sichuanForm({ indicators: withSichuanIndicator(3, { comparator: '定量指标' }) }).grid);
      expect(r.indicators[3]).toMatchObject({ target: { op: '<=', value: 1000, unit: '元' }, met: true });
    });
  });

  describe('numbers and 万', () => {
    it('48.9万件 is 489 000 件', () => {
      const r = check(nationalForm({ indicators: withIndicator(0, { name: '热线来电受理量', target: '≥48.9万件', actual: '489000件' }) }).grid);
      expect(r.indicators[0]).toMatchObject({ target: { value: 489000, unit: '件' }, actual: { value: 489000 }, met: true });
    });

    it('3万人 against 32000人', () => {
      const r = check(nationalForm({ indicators: withIndicator(4, { target: '≥3万人', actual: '32000人' }) }).grid);
      expect(r.indicators[4]).toMatchObject({ target: { value: 30000, unit: '人' }, met: true });
    });

    it('150万 in a (万元) budget block is 150, not 1 500 000', () => {
      const r = check(nationalForm({ budget: ['150万', '150万', '148万', 10, '98.67%', 9.87] }).grid);
      expect(r.budget).toMatchObject({ original: 150, adjusted: 150, executed: 148, score: 9.87 });
    });

    it('thousands separators and full-width digits', () => {
      const r = check(nationalForm({ indicators: withIndicator(4, { target: '≥1,200人', actual: '１２５０人' }) }).grid);
      expect(r.indicators[4]).toMatchObject({ target: { value: 1200 }, actual: { value: 1250 }, met: true });
    });
  });

  describe('percent formats', () => {
    it('an Excel number with a percent format: 0.99 shown as 99% is 99%', () => {
      const f = nationalForm();
      const at = f.at.indicator(1, 'actual');
      const ind = check(withCell(f.grid, at, 0.99, { format: '0.00%' })).indicators[1];
      expect(ind).toMatchObject({ actual: { value: 99, unit: '%' }, met: true });
    });

    it('a target 0.95 shown as 95%', () => {
      const f = nationalForm();
      const ind = check(withCell(f.grid, f.at.indicator(1, 'target'), 0.95, { format: '0%' })).indicators[1];
      expect(ind).toMatchObject({ target: { op: '>=', value: 95, unit: '%' }, met: true });
    });

    it('a stated execution rate 0.9867 with a percent format', () => {
      const f = nationalForm();
      expect(check(withCell(f.grid, f.at.rate, 0.9867, { format: '0.00%' })).budget?.statedRate).toBe(0.9867);
    });
  });

  describe('units', () => {
    it('the target unit carries over to a bare actual', () => {
      const ind = check(nationalForm({ indicators: withIndicator(0, { actual: 125 }) }).grid).indicators[0];
      expect(ind).toMatchObject({ unit: '公里', actual: { value: 125, unit: '公里' }, met: true });
    });

    it('the unit column wins, and 百分比 / ％ mean %', () => {
      for (const unit of ['百分比', '％']) {
        const ind = check(sichuanForm({ indicators: withSichuanIndicator(1, { unit }) }).grid).indicators[1];
        expect(ind).toMatchObject({ unit: '%', target: { unit: '%' } });
      }
    });

    it('元 and 万元 convert (× 10 000)', () => {
      const ind = check(nationalForm({ indicators: withIndicator(3, { target: '≤150万元', actual: '1480000元' }) }).grid).indicators[3];
      expect(ind).toMatchObject({ met: true, actual: { value: 148 } });
    });

    it('15秒以内 against 12秒', () => {
      const ind = check(nationalForm({ indicators: withIndicator(0, { name: '平均响应时间', target: '15秒以内', actual: '12秒' }) }).grid).indicators[0];
      expect(ind).toMatchObject({ target: { op: '<=', value: 15, unit: '秒' }, met: true });
    });
  });

  describe('qualitative targets', () => {
    it.each(['效果明显', '符合相关规定', '按时完成', '12月底前'])('%p is qualitative', (target) => {
      const ind = check(nationalForm({ indicators: withIndicator(5, { target }) }).grid).indicators[5];
      expect(ind).toMatchObject({ target: { qualitative: true, op: null }, actual: { band: 'met' }, met: true });
    });
  });
});
