import { needsTextPrefix, toExcelInput } from '../../src/excel/cellInput';
import { chunkAddressList, compressCells } from '../../src/excel/rangeLists';
import { DEFAULT_READ_LIMITS, cellFromLoaded, mergeBandAddresses, parseMerges, toGridData } from '../../src/excel/readGrid';

describe('cellFromLoaded', () => {
  test('values, errors, formulas, formats', () => {
    expect(cellFromLoaded('', 'General', '', 'Empty')).toBeNull();
    expect(cellFromLoaded(12.5, '0.00%', 12.5, 'Double')).toEqual({ value: 12.5, format: '0.00%' });
    expect(cellFromLoaded('#DIV/0!', 'General', '=A1/0', 'Error')).toEqual({ value: '#DIV/0!', error: '#DIV/0!', formula: '=A1/0' });
    expect(cellFromLoaded(3, 'General', '=1+2', 'Double')).toEqual({ value: 3, formula: '=1+2' });
    // A text constant that starts with '=' reads back the same in values and formulas: no formula.
    expect(cellFromLoaded('=abc', 'General', '=abc', 'String')).toEqual({ value: '=abc' });
    // Typed text "#N/A" is text, not an error.
    expect(cellFromLoaded('#N/A', 'General', '#N/A', 'String')).toEqual({ value: '#N/A' });
    expect(cellFromLoaded('', 'General', '=IF(A1,"","")', 'String')).toEqual({ value: null, formula: '=IF(A1,"","")' });
    expect(cellFromLoaded('x', 'G/通用格式', 'x', 'String')).toEqual({ value: 'x' });
  });
});

describe('parseMerges / bands', () => {
  test('strips sheet names (quoted too), clips to the window, drops duplicates', () => {
    expect(parseMerges(["'My!Sheet'!B4:G4", 'Sheet1!A1:A3', 'Sheet1!A1:A3', 'Sheet1!AZ1:BA2', 'bad'], 5000, 40)).toEqual([
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 3, left: 1, bottom: 3, right: 6 },
    ]);
    expect(parseMerges(['S!A4990:A5010'], 5000, 40)).toEqual([{ top: 4989, left: 0, bottom: 4999, right: 0 }]);
  });

  test('bands of 64 rows over the window, from A', () => {
    const bands = mergeBandAddresses(DEFAULT_READ_LIMITS);
    expect(bands[0]).toBe('A1:AN64');
    expect(bands[bands.length - 1]).toBe('A4993:AN5000');
    expect(bands).toHaveLength(79);
  });

  test('toGridData: empty sheet, truncation', () => {
    const empty = toGridData('S', { values: [['']], numberFormat: [['General']], formulas: [['']], valueTypes: [['Empty']] }, { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 }, [], DEFAULT_READ_LIMITS);
    expect(empty).toEqual({ name: 'S', cells: [], merges: [] });
    const big = toGridData('S', { values: [['a']], numberFormat: [['General']], formulas: [['a']], valueTypes: [['String']] }, { rowIndex: 10, columnIndex: 0, rowCount: 9000, columnCount: 3 }, [], DEFAULT_READ_LIMITS);
    expect(big.truncated).toEqual({ rows: 5000, cols: 3 });
  });
});

describe('toExcelInput', () => {
  test('text that Excel would parse gets the prefix apostrophe', () => {
    expect(toExcelInput('=1+1')).toBe("'=1+1");
    expect(toExcelInput('+86')).toBe("'+86");
    expect(toExcelInput('-')).toBe("'-");
    expect(toExcelInput('@x')).toBe("'@x");
    expect(toExcelInput('001')).toBe("'001");
    expect(toExcelInput('95%')).toBe("'95%");
    expect(toExcelInput('2024/1/5')).toBe("'2024/1/5");
    expect(toExcelInput('TRUE')).toBe("'TRUE");
    // zh-CN dates, scientific notation, fractions, error literals (review B8)
    for (const t of ['2024年1月', '1月5日', '1e5', '1 1/2', '#N/A', 'Jan 5', '二〇二四年', '三月五日']) expect(toExcelInput(t)).toBe(`'${t}`);
    // Text that starts with a Chinese character Excel does not read as a number or date: as is.
    for (const t of ['优', '一级指标', '项目支出绩效自评表', '十分满意']) expect(toExcelInput(t)).toBe(t);
    expect(toExcelInput('=1+1', '@')).toBe('=1+1');
    expect(toExcelInput(0.95)).toBe(0.95);
    expect(toExcelInput(null)).toBe('');
    expect(needsTextPrefix('')).toBe(false);
  });
});

describe('address lists', () => {
  test('compresses vertical runs and chunks long lists', () => {
    const cells = [2, 3, 4, 6].map((row) => ({ row, col: 6 })).concat([{ row: 0, col: 0 }]);
    expect(compressCells(cells)).toEqual(['A1', 'G3:G5', 'G7']);
    const many = Array.from({ length: 3000 }, (_, i) => `G${i * 2 + 1}`);
    const chunks = chunkAddressList(many);
    expect(chunks.every((c) => c.length <= 8000)).toBe(true);
    expect(chunks.join(',').split(',')).toEqual(many);
  });
});
