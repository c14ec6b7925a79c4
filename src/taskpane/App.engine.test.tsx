import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jingmenGrid } from '../../test/support/fixtures';
import { MemoryGateway, memoryWorkbookFrom } from '../app/memoryGateway';
import { checkSheetNow, renderPane } from './testing/renderPane';

jest.setTimeout(30_000);

// The pane with the real engine and the in-memory host on the worked example (rules.md, "What the
// worked example must give").
describe('task pane on the worked example', () => {
  test('shows the Hubei form at 100% execution with no error, and goes to the unexplained 坐席人员服务满意率 shortfall', async () => {
    const gw = new MemoryGateway(memoryWorkbookFrom(jingmenGrid()));
    renderPane(gw);
    await checkSheetNow();

    expect(screen.getByText('项目支出绩效自评表（湖北）')).toBeInTheDocument();
    expect(screen.getByTestId('execution-rate')).toHaveTextContent('100.00%');
    expect(screen.getByTestId('funds')).toHaveTextContent(/^预算 [\d.]+ · 执行 [\d.]+$/);
    expect(screen.getByRole('listitem', { name: '错误：0 条' })).toBeInTheDocument();
    expect(document.querySelector('[data-severity="error"]')).toBeNull();
    expect(gw.pending().marks).toBeGreaterThan(0);

    const warnings = document.querySelector('[data-severity="warning"]') as HTMLElement;
    const shortfall = within(warnings).getByText(/坐席人员服务满意率：实际完成值 99% 未达到年初目标值 100%/).closest('[role="treeitem"]')!;
    expect(shortfall).toHaveTextContent('F16');
    fireEvent.click(shortfall);
    await waitFor(() => expect(gw.selection?.address).toBe('F16'));
  });

  test('shows the score of every indicator, though the form has no 得分 column', async () => {
    const gw = new MemoryGateway(memoryWorkbookFrom(jingmenGrid()));
    renderPane(gw);
    await checkSheetNow();

    const scores = screen.getByTestId('scores');
    const rows = within(scores).getAllByRole('button', { expanded: false });
    expect(rows[0]).toHaveTextContent('预算执行率20 / 20');
    const satisfaction = rows.find((r) => r.textContent?.startsWith('坐席人员服务满意率'))!;
    fireEvent.click(satisfaction);
    expect(within(scores).getByText('完成率 99%；表中未列分值，总分按其完成情况给出范围')).toBeInTheDocument();
    expect(screen.getByTestId('total-score')).toHaveTextContent('99.2–100 / 100');
  });
});
