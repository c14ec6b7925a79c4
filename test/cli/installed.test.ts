/**
 * The reviewer's tool as installed (issue 11): `jxzp` linked by `npm install -g`, run on a folder
 * tree, a glob, with --summary (xlsx and csv, read back with exceljs), --jsonl on 1 000 files with
 * bounded memory, every refused format, and the usage errors.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { Report, reportSchema } from '../../src/core/report/reportSchema';
import { ROOT, runInstalled as run, uninstallCommand } from './support/installed';
import { makeOle } from './support/ole';
import { makeZip } from './support/zip';
import { tempDir } from './support/tmp';

const JINGMEN = join(ROOT, 'examples', 'jingmen-12345-2024.xlsx');
const NATIONAL = join(ROOT, 'examples', 'national-example.xlsx');
const LEGACY = join(ROOT, 'test', 'cli', 'fixtures', 'jingmen-legacy.xls');
const ODS = join(ROOT, 'test', 'cli', 'fixtures', 'jingmen.ods');
const TIME = '/usr/bin/time';

let dir: string;
let cleanup: () => void;
/** in/单位A/甲.xlsx (clean), in/单位B/乙.xlsx (planted errors), in/单位B/旧表.xls (legacy), in/说明.txt. */
let inbox: string;
beforeAll(() => {
  ({ dir, cleanup } = tempDir('jxzp-installed-'));
  inbox = join(dir, 'in');
  mkdirSync(join(inbox, '单位A'), { recursive: true });
  mkdirSync(join(inbox, '单位B'), { recursive: true });
  copyFileSync(JINGMEN, join(inbox, '单位A', '甲.xlsx'));
  copyFileSync(NATIONAL, join(inbox, '单位B', '乙.xlsx'));
  copyFileSync(LEGACY, join(inbox, '单位B', '旧表.xls'));
  writeFileSync(join(inbox, '说明.txt'), '各单位自评表');
});
afterAll(() => {
  cleanup();
  uninstallCommand();
});

jest.setTimeout(120_000);

/** Runs as on a machine without LibreOffice (as CI is): next steps do not mention --convert. */
const runInstalled = (args: string[], options: Parameters<typeof run>[1] = {}): ReturnType<typeof run> =>
  run(args, { ...options, env: { JXZP_SOFFICE: '', ...options.env } });

const jsonOf = (stdout: string): Report => reportSchema.parse(JSON.parse(stdout));
const A = join('in', '单位A', '甲.xlsx');
const B = join('in', '单位B', '乙.xlsx');
const OLD = join('in', '单位B', '旧表.xls');

describe('the installed command', () => {
  it('runs from its bin with --version and --help', async () => {
    const v = await runInstalled(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^jxzp \d+\.\d+\.\d+\n$/);
    const h = await runInstalled(['--help']);
    expect(h.stdout).toContain('用法：jxzp');
    expect(h.stdout).toContain('--summary');
  });

  it('checks a folder tree: workbooks in order, a legacy .xls listed with its next step, other files left out', async () => {
    const r = await runInstalled(['--json', 'in'], { cwd: dir });
    const report = jsonOf(r.stdout);
    // Names in Chinese collation order (pinyin): 旧 jiù before 乙 yǐ.
    expect(report.files.map((f) => f.file)).toEqual([A, OLD, B]);
    expect(report.files[1].error).toMatch(/^legacy-xls: .*另存为 \.xlsx/);
    const count = (k: 'errors' | 'warnings' | 'infos'): number => report.files.reduce((n, f) => n + f.sheets.reduce((m, x) => m + x.summary[k], 0), 0);
    expect(report.summary).toEqual({ files: 3, sheets: 2, errors: count('errors'), warnings: count('warnings'), infos: count('infos'), unreadable: 1 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${OLD}: 旧版 .xls（或 WPS .et）工作簿`);
  });

  it('expands a glob itself (as cmd and PowerShell leave it)', async () => {
    const r = await runInstalled(['--json', 'in/**/*.xlsx'], { cwd: dir });
    expect(jsonOf(r.stdout).files.map((f) => f.file)).toEqual([A, B]);
    expect(r.code).toBe(1); // the planted errors of 乙
    const none = await runInstalled(['--json', 'in/**/*.xlsb'], { cwd: dir });
    expect(jsonOf(none.stdout).files[0].error).toMatch(/^not-found: .*no file matches/);
    expect(none.code).toBe(2);
  });

  it('--json --pretty prints the same document as compact --json, indented', async () => {
    const compact = await runInstalled(['--json', A, B], { cwd: dir });
    const pretty = await runInstalled(['--json', '--pretty', A, B], { cwd: dir });
    expect(compact.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(pretty.stdout).toBe(JSON.stringify(JSON.parse(compact.stdout), null, 2) + '\n');
  });

  it('ends the text output with a table of every file, and counts the unreadable one', async () => {
    const r = await runInstalled(['in'], { cwd: dir });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toBe('合计：3 个文件，2 张自评表；错误 7，警告 3，提示 5；1 个文件无法读取');
    const header = lines.findIndex((l) => /^文件\s+自评表\s+总分\s+等级\s+错误\s+警告\s+提示\s+结论$/.test(l));
    expect(header).toBeGreaterThan(0);
    // The worked example states no split of its indicators' 80 points: its total is a range (99.2–100), its grade 优.
    expect(lines[header + 2]).toMatch(/甲\.xlsx\s+1\s+—\s+优\s+0\s+2\s+4\s+无错误$/);
    expect(lines[header + 3]).toMatch(/旧表\.xls\s+0\s+—\s+—\s+0\s+0\s+0\s+无法读取$/);
    expect(lines[header + 4]).toMatch(/乙\.xlsx\s+1\s+99\.39\s+优\s+7\s+1\s+1\s+有错误$/);
  });

  it('--lang en translates grades and every label', async () => {
    const r = await runInstalled(['--lang', 'en', 'in'], { cwd: dir });
    expect(r.stdout).toContain('grade excellent');
    expect(r.stdout).not.toMatch(/等级|合计|文件 |工作表|无错误|错误 \d/);
    expect(r.stdout).toMatch(/File\s+Forms\s+Total\s+Grade\s+Errors\s+Warnings\s+Infos\s+Result/);
    expect(r.stderr).toContain('a legacy .xls (or WPS .et) workbook: open it in Excel or WPS and save it as .xlsx');
  });
});

describe('--summary', () => {
  it('OUT.xlsx: forms sorted (unreadable first, then by errors), header frozen, autofilter, every finding, unreadable files', async () => {
    const out = join(dir, '汇总.xlsx');
    const r = await runInstalled(['--json', '--summary', out, 'in'], { cwd: dir });
    const report = jsonOf(r.stdout);
    expect(r.stderr).toContain(`已写出汇总 ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['自评表', '全部问题', '无法读取的文件', '未检查的工作表']);

    const forms = wb.getWorksheet('自评表')!;
    expect(forms.getRow(1).values).toEqual([
      undefined,
      ...['文件', '工作表', '项目名称', '主管部门/单位', '表格类型', '评分口径', '执行率', '总分（计算）', '总分（表中）', '等级', '错误', '警告', '提示', '备注'],
    ]);
    expect(forms.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(forms.autoFilter).toBeTruthy();
    const col = (n: number): unknown[] => [2, 3, 4].map((r) => forms.getRow(r).getCell(n).value);
    expect(col(1)).toEqual([OLD, B, A]);
    expect(col(11)).toEqual([0, 7, 0]);
    expect(forms.getRow(2).getCell(14).value).toMatch(/^无法读取：/);
    expect(forms.getRow(4).getCell(7).value).toBeCloseTo(report.files[0].sheets[0].budget!.rate!, 10);
    expect(forms.getRow(4).getCell(7).numFmt).toBe('0.00%');
    expect(forms.getRow(4).getCell(10).value).toBe('优');
    expect(forms.getRow(3).getCell(5).value).toBe('项目支出绩效自评表（财政部）');

    const findings = wb.getWorksheet('全部问题')!;
    const issues = report.files.flatMap((f) => f.sheets.flatMap((s) => s.issues.map((i) => [f.file, s.sheet, i.cell ?? '', i.rule, i.message])));
    expect(findings.rowCount - 1).toBe(issues.length);
    const second = findings.getRow(2).values as unknown[];
    expect([second[1], second[2], second[3], second[4], second[6]]).toEqual(issues[0]);

    const bad = wb.getWorksheet('无法读取的文件')!;
    expect(bad.rowCount).toBe(2);
    expect(bad.getRow(2).getCell(1).value).toBe(OLD);
    expect(bad.getRow(2).getCell(3).value).toBe('请用 Excel 或 WPS 打开后另存为 .xlsx');
  });

  it('OUT.csv: UTF-8 with a BOM, one row per form, that exceljs (as Excel) reads back', async () => {
    const out = join(dir, '汇总.csv');
    const r = await runInstalled(['--summary', out, 'in'], { cwd: dir });
    expect(r.code).toBe(2);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const wb = new ExcelJS.Workbook();
    const ws = await wb.csv.readFile(out);
    expect(String(ws.getRow(1).getCell(1).value).replace(/^\ufeff/, '')).toBe('文件');
    expect(ws.getRow(1).getCell(10).value).toBe('等级');
    expect([2, 3, 4].map((n) => ws.getRow(n).getCell(1).value)).toEqual([OLD, B, A]);
    expect(ws.getRow(3).getCell(7).value).toBe('95.88%'); // 乙: 全年执行数 ÷ 全年预算数
  });

  it('the summary of a folder is not itself checked on the next run', async () => {
    const out = join(inbox, '汇总.xlsx');
    await runInstalled(['--summary', out, 'in'], { cwd: dir });
    const again = await runInstalled(['--json', '--summary', out, 'in'], { cwd: dir });
    expect(jsonOf(again.stdout).files.map((f) => f.file)).toEqual([A, OLD, B]);
  });
});

describe('--jsonl', () => {
  it('prints one line per file, in input order, for 1 000 files, with bounded memory', async () => {
    const many = join(dir, 'many');
    for (let k = 0; k < 10; k++) {
      mkdirSync(join(many, `单位${k}`), { recursive: true });
      for (let i = 0; i < 100; i++) linkSync(JINGMEN, join(many, `单位${k}`, `表${i}.xlsx`));
    }
    const stats = join(dir, 'jsonl-time.txt');
    const haveTime = existsSync(TIME);
    const r = await runInstalled(['--jsonl', 'many'], { cwd: dir, wrap: haveTime ? [TIME, '-f', '%M', '-o', stats] : undefined });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1000);
    const files = lines.map((l) => (JSON.parse(l) as { file: string }).file);
    expect(files[0]).toBe(join('many', '单位0', '表0.xlsx'));
    expect(files[1]).toBe(join('many', '单位0', '表1.xlsx'));
    expect(files[999]).toBe(join('many', '单位9', '表99.xlsx'));
    expect(new Set(files).size).toBe(1000);
    if (haveTime) {
      const peakMB = Number(readFileSync(stats, 'utf8').trim().split('\n').pop()) / 1024;
      process.stdout.write(`[jsonl] 1 000 files: ${(r.ms / 1000).toFixed(1)} s, peak RSS ${peakMB.toFixed(0)} MB\n`);
      expect(peakMB).toBeLessThan(450); // three threads' heaps; a report held per file would add up
    }
  });
});

describe('files that are not .xlsx, each with its next step', () => {
  it('tells every kind apart in one run: exit 2, one stderr line each, the JSON code of each', async () => {
    const d = join(dir, 'formats');
    mkdirSync(d, { recursive: true });
    const put = (name: string, data: Buffer | string): string => {
      writeFileSync(join(d, name), data);
      return join('formats', name);
    };
    const cases: [string, string, RegExp][] = [
      [put('旧表.xls', readFileSync(LEGACY)), 'legacy-xls', /另存为 \.xlsx/],
      [put('wps.et', readFileSync(LEGACY)), 'legacy-xls', /另存为 \.xlsx/],
      [put('加密.xlsx', makeOle(['EncryptionInfo', 'EncryptedPackage'])), 'encrypted', /取消打开密码后另存为 \.xlsx/],
      [put('表.ods', readFileSync(ODS)), 'ods', /另存为 \.xlsx/],
      [put('表.csv', '项目名称,预算数\r\n热线,421\r\n'), 'csv', /另存为 \.xlsx/],
      [put('网页.xls', '<html><body><table><tr><td>项目名称</td></tr></table></body></html>'), 'html', /另存为 \.xlsx/],
      [put('xml2003.xls', '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'), 'html', /另存为 \.xlsx/],
      [put('单页.xls', 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n'), 'html', /另存为 \.xlsx/],
      [put('扫描.xlsx', '%PDF-1.4\n%âãÏÓ\n'), 'not-xlsx', /PDF/],
      [put('文档.xlsx', makeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }])), 'not-xlsx', /Word/],
      [put('二进制.xlsb', makeZip([{ name: 'xl/workbook.bin', data: Buffer.from([1, 2, 3]) }])), 'not-xlsx', /xlsb/],
      [put('空.xlsx', ''), 'empty', /0 字节/],
    ];
    const r = await runInstalled(['--json', ...cases.map((c) => c[0])], { cwd: dir, env: { JXZP_SOFFICE: '' } });
    expect(r.code).toBe(2);
    const report = jsonOf(r.stdout);
    expect(report.files.map((f) => f.error?.split(':')[0])).toEqual(cases.map((c) => c[1]));
    const stderr = r.stderr.split('\n').filter((l) => l && !l.startsWith('['));
    expect(stderr).toHaveLength(cases.length);
    cases.forEach(([file, , next], i) => {
      expect(stderr[i].startsWith(`${file}: `)).toBe(true);
      expect(stderr[i]).toMatch(next);
    });
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  });
});

describe('usage errors, refused before anything is checked', () => {
  it('--fill OUT.xlsx with several inputs is refused, and nothing named OUT.xlsx is created', async () => {
    const out = join(dir, '已填写.xlsx');
    const r = await runInstalled(['--fill', out, A, B], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`有 2 个输入文件，--fill 的目标须是目录，而 ${out} 是一个工作簿文件名；请给一个目录（如 已填写/）\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('--fill DIR with a folder writes each copy under its path below the folder', async () => {
    const out = join(dir, 'filled');
    const r = await runInstalled(['--fill', out, join('in', '单位A'), B], { cwd: dir });
    expect([0, 1]).toContain(r.code);
    expect(existsSync(join(out, '甲.xlsx'))).toBe(true);
    expect(existsSync(join(out, '乙.xlsx'))).toBe(true);
  });

  it.each([
    [['--json', '--jsonl', 'in'], '--json 与 --jsonl 只能选一个'],
    [['--pretty', 'in'], '--pretty 只能与 --json 同用'],
    [['--summary', 'out.txt', 'in'], '--summary 的文件名须以 .xlsx 或 .csv 结尾：out.txt'],
    [['--jobs', '0', 'in'], '--jobs 需要 1 到 64 之间的整数：0'],
    [['--summary', A, A], `汇总文件 ${A} 与输入文件相同；输入文件从不修改，请换一个文件名`],
  ])('%j', async (args, message) => {
    const r = await runInstalled(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
    expect(r.stdout).toBe('');
  });
});

describe('npm run check', () => {
  it('stays the README\'s first command; with -s its --json output is only JSON', async () => {
    const { spawnSync } = await import('child_process');
    const r = spawnSync('npm', ['run', '-s', 'check', '--', '--json', JINGMEN], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(jsonOf(r.stdout).files).toHaveLength(1);
  });
});
