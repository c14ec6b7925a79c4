import { GatewayError, HostGateway } from '../../src/app/hostGateway';
import { rangeToA1 } from '../../src/core/grid/address';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { allFeatures } from '../../src/excel/requirements';
import { FakeExcel } from './fakeExcel';
import { jingmenGrid } from '../support/fixtures';

// commands.ts registers itself with Office.onReady at import; give it an Office that records.
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

function throwingGateway(error: unknown): HostGateway {
  const fail = async (): Promise<never> => {
    throw error;
  };
  return {
    capabilities: fail,
    readActiveSheet: fail,
    apply: fail,
    clearMarks: fail,
    undoWrites: fail,
    pending: () => ({ marks: 0, writes: 0 }),
    insertTemplate: fail,
    insertRows: fail,
    selectCell: fail,
    loadSettings: async () => null,
    saveSettings: fail,
    loadAccepted: async () => null,
    saveAccepted: fail,
  };
}

describe('ribbon command checkTable', () => {
  test('is associated with Office.actions on ready', () => {
    expect(typeof associated.checkTable).toBe('function');
  });

  test('calls event.completed() even when the gateway throws, and keeps a short status', async () => {
    const completed = jest.fn();
    const handler = commands.makeCheckTable(() => throwingGateway({ code: 'InvalidOperationInCellEditMode', message: '编辑模式' }));
    await expect(handler({ completed })).resolves.toBeUndefined();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(commands.lastCommandStatus()).toEqual({ ok: false, code: 'cell-edit-mode' });
  });

  test('calls event.completed() when the gateway factory itself throws', async () => {
    const completed = jest.fn();
    const handler = commands.makeCheckTable(() => {
      throw new GatewayError('unsupported');
    });
    await handler({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(commands.lastCommandStatus()?.code).toBe('unsupported');
  });

  test('checks and marks the active sheet through the Office gateway', async () => {
    const grid = jingmenGrid();
    const values = grid.cells.map((r) => r.map((c) => (c ? c.value : null)));
    const fake = new FakeExcel({ [grid.name]: { values, merges: grid.merges.map(rangeToA1) } });
    const gw = new OfficeGateway({ run: fake.run, features: allFeatures(), settings: { get: () => undefined, set: () => undefined, saveAsync: () => undefined } });
    const completed = jest.fn();
    await commands.makeCheckTable(() => gw)({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    const status = commands.lastCommandStatus();
    expect(status).toMatchObject({ ok: true, code: 'checked' });
    expect(status?.marked).toBeGreaterThan(0);
    expect(status?.marked).toBe(gw.pending().marks);
    // A second click clears the first click's marks before marking again.
    await commands.makeCheckTable(() => gw)({ completed });
    expect(commands.lastCommandStatus()?.marked).toBe(status?.marked);
  });
});
