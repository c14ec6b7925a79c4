import { cliMessages } from '../../src/cli/cliMessages';
import { formatTextReport } from '../../src/cli/textReport';
import { displayWidth, formatTable, padToWidth, truncateToWidth } from '../../src/cli/textTable';
import type { Report, SheetReport } from '../../src/core/report/reportSchema';

describe('CJK-aware widths', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('坐席人员')).toBe(8);
    expect(displayWidth('（万元）：')).toBe(10);
    expect(displayWidth('≥98%')).toBe(4);
    expect(displayWidth('99％')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('𠀀')).toBe(2);
  });

  it('pads and cuts by display width', () => {
    expect(padToWidth('满意率', 8)).toBe('满意率  ');
    expect(padToWidth('12', 5, 'right')).toBe('   12');
    expect(truncateToWidth('12345政务服务热线来电回复率', 12)).toBe('12345政务服…');
    expect(displayWidth(truncateToWidth('市民来电办理满意率', 9))).toBeLessThanOrEqual(9);
  });

  it('aligns columns of mixed Chinese and ASCII text', () => {
    const lines = formatTable(
      ['指标', 'target', '得分'],
      [
        ['坐席人员服务满意率', '100%', '9.9'],
        ['rate', '≥98', '10'],
      ],
      [{}, {}, { align: 'right' }],
    );
    expect(lines).toHaveLength(4);
    // Every column starts at the same display column on every line.
    const starts = (line: string, cells: string[]): number[] => {
      let from = 0;
      return cells.map((c) => {
        const at = line.indexOf(c, from);
        from = at + c.length;
        return displayWidth(line.slice(0, at));
      });
    };
    expect(starts(lines[0], ['指标', 'target'])).toEqual([0, 20]);
    expect(starts(lines[2], ['坐席人员服务满意率', '100%'])).toEqual([0, 20]);
    expect(starts(lines[3], ['rate', '≥98'])).toEqual([0, 20]);
    // Right-aligned last column: every line ends at the same display width.
    expect(new Set([lines[0], lines[2], lines[3]].map(displayWidth)).size).toBe(1);
    expect(lines[1]).toMatch(/^-{18} {2}-{6} {2}-{4}$/);
  });
});

function sheet(): SheetReport {
  return {
    sheet: '项目绩效自评表',
    form: { kind: 'hubei-project', policy: 'hubei', range: 'A1:G21' },
    project: { name: '12345政务服务便民热线运行服务', department: null, unit: null },
    budget: {
      original: 421, adjusted: 421, executed: 421, rate: 1, statedRate: 1, weight: 20, score: 20, statedScore: null,
      cells: { rate: 'F19', score: null },
    },
    indicators: [
      {
        row: 16, level1: '满意度指标', level2: '服务对象满意度指标', name: '坐席人员服务满意率', unit: '%',
        target: { text: '100%', op: '>=', value: 100, unit: '%', qualitative: false },
        actual: { text: '99%', value: 99, unit: '%', band: null },
        met: false, attainment: 0.99, weight: 10, score: 9.9, statedScore: null, scoreRange: null,
        cells: { target: 'E16', actual: 'F16', score: null },
      },
      {
        row: 17, level1: '满意度指标', level2: '服务对象满意度指标', name: 'call rate', unit: '%',
        target: { text: '≥98', op: '>=', value: 98, unit: '%', qualitative: false },
        actual: { text: '99%', value: 99, unit: '%', band: null },
        met: true, attainment: 1, weight: 10, score: 10, statedScore: null, scoreRange: null,
        cells: { target: 'E17', actual: 'F17', score: null },
      },
    ],
    total: { weight: 100, score: 99.9, statedScore: null, grade: '优', cell: null },
    issues: [
      {
        rule: 'target-not-met-unexplained', severity: 'warning', cell: 'F16', indicator: '坐席人员服务满意率', row: 16,
        message: '坐席人员服务满意率：实际完成值 99% 未达到年初目标值 100%，请说明偏差原因',
      },
      { rule: 'field-empty', severity: 'warning', cell: 'A2', indicator: null, row: null, message: '单位名称为空' },
    ],
    summary: { errors: 0, warnings: 2, infos: 0 },
    writes: [],
    highlights: [],
  };
}

describe('formatTextReport', () => {
  const report: Report = {
    version: 1,
    files: [
      { file: 'a.xlsx', error: null, sheets: [sheet(), { ...sheet(), sheet: '封面', form: null, indicators: [], issues: [], summary: { errors: 0, warnings: 0, infos: 0 } }] },
      { file: 'b.xlsx', error: 'corrupt: 文件已损坏或不完整', sheets: [] },
    ],
    summary: { files: 2, sheets: 1, errors: 0, warnings: 2, infos: 0 },
  };

  it('prints per sheet the form, rates, total, an aligned indicator table and the issues', () => {
    const text = formatTextReport(report, cliMessages('zh-CN'));
    expect(text).toContain('文件 a.xlsx');
    expect(text).toContain('项目绩效自评表（湖北）');
    expect(text).toContain('预算执行率：100.00%');
    expect(text).toContain('总分：99.9 / 100');
    expect(text).toContain('等级 优');
    expect(text).toContain('工作表「封面」：未找到绩效自评表');
    expect(text).toContain('文件 b.xlsx：corrupt: 文件已损坏或不完整');
    expect(text).toMatch(/警告 {2}target-not-met-unexplained {2}F16 {2}坐席人员服务满意率：实际完成值 99%/);
    expect(text).toMatch(/警告 {2}field-empty {17}A2 {3}单位名称为空/);
    const lines = text.split('\n');
    const header = lines.find((l) => l.includes('年度指标值'))!;
    const row1 = lines.find((l) => l.includes('坐席人员服务满意率') && l.includes('99.00%'))!;
    const row2 = lines.find((l) => l.includes('call rate'))!;
    const col = (line: string, s: string): number => displayWidth(line.slice(0, line.indexOf(s)));
    expect(col(row1, '100%')).toBe(col(header, '年度指标值'));
    expect(col(row2, '≥98')).toBe(col(header, '年度指标值'));
    expect(col(row1, '99%')).toBe(col(row2, '99%'));
    expect(displayWidth(row1)).toBe(displayWidth(row2)); // right-aligned issue counts end together
    expect(row1.trimEnd().endsWith('1')).toBe(true); // one issue on this indicator
    expect(row2.trimEnd().endsWith('0')).toBe(true);
    // The unreadable file is counted (issue 11).
    expect(text.trimEnd().split('\n').pop()).toBe('合计：2 个文件，1 张自评表；错误 0，警告 2，提示 0；1 个文件无法读取');
  });

  it('speaks English with --lang en', () => {
    const text = formatTextReport(report, cliMessages('en-US'));
    expect(text).toContain('File a.xlsx');
    expect(text).toContain('Execution rate: 100.00%');
    expect(text).toMatch(/warning {2}target-not-met-unexplained/);
  });
});
