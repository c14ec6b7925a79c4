import { FEATURE_TABLE, MANIFEST_MIN_API, currentFeatures, detectFeatures, featuresUpTo, limitations } from '../../src/excel/requirements';

const upTo = (max: number) => (name: string, v?: string) => name === 'ExcelApi' && Number(v?.split('.')[1]) <= max;

describe('detectFeatures', () => {
  test('Office 2019 (1.8 retail, 1.7 volume-licensed): below the manifest minimum', () => {
    expect(detectFeatures(upTo(8))).toMatchObject({ apiVersion: '1.8', supported: false, mergedAreas: false, notes: false, undoGroups: false });
    expect(detectFeatures(upTo(7)).supported).toBe(false);
  });

  test('the manifest minimum (1.9) is supported, with no merges, notes or undo groups', () => {
    expect(detectFeatures(upTo(9))).toEqual({ apiVersion: '1.9', supported: true, mergedAreas: false, notes: false, undoGroups: false });
  });

  test('Office 2021 (1.14): merged areas, no notes', () => {
    expect(detectFeatures(upTo(14))).toMatchObject({ supported: true, mergedAreas: true, notes: false, undoGroups: false });
  });

  test('Microsoft 365 (1.18 notes, 1.20 undo groups)', () => {
    expect(detectFeatures(upTo(18))).toMatchObject({ notes: true, undoGroups: false });
    expect(detectFeatures(upTo(21))).toMatchObject({ apiVersion: '1.21', notes: true, undoGroups: true });
  });

  test('a throwing isSetSupported turns everything off', () => {
    const f = detectFeatures(() => {
      throw new Error('not in Office');
    });
    expect(f.apiVersion).toBe('1.0');
    expect(Object.values(f).filter((v) => v === true)).toEqual([]);
  });

  test('the set table matches the documented sets', () => {
    expect(Object.fromEntries(FEATURE_TABLE.map((r) => [r.feature, r.set]))).toEqual({ supported: MANIFEST_MIN_API, mergedAreas: '1.13', notes: '1.18', undoGroups: '1.20' });
  });

  test('limitations lists what is off', () => {
    expect(limitations(featuresUpTo('1.20'))).toEqual([]);
    expect(limitations(featuresUpTo('1.14')).join('\n')).toMatch(/notes/);
  });

  test('currentFeatures outside Office: all off, no throw', () => {
    expect(currentFeatures().apiVersion).toBe('1.0');
  });
});
