/**
 * An office-addin-mock Excel context for a form of N rows, to count round trips: `context.sync` is
 * a jest.fn. office-addin-mock models loaded properties, not behaviour, so objects a batch loads
 * sit in the mock's tree (OfficeMockObject: a property read before load + sync is an error string),
 * and calls it cannot model (collections' items, ClientResult, conditional formats, names, notes)
 * return plain objects that keep just enough state for the gateway to go on: the workbook's
 * settings, the add-in's conditional formats and names, the notes it added.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { parseRangeA1 } from '../../src/core/grid/address';
import type { RunOptions } from '../../src/excel/excelRun';

export interface MockExcel {
  excel: OfficeMockObject;
  context: OfficeMockObject & { sync: jest.Mock };
  run: <T>(options: RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  calls: { getRanges: string[]; conditionalFormatsAdded: number; namesAdded: number; notesAdded: string[]; mergeCalls: number; suspend: number; runOptions: RunOptions[] };
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

const noop = (): void => undefined;

export function mockExcel(rows: number, options: { syncError?: unknown } = {}): MockExcel {
  const cols = 9;
  const data = mockFormData(rows, cols);
  const calls: MockExcel['calls'] = { getRanges: [], conditionalFormatsAdded: 0, namesAdded: 0, notesAdded: [], mergeCalls: 0, suspend: 0, runOptions: [] };
  const settings = new Map<string, unknown>();
  type Rule = { type: string; custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } }; priority: number; list: string };
  const rules: Rule[] = [];
  const names = new Map<string, string>();
  const notes: { address: string; content: string; load(): void; getLocation(): { load(): void; address: string }; delete(): void }[] = [];
  // eslint-disable-next-line prefer-const
  let root: OfficeMockObject & { context: { workbook: { holder: { sheet: Record<string, unknown> } } } };
  type MockSheet = Record<string, unknown>;
  const sheet = (): MockSheet => root.context.workbook.holder.sheet as MockSheet;
  const mergedAreas = (address: string) => {
    calls.mergeCalls++;
    const r = parseRangeA1(address);
    const items: { address: string }[] = [];
    if (r.top === 0) items.push({ address: "'表1'!A1:I1" });
    for (let row = r.top; row <= Math.min(r.bottom, rows - 1); row++) if (row >= 2) items.push({ address: `'表1'!H${row + 1}:I${row + 1}` });
    return { isNullObject: items.length === 0, areas: { items }, load: noop };
  };
  const cell = (address: string) => {
    const { top, left } = parseRangeA1(address);
    const v = data.values[top]?.[left] ?? '';
    const f = data.formulas[top]?.[left] ?? '';
    return {
      address: `'表1'!${address}`,
      values: [[v]],
      formulas: [[f]],
      numberFormat: [[data.numberFormat[top]?.[left] ?? 'General']],
      load: noop,
      format: { protection: { locked: true, load: noop } },
      getMergedAreasOrNullObject: () => mergedAreas(address),
    };
  };
  const conditionalFormats = {
    load: noop,
    get items() {
      return rules.map((r) => ({
        type: r.type,
        customOrNullObject: { isNullObject: false, rule: r.custom.rule },
        getRanges: () => ({ load: noop, address: r.list }),
        delete: () => void rules.splice(rules.indexOf(r), 1),
      }));
    },
  };
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        // The sheet sits under a key of its own: `worksheets` and `settings` are plain objects set
        // below, which a sync of the mock tree would otherwise put back.
        holder: {
          sheet: {
            id: '{SHEET-1}',
            name: '表1',
            used: { rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: cols },
            read: { address: `'表1'!A1:I${rows}`, ...data },
            a1: {
              getBoundingRect: () => ({ getIntersection: () => sheet().read }),
            },
            getUsedRange: () => sheet().used,
            getRange: (address?: string) => {
              if (address === undefined) return { conditionalFormats };
              if (address === 'A1') return sheet().a1;
              return { ...cell(address.split(':')[0]), getMergedAreasOrNullObject: () => mergedAreas(address) };
            },
            getRangeByIndexes: (row: number, col: number, _rowCount: number, colCount: number) => ({
              load: noop,
              values: [data.values[row]?.slice(col, col + colCount) ?? []],
              formulas: [data.formulas[row]?.slice(col, col + colCount) ?? []],
            }),
            getRanges: (list: string) => {
              calls.getRanges.push(list);
              return {
                conditionalFormats: {
                  add: (type: string) => {
                    calls.conditionalFormatsAdded++;
                    const rule: Rule = { type, custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } }, priority: 0, list };
                    rules.push(rule);
                    return rule;
                  },
                },
              };
            },
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
  // Plain objects where office-addin-mock cannot model the API (collections' items, *OrNullObject,
  // methods with state); the sheet stays in the mock's tree, so that context.sync() loads it.
  const workbook = (excel as unknown as { context: { workbook: Record<string, unknown> & { holder: { sheet: Record<string, unknown> } } } }).context.workbook;
  const sheetMock = workbook.holder.sheet;
  Object.assign(sheetMock, {
    protection: { protected: false, options: { allowFormatCells: false }, load: noop },
    names: {
      add: (name: string, range: { address: string }) => {
        calls.namesAdded++;
        names.set(name, range.address);
        return { visible: true };
      },
      getItemOrNullObject: (name: string) => ({
        load: noop,
        isNullObject: !names.has(name),
        getRangeOrNullObject: () => ({ ...cell(String(names.get(name) ?? "'表1'!A1").split('!')[1]), isNullObject: !names.has(name) }),
      }),
      getItem: (name: string) => ({ delete: () => void names.delete(name) }),
    },
    notes: {
      getItemOrNullObject: (address: string) => {
        const n = notes.find((x) => x.address === address);
        return n ? { isNullObject: false, load: noop, content: n.content } : { isNullObject: true, load: noop };
      },
      add: (at: { address: string }, text: string) => {
        calls.notesAdded.push(text);
        const address = at.address.split('!')[1];
        const note = { address, content: text, load: noop, getLocation: () => ({ load: noop, address: `'表1'!${address}` }), delete: () => void notes.splice(notes.indexOf(note), 1) };
        notes.push(note);
      },
      load: noop,
      get items() {
        return [...notes];
      },
    },
  });
  workbook.settings = {
    getItemOrNullObject: (key: string) => ({
      load: noop,
      get isNullObject() {
        return !settings.has(key);
      },
      get value() {
        return settings.get(key);
      },
    }),
    add: (key: string, value: unknown) => void settings.set(key, value),
  };
  workbook.worksheets = {
    sheet: sheetMock,
    load: noop,
    // The sheet itself (its id and name are loaded by the batches that read it first).
    items: [sheetMock],
    getActiveWorksheet: () => sheetMock,
    getItem: () => sheetMock,
  };
  root = excel as unknown as typeof root;
  const context = (excel as unknown as { context: OfficeMockObject & { sync: jest.Mock } }).context;
  const realSync = context.sync.bind(context);
  context.sync = jest.fn(async () => {
    if (options.syncError) throw options.syncError;
    await realSync();
  });
  const run = <T>(runOptions: RunOptions, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    calls.runOptions.push(runOptions);
    return (excel as unknown as { run: (b: typeof batch) => Promise<T> }).run(batch);
  };
  return { excel, context, run, calls };
}
