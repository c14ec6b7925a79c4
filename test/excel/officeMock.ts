/**
 * An office-addin-mock Excel context for a form of N rows (static data only: office-addin-mock
 * models loaded properties, not behaviour). `context.sync` is a jest.fn so tests count round trips.
 * Objects a batch loads must sit in the mock's tree so that its sync() marks them loaded; calls
 * office-addin-mock cannot model (collections' items, ClientResult) return plain objects.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { parseRangeA1 } from '../../src/core/grid/address';

export interface MockExcel {
  excel: OfficeMockObject;
  context: OfficeMockObject & { sync: jest.Mock };
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  calls: { getRanges: string[]; getCellProperties: number; notesAdded: string[]; mergeCalls: number; suspend: number };
}

export function mockFormData(rows: number, cols = 9) {
  const values: (string | number)[][] = [];
  const numberFormat: string[][] = [];
  const formulas: (string | number)[][] = [];
  const valueTypes: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const v: (string | number)[] = [];
    for (let c = 0; c < cols; c++) {
      if (r === 0 && c === 0) v.push('项目支出绩效自评表');
      else if (r === 1) v.push(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因', ''][c] ?? '');
      else if (r > 1 && c === 2) v.push(`指标${r}`);
      else if (r > 1 && c === 4) v.push(100 + (r % 7));
      else if (r > 1 && c === 5) v.push(10);
      else v.push('');
    }
    values.push(v);
    numberFormat.push(v.map((_, c) => (c === 4 ? '0.00' : 'General')));
    formulas.push(v.map((x) => x));
    valueTypes.push(v.map((x) => (x === '' ? 'Empty' : typeof x === 'number' ? 'Double' : 'String')));
  }
  formulas[rows - 1][6] = `=SUM(G3:G${rows - 1})`;
  values[rows - 1][6] = '#DIV/0!';
  valueTypes[rows - 1][6] = 'Error';
  return { values, numberFormat, formulas, valueTypes };
}

export function mockExcel(rows: number, options: { syncError?: unknown } = {}): MockExcel {
  const cols = 9;
  const data = mockFormData(rows, cols);
  const calls: MockExcel['calls'] = { getRanges: [], getCellProperties: 0, notesAdded: [], mergeCalls: 0, suspend: 0 };
  // eslint-disable-next-line prefer-const
  let root: OfficeMockObject & { context: { workbook: { worksheets: { sheet: Record<string, unknown> } } } };
  type MockSheet = Record<string, unknown> & { cell: Record<string, unknown> };
  const sheet = (): MockSheet => root.context.workbook.worksheets.sheet as MockSheet;
  const fillResult = (address: string) => {
    const r = parseRangeA1(address);
    return {
      value: Array.from({ length: r.bottom - r.top + 1 }, () =>
        Array.from({ length: r.right - r.left + 1 }, () => ({ format: { fill: { color: '#FFFFFF', pattern: 'None' }, font: { color: '#000000' } } })),
      ),
    };
  };
  const mergedAreas = (address: string) => {
    calls.mergeCalls++;
    const r = parseRangeA1(address);
    const items: { address: string }[] = [];
    if (r.top === 0) items.push({ address: "'表1'!A1:I1" });
    for (let row = r.top; row <= Math.min(r.bottom, rows - 1); row++) if (row >= 2) items.push({ address: `'表1'!H${row + 1}:I${row + 1}` });
    return { isNullObject: items.length === 0, areas: { items }, load: () => undefined };
  };
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            id: '{SHEET-1}',
            name: '表1',
            used: { rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: cols },
            read: { address: `'表1'!A1:I${rows}`, ...data },
            a1: {
              getBoundingRect: () => ({ getIntersection: () => sheet().read }),
            },
            cell: {
              values: [['']],
              numberFormat: [['General']],
              format: { fill: { color: '#FFFFFF' }, font: { color: '#000000' } },
            },
            getUsedRange: () => sheet().used,
            getRange: (address: string) => {
              if (address === 'A1') return sheet().a1;
              const cell = sheet().cell;
              cell.getMergedAreasOrNullObject = () => mergedAreas(address);
              cell.getCellProperties = () => {
                calls.getCellProperties++;
                return fillResult(address);
              };
              return cell;
            },
            getRanges: (list: string) => {
              calls.getRanges.push(list);
              return { format: { fill: { color: '', clear: () => undefined }, font: { color: '' } } };
            },
            notes: {
              getItemOrNullObject: () => ({ isNullObject: true, load: () => undefined }),
            },
          },
          getActiveWorksheet: () => sheet(),
          getItem: () => sheet(),
        },
        notes: {
          add: (_cell: unknown, text: string) => {
            calls.notesAdded.push(text);
          },
        },
      },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          calls.suspend++;
        },
      },
    },
    run: async function (this: { context: unknown }, batch: (ctx: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  });
  root = excel as unknown as typeof root;
  const context = (excel as unknown as { context: OfficeMockObject & { sync: jest.Mock } }).context;
  const realSync = context.sync.bind(context);
  context.sync = jest.fn(async () => {
    if (options.syncError) throw options.syncError;
    await realSync();
  });
  const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
    (excel as unknown as { run: (b: typeof batch) => Promise<T> }).run(batch);
  return { excel, context, run, calls };
}
