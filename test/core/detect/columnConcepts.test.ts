import { readConcept } from '../../../src/core/detect/columnConcepts';
import { COLUMN_LABELS, ColumnConcept } from '../../../src/core/detect/labelTable';
import { normalizeLabel } from '../../../src/core/text/normalizeLabel';

const concept = (label: string) => readConcept(normalizeLabel(label))?.concept ?? null;

/** A column label is read from its parts (issue 8): the words of forms.md and those real tables use. */
describe('column labels read from their parts', () => {
  // A budget block's 原因 column and an indicator block's deviation column read alike (the block decides).
  const asRead = (k: string): ColumnConcept => (k === 'reason' ? 'deviation' : (k as ColumnConcept));
  const listed = Object.entries(COLUMN_LABELS).flatMap(([k, labels]) => labels.map((l) => [l, asRead(k)] as [string, ColumnConcept]));
  it.each(listed)('%s (forms.md) → %s', (label, expected) => {
    expect(concept(label)).toBe(expected);
  });

  it.each([
    ['全年实际完成值', 'actual'],
    ['指标实际完成值', 'actual'],
    ['单项指标实际完成值', 'actual'],
    ['实际完成指标值', 'actual'],
    ['预期指标值', 'target'],
    ['年度目标值', 'target'],
    ['年度目标', 'target'],
    ['预期目标', 'target'],
    ['计划值', 'target'],
    ['指标分值权重', 'weight'],
    ['分值权重', 'weight'],
    ['权重占比(%)', 'weight'],
    ['指标分值', 'weight'],
    ['指标得分', 'score'],
    ['自评得分', 'score'],
    ['单项指标得分', 'score'],
    ['得分(20分*执行率)', 'score'],
    ['符号', 'comparator'],
    ['单位(文字描述)', 'unit'],
    ['未完成原因和改进措施', 'deviation'],
    ['偏差原因分析及整改措施', 'deviation'],
    ['佐证资料', 'evidence'],
    ['预算执行进度(%)', 'rate'],
    ['预算执行率(B/A×100%)', 'rate'],
    ['全年预算数(A)', 'adjusted'],
    ['年初预算', 'original'],
    ['实际支出数', 'executed'],
    ['指标内容', 'name'],
    ['绩效内容', 'name'],
    ['一级 指标', 'level1'],
    ['绩效目标值', 'target'],
    ['支出实现率(%)⑥=⑤/④', 'rate'],
    ['支出率', 'rate'],
    ['执行率C=B/A', 'rate'],
    ['①年初预算数', 'original'],
    ['全年执行数B', 'executed'],
    ['年度拨付金额', 'executed'],
    ['全年执行资金(E)', 'executed'],
    ['预算执行(E/C×100%)', 'rate'],
    ['计划安排资金', 'original'],
    ['指标(目标)值', 'target'],
    ['年度指标(目标)值', 'target'],
    ['实际完成(指标)值', 'actual'],
    ['评分', 'score'],
    ['评分结果', 'score'],
    ['完成指标值', 'actual'],
    ['实际到位资金', 'received'],
    ['到位数', 'received'],
  ] as [string, ColumnConcept][])('%s → %s', (label, expected) => {
    expect(concept(label)).toBe(expected);
  });

  it('prefers 年初预算 to the 年度预算数 heading over the row labels', () => {
    expect(readConcept('年初预算')!.strength).toBeGreaterThan(readConcept('年度预算数')!.strength);
  });

  it('prefers 全年执行数 to the money paid out (拨付金额)', () => {
    expect(readConcept('全年执行数')!.strength).toBeGreaterThan(readConcept('拨付金额')!.strength);
  });

  it('near miss: 计划完成指标值 (what was planned) is the target, not the actual', () => {
    expect(concept('计划完成指标值')).toBe('target');
  });

  it('near miss: a rate of money received (到位率) is no column the form uses', () => {
    expect(concept('资金到位率')).toBeNull();
  });

  it('prefers 实际完成值 to a 完成情况 band column', () => {
    expect(readConcept('实际完成值')!.strength).toBeGreaterThan(readConcept('单项指标完成情况')!.strength);
  });

  describe('near misses: labels that are no column of the form', () => {
    it.each([
      ['上年完成值'],
      ['指标值设置依据'],
      ['三级指标测算依据'],
      ['指标赋分规则'],
      ['评分标准'],
      ['完成率'],
      ['总体完成率(%)'],
      ['年度绩效指标完成情况'],
      ['四、年度绩效指标完成情况'],
      ['绩效指标'],
      ['绩效目标'],
      ['年度绩效目标'],
      ['序号'],
      ['资金来源'],
      ['项目名称'],
      ['实施单位'],
      ['年度总体目标'],
      ['12345政务服务热线来电回复率'],
      ['坐席人员服务满意率'],
      ['新建供水管网长度（公里）这一行写得很长很长的说明文字'],
      ['年中调整金额③'],
      ['本年度结余金额⑦=④-⑤'],
      ['资金结余率(%)⑧=⑦/④'],
      ['资金拨付率'],
      ['预算到位(D/C×100%)'],
      ['年度绩效目标'],
    ])('%s → no concept', (label) => {
      expect(concept(label)).toBeNull();
    });
  });
});
