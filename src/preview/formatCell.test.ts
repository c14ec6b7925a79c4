import { displayCell, formatGeneral, formatNumber } from './formatCell';

describe('formatNumber: what Excel shows for a number format', () => {
  it.each([
    [0.95875, '0.00%', '95.88%'],
    [1, '0.00%', '100.00%'],
    [1, '0%', '100%'],
    [0.975, '0.0%', '97.5%'],
    [-0.5, '0%', '-50%'],
    [100, '0.00\\%', '100.00%'],
    [1150.5, '#,##0.00', '1,150.50'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [1.005, '0.00', '1.01'],
    [0.005, '0.00', '0.01'],
    [12, '0', '12'],
    [36, '0"万元"', '36万元'],
    [-1.5, '0.00_);[Red](0.00)', '-1.50'],
  ])('%p with %p → %p', (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });

  it('falls back to General for formats it does not know', () => {
    expect(formatNumber(0.5, 'yyyy-mm-dd')).toBe('0.5');
  });
});

describe('formatGeneral', () => {
  it.each([
    [0, '0'],
    [421, '421'],
    [9.59, '9.59'],
    [0.1 + 0.2, '0.3'],
    [1150.5, '1150.5'],
    [1e12, '1E+12'],
    [-2.5e-10, '-2.5E-10'],
  ])('%p → %p', (value, shown) => {
    expect(formatGeneral(value)).toBe(shown);
  });
});

describe('displayCell', () => {
  it('aligns numbers right, text left, booleans and errors centred', () => {
    expect(displayCell(0.98, '0.00%')).toEqual({ text: '98.00%', align: 'right' });
    expect(displayCell('100%', undefined)).toEqual({ text: '100%', align: 'left' });
    expect(displayCell(true, undefined)).toEqual({ text: 'TRUE', align: 'center' });
    expect(displayCell('#DIV/0!', undefined, '#DIV/0!')).toEqual({ text: '#DIV/0!', align: 'center' });
    expect(displayCell(null, '0.00%')).toEqual({ text: '', align: 'left' });
  });

  it('keeps text formatted as text (@) as it is', () => {
    expect(displayCell(12, '@')).toEqual({ text: '12', align: 'left' });
    expect(displayCell('<img src=x onerror=alert(1)>', undefined).text).toBe('<img src=x onerror=alert(1)>');
  });
});
