import { MemoryGateway, memoryWorkbookFrom, visibleState } from '../../src/app/memoryGateway';
import { checkAndMark, clearMarks, insertIndicatorRows, undoWrites, writeResults } from '../../src/app/useCases';
import { GatewayError } from '../../src/app/hostGateway';
import { checkSheet } from '../../src/core';
import { nationalForm, withIndicator } from '../support/nationalForm';
import { single } from '../support/issues';

/** The use cases end to end over the in-memory gateway and the real engine. */
describe('use cases over the in-memory gateway', () => {
  const form = () => nationalForm({ indicators: withIndicator(1, { score: null }), totalScore: null });

  it('检查表格 reads once and marks once', async () => {
    const f = nationalForm({ indicators: withIndicator(1, { score: 20 }) });
    const gw = new MemoryGateway(memoryWorkbookFrom(f.grid));
    const result = await checkAndMark(gw, {});
    expect(single(result.reports).highlights).toContainEqual(expect.objectContaining({ cell: f.at.indicator(1, 'score'), severity: 'error' }));
    expect(gw.stats).toEqual({ reads: 1, writes: 1 });
    expect(visibleState(gw.workbook).fills[f.at.indicator(1, 'score')]).toBeDefined();
  });

  it('写回结果 fills the empty score and total, and 撤销写回 takes them back', async () => {
    const f = form();
    const gw = new MemoryGateway(memoryWorkbookFrom(f.grid));
    const before = visibleState(gw.workbook);
    const result = await checkAndMark(gw, {});
    await writeResults(gw, result);
    const after = visibleState(gw.workbook);
    expect(after.values[f.at.indicator(1, 'score')]).toBe(15);
    expect(after.values[f.at.totalScore]).toBe(99.87);
    await undoWrites(gw);
    await clearMarks(gw);
    expect(visibleState(gw.workbook)).toEqual(before);
  });

  it('插入指标行 inserts blank rows inside the group and the form still reads', async () => {
    const f = nationalForm();
    const gw = new MemoryGateway(memoryWorkbookFrom(f.grid));
    const row = Number(f.at.indicator(0, 'name').slice(1)) - 1;
    const plan = await insertIndicatorRows(gw, row, 2);
    expect(plan).toMatchObject({ beforeRow: row + 1, count: 2 });
    const { grid } = await gw.readActiveSheet();
    const report = single(checkSheet(grid));
    expect(report.indicators).toHaveLength(7);
    expect(report.indicators[1].name).toBe('工程验收合格率');
    expect(report.indicators[1].row).toBe(row + 4);
  });

  it('插入指标行 on a row that is no indicator says so', async () => {
    const gw = new MemoryGateway(memoryWorkbookFrom(nationalForm().grid));
    await expect(insertIndicatorRows(gw, 0, 1)).rejects.toBeInstanceOf(GatewayError);
  });
});
