import { CommandReport, GatewayError, HostGateway } from '../../src/app/hostGateway';
import { MemoryGateway, memoryWorkbookFrom } from '../../src/app/memoryGateway';
import { needsAttention } from '../../src/commands/commandDialog';
import { describeReport } from '../../src/commands/commandMessages';
import { reportFromQuery } from '../../src/commands/dialogPage';
import { rangeToA1 } from '../../src/core/grid/address';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { memoryChannel } from '../../src/excel/commandReports';
import { allFeatures } from '../../src/excel/requirements';
import { FakeExcel } from './fakeExcel';
import { jingmenGrid } from '../support/fixtures';
import { smallNationalGrid } from '../gateway/fixtures';

// commands.ts registers itself at import; give it an Office that records.
const associated: Record<string, unknown> = {};
(globalThis as { Office?: unknown }).Office = {
  onReady: (cb: () => void) => {
    cb();
    return Promise.resolve({ host: 'Excel', platform: 'PC' });
  },
  actions: { associate: (name: string, fn: unknown) => (associated[name] = fn) },
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const commands = require('../../src/commands/commands') as typeof import('../../src/commands/commands');

const AT = new Date('2026-12-01T08:30:00Z');
const now = () => AT;

function throwingGateway(error: unknown, posted: CommandReport[] = []): HostGateway {
  const fail = async (): Promise<never> => {
    throw error;
  };
  return {
    capabilities: fail,
    readActiveSheet: fail,
    readWorkbook: fail,
    apply: fail,
    clearMarks: fail,
    undoWrites: fail,
    discardRecord: fail,
    pending: () => ({ marks: 0, writes: 0 }),
    insertTemplate: fail,
    insertRows: fail,
    selectCell: fail,
    loadSettings: async () => null,
    saveSettings: fail,
    loadAccepted: async () => null,
    saveAccepted: fail,
    postCommandReport: async (r) => void posted.push(r),
  };
}

describe('ribbon command checkTable', () => {
  test('is associated with Office.actions at load', () => {
    expect(typeof associated.checkTable).toBe('function');
    expect(typeof (globalThis as unknown as { checkTable?: unknown }).checkTable).toBe('function');
  });

  test('a failure reaches the person: a report for the pane and a dialog, then event.completed()', async () => {
    const order: string[] = [];
    const posted: CommandReport[] = [];
    const notify = jest.fn(async () => void order.push('dialog closed'));
    const handler = commands.makeCheckTable(() => throwingGateway({ code: 'InvalidOperationInCellEditMode', message: '编辑模式' }, posted), notify, now);
    await expect(handler({ completed: () => order.push('completed') })).resolves.toBeUndefined();
    const expected: CommandReport = { command: 'checkTable', at: AT.toISOString(), ok: false, code: 'cell-edit-mode' };
    expect(posted).toEqual([expected]);
    expect(notify).toHaveBeenCalledWith(expected);
    expect(order).toEqual(['dialog closed', 'completed']);
    expect(commands.lastCommandReport()).toEqual(expected);
  });

  test('completes when the gateway factory itself throws, and when the dialog cannot open', async () => {
    const completed = jest.fn();
    const handler = commands.makeCheckTable(
      () => {
        throw new GatewayError('unsupported');
      },
      async () => {
        throw new Error('no dialog API');
      },
      now,
    );
    await handler({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(commands.lastCommandReport()?.code).toBe('unsupported');
  });

  test('checks and marks the active sheet through the Office gateway; a clean run shows no dialog', async () => {
    const grid = jingmenGrid();
    const values = grid.cells.map((r) => r.map((c) => (c ? c.value : null)));
    const fake = new FakeExcel({ [grid.name]: { values, merges: grid.merges.map(rangeToA1) } });
    const channel = memoryChannel();
    const gw = new OfficeGateway({ run: fake.run, features: allFeatures(), commandReports: channel });
    const notify = jest.fn(async () => undefined);
    const completed = jest.fn();
    await commands.makeCheckTable(() => gw, notify, now)({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    const report = commands.lastCommandReport();
    expect(report).toMatchObject({ ok: true, code: 'checked', sheet: grid.name, errors: 0, warnings: 2, skipped: 0 });
    expect(report?.marked).toBe(gw.pending().marks);
    expect(notify).not.toHaveBeenCalled();
    // The pane, another runtime, reads what the ribbon left (once).
    expect(await gw.takeCommandReports()).toEqual([report]);
    expect(await gw.takeCommandReports()).toEqual([]);
    // A second click clears the first click's marks before marking again.
    await commands.makeCheckTable(() => gw, notify, now)({ completed });
    expect(commands.lastCommandReport()?.marked).toBe(report?.marked);
  });

  test('a sheet without a form is said, not silently ignored', async () => {
    const gw = new MemoryGateway(memoryWorkbookFrom({ name: '封面', cells: [[{ value: '2024年度部门决算' }]], merges: [] }));
    const notify = jest.fn(async () => undefined);
    await commands.makeCheckTable(() => gw, notify, now)({ completed: () => undefined });
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ ok: true, code: 'no-form', sheet: '封面' }));
    expect(await gw.takeCommandReports()).toHaveLength(1);
  });

  test('marks left undone on a protected sheet are said', async () => {
    const gw = new MemoryGateway(memoryWorkbookFrom(smallNationalGrid(), { protected: true }));
    const notify = jest.fn(async () => undefined);
    await commands.makeCheckTable(() => gw, notify, now)({ completed: () => undefined });
    const report = commands.lastCommandReport()!;
    expect(report).toMatchObject({ ok: true, code: 'checked', marked: 0 });
    expect(report.skipped).toBeGreaterThan(0);
    expect(notify).toHaveBeenCalledWith(report);
  });
});

describe('the ribbon dialog', () => {
  const ok: CommandReport = { command: 'checkTable', at: AT.toISOString(), ok: true, code: 'checked', sheet: '表1', errors: 1, warnings: 2, infos: 0, marked: 3, skipped: 0 };

  test('interrupts only for a failure, no form, or cells left alone', () => {
    expect(needsAttention(ok)).toBe(false);
    expect(needsAttention({ ...ok, skipped: 1 })).toBe(true);
    expect(needsAttention({ ...ok, clearFailed: 'protected' })).toBe(true);
    expect(needsAttention({ ...ok, code: 'no-form' })).toBe(true);
    expect(needsAttention({ command: 'checkTable', at: ok.at, ok: false, code: 'protected' })).toBe(true);
  });

  test('says what happened in Chinese and in English, with the pane’s wording of an error', () => {
    expect(describeReport({ command: 'checkTable', at: ok.at, ok: false, code: 'protected' }, 'zh-CN')[1]).toContain('工作表受保护');
    expect(describeReport({ ...ok, skipped: 2 }, 'zh-CN')).toEqual([
      '已检查“表1”：1 个错误、2 个警告，已标记 3 个单元格。',
      '有 2 个单元格未能标记或清除。打开「自评助手」任务窗格可查看每个单元格及原因。',
    ]);
    expect(describeReport({ ...ok, code: 'no-form' }, 'en-US')[0]).toContain('No self-evaluation table was found on sheet "表1"');
  });

  test('reads its report from the query string and refuses anything else', () => {
    const q = `?r=${encodeURIComponent(JSON.stringify(ok))}`;
    expect(reportFromQuery(q)).toEqual(ok);
    expect(reportFromQuery('?r=%7Bnot json')).toBeNull();
    expect(reportFromQuery(`?r=${encodeURIComponent('{"command":"rm -rf"}')}`)).toBeNull();
    expect(reportFromQuery('')).toBeNull();
  });
});
