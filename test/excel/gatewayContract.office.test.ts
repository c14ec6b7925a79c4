/**
 * The shared HostGateway contract (test/gateway/gatewayContract.ts) run against OfficeGateway over
 * the behavioural fake of Excel (fakeExcel.ts), with the features of Microsoft 365 and of Office
 * 2021. (Below ExcelApi 1.13 merged areas are not read, so the contract's merge checks cannot hold.)
 */
import { rangeToA1 } from '../../src/core/grid/address';
import type { GridData } from '../../src/core/grid/cellGrid';
import { DocumentSettingsStore, OfficeGateway } from '../../src/excel/officeGateway';
import { ExcelFeatures, featuresUpTo } from '../../src/excel/requirements';
import { describeGatewayContract, Harness, HarnessSetup } from '../gateway/gatewayContract';
import { FakeExcel, FakeSheetInit, FakeValue } from './fakeExcel';
import { memoryChannel } from '../../src/excel/commandReports';

function memorySettings(): DocumentSettingsStore {
  const store = new Map<string, unknown>();
  return {
    get: (k) => store.get(k),
    set: (k, v) => void store.set(k, v),
    saveAsync: (cb) => cb?.({ status: 'succeeded' }),
  };
}

/** A fake workbook whose only sheet holds the grid (values, formulas with their results, formats, merges) and the setup. */
export function fakeFromGrid(grid: GridData, setup: HarnessSetup = {}): FakeExcel {
  const values: FakeValue[][] = grid.cells.map((row) => (row ?? []).map((c) => (c ? c.value : null)));
  const init: FakeSheetInit = { values, formulas: {}, numberFormats: {}, merges: grid.merges.map(rangeToA1) };
  grid.cells.forEach((row, r) =>
    (row ?? []).forEach((c, col) => {
      if (!c) return;
      const a1 = rangeToA1({ top: r, left: col, bottom: r, right: col });
      if (c.formula) init.formulas![a1] = c.formula;
      if (c.format && c.format !== 'General') init.numberFormats![a1] = c.format;
    }),
  );
  init.fills = setup.fills;
  init.fontColors = setup.fontColors;
  init.notes = setup.notes;
  init.protected = setup.protected;
  return new FakeExcel({ [grid.name]: init });
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', 'very-hidden': 'VeryHidden' } as const;

export function officeHarness(features: ExcelFeatures): Harness {
  let fake: FakeExcel | null = null;
  const gateway = (f: FakeExcel) => {
    f.features = { notes: features.notes, getRanges: features.getRanges, rangeByIndexes: features.rangeByIndexes, orNullObject: Number(features.apiVersion.split('.')[1]) >= 4 };
    return new OfficeGateway({ run: f.run, features, settings: memorySettings(), commandReports: memoryChannel() });
  };
  return {
    async open(grid, setup) {
      fake = fakeFromGrid(grid, setup);
      return gateway(fake);
    },
    async openWorkbook(sheets) {
      fake = new FakeExcel({});
      fake.sheets = [];
      for (const s of sheets) {
        const one = fakeFromGrid(s.grid);
        const sheet = fake.addSheet(s.grid.name, {});
        for (const [k, c] of one.sheets[0].cells) sheet.cells.set(k, c);
        sheet.merges = one.sheets[0].merges;
        sheet.visibility = VISIBILITY[s.visibility ?? 'visible'];
      }
      fake.active = fake.sheets.find((s) => s.visibility === 'Visible') ?? fake.sheets[0];
      return gateway(fake);
    },
    async inspect(sheet) {
      if (!fake) throw new Error('open() first');
      return fake.visibleState(sheet);
    },
  };
}

describeGatewayContract('office (fake Excel, Microsoft 365: ExcelApi 1.20)', async () => officeHarness(featuresUpTo('1.20')));
describeGatewayContract('office (fake Excel, Office 2021: ExcelApi 1.14, no notes)', async () => officeHarness(featuresUpTo('1.14')));
