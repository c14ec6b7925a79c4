/**
 * The shared HostGateway contract (test/gateway/gatewayContract.ts) run against OfficeGateway over
 * the behavioural fake of Excel (fakeExcel.ts), with the features of Microsoft 365 and of Office
 * 2021. (Below ExcelApi 1.13 merged areas are not read, so the contract's merge checks cannot hold.)
 */
import { OfficeGateway } from '../../src/excel/officeGateway';
import { ExcelFeatures, featuresUpTo } from '../../src/excel/requirements';
import { describeGatewayContract, Harness } from '../gateway/gatewayContract';
import { FakeExcel } from './fakeExcel';
import { fakeFromGrid } from './fakeFromGrid';
import { memoryChannel } from '../../src/excel/commandReports';

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', 'very-hidden': 'VeryHidden' } as const;

export function officeHarness(features: ExcelFeatures): Harness {
  let fake: FakeExcel | null = null;
  const gateway = (f: FakeExcel) => {
    f.features = { notes: features.notes, getRanges: true, rangeByIndexes: true, orNullObject: true };
    return new OfficeGateway({ run: f.run, features, commandReports: memoryChannel() });
  };
  const on = () => {
    if (!fake) throw new Error('open() first');
    return { f: fake, sheet: fake.active.name };
  };
  return {
    person: {
      type: (a1, value) => on().f.person.type(on().sheet, a1, value),
      fill: (a1, color) => on().f.person.fill(on().sheet, a1, color),
      note: (a1, text) => on().f.person.note(on().sheet, a1, text),
      insertRows: (at, count = 1) => on().f.person.insertRows(on().sheet, at, count),
      deleteRows: (at, count = 1) => on().f.person.deleteRows(on().sheet, at, count),
      insertColumns: (at, count = 1) => on().f.person.insertColumns(on().sheet, at, count),
      protect: (o) => on().f.person.protect(on().sheet, o),
      unprotect: () => on().f.person.unprotect(on().sheet),
    },
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
