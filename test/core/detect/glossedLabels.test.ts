import { checkSheet, gridFromValues } from '../../../src/core';
import { CellValue } from '../../../src/core/grid/cellGrid';

/**
 * Labels with pinyin glosses inserted after their characters (績(jī)效目標(biāo)自評(píng)表), as copies on
 * mirror sites have them: long only by their glosses, they are read as the labels they are.
 */
describe('labels with pinyin glosses', () => {
  const sheet = (title: string): CellValue[][] => [
    [title, null, null, null, null],
    ['轉(zhuǎn)移支付(項(xiàng)目)名稱(chēng)', '某某補(bǔ)助資金', null, null, null],
    ['資金投入情況(萬(wàn)元)', '全年預(yù)算數(shù)(A)', '全年執(zhí)行數(shù)(B)', '預(yù)算執(zhí)行率(B/A×100%)', null],
    ['年度資金總額:', 148, 46, '31.00%', null],
  ];

  it('reads a title that is long only by its glosses, so a form cut before its indicators is still found', () => {
    const title = '宣城市轉(zhuǎn)移支付區(qū)域(項(xiàng)目)績(jī)效目標(biāo)自評(píng)表';
    expect(title.length).toBeGreaterThan(48);
    const [r] = checkSheet(gridFromValues('S', sheet(title)));
    expect(r.form).not.toBeNull();
    expect(r.issues.map((i) => i.rule)).toContain('execution-rate-mismatch');
  });

  it('reads the same title with full-width brackets around its glosses', () => {
    const title = '宣城市轉（zhuǎn）移支付區（qū）域（項（xiàng）目）績（jī）效目標（biāo）自評（píng）表';
    const [r] = checkSheet(gridFromValues('S', sheet(title)));
    expect(r.form).not.toBeNull();
  });

  it('near miss: a long sentence without glosses is no title', () => {
    const long = '本表由各单位根据年度预算执行情况和绩效目标完成情况如实填写，报送主管部门审核后汇总上报财政部门备案，逾期不报视为未开展自评表';
    expect(long.length).toBeGreaterThan(48);
    const [r] = checkSheet(gridFromValues('S', sheet(long)));
    expect(r.form).toBeNull();
  });
});
