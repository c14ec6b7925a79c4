import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GatewayError } from '../app/hostGateway';
import { checkSheet } from '../core/check/checkWorkbook';
import { planInsertRows } from '../core/template/planInsertRows';
import { enUS, zhCN } from '../i18n/uiMessages';
import { FakeGateway, tinyGrid } from './testing/fakeGateway';
import { button, checkSheetNow, paneReady, renderPane } from './testing/renderPane';
import { sampleReport } from './testing/sampleReport';

// The engine is tested on its own; here it returns a known report so that the pane's behaviour is
// what is under test (App.engine.test.tsx runs the real engine).
jest.mock('../core/check/checkWorkbook', () => ({ checkSheet: jest.fn() }));
// Where rows go is the engine's plan (tested in src/core/template); here it is a known plan.
jest.mock('../core/template/planInsertRows', () => ({ planInsertRows: jest.fn() }));
// Fluent UI renders a large tree; under jsdom on a busy machine one test can take seconds.
jest.setTimeout(20_000);
const checkSheetMock = checkSheet as jest.MockedFunction<typeof checkSheet>;

let gw: FakeGateway;
beforeEach(() => {
  checkSheetMock.mockReset();
  checkSheetMock.mockReturnValue([sampleReport()]);
  gw = new FakeGateway(tinyGrid());
});

const section = (severity: string) => document.querySelector(`section[data-severity="${severity}"]`) as HTMLElement;
const groupHeadings = (severity: string) => within(section(severity)).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
const finding = (text: string | RegExp) => screen.getByText(text).closest('button') as HTMLButtonElement;
const selectedCells = () => gw.callsOf('selectCell').map((args) => args[1]);

describe('task pane', () => {
  test('shows the report: form, execution rate, total, grade and counts by severity', async () => {
    renderPane(gw);
    await checkSheetNow();

    expect(screen.getByText('项目支出绩效自评表（财政部）')).toBeInTheDocument();
    expect(screen.getByTestId('execution-rate')).toHaveTextContent('83.50%');
    expect(screen.getByTestId('total-score')).toHaveTextContent('88.25 / 100');
    expect(screen.getByTestId('grade')).toHaveTextContent('良');
    const counts = screen.getByRole('list', { name: '问题数量' });
    expect(within(counts).getByRole('listitem', { name: '错误：2 条' })).toHaveTextContent('2');
    expect(within(counts).getByRole('listitem', { name: '警告：3 条' })).toHaveTextContent('3');
    expect(within(counts).getByRole('listitem', { name: '提示：1 条' })).toHaveTextContent('1');
  });

  test('groups the findings by severity, then by indicator, with the table’s own findings under 表格', async () => {
    renderPane(gw);
    await checkSheetNow();

    const order = [...document.querySelectorAll('section[data-severity]')].map((s) => s.getAttribute('data-severity'));
    expect(order).toEqual(['error', 'warning', 'info']);
    expect(groupHeadings('error')).toEqual(['表格', '坐席人员服务满意率第 16 行']);
    expect(groupHeadings('warning')).toEqual(['表格', '来电接通量第 13 行', '坐席人员服务满意率第 16 行']);
    expect(groupHeadings('info')).toEqual(['来电接通量第 13 行']);
    expect(within(section('warning')).getByText('“实施单位”未填写').closest('button')).toHaveTextContent('B3');
  });

  test('clicking a finding goes to its cell and makes it the current one', async () => {
    renderPane(gw);
    await checkSheetNow();

    const item = finding(/实际完成值 99% 未达到/);
    fireEvent.click(item);

    await waitFor(() => expect(gw.callsOf('selectCell')).toEqual([['sheet-1', 'F16']]));
    expect(item).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText('第 2 条，共 6 条')).toBeInTheDocument();
  });

  test('下一条 walks the findings in the order the list shows them', async () => {
    renderPane(gw);
    await checkSheetNow();

    const next = button('下一条');
    for (let i = 0; i < 6; i++) fireEvent.click(next);

    await waitFor(() => expect(selectedCells()).toEqual(['I6', 'F16', 'B3', 'E13', 'H16', 'E13']));
    expect(next).toBeDisabled();
    expect(finding('来电接通量：指标值只有恰好达到才算完成')).toHaveAttribute('aria-current', 'true');
  });

  test('上一条 steps back and is disabled on the first finding', async () => {
    renderPane(gw);
    await checkSheetNow();
    expect(button('上一条')).toBeDisabled();

    const [previous, next] = [button('上一条'), button('下一条')];
    fireEvent.click(next);
    fireEvent.click(next);
    fireEvent.click(previous);

    await waitFor(() => expect(selectedCells()).toEqual(['I6', 'F16', 'I6']));
    expect(previous).toBeDisabled();
    expect(finding('预算执行得分 9 与计算值 8.35 不符')).toHaveAttribute('aria-current', 'true');
  });

  test('in en-US the pane speaks English and asks the engine for English messages', async () => {
    renderPane(gw, 'en-US');
    expect(button(enUS.writeResults)).toBeDisabled();
    await checkSheetNow('Check sheet', 'Result');

    expect(screen.getByText('Project self-evaluation (Ministry of Finance)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Findings' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled();
    expect(screen.getByTestId('grade')).toHaveTextContent('Good');
    expect(screen.queryByText(zhCN.check)).not.toBeInTheDocument();
    expect(checkSheetMock.mock.calls[0][1]).toMatchObject({ locale: 'en-US' });
  });

  test('a protected sheet shows the catalog’s message, not the exception’s', async () => {
    gw.failNext('readActiveSheet', new GatewayError('protected', 'AccessDenied: The cell you are trying to change is protected'));
    renderPane(gw);
    await paneReady();

    fireEvent.click(button('检查表格'));

    expect(await screen.findByText(zhCN.gatewayErrors.protected)).toBeInTheDocument();
    expect(screen.queryByText(/AccessDenied/)).not.toBeInTheDocument();
    expect(button('检查表格')).toBeEnabled();
  });

  test('an unexpected failure shows a generic message and never the raw error text', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => {});
    checkSheetMock.mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'row')");
    });
    renderPane(gw);
    await paneReady();

    fireEvent.click(button('检查表格'));

    expect(await screen.findByText(zhCN.unexpectedError)).toBeInTheDocument();
    expect(screen.queryByText(/Cannot read/)).not.toBeInTheDocument();
    quiet.mockRestore();
  });

  test('before a check only 检查表格 and 插入空白模板 are enabled', async () => {
    renderPane(gw);
    await paneReady();

    expect(button('检查表格')).toBeEnabled();
    expect(button('插入空白模板')).toBeEnabled();
    expect(button('写回结果')).toBeDisabled();
    expect(button('清除标记')).toBeDisabled();
    expect(button('撤销写回')).toBeDisabled();
    expect(button('插入指标行')).toBeDisabled();
  });

  test('a check with results to write enables 写回结果 and 清除标记', async () => {
    renderPane(gw);
    await checkSheetNow();

    expect(button('写回结果')).toBeEnabled();
    expect(button('清除标记')).toBeEnabled();
    expect(button('插入指标行')).toBeEnabled();
    expect(button('撤销写回')).toBeDisabled();
  });

  test('a check with nothing to write leaves 写回结果 disabled', async () => {
    checkSheetMock.mockReturnValue([sampleReport({ writes: [] })]);
    renderPane(gw);
    await checkSheetNow();

    expect(button('写回结果')).toBeDisabled();
  });

  test('写回结果 writes the report’s results, then 撤销写回 follows the gateway’s pending writes', async () => {
    renderPane(gw);
    await checkSheetNow();

    fireEvent.click(button('写回结果'));
    await waitFor(() => expect(button('撤销写回')).toBeEnabled());
    const writeCall = gw.callsOf('apply').at(-1)![0] as { writes: { cell: string }[] };
    expect(writeCall.writes.map((w) => w.cell)).toEqual(['H16', 'H30']);
    expect(button('写回结果')).toBeDisabled();

    fireEvent.click(button('撤销写回'));
    await waitFor(() => expect(button('撤销写回')).toBeDisabled());
    expect(gw.callsOf('undoWrites')).toHaveLength(1);
    expect(await screen.findByText('已恢复 2 个单元格的原值')).toBeInTheDocument();
  });

  test('清除标记 clears the marks and is disabled afterwards', async () => {
    renderPane(gw);
    await checkSheetNow();

    fireEvent.click(button('清除标记'));

    await waitFor(() => expect(button('清除标记')).toBeDisabled());
    expect(gw.callsOf('clearMarks')).toHaveLength(1);
    expect(await screen.findByText('已清除 5 个单元格的标记')).toBeInTheDocument();
  });

  test('while a check runs the pane is busy: a spinner, and the commands are disabled', async () => {
    const release = gw.hold('readActiveSheet');
    renderPane(gw);
    await paneReady();

    fireEvent.click(button('检查表格'));

    expect(await screen.findByText('正在检查…')).toBeInTheDocument();
    expect(button('检查表格')).toBeDisabled();
    expect(button('插入空白模板')).toBeDisabled();
    await act(async () => release());
    await screen.findByRole('heading', { name: '检查结果' });
    expect(button('检查表格')).toBeEnabled();
  });

  test('changing a setting saves it through saveSettings', async () => {
    renderPane(gw);
    await paneReady();
    fireEvent.click(button('设置'));

    fireEvent.click(screen.getByRole('switch', { name: zhCN.overwriteStated }));

    await waitFor(() => expect(gw.callsOf('saveSettings')).toHaveLength(1));
    expect(gw.callsOf('saveSettings')[0][0]).toMatchObject({ overwriteStated: true });
  });

  test('a threshold is edited in percent and saved as a fraction', async () => {
    renderPane(gw);
    await paneReady();
    fireEvent.click(button('设置'));

    const input = screen.getByRole('spinbutton', { name: zhCN.overAchievementThreshold });
    expect(input).toHaveValue(120);
    fireEvent.change(input, { target: { value: '130' } });
    fireEvent.blur(input);

    await waitFor(() => expect(gw.callsOf('saveSettings')).toHaveLength(1));
    expect(gw.callsOf('saveSettings')[0][0]).toMatchObject({ overAchievementThreshold: 1.3 });
  });

  test('a threshold out of range is not saved', async () => {
    renderPane(gw);
    await paneReady();
    fireEvent.click(button('设置'));

    const input = screen.getByRole('spinbutton', { name: zhCN.lowExecutionThreshold });
    fireEvent.change(input, { target: { value: '150' } });
    fireEvent.blur(input);

    expect(await screen.findByText(zhCN.numberOutOfRange(0, 100))).toBeInTheDocument();
    expect(gw.callsOf('saveSettings')).toHaveLength(0);
  });

  test('stored settings are loaded when the pane opens', async () => {
    gw.stored = { lowExecutionThreshold: 0.8, lowerIsBetter: 'linear' };
    renderPane(gw);
    fireEvent.click(button('设置'));

    await waitFor(() => expect(screen.getByRole('spinbutton', { name: zhCN.lowExecutionThreshold })).toHaveValue(80));
    expect(screen.getByRole('combobox', { name: zhCN.lowerIsBetter })).toHaveValue('linear');
  });

  test('overriding the policy in the summary saves it and checks again with it', async () => {
    renderPane(gw);
    await checkSheetNow();

    fireEvent.change(screen.getByRole('combobox', { name: zhCN.policy }), { target: { value: 'sichuan' } });

    await waitFor(() => expect(checkSheetMock).toHaveBeenCalledTimes(2));
    expect(checkSheetMock.mock.calls[1][1]).toMatchObject({ policy: 'sichuan' });
    expect(gw.callsOf('saveSettings')[0][0]).toMatchObject({ policy: 'sichuan' });
  });

  test('a sheet without a form shows the form-not-found message', async () => {
    checkSheetMock.mockReturnValue([sampleReport({ form: null, project: null, budget: null, indicators: [], total: null, issues: [], summary: { errors: 0, warnings: 0, infos: 0 }, writes: [], highlights: [] })]);
    renderPane(gw);
    await paneReady();

    fireEvent.click(button('检查表格'));

    expect(await screen.findByText(zhCN.noFormTitle)).toBeInTheDocument();
    expect(screen.getByText(/未找到绩效自评表：工作表中没有指标表头（查找的是 三级指标/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '检查结果' })).not.toBeInTheDocument();
    expect(button('写回结果')).toBeDisabled();
  });

  test('text from the sheet is shown as text, never as markup', async () => {
    const markup = '<img src=x onerror="window.__pwned=1">项目';
    const report = sampleReport();
    report.project = { name: markup, department: null, unit: null };
    report.issues = [{ rule: 'placeholder-text', severity: 'warning', cell: 'A1', message: `模板提示语未删除：${markup}`, indicator: null, row: 1 }];
    report.summary = { errors: 0, warnings: 1, infos: 0 };
    checkSheetMock.mockReturnValue([report]);
    renderPane(gw);
    await checkSheetNow();

    expect(screen.getByText(markup)).toBeInTheDocument();
    expect(screen.getByText(`模板提示语未删除：${markup}`)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  test('插入空白模板 lays out the chosen blank form through insertTemplate', async () => {
    renderPane(gw);
    await paneReady();

    fireEvent.click(button('插入空白模板'));
    fireEvent.click(await screen.findByRole('button', { name: '项目绩效自评表（湖北样式）' }));

    await waitFor(() => expect(gw.callsOf('insertTemplate')).toHaveLength(1));
    const spec = gw.callsOf('insertTemplate')[0][0] as { kind: string; sheetName: string };
    expect(spec.kind).toBe('hubei-project');
    expect(await screen.findByText(`已插入空白模板工作表“${spec.sheetName}”`)).toBeInTheDocument();
  });

  test('插入指标行 inserts rows after the current finding’s indicator row, then asks for a new check', async () => {
    const plan = { beforeRow: 16, count: 2, copyFormatsFrom: 15, fromCol: 0, toCol: 8, extendDown: [0, 1] };
    (planInsertRows as jest.Mock).mockReturnValue(plan);
    renderPane(gw);
    await checkSheetNow();
    fireEvent.click(finding(/实际完成值 99% 未达到/));

    fireEvent.click(button('插入指标行'));
    const dialog = await screen.findByRole('region', { name: zhCN.insertRowsTitle });
    expect(within(dialog).getByRole('combobox', { name: zhCN.insertAfter })).toHaveValue('16');
    fireEvent.change(within(dialog).getByRole('spinbutton', { name: zhCN.rowCount }), { target: { value: '2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: zhCN.insert }));

    await waitFor(() => expect(gw.callsOf('insertRows')).toHaveLength(1));
    // Row 16 (1-based) is row 15 for the engine; the gateway gets the engine's plan for this sheet.
    expect(planInsertRows).toHaveBeenCalledWith(tinyGrid(), 15, 2);
    expect(gw.callsOf('insertRows')[0][0]).toEqual({ sheetId: 'sheet-1', ...plan });
    expect(await screen.findByText(zhCN.staleReport)).toBeInTheDocument();
    expect(button('写回结果')).toBeDisabled();
  });

  test('says so when the host read only part of a huge sheet', async () => {
    gw = new FakeGateway({ ...tinyGrid(), truncated: { rows: 5000, cols: 40 } });
    renderPane(gw);
    await checkSheetNow();
    expect(await screen.findByText(zhCN.sheetTruncated(5000, 40))).toBeInTheDocument();
  });

  test('arrow keys move the focus between the enabled toolbar buttons', async () => {
    renderPane(gw);
    await paneReady();
    button('检查表格').focus();

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('插入空白模板'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('检查表格'));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(button('插入空白模板'));
  });

  test('Escape closes the template list and gives the focus back to its button', async () => {
    renderPane(gw);
    await paneReady();
    fireEvent.click(button('插入空白模板'));
    const list = await screen.findByRole('region', { name: '插入空白模板' });
    expect(button('插入空白模板')).toHaveAttribute('aria-expanded', 'true');

    fireEvent.keyDown(within(list).getAllByRole('button')[0], { key: 'Escape' });

    expect(screen.queryByRole('region', { name: '插入空白模板' })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(button('插入空白模板'));
    expect(gw.callsOf('insertTemplate')).toHaveLength(0);
  });
});
