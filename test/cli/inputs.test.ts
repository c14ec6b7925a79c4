/** Files, folders and glob patterns, expanded by the tool itself (issue 11 item 2). */
import { mkdirSync, symlinkSync, writeFileSync } from 'fs';
import { join, relative } from 'path';
import { expandInputs, isWorkbookName } from '../../src/cli/inputs';
import { tempDir } from './support/tmp';

let dir: string;
let cleanup: () => void;
const put = (rel: string): string => {
  const p = join(dir, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, 'x');
  return p;
};
const shown = (files: { shown: string }[]): string[] => files.map((f) => relative(dir, f.shown));

beforeAll(() => {
  ({ dir, cleanup } = tempDir('jxzp-inputs-'));
  put('收件/单位10/自评表.xlsx');
  put('收件/单位2/自评表.xlsx');
  put('收件/单位2/附件.pdf');
  put('收件/单位2/~$自评表.xlsx'); // Excel's lock file
  put('收件/单位2/.隐藏.xlsx');
  put('收件/旧表.xls');
  put('收件/宏.xlsm');
  put('收件/说明.docx');
  put('收件/.git/objects.xlsx');
  put('收件/a.XLSX');
  put('other/b.xlsx');
});
afterAll(() => cleanup());

describe('expandInputs', () => {
  it('walks a folder recursively, skipping lock files, dot files and other documents', () => {
    expect(shown(expandInputs([join(dir, '收件')])).sort()).toEqual(
      [
        join('收件', 'a.XLSX'),
        join('收件', '单位2', '自评表.xlsx'),
        join('收件', '单位10', '自评表.xlsx'),
        join('收件', '宏.xlsm'),
        join('收件', '旧表.xls'), // listed, so that it gets its next step
      ].sort(),
    );
  });

  it('lists a folder in a stable name order, numbers in names compared as numbers', () => {
    const order = shown(expandInputs([join(dir, '收件')]));
    expect(order).toEqual(shown(expandInputs([join(dir, '收件')])));
    expect(order.indexOf(join('收件', '单位2', '自评表.xlsx'))).toBeLessThan(order.indexOf(join('收件', '单位10', '自评表.xlsx')));
  });

  it('keeps the path below the folder, for --fill copies', () => {
    const files = expandInputs([join(dir, '收件')]);
    expect(files.find((f) => f.shown.endsWith(join('单位2', '自评表.xlsx')))?.below).toBe(join('单位2', '自评表.xlsx'));
    expect(expandInputs([join(dir, 'other', 'b.xlsx')])[0].below).toBeNull();
  });

  it('expands * and ? within a folder, without descending', () => {
    expect(shown(expandInputs([join(dir, '收件', '*.xls?')]))).toEqual([join('收件', '宏.xlsm')]);
    expect(shown(expandInputs([join(dir, '收件', '*.xls')]))).toEqual([join('收件', '旧表.xls')]);
  });

  it('expands ** through every level, and {a,b} alternatives', () => {
    expect(shown(expandInputs([join(dir, '收件', '**', '自评表.xlsx')]))).toEqual([
      join('收件', '单位2', '自评表.xlsx'),
      join('收件', '单位10', '自评表.xlsx'),
    ]);
    expect(shown(expandInputs([join(dir, '{收件,other}', '*.xlsx')]))).toEqual([join('other', 'b.xlsx')]);
  });

  it('a pattern matching a folder walks it', () => {
    expect(shown(expandInputs([join(dir, '收件', '单位*')]))).toEqual([
      join('收件', '单位2', '自评表.xlsx'),
      join('收件', '单位10', '自评表.xlsx'),
    ]);
  });

  it('accepts Windows separators in a pattern on Windows (cmd passes them unexpanded)', () => {
    const pattern = `${dir}/收件\\单位2\\*.xlsx`;
    expect(shown(expandInputs([pattern], { platform: 'win32' }))).toEqual([join('收件', '单位2', '自评表.xlsx')]);
  });

  it('a pattern matching nothing is reported as such, in its place', () => {
    const files = expandInputs([join(dir, 'other', 'b.xlsx'), join(dir, '无此目录', '*.xlsx')]);
    expect(files).toHaveLength(2);
    expect(files[1].problem).toEqual({ code: 'not-found', detail: 'no file matches this pattern' });
  });

  it('a file named as such is kept whatever its name; a missing one is left to the reader', () => {
    const files = expandInputs([join(dir, '收件', '说明.docx'), join(dir, 'nope.xlsx')]);
    expect(shown(files)).toEqual([join('收件', '说明.docx'), 'nope.xlsx']);
    expect(files.every((f) => !f.problem)).toBe(true);
  });

  it('lists each file once, however it was reached', () => {
    const b = join(dir, 'other', 'b.xlsx');
    expect(expandInputs([b, join(dir, 'other'), join(dir, 'other', '*.xlsx')])).toHaveLength(1);
  });

  it('leaves out the tool\'s own outputs when walking a folder', () => {
    const out = put('other/汇总.xlsx');
    expect(shown(expandInputs([join(dir, 'other')], { exclude: [out] }))).toEqual([join('other', 'b.xlsx')]);
  });

  it('does not loop on a link back up the tree', () => {
    const loop = join(dir, 'other', 'loop');
    symlinkSync(join(dir, 'other'), loop);
    expect(shown(expandInputs([join(dir, 'other')]))).toContain(join('other', 'b.xlsx'));
  });
});

describe('isWorkbookName', () => {
  it.each(['a.xlsx', 'a.XLSM', 'a.xls', 'a.et', 'a.ods', 'a.xlsb'])('%s is included in a folder walk', (n) => {
    expect(isWorkbookName(n)).toBe(true);
  });
  it.each(['a.pdf', 'a.docx', '~$a.xlsx', '.a.xlsx', 'xlsx', 'a.csv'])('near miss: %s is not', (n) => {
    expect(isWorkbookName(n)).toBe(false);
  });
});
