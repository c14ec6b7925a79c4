import { GatewayError } from '../../src/app/hostGateway';
import { uniqueSheetName } from '../../src/app/gatewayRules';
import { MemoryGateway, MemorySheet, MemoryWorkbook, memoryWorkbookFrom, visibleState } from '../../src/app/memoryGateway';
import { checkAndMark } from '../../src/app/useCases';
import { deleteSheetRows, insertSheetColumns, insertSheetRows, protect, recolour, setNote, typeInto, unprotect } from '../../src/app/memoryEdits';
import { templateFor } from '../../src/core/template/templates';
import { jingmenGrid } from '../support/fixtures';
import { describeGatewayContract, Harness } from './gatewayContract';
import { smallNationalGrid } from './fixtures';

function memoryHarness(options: ConstructorParameters<typeof MemoryGateway>[1] = {}): Harness {
  let gw: MemoryGateway | null = null;
  const sheet = () => {
    if (!gw) throw new Error('open() first');
    return gw.workbook.activeSheet;
  };
  return {
    person: {
      type: (a1, value) => typeInto(sheet(), a1, value),
      fill: (a1, color) => recolour(sheet(), a1, color),
      note: (a1, text) => setNote(sheet(), a1, text),
      insertRows: (at, count = 1) => insertSheetRows(sheet(), at, count),
      deleteRows: (at, count = 1) => deleteSheetRows(sheet(), at, count),
      insertColumns: (at, count = 1) => insertSheetColumns(sheet(), at, count),
      protect: (o) => protect(sheet(), o),
      unprotect: () => unprotect(sheet()),
    },
    async open(grid, setup = {}) {
      gw = new MemoryGateway(memoryWorkbookFrom(grid, setup), options);
      return gw;
    },
    async openWorkbook(sheets) {
      const wb = new MemoryWorkbook();
      for (const s of sheets) {
        const sheet = MemorySheet.fromGrid(s.grid);
        sheet.visibility = s.visibility ?? 'visible';
        wb.addSheet(sheet);
      }
      const first = wb.sheets.find((s) => s.visibility === 'visible');
      if (first) wb.activate(first.name);
      gw = new MemoryGateway(wb, options);
      return gw;
    },
    async inspect(sheet) {
      if (!gw) throw new Error('open() first');
      return visibleState(gw.workbook, sheet);
    },
  };
}

describeGatewayContract('memory', async () => memoryHarness());
describeGatewayContract('memory without notes', async () => memoryHarness({ notes: false, host: 'Test' }));

describe('MemoryGateway (memory-specific)', () => {
  it('counts round trips: one read per check, one write per apply', async () => {
    const gw = new MemoryGateway(MemoryWorkbook.fromGrids(jingmenGrid()));
    await checkAndMark(gw, {});
    expect(gw.stats).toEqual({ reads: 1, writes: 1 });
    await checkAndMark(gw, {}); // clears the earlier marks in the same apply
    expect(gw.stats).toEqual({ reads: 2, writes: 2 });
    await gw.clearMarks();
    await gw.clearMarks(); // nothing to clear: no round trip
    expect(gw.stats).toEqual({ reads: 2, writes: 3 });
    gw.resetStats();
    expect(gw.stats).toEqual({ reads: 0, writes: 0 });
  });

  it('exposes the selection and the workbook', async () => {
    const gw = new MemoryGateway(MemoryWorkbook.fromGrids(jingmenGrid(), smallNationalGrid()));
    expect(gw.selection).toBeNull();
    await gw.selectCell('项目支出绩效自评表', 'h16');
    expect(gw.selection).toEqual({ sheet: '项目支出绩效自评表', address: 'H16' });
    expect(gw.workbook.activeSheet.name).toBe('项目支出绩效自评表');
    expect(gw.workbook.sheet('项目绩效自评表')).toBeDefined();
  });

  it('validates the stored settings on load', async () => {
    const wb = MemoryWorkbook.fromGrids(jingmenGrid());
    const gw = new MemoryGateway(wb);
    wb.settings = '{"policy":"shanghai"}';
    await expect(gw.loadSettings()).rejects.toMatchObject({ code: 'invalid-argument' });
    wb.settings = 'not json';
    await expect(gw.loadSettings()).rejects.toBeInstanceOf(GatewayError);
    wb.settings = '{"policy":"hubei"}';
    expect(await gw.loadSettings()).toMatchObject({ policy: 'hubei', locale: 'zh-CN' });
    await expect(gw.saveSettings({ lowExecutionThreshold: 7 } as never)).rejects.toMatchObject({ code: 'invalid-argument' });
    await gw.saveSettings({ policy: 'sichuan' });
    expect(JSON.parse(wb.settings!)).toMatchObject({ policy: 'sichuan' });
  });

  it('lays a template out with widths, borders, drop-downs and bold labels', async () => {
    const gw = new MemoryGateway(MemoryWorkbook.fromGrids(jingmenGrid()));
    const spec = templateFor('national-project');
    const name = await gw.insertTemplate(spec);
    const sheet = gw.workbook.sheet(name)!;
    expect(sheet.columnWidths).toEqual(spec.columnWidths);
    expect(sheet.cell(12, 1)?.validation).toEqual(spec.lists[0].values);
    expect(sheet.cell(29, 2)?.validation).toEqual(spec.lists[1].values);
    expect(sheet.cell(2, 0)).toMatchObject({ value: '项目名称', bold: true, border: true });
    expect(sheet.cell(0, 0)?.border).toBeUndefined();
    expect(gw.selection).toEqual({ sheet: name, address: 'A1' });
    const noLists = new MemoryGateway(MemoryWorkbook.fromGrids(jingmenGrid()), { dataValidation: false });
    const other = await noLists.insertTemplate(spec);
    expect(noLists.workbook.sheet(other)!.cell(12, 1)?.validation).toBeUndefined();
    await expect(gw.insertTemplate({ ...spec, sheetName: '' })).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('refuses to move part of a merged area', async () => {
    const gw = new MemoryGateway(MemoryWorkbook.fromGrids(smallNationalGrid()));
    // Columns B..I only: the 绩效指标 merge in A is not moved, but A16:F16 (总分) would be cut.
    await expect(gw.insertRows({ sheetId: '项目支出绩效自评表', beforeRow: 12, count: 1, copyFormatsFrom: 11, fromCol: 1, toCol: 8 })).rejects.toMatchObject({
      code: 'merge-conflict',
    });
    expect(gw.stats.writes).toBe(0);
  });

  it('builds sheets from grids and snapshots their visible state', () => {
    const wb = memoryWorkbookFrom(smallNationalGrid(), { fills: { A1: 'ffc7ce' }, notes: { B3: 'n' }, protected: true });
    const s = visibleState(wb);
    expect(s).toMatchObject({ sheet: '项目支出绩效自评表', fills: { A1: '#FFC7CE' }, notes: { B3: 'n' }, selection: null });
    expect(s.values.A16).toBe('总分');
    expect(wb.activeSheet.protected).toBe(true);
    const sheet = MemorySheet.fromGrid(smallNationalGrid(), 'copy');
    expect(sheet.toGridData()).toEqual({ ...smallNationalGrid(), name: 'copy' });
    expect(() => wb.addSheet(new MemorySheet('项目支出绩效自评表'))).toThrow(GatewayError);
    expect(() => visibleState(wb, 'nope')).toThrow(GatewayError);
  });
});

describe('uniqueSheetName', () => {
  it('adds (2), (3) … case-insensitively and keeps to 31 characters', () => {
    expect(uniqueSheetName('项目绩效自评表', [])).toBe('项目绩效自评表');
    expect(uniqueSheetName('Sheet', ['sheet'])).toBe('Sheet (2)');
    expect(uniqueSheetName('Sheet', ['Sheet', 'Sheet (2)'])).toBe('Sheet (3)');
    const long = 'x'.repeat(31);
    expect(uniqueSheetName(long, [long])).toBe(`${'x'.repeat(27)} (2)`);
    expect(uniqueSheetName('a/b:c', [])).toBe('a_b_c');
  });
});
