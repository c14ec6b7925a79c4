import { FEATURE_TABLE, currentFeatures, detectFeatures, featuresUpTo, limitations } from '../../src/excel/requirements';

const upTo = (max: number) => (name: string, v?: string) => name === 'ExcelApi' && Number(v?.split('.')[1]) <= max;

describe('detectFeatures', () => {
  test('Excel 2016 (1.2): only the values-only used range', () => {
    const f = detectFeatures(upTo(2));
    expect(f.apiVersion).toBe('1.2');
    expect(f.usedRangeValuesOnly).toBe(true);
    expect(f.rangeByIndexes || f.cellProperties || f.mergedAreas || f.notes || f.dataValidation).toBe(false);
  });

  test('Excel 2019 (1.7): indexes and freeze panes, no validation, no getRanges, no merges', () => {
    const f = detectFeatures(upTo(7));
    expect(f).toMatchObject({ apiVersion: '1.7', suspendCalculation: true, rangeByIndexes: true, freezePanes: true });
    expect(f).toMatchObject({ dataValidation: false, cellProperties: false, getRanges: false, mergedAreas: false, notes: false, delayForCellEdit: false });
  });

  test('Excel 2021 (1.14): merges and delayForCellEdit, no notes', () => {
    const f = detectFeatures(upTo(14));
    expect(f).toMatchObject({ cellProperties: true, getRanges: true, delayForCellEdit: true, mergedAreas: true, notes: false });
  });

  test('Microsoft 365 (1.20): notes', () => {
    expect(detectFeatures(upTo(20))).toMatchObject({ apiVersion: '1.20', notes: true });
  });

  test('a throwing or empty isSetSupported turns everything off', () => {
    const f = detectFeatures(() => {
      throw new Error('not in Office');
    });
    expect(f.apiVersion).toBe('1.0');
    expect(Object.values(f).filter((v) => v === true)).toEqual([]);
  });

  test('the set table matches the documented sets', () => {
    const sets = Object.fromEntries(FEATURE_TABLE.map((r) => [r.feature, r.set]));
    expect(sets).toMatchObject({ mergedAreas: '1.13', cellProperties: '1.9', notes: '1.18', dataValidation: '1.8', delayForCellEdit: '1.11', getRanges: '1.9', suspendCalculation: '1.6' });
  });

  test('limitations lists what is off', () => {
    expect(limitations(featuresUpTo('1.20'))).toEqual([]);
    expect(limitations(featuresUpTo('1.14')).join('\n')).toMatch(/notes/);
  });

  test('currentFeatures outside Office: all off, no throw', () => {
    expect(currentFeatures().apiVersion).toBe('1.0');
  });
});
