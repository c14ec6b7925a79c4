/** Small synthetic 绩效自评表 layouts for the Excel gateway tests. */
import type { FakeSheetInit, FakeValue } from './fakeExcel';

/** A form of `rows` rows: title, header, indicator rows (a 一级指标 merge per 50 rows), a total. */
export function formSheet(rows: number): FakeSheetInit {
  const values: FakeValue[][] = [];
  values.push(['项目支出绩效自评表', null, null, null, null, null, null, null]);
  values.push(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因']);
  const merges = ['A1:H1'];
  for (let r = 2; r < rows - 1; r++) {
    values.push([r % 50 === 2 ? '产出指标' : null, '数量指标', `指标${r}`, '≥100', 100 + (r % 7), 10, null, null]);
    if (r % 50 === 2) merges.push(`A${r + 1}:A${Math.min(r + 50, rows - 1)}`);
    merges.push(`H${r + 1}:I${r + 1}`);
  }
  values.push(['总分', null, null, null, null, 100, null, null]);
  const formulas: Record<string, string> = { [`G${rows}`]: `=SUM(G3:G${rows - 1})` };
  return { values, merges, formulas, numberFormats: { E3: '0.00' } };
}
