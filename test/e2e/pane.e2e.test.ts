/**
 * Issue 10 in Chromium: the task pane a clerk can finish the form in — re-checks after changes,
 * scores, taking the findings out, accepting findings, grouping and the keyboard, the whole
 * workbook, and the layout at 320–350 px in both languages (screenshots in test-artifacts/).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import {
  cell,
  EXAMPLES,
  findings,
  gridSnapshot,
  Harness,
  openPreview,
  pane,
  paneAction,
  paneButton,
  PreviewPage,
  runCheck,
  savePaneScreenshot,
  startHarness,
  uploadThroughPicker,
} from './support/harness';
import { layoutProblems } from './support/layout';

let h: Harness;
let tmp: string;
const open: PreviewPage[] = [];

async function preview(options: Parameters<typeof openPreview>[1] = {}): Promise<PreviewPage> {
  const p = await openPreview(h, options);
  open.push(p);
  return p;
}

/** A workbook like a clerk's: a cover sheet first, then the national example and the worked example. */
async function coverAndForms(file: string): Promise<void> {
  const out = new ExcelJS.Workbook();
  const cover = out.addWorksheet('封面');
  cover.getCell('A1').value = '2024 年度项目支出绩效自评材料';
  cover.getCell('A3').value = '报送单位：某某局';
  for (const [name, source] of [
    ['供水工程', 'national-example.xlsx'],
    ['热线运行', 'jingmen-12345-2024.xlsx'],
  ] as const) {
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(join(EXAMPLES, source));
    const from = src.worksheets[0];
    const to = out.addWorksheet(name);
    from.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const t = to.getCell(c.address);
        t.value = c.value;
        if (c.numFmt) t.numFmt = c.numFmt;
      }),
    );
    for (const m of (from.model as { merges?: string[] }).merges ?? []) to.mergeCells(m);
  }
  await out.xlsx.writeFile(file);
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'jxzp-pane-e2e-'));
  h = await startHarness();
});

afterEach(async () => {
  while (open.length > 0) await open.pop()!.close();
});

afterAll(async () => {
  await h?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the pane always shows the sheet as it is now', () => {
  let blank: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(EXAMPLES, 'national-example.xlsx'));
    wb.worksheets[0].getCell('H6').value = null;
    wb.worksheets[0].getCell('I6').value = null;
    blank = join(tmp, 'national-blank-results.xlsx');
    await wb.xlsx.writeFile(blank);
  });

  it('写回结果 leaves nothing to write and no stale mark; 撤销写回 brings both back', async () => {
    const p = await preview();
    await uploadThroughPicker(p.page, blank, '项目支出绩效自评表');
    await runCheck(p.page);
    expect(await pane(p.page).getByTestId('pending-writes').textContent()).toMatch(/可写回 \d+ 个结果单元格/);
    expect((await findings(p.page)).map((f) => f.rule)).toContain('execution-rate-empty');

    await paneAction(p.page, () => paneButton(p.page, '写回结果').click());

    expect(await cell(p.page, 'H6').textContent()).toBe('95.88%');
    expect(await pane(p.page).getByTestId('status').textContent()).toContain('已重新检查');
    expect(await pane(p.page).getByTestId('pending-writes').textContent()).toBe('没有需要写回的结果');
    expect(await paneButton(p.page, '写回结果').isDisabled()).toBe(true);
    const after = await findings(p.page);
    expect(after.map((f) => f.rule)).not.toContain('execution-rate-empty');
    // The cells just written carry no mark of the old findings.
    for (const c of ['H6', 'I6']) if (!after.some((f) => f.cell === c && f.rule !== 'execution-rate-empty')) expect(await cell(p.page, c).getAttribute('data-fill')).toBe('');

    await paneAction(p.page, () => paneButton(p.page, '撤销写回').click());
    expect(await cell(p.page, 'H6').textContent()).toBe('');
    expect(await pane(p.page).getByTestId('pending-writes').textContent()).toMatch(/可写回/);
  });

  it('插入空白模板 opens the new sheet at A1 and lists what is left to fill in', async () => {
    const p = await preview();
    await pane(p.page).getByRole('toolbar').getByRole('button', { name: '插入空白模板' }).click();
    await paneAction(p.page, () => pane(p.page).getByRole('button', { name: '项目支出绩效自评表（财政部模板）', exact: true }).click());

    const scroll = await p.page.getByTestId('grid').evaluate((g) => ({ left: g.scrollLeft, top: g.scrollTop }));
    expect(scroll).toEqual({ left: 0, top: 0 });
    expect(await cell(p.page, 'A1').isVisible()).toBe(true);
    expect(await pane(p.page).getByTestId('status').textContent()).toContain('已重新检查');
    // The blank form's empty fields, grouped by rule.
    expect(await pane(p.page).locator('[data-rule-group]').count()).toBeGreaterThan(0);
  });
});

describe('scores, findings and the keyboard', () => {
  it('shows how every score of the worked example (no 得分 column) was computed', async () => {
    const p = await preview();
    await runCheck(p.page);
    const scores = pane(p.page).getByTestId('scores');
    expect(await scores.locator('[data-score-row]').count()).toBeGreaterThan(5);
    await scores.getByRole('button', { name: /^坐席人员服务满意率/ }).click();
    // The form states no indicator weights: the shortfall shows its attainment, the total a range.
    expect(await scores.textContent()).toContain('完成率 99%；表中未列分值');
    expect(await scores.textContent()).toContain('总分：20 + 79.2–80 = 99.2–100');
    expect(await pane(p.page).getByTestId('total-score').textContent()).toBe('99.2–100 / 100');
    await scores.getByRole('button', { name: /^预算执行率/ }).click();
    expect(await scores.textContent()).toContain('20 × 执行率 100.00% = 20');
    // A clean count is a neutral badge.
    expect(await pane(p.page).locator('[data-severity-count="error"] [data-zero="true"]').count()).toBe(1);
  });

  it('groups repeated findings; the list is one Tab stop; 下一条 and Alt+↓ follow sheet order', async () => {
    const p = await preview();
    await pane(p.page).getByRole('toolbar').getByRole('button', { name: '插入空白模板' }).click();
    await paneAction(p.page, () => pane(p.page).getByRole('button', { name: '项目支出绩效自评表（财政部模板）', exact: true }).click());
    const tree = pane(p.page).getByRole('tree');
    expect(await tree.locator('[tabindex="0"]').count()).toBe(1);
    const group = tree.locator('[data-rule-group]').first();
    expect(await group.getAttribute('aria-expanded')).toBe('false');
    expect(await group.locator('[data-rule]').first().isVisible()).toBe(false);
    await group.click();
    expect(await group.locator('[data-rule]').first().isVisible()).toBe(true);
    await group.click();

    // Tab into the list, arrows inside it.
    await tree.locator('[tabindex="0"]').focus();
    await p.page.keyboard.press('ArrowDown');
    // Focus follows the roving tab stop after React re-renders: wait for it (a timeout fails the test).
    await p.page.waitForFunction(() => document.activeElement?.getAttribute('tabindex') === '0', undefined, { timeout: 3000 });
    expect(await tree.locator('[tabindex="0"]').count()).toBe(1);
    expect(await p.page.evaluate(() => document.activeElement?.getAttribute('tabindex'))).toBe('0');

    // Walk five findings with the shortcut: the selected rows only go down.
    const rows: number[] = [];
    for (let i = 0; i < 5; i++) {
      await paneAction(p.page, () => p.page.keyboard.press('Alt+ArrowDown'));
      const sel = await p.page.locator('[data-selected="true"]').first().getAttribute('data-testid');
      rows.push(Number(/\d+$/.exec(sel ?? '')![0]));
    }
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    // The current finding is always in view: reaching one inside a closed group opens the group.
    expect(await tree.locator('[aria-current="true"]').isVisible()).toBe(true);
    const closed = tree.locator('[data-rule-group][aria-expanded="false"]').first();
    if ((await closed.count()) > 0) expect(await closed.locator('[data-rule]').first().isVisible()).toBe(false);
  });

  it('switching language re-renders the findings without checking again', async () => {
    const p = await preview();
    await runCheck(p.page);
    const calls = Number(await pane(p.page).getAttribute('data-gateway-calls'));
    await p.page.getByTestId('lang-en').click();
    await pane(p.page).getByRole('heading', { name: 'Findings' }).waitFor();
    await p.page.waitForFunction(() => !/未填写/.test(document.querySelector('[role="tree"]')?.textContent ?? '未填写'));
    const text = (await pane(p.page).getByRole('tree').textContent()) ?? '';
    expect(text).toMatch(/is empty|below the target/);
    expect(text).not.toMatch(/[\u4e00-\u9fff]{4,}未/);
    expect(Number(await pane(p.page).getAttribute('data-gateway-calls'))).toBe(calls);
  });

  it('为什么？ explains the rule from the catalogue', async () => {
    const p = await preview();
    await runCheck(p.page);
    await paneAction(p.page, () => pane(p.page).locator('[data-rule="target-not-met-unexplained"]').click());
    await pane(p.page).getByRole('button', { name: '为什么？' }).click();
    expect(await pane(p.page).getByTestId('why').textContent()).toContain('如何改正');
  });
});

describe('accepting a finding', () => {
  it('"已知，保留" stays accepted after the pane is reopened: not counted, not marked, and can be taken back', async () => {
    const p = await preview();
    await runCheck(p.page);
    expect(await cell(p.page, 'F16').getAttribute('data-fill')).not.toBe('');
    await paneAction(p.page, () => pane(p.page).locator('[data-rule="target-not-met-unexplained"]').click());
    await pane(p.page).getByRole('button', { name: '已知，保留' }).click();
    await pane(p.page).getByRole('textbox', { name: /保留原因/ }).fill('原因分析已另附说明');
    await paneAction(p.page, () => pane(p.page).getByRole('button', { name: '确认保留' }).click());
    expect(await cell(p.page, 'F16').getAttribute('data-fill')).toBe('');

    // Close the pane and open it again over the same workbook, then check.
    await p.page.getByTestId('reopen-pane').click();
    await pane(p.page).getByRole('button', { name: '检查表格', exact: true }).waitFor();
    await runCheck(p.page);
    const accepted = pane(p.page).getByTestId('accepted');
    expect(await accepted.textContent()).toContain('原因：原因分析已另附说明');
    expect(await pane(p.page).getByRole('listitem', { name: '警告：1 条' }).count()).toBe(1);
    expect(await cell(p.page, 'F16').getAttribute('data-fill')).toBe('');
    await savePaneScreenshot(p.page, 'pane-accepted-zh');

    await paneAction(p.page, () => accepted.getByRole('button', { name: '取消保留' }).click());
    expect(await pane(p.page).getByTestId('accepted').count()).toBe(0);
    expect(await cell(p.page, 'F16').getAttribute('data-fill')).not.toBe('');
  });
});

describe('taking the findings out', () => {
  it('copies the findings as text, for a message and for 问题和不足', async () => {
    const p = await preview({ clipboard: true });
    await runCheck(p.page);
    await paneButton(p.page, '导出').click();
    await pane(p.page).getByRole('button', { name: '复制问题清单（用于邮件、消息）' }).click();
    await pane(p.page).getByText('已复制到剪贴板，可直接粘贴').waitFor();
    const message = await p.page.evaluate(() => navigator.clipboard.readText());
    expect(message.split('\n')[0]).toBe('12345政务服务便民热线运行服务（工作表“项目绩效自评表”）检查结果');
    expect(message).toMatch(/【警告】坐席人员服务满意率：实际完成值 99% 未达到年初目标值 100%，请说明偏差原因（F16）/);

    await paneButton(p.page, '导出').click();
    await pane(p.page).getByRole('button', { name: '复制为“问题和不足”' }).click();
    await p.page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith('存在的问题'));
    expect(await p.page.evaluate(() => navigator.clipboard.readText())).toBe('存在的问题：\n1. 坐席人员服务满意率：实际完成值 99% 未达到年初目标值 100%。');
  });

  it('exports a sheet 检查结果 that opens with a row per finding, each cell a link back', async () => {
    const p = await preview();
    const found = await runCheck(p.page);
    await paneButton(p.page, '导出').click();
    await paneAction(p.page, () => pane(p.page).getByRole('button', { name: '导出到新工作表“检查结果”' }).click());

    expect(await p.page.getByTestId('grid').getAttribute('data-sheet')).toBe('检查结果');
    expect(await cell(p.page, 'A1').textContent()).toBe('“项目绩效自评表”的检查结果');
    const links = p.page.getByTestId('grid').locator('[data-link]');
    expect(await links.count()).toBe(found.filter((f) => f.cell !== '整表').length);
    expect(await cell(p.page, 'I3').textContent()).toBe('得分明细');
    await savePaneScreenshot(p.page, 'export-sheet-zh');

    const link = p.page.getByTestId('grid').locator('[data-link="项目绩效自评表!F16"]');
    await link.click();
    expect(await p.page.getByTestId('grid').getAttribute('data-sheet')).toBe('项目绩效自评表');
    expect(await cell(p.page, 'F16').getAttribute('data-selected')).toBe('true');
  });

  it('has a print view that prints only the results', async () => {
    const p = await preview();
    await runCheck(p.page);
    await paneButton(p.page, '导出').click();
    await pane(p.page).getByRole('button', { name: '打印视图' }).click();
    const view = pane(p.page).getByTestId('print-view');
    expect(await view.textContent()).toContain('“项目绩效自评表”检查结果');
    expect(await view.textContent()).toContain('得分明细');
    expect(await layoutProblems(p.page)).toEqual([]);
    await savePaneScreenshot(p.page, 'pane-print-view-zh');
    await p.page.emulateMedia({ media: 'print' });
    expect(await p.page.getByTestId('preview-banner').evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
    expect(await view.evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
    expect(await view.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    await p.page.emulateMedia({ media: 'screen' });
    await view.getByRole('button', { name: '返回' }).click();
    await pane(p.page).getByRole('tree').waitFor();
  });
});

describe('the whole workbook', () => {
  it('a cover sheet first: says which sheets hold a form, goes there; 检查全部工作表 lists them with counts', async () => {
    const file = join(tmp, 'cover-and-forms.xlsx');
    await coverAndForms(file);
    const p = await preview();
    await uploadThroughPicker(p.page, file, '封面');
    await runCheck(p.page);

    const noForm = pane(p.page).getByTestId('no-form');
    expect(await noForm.textContent()).toContain('本工作簿中以下工作表有绩效自评表');
    await paneAction(p.page, () => noForm.getByRole('button', { name: '转到“热线运行”并检查' }).click());
    expect(await p.page.getByTestId('grid').getAttribute('data-sheet')).toBe('热线运行');
    expect(await pane(p.page).getByTestId('execution-rate').textContent()).toBe('100.00%');

    await paneAction(p.page, () => paneButton(p.page, '检查全部工作表').click());
    const list = pane(p.page).getByTestId('workbook');
    expect(await list.locator('[data-workbook-sheet]').evaluateAll((els) => els.map((e) => e.getAttribute('data-workbook-sheet')))).toEqual(['供水工程', '热线运行']);
    expect(await list.textContent()).toContain('没有自评表：封面');
    await paneAction(p.page, () => list.getByRole('button', { name: /转到“供水工程”并检查/ }).click());
    expect(await p.page.getByTestId('grid').getAttribute('data-sheet')).toBe('供水工程');
  });
});

describe('layout', () => {
  for (const width of [320, 350]) {
    for (const lang of ['zh', 'en'] as const) {
      it(`no overflow or cut-off text at ${width} px in ${lang}`, async () => {
        const p = await preview({ query: `?pane=${width}&lang=${lang}`, viewport: { width: 1400, height: 2400 } });
        const label = lang === 'zh' ? '检查表格' : 'Check sheet';
        await p.page.getByTestId('load-national').click();
        await p.page.waitForFunction(() => document.querySelector('[data-testid="grid"]')?.getAttribute('data-sheet') === '项目支出绩效自评表');
        await runCheck(p.page, label);
        expect(Math.round((await pane(p.page).boundingBox())!.width)).toBe(width);
        // Open what is usually closed: settings, a score's details, the current finding with its why, a group.
        await pane(p.page).getByRole('button', { name: lang === 'zh' ? '设置' : 'Settings' }).click();
        await pane(p.page).getByTestId('scores').locator('[data-score-row] button').first().click();
        await paneAction(p.page, () => pane(p.page).locator('[role="tree"] [data-rule]').first().click());
        await pane(p.page).getByRole('button', { name: lang === 'zh' ? '为什么？' : 'Why?' }).click();
        await pane(p.page).getByRole('button', { name: lang === 'zh' ? '已知，保留' : 'Known, keep it' }).click();
        const groups = pane(p.page).locator('[data-rule-group]');
        if ((await groups.count()) > 0) await groups.first().click();
        await paneButton(p.page, lang === 'zh' ? '导出' : 'Export').click();
        expect(await layoutProblems(p.page)).toEqual([]);
        await savePaneScreenshot(p.page, `pane-${width}px-${lang}`);
      });
    }
  }

  it('in a narrow window the pane keeps its width and nothing of the sheet view covers it', async () => {
    for (const width of [1400, 800, 560, 420]) {
      const p = await preview({ viewport: { width, height: 800 } });
      const box = (await pane(p.page).boundingBox())!;
      expect({ width, pane: Math.round(box.width) }).toEqual({ width, pane: 340 });
      const check = paneButton(p.page, '检查表格');
      const b = (await check.boundingBox())!;
      const hit = await p.page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('button')?.textContent ?? null, [b.x + b.width / 2, b.y + b.height / 2]);
      expect({ width, hit }).toEqual({ width, hit: '检查表格' });
      if (width === 560) await savePaneScreenshot(p.page, 'preview-560px-window');
      await p.close();
      open.pop();
    }
  });

  it('shows the dark theme', async () => {
    const p = await preview();
    await p.page.getByTestId('theme-dark').click();
    await runCheck(p.page);
    const bg = await pane(p.page).locator('[data-theme="dark"]').evaluate((e) => getComputedStyle(e).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(80);
    expect(await layoutProblems(p.page)).toEqual([]);
    await savePaneScreenshot(p.page, 'pane-dark-zh');
    expect(Object.keys(await gridSnapshot(p.page)).length).toBeGreaterThan(0);
  });
});
