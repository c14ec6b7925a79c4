/**
 * `--convert` (issue 11 item 5): with LibreOffice installed, legacy .xls / .et, .ods, CSV and web
 * pages saved as .xls are converted and checked, and the report says so. Needs `soffice`
 * (Debian: `apt-get install -y libreoffice-calc`); CI has none, and these tests are skipped there
 * with a message saying so. Without it, --convert says once that nothing will be converted.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { findSoffice } from '../../src/cli/convert';
import { Report, reportSchema } from '../../src/core/report/reportSchema';
import { ROOT, runInstalled, uninstallCommand } from './support/installed';
import { tempDir } from './support/tmp';

const SOFFICE = findSoffice();
const LEGACY = join(ROOT, 'test', 'cli', 'fixtures', 'jingmen-legacy.xls');
const ODS = join(ROOT, 'test', 'cli', 'fixtures', 'jingmen.ods');

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir('jxzp-convert-')));
afterAll(() => {
  cleanup();
  uninstallCommand();
});

jest.setTimeout(300_000);

const jsonOf = (stdout: string): Report => reportSchema.parse(JSON.parse(stdout));

it('without LibreOffice, --convert says so once and converts nothing', async () => {
  copyFileSync(LEGACY, join(dir, 'a.xls'));
  const r = await runInstalled(['--json', '--convert', 'a.xls'], { cwd: dir, env: { JXZP_SOFFICE: '' } });
  expect(r.code).toBe(2);
  expect(r.stderr.split('\n')[0]).toBe('--convert：未找到 LibreOffice（soffice），.xls、.ods 等文件不会被转换；可安装 LibreOffice 后再试');
  expect(jsonOf(r.stdout).files[0].error).toMatch(/^legacy-xls:/);
});

if (!SOFFICE) {
  it.skip('--convert with LibreOffice: skipped, soffice is not installed (apt-get install -y libreoffice-calc)', () => undefined);
  console.log('[convert] LibreOffice (soffice) is not installed: the --convert tests are skipped.');
} else {
  describe(`--convert with LibreOffice (${SOFFICE})`, () => {
    it('converts .xls, .et, .ods, CSV and an HTML page saved as .xls, checks them, and says so', async () => {
      copyFileSync(LEGACY, join(dir, '旧表.xls'));
      copyFileSync(LEGACY, join(dir, 'wps.et'));
      copyFileSync(ODS, join(dir, '表.ods'));
      writeFileSync(
        join(dir, '网页.xls'),
        '<html><head><meta charset="utf-8"></head><body><table><tr><td>项目名称</td><td>热线</td></tr></table></body></html>',
      );
      writeFileSync(join(dir, '表.csv'), '项目名称,热线\r\n项目总预算,421\r\n');
      const files = ['旧表.xls', 'wps.et', '表.ods', '网页.xls', '表.csv'];
      const r = await runInstalled(['--json', '--convert', ...files], { cwd: dir });
      const report = jsonOf(r.stdout);
      expect(report.files.map((f) => [f.file, f.error, f.convertedFrom])).toEqual([
        ['旧表.xls', null, '.xls'],
        ['wps.et', null, '.et'],
        ['表.ods', null, '.ods'],
        ['网页.xls', null, '.xls'],
        ['表.csv', null, '.csv'],
      ]);
      // The worked example survives the round trip: same kind, same total.
      for (const f of report.files.slice(0, 3)) {
        expect(f.sheets[0].form?.kind).toBe('hubei-project');
        expect(f.sheets[0].total).toMatchObject({ score: null, range: [99.2, 100], grade: '优' });
      }
      const text = await runInstalled(['--convert', '旧表.xls'], { cwd: dir });
      expect(text.stdout).toContain('（由 LibreOffice 从 .xls 转换为 .xlsx 后检查）');
    });

    it('near miss: an encrypted .xlsx is not converted (LibreOffice cannot open it without the password)', async () => {
      const { makeOle } = await import('./support/ole');
      writeFileSync(join(dir, '加密.xlsx'), makeOle(['EncryptionInfo', 'EncryptedPackage']));
      const r = await runInstalled(['--json', '--convert', '加密.xlsx'], { cwd: dir });
      expect(jsonOf(r.stdout).files[0].error).toMatch(/^encrypted:/);
      expect(r.code).toBe(2);
    });

    it('without --convert, the next step mentions it', async () => {
      copyFileSync(LEGACY, join(dir, 'b.xls'));
      const r = await runInstalled(['b.xls'], { cwd: dir });
      expect(r.stderr).toContain('或加 --convert 由 LibreOffice 转换后检查');
      expect(readFileSync(join(dir, 'b.xls')).equals(readFileSync(LEGACY))).toBe(true);
    });
  });
}
