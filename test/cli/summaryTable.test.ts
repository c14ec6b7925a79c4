/** The summary's rows and their CSV form, without a process (the installed command is tested in installed.test.ts). */
import { cliMessages } from '../../src/cli/cliMessages';
import { summaryCsv } from '../../src/cli/summaryCsv';
import { FormRow, compareFormRows, formRows } from '../../src/cli/summaryRows';
import { FileReport, SheetReport } from '../../src/core/report/reportSchema';

const m = cliMessages('zh-CN');

function sheet(name: string, over: Partial<SheetReport> = {}): SheetReport {
  return {
    sheet: name, form: { kind: 'national-project', policy: 'national', range: 'A3:I30' }, project: { name: '项目', department: '某局', unit: null },
    budget: null, indicators: [], total: null, issues: [], summary: { errors: 0, warnings: 0, infos: 0 }, writes: [], highlights: [], ...over,
  };
}

function row(over: Partial<FormRow>): FormRow {
  return {
    order: 0, file: 'a.xlsx', sheet: 'S', project: '', department: '', kind: '', policy: '', rate: null, score: null, statedScore: null,
    grade: '', errors: 0, warnings: 0, infos: 0, note: '', unreadable: false, ...over,
  };
}

describe('formRows', () => {
  it('gives a sheet with two forms two rows (one per form), in sheet order', () => {
    const f: FileReport = { file: 'a.xlsx', error: null, sheets: [sheet('S', { project: { name: '甲', department: null, unit: '乙单位' } }), sheet('S', { summary: { errors: 2, warnings: 0, infos: 0 } })] };
    const rows = formRows(f, 3, m, null);
    expect(rows.map((r) => [r.sheet, r.project, r.department, r.errors, r.order])).toEqual([
      ['S', '甲', '乙单位', 0, 3],
      ['S', '项目', '某局', 2, 3],
    ]);
    expect(rows[0].kind).toBe('项目支出绩效自评表（财政部）');
  });

  it('a file without a form gets one row saying so, with its form-not-found error counted', () => {
    const f: FileReport = { file: 'a.xlsx', error: null, sheets: [sheet('封面', { form: null, summary: { errors: 1, warnings: 0, infos: 0 } })] };
    expect(formRows(f, 0, m, null)).toEqual([expect.objectContaining({ sheet: '封面', errors: 1, note: '未找到绩效自评表', kind: '' })]);
  });

  it('an unreadable file gets one row with the reason', () => {
    const f: FileReport = { file: 'b.xls', error: 'legacy-xls: x', sheets: [] };
    expect(formRows(f, 0, m, '旧版 .xls：请另存为 .xlsx')).toEqual([expect.objectContaining({ unreadable: true, note: '无法读取：旧版 .xls：请另存为 .xlsx' })]);
  });
});

describe('compareFormRows', () => {
  it('sorts unreadable files first, then most errors, most warnings, then input order', () => {
    const rows = [
      row({ file: 'clean', order: 0 }),
      row({ file: 'warn', order: 1, warnings: 3 }),
      row({ file: 'err1', order: 2, errors: 1 }),
      row({ file: 'bad', order: 3, unreadable: true }),
      row({ file: 'err5', order: 4, errors: 5 }),
      row({ file: 'err1b', order: 5, errors: 1 }),
    ];
    expect([...rows].sort(compareFormRows).map((r) => r.file)).toEqual(['bad', 'err5', 'err1', 'err1b', 'warn', 'clean']);
  });
});

describe('summaryCsv', () => {
  it('starts with a BOM, ends lines with CRLF, writes the rate as a percent', () => {
    const text = summaryCsv([row({ rate: 0.8353, score: 93.346, errors: 2 })], m);
    expect(text.startsWith('\ufeff文件,工作表,项目名称')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(text.split('\r\n')[1]).toBe('a.xlsx,S,,,,,83.53%,93.35,,,2,0,0,');
  });

  it('quotes commas, quotes and line breaks', () => {
    const line = summaryCsv([row({ project: '甲,乙 "丙"\n丁' })], m).split('\r\n')[1];
    expect(line).toContain('"甲,乙 ""丙""\n丁"');
  });

  it('leads text that Excel would run as a formula with an apostrophe (CSV injection)', () => {
    const line = summaryCsv([row({ project: '=HYPERLINK("http://x","点我")', department: '+1', sheet: '@SUM(A1)' })], m).split('\r\n')[1];
    expect(line).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(line).toContain(",'+1,");
    expect(line).toContain(",'@SUM(A1),");
  });

  it('near miss: a negative number in a number column stays a number', () => {
    expect(summaryCsv([row({ score: -1 })], m).split('\r\n')[1]).toContain(',,-1,');
  });
});
