import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GatewayError } from '../app/hostGateway';
import { checkSheet } from '../core/check/checkWorkbook';
import type { Issue, SheetReport } from '../core/report/reportSchema';
import { RULE_CATALOGUE } from '../core/rules/catalogue';
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
jest.setTimeout(30_000);
const checkSheetMock = checkSheet as jest.MockedFunction<typeof checkSheet>;
/** The engine gives this one report for the sheet (one form). */
const returns = (report: SheetReport) => checkSheetMock.mockReturnValue([report]);

let gw: FakeGateway;
beforeEach(() => {
  checkSheetMock.mockReset();
  returns(sampleReport());
  gw = new FakeGateway(tinyGrid());
});

const tree = () => screen.getByRole('tree');
const line = (text: string | RegExp) => within(tree()).getByText(text).closest('[role="treeitem"]') as HTMLElement;
const selectedCells = () => gw.callsOf('selectCell').map((args) => args[1]);
const placeholders = (cells: string[]): Issue[] =>
  cells.map((cell, i) => ({ rule: 'placeholder-text', severity: 'warning', cell, message: `模板提示文字未删除：“指标${i + 1}：”`, indicator: null, row: Number(cell.slice(1)) }));

describe('task pane: the report', () => {
  test('shows the form, execution rate, total, grade and counts by severity', async () => {
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

  test('a count of zero is a neutral badge, not a red one', async () => {
    returns(sampleReport({ issues: [], summary: { errors: 0, warnings: 0, infos: 0 }, highlights: [] }));
    renderPane(gw);
    await checkSheetNow();

    const errors = screen.getByRole('listitem', { name: '错误：0 条' });
    expect(errors.querySelector('[data-zero="true"]')).not.toBeNull();
    expect(screen.getByText(zhCN.noFindings)).toBeInTheDocument();
  });

  test('shows every score and how it was computed, one line per indicator that opens', async () => {
    renderPane(gw);
    await checkSheetNow();

    const scores = screen.getByTestId('scores');
    const rows = within(scores).getAllByRole('button', { expanded: false });
    expect(rows.map((r) => r.textContent)).toEqual(['预算执行率8.35 / 10', '来电接通量20 / 20', '坐席人员服务满意率9.9 / 10']);
    fireEvent.click(rows[2]);
    expect(within(scores).getByText('10 × 99% ÷ 100% = 9.9')).toBeInTheDocument();
    fireEvent.click(rows[0]);
    expect(within(scores).getByText('10 × 执行率 83.50% = 8.35')).toBeInTheDocument();
    expect(within(scores).getByText(/表中填写 9/)).toBeInTheDocument();
  });

  test('a sheet without a form says so, and which sheets of the workbook have one', async () => {
    checkSheetMock.mockImplementation((grid) => [
      grid.name === '封面'
        ? sampleReport({ sheet: '封面', form: null, project: null, budget: null, indicators: [], total: null, issues: [], summary: { errors: 0, warnings: 0, infos: 0 }, writes: [], highlights: [] })
        : sampleReport({ sheet: grid.name }),
    ]);
    gw = new FakeGateway(tinyGrid('封面'), 'cover');
    gw.otherSheets = [{ sheetId: 'form', grid: tinyGrid('项目自评表') }];
    renderPane(gw);
    await paneReady();

    fireEvent.click(button('检查表格'));

    const box = await screen.findByTestId('no-form');
    expect(box).toHaveTextContent(zhCN.noFormTitle);
    expect(box).toHaveTextContent(zhCN.formsElsewhere);
    fireEvent.click(within(box).getByRole('button', { name: '转到“项目自评表”并检查' }));
    await waitFor(() => expect(gw.callsOf('selectCell')).toEqual([['form', 'A1']]));
  });

  test('检查全部工作表 lists every sheet with a form and its counts', async () => {
    gw.otherSheets = [{ sheetId: 'two', grid: tinyGrid('第二张') }];
    renderPane(gw);
    await paneReady();

    fireEvent.click(button('检查全部工作表'));

    const list = await screen.findByTestId('workbook');
    expect(within(list).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      '转到“Sheet1”并检查（错误：2 条，警告：3 条，提示：1 条）',
      '转到“第二张”并检查（错误：2 条，警告：3 条，提示：1 条）',
    ]);
    expect(gw.callsOf('apply')).toHaveLength(0); // the whole-workbook check marks nothing
  });
});

describe('task pane: the findings', () => {
  test('groups a rule found several times into one entry that opens', async () => {
    returns(sampleReport({ issues: placeholders(['B4', 'B5', 'B6']), summary: { errors: 0, warnings: 3, infos: 0 } }));
    renderPane(gw);
    await checkSheetNow();

    const group = line(RULE_CATALOGUE['placeholder-text'].title['zh-CN']);
    expect(group).toHaveAttribute('aria-expanded', 'false');
    expect(group).toHaveTextContent('3 处');
    expect(within(group).getByRole('group', { hidden: true })).not.toBeVisible();
    fireEvent.click(group);
    expect(group).toHaveAttribute('aria-expanded', 'true');
    expect(within(group).getAllByRole('treeitem').map((t) => t.textContent)).toEqual([
      'B4模板提示文字未删除：“指标1：”',
      'B5模板提示文字未删除：“指标2：”',
      'B6模板提示文字未删除：“指标3：”',
    ]);
  });

  test('clicking a finding goes to its cell and makes it the current one', async () => {
    renderPane(gw);
    await checkSheetNow();

    const item = line(/实际完成值 99% 未达到/);
    fireEvent.click(item);

    await waitFor(() => expect(gw.callsOf('selectCell')).toEqual([['sheet-1', 'F16']]));
    expect(item).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText('第 5 条，共 6 条')).toBeInTheDocument();
    expect(screen.getByTestId('finding-detail')).toHaveTextContent('坐席人员服务满意率：实际完成值 99% 未达到年初目标值 100%');
  });

  test('下一条 walks the findings in sheet order, and stops at the last', async () => {
    renderPane(gw);
    await checkSheetNow();

    const next = button('下一条');
    for (let i = 0; i < 6; i++) fireEvent.click(next);

    await waitFor(() => expect(selectedCells()).toEqual(['B3', 'I6', 'E13', 'E13', 'F16', 'H16']));
    expect(next).toBeDisabled();
  });

  test('Alt+↓ and Alt+↑ are 下一条 and 上一条', async () => {
    renderPane(gw);
    await checkSheetNow();

    fireEvent.keyDown(button('检查表格'), { key: 'ArrowDown', altKey: true });
    fireEvent.keyDown(button('检查表格'), { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(selectedCells()).toEqual(['B3', 'I6']));
    fireEvent.keyDown(button('检查表格'), { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(selectedCells()).toEqual(['B3', 'I6', 'B3']));
  });

  test('the list is one Tab stop; arrow keys move inside it and Enter goes to the cell', async () => {
    const error = sampleReport().issues[1];
    returns(sampleReport({ issues: [error, ...placeholders(['B20', 'B21'])] }));
    renderPane(gw);
    await checkSheetNow();

    const stops = () => [...tree().querySelectorAll('[tabindex="0"]')];
    expect(stops()).toHaveLength(1);
    const first = stops()[0] as HTMLElement;
    expect(first).toHaveTextContent('I6');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-expanded', 'false'));
    expect(stops()).toHaveLength(1);
    expect(stops()[0]).toBe(document.activeElement);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(first));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-expanded', 'false'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toHaveAttribute('aria-expanded', 'true');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toHaveTextContent('B20'));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await waitFor(() => expect(selectedCells()).toEqual(['B20']));
  });

  test('为什么？ shows why the rule matters and how to fix it, from the rule catalogue', async () => {
    renderPane(gw);
    await checkSheetNow();
    fireEvent.click(line(/实际完成值 99% 未达到/));

    fireEvent.click(await screen.findByRole('button', { name: '为什么？' }));

    const why = screen.getByTestId('why');
    expect(why).toHaveTextContent(RULE_CATALOGUE['target-not-met-unexplained'].why['zh-CN']);
    expect(why).toHaveTextContent(RULE_CATALOGUE['target-not-met-unexplained'].fix['zh-CN']);
  });

  test('已知，保留 needs a reason, stores the finding in the document, leaves it out of counts and marks', async () => {
    renderPane(gw);
    await checkSheetNow();
    fireEvent.click(line(/实际完成值 99% 未达到/));
    fireEvent.click(await screen.findByRole('button', { name: '已知，保留' }));

    fireEvent.click(screen.getByRole('button', { name: '确认保留' }));
    expect(await screen.findByText(zhCN.reasonRequired)).toBeInTheDocument();
    expect(gw.callsOf('saveAccepted')).toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: zhCN.acceptReason }), { target: { value: '满意度调查口径变化，已说明' } });
    fireEvent.click(screen.getByRole('button', { name: '确认保留' }));

    await waitFor(() => expect(gw.callsOf('saveAccepted')).toHaveLength(1));
    expect(gw.accepted).toEqual([
      expect.objectContaining({ rule: 'target-not-met-unexplained', subject: '坐席人员服务满意率', column: 'F', reason: '满意度调查口径变化，已说明' }),
    ]);
    const accepted = await screen.findByTestId('accepted');
    expect(accepted).toHaveTextContent('原因：满意度调查口径变化，已说明');
    expect(screen.getByRole('listitem', { name: '错误：1 条' })).toBeInTheDocument();
    // Checked again: the mark of F16 is no longer applied.
    const marks = gw.callsOf('apply').at(-1)![0] as { highlights: { cell: string }[] };
    expect(marks.highlights.map((h) => h.cell)).not.toContain('F16');

    fireEvent.click(within(accepted).getByRole('button', { name: '取消保留' }));
    await waitFor(() => expect(gw.accepted).toEqual([]));
    await waitFor(() => expect(screen.queryByTestId('accepted')).not.toBeInTheDocument());
    expect(screen.getByRole('listitem', { name: '错误：2 条' })).toBeInTheDocument();
  });

  test('a finding accepted in the document is shown as accepted at the next check', async () => {
    gw.accepted = [{ sheet: '项目自评表', rule: 'field-empty', subject: '三级指标|年度指标值', column: 'B', reason: '另附', message: 'x', at: '2025-03-01T00:00:00.000Z' }];
    returns(sampleReport({ issues: [{ rule: 'field-empty', severity: 'warning', cell: 'B1', message: '“实施单位”未填写', indicator: null, row: 1 }] }));
    renderPane(gw);
    await checkSheetNow();

    expect(await screen.findByTestId('accepted')).toHaveTextContent('原因：另附');
    expect(screen.getByRole('listitem', { name: '警告：0 条' })).toBeInTheDocument();
  });
});

describe('task pane: changes re-check the sheet', () => {
  test('写回结果 writes, then checks again: the findings and the marks are the sheet’s as it is now', async () => {
    renderPane(gw);
    await checkSheetNow();
    returns(sampleReport({ writes: [], issues: sampleReport().issues.slice(0, 4), summary: { errors: 1, warnings: 2, infos: 1 } }));

    fireEvent.click(button('写回结果'));

    await waitFor(() => expect(button('撤销写回')).toBeEnabled());
    const applies = gw.callsOf('apply').map((a) => a[0] as { writes: { cell: string }[]; highlights: unknown[] });
    expect(applies[1].writes.map((w) => w.cell)).toEqual(['H16', 'H30']);
    expect(applies).toHaveLength(3); // the check's marks, the writes, the re-check's marks
    expect(gw.callsOf('readActiveSheet')).toHaveLength(2);
    expect(await screen.findByText('已写回 2 个单元格；已重新检查')).toBeInTheDocument();
    expect(button('写回结果')).toBeDisabled();
    expect(screen.getByTestId('pending-writes')).toHaveTextContent(zhCN.noWrites);
    expect(screen.getByRole('listitem', { name: '错误：1 条' })).toBeInTheDocument();
  });

  test('撤销写回 restores, then checks again', async () => {
    renderPane(gw);
    await checkSheetNow();
    fireEvent.click(button('写回结果'));
    await waitFor(() => expect(button('撤销写回')).toBeEnabled());

    fireEvent.click(button('撤销写回'));

    await waitFor(() => expect(button('撤销写回')).toBeDisabled());
    expect(gw.callsOf('undoWrites')).toHaveLength(1);
    expect(gw.callsOf('readActiveSheet')).toHaveLength(3);
    expect(await screen.findByText('已恢复 2 个单元格的原值；已重新检查')).toBeInTheDocument();
  });

  test('插入指标行 inserts rows after the current finding’s row, then checks again (no stale list)', async () => {
    const plan = { beforeRow: 16, count: 2, copyFormatsFrom: 15, fromCol: 0, toCol: 8, extendDown: [0, 1] };
    (planInsertRows as jest.Mock).mockReturnValue(plan);
    renderPane(gw);
    await checkSheetNow();
    fireEvent.click(line(/实际完成值 99% 未达到/));

    fireEvent.click(button('插入指标行'));
    const dialog = await screen.findByRole('region', { name: zhCN.insertRowsTitle });
    expect(within(dialog).getByRole('combobox', { name: zhCN.insertAfter })).toHaveValue('16');
    fireEvent.change(within(dialog).getByRole('spinbutton', { name: zhCN.rowCount }), { target: { value: '2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: zhCN.insert }));

    await waitFor(() => expect(gw.callsOf('insertRows')).toHaveLength(1));
    expect(planInsertRows).toHaveBeenCalledWith(tinyGrid(), 15, 2);
    expect(gw.callsOf('insertRows')[0][0]).toEqual({ sheetId: 'sheet-1', ...plan });
    expect(await screen.findByText('已在第 16 行后插入 2 行，填写后请重新检查；已重新检查')).toBeInTheDocument();
    expect(screen.queryByText(zhCN.staleReport)).not.toBeInTheDocument();
    expect(checkSheetMock).toHaveBeenCalledTimes(2);
  });

  test('插入空白模板 lays out the form on a new sheet and checks it', async () => {
    renderPane(gw);
    await paneReady();

    fireEvent.click(button('插入空白模板'));
    fireEvent.click(await screen.findByRole('button', { name: '项目绩效自评表（湖北样式）' }));

    await waitFor(() => expect(gw.callsOf('insertTemplate')).toHaveLength(1));
    const spec = gw.callsOf('insertTemplate')[0][0] as { kind: string; sheetName: string };
    expect(spec.kind).toBe('hubei-project');
    expect(await screen.findByText(`已插入空白模板工作表“${spec.sheetName}”；已重新检查`)).toBeInTheDocument();
    expect(gw.callsOf('readActiveSheet')).toHaveLength(1);
  });

  test('when the check after a change fails, the list says it may be stale', async () => {
    (planInsertRows as jest.Mock).mockReturnValue({ beforeRow: 16, count: 1, copyFormatsFrom: 15, fromCol: 0, toCol: 8 });
    renderPane(gw);
    await checkSheetNow();
    gw.failNext('apply', new GatewayError('protected'));

    fireEvent.click(button('插入指标行'));
    fireEvent.click(within(await screen.findByRole('region', { name: zhCN.insertRowsTitle })).getByRole('button', { name: zhCN.insert }));

    expect(await screen.findByText(zhCN.staleReport)).toBeInTheDocument();
    expect(screen.getByText(zhCN.gatewayErrors.protected)).toBeInTheDocument();
    expect(button('写回结果')).toBeDisabled();
  });
});

describe('task pane: what the host left alone', () => {
  test('写回结果 lists every cell it left alone, with its reason', async () => {
    renderPane(gw);
    await checkSheetNow();
    const apply = gw.apply.bind(gw);
    jest.spyOn(gw, 'apply').mockImplementationOnce(async (req) => ({
      ...(await apply(req)),
      written: 1,
      skipped: [{ sheet: '项目自评表', cell: 'H30', reason: 'value-changed' }],
    }));

    fireEvent.click(button('写回结果'));

    const list = await screen.findByTestId('skipped');
    expect(list).toHaveTextContent('“项目自评表”H30：检查后单元格已改动，未覆盖');
    expect(await screen.findByText('已写回 1 个单元格；1 个单元格检查后已改动，未写入；已重新检查')).toBeInTheDocument();
  });

  test('a 清除标记 that cannot run offers 放弃记录, which forgets the record', async () => {
    renderPane(gw);
    await checkSheetNow();
    gw.failNext('clearMarks', new GatewayError('protected'));

    fireEvent.click(button('清除标记'));
    fireEvent.click(await screen.findByRole('button', { name: zhCN.discard }));

    await waitFor(() => expect(gw.callsOf('discardRecord')).toEqual([[{ marks: true }]]));
    expect(await screen.findByText(zhCN.discardedStatus)).toBeInTheDocument();
  });

  test('shows what the ribbon’s 检查表格 did when the pane opens', async () => {
    (gw as FakeGateway & { takeCommandReports: () => Promise<unknown[]> }).takeCommandReports = async () => [{ command: 'checkTable', at: '2025-03-01T08:00:00.000Z', ok: true, code: 'checked', sheet: '项目自评表', errors: 2, warnings: 1, infos: 0, marked: 3 }];
    renderPane(gw);
    expect(await screen.findByTestId('command-report')).toHaveTextContent('功能区“检查表格”已检查“项目自评表”：错误 2 条，警告 1 条，提示 0 条，标记 3 个单元格');
  });
});

describe('task pane: taking the findings out', () => {
  test('复制问题清单 puts the findings on the clipboard as text, errors first, with their cells', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPane(gw);
    await checkSheetNow();

    fireEvent.click(button('导出'));
    fireEvent.click(await screen.findByRole('button', { name: zhCN.copyMessage }));

    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const text = writeText.mock.calls[0][0] as string;
    expect(text.split('\n').slice(0, 4)).toEqual([
      '12345热线运行经费（工作表“项目自评表”）检查结果',
      '总分 88.25 / 100（良）；错误 2 条，警告 3 条，提示 1 条',
      '1. 【错误】预算执行得分 9 与计算值 8.35 不符（I6）',
      '2. 【错误】坐席人员服务满意率：实际完成值 99% 未达到年初目标值 100%，请说明偏差原因（F16）',
    ]);
    expect(await screen.findByText(zhCN.copied)).toBeInTheDocument();
  });

  test('复制为“问题和不足” gives only how the project fell short, as statements', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPane(gw);
    await checkSheetNow();

    fireEvent.click(button('导出'));
    fireEvent.click(await screen.findByRole('button', { name: zhCN.copyProblems }));

    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0][0]).toBe('存在的问题：\n1. 坐席人员服务满意率：实际完成值 99% 未达到年初目标值 100%。');
  });

  test('when the clipboard cannot be written, the text is shown to copy by hand', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: jest.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    document.execCommand = jest.fn().mockReturnValue(false);
    renderPane(gw);
    await checkSheetNow();

    fireEvent.click(button('导出'));
    fireEvent.click(await screen.findByRole('button', { name: zhCN.copyMessage }));

    const box = (await screen.findByRole('textbox', { name: zhCN.copyText })) as HTMLTextAreaElement;
    expect(box.value).toContain('1. 【错误】预算执行得分 9 与计算值 8.35 不符（I6）');
    expect(screen.getByText(zhCN.copyFallback)).toBeInTheDocument();
  });

  test('导出到新工作表 lays out 检查结果 with a row per finding, each cell a link', async () => {
    renderPane(gw);
    await checkSheetNow();

    fireEvent.click(button('导出'));
    fireEvent.click(await screen.findByRole('button', { name: zhCN.exportSheet }));

    await waitFor(() => expect(gw.callsOf('insertTemplate')).toHaveLength(1));
    const spec = gw.callsOf('insertTemplate')[0][0] as { kind: string; sheetName: string; cells: { row: number; col: number; formula?: string; value: unknown }[] };
    expect(spec).toMatchObject({ kind: 'check-results', sheetName: '检查结果' });
    const links = spec.cells.filter((c) => c.formula);
    expect(links.map((c) => c.value)).toEqual(['I6', 'F16', 'B3', 'E13', 'H16', 'E13']);
    expect(links[1].formula).toBe(`=HYPERLINK("#'项目自评表'!F16","F16")`);
    expect(await screen.findByText(/已导出到新工作表“检查结果”/)).toBeInTheDocument();
  });

  test('打印视图 shows the results on a page of their own, and 返回 goes back', async () => {
    renderPane(gw);
    await checkSheetNow();

    fireEvent.click(button('导出'));
    fireEvent.click(await screen.findByRole('button', { name: zhCN.printView }));

    const view = await screen.findByTestId('print-view');
    expect(view).toHaveTextContent('“项目自评表”检查结果');
    expect(view).toHaveTextContent('10 × 99% ÷ 100% = 9.9');
    expect(view).toHaveTextContent('【错误】F16 坐席人员服务满意率');
    fireEvent.click(within(view).getByRole('button', { name: zhCN.closePrint }));
    expect(await screen.findByRole('tree')).toBeInTheDocument();
  });
});

describe('task pane: languages, errors, settings', () => {
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

  test('before a check only the checks and 插入空白模板 are enabled', async () => {
    renderPane(gw);
    await paneReady();

    expect(button('检查表格')).toBeEnabled();
    expect(button('检查全部工作表')).toBeEnabled();
    expect(button('插入空白模板')).toBeEnabled();
    for (const name of ['写回结果', '清除标记', '撤销写回', '插入指标行', '导出']) expect(button(name)).toBeDisabled();
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

  test('text from the sheet is shown as text, never as markup', async () => {
    const markup = '<img src=x onerror="window.__pwned=1">项目';
    const report = sampleReport();
    report.project = { name: markup, department: null, unit: null };
    report.issues = [{ rule: 'placeholder-text', severity: 'warning', cell: 'A1', message: `模板提示语未删除：${markup}`, indicator: null, row: 1 }];
    report.summary = { errors: 0, warnings: 1, infos: 0 };
    returns(report);
    renderPane(gw);
    await checkSheetNow();

    expect(screen.getByText(markup)).toBeInTheDocument();
    expect(screen.getByText(`模板提示语未删除：${markup}`)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
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
    expect(document.activeElement).toBe(button('检查全部工作表'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('插入空白模板'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('检查表格'));
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
