import { runCli } from '../../src/cli/run';
import { RULE_CATALOGUE } from '../../src/core/rules/catalogue';

function io(): { out: string[]; err: string[]; stdout: (t: string) => void; stderr: (t: string) => void } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

describe('check --explain RULE', () => {
  it('prints the rule from the catalogue, in Chinese by default, and checks nothing', async () => {
    const t = io();
    expect(await runCli(['--explain', 'degenerate-target'], t)).toBe(0);
    const text = t.out.join('');
    expect(text).toContain('degenerate-target — 目标只能恰好达到');
    expect(text).toContain(RULE_CATALOGUE['degenerate-target'].fix['zh-CN']);
    expect(text).not.toContain('项目绩效自评表'); // no example workbook was checked
    expect(t.err).toEqual([]);
  });

  it('prints it in English with --lang en', async () => {
    const t = io();
    expect(await runCli(['--lang', 'en', '--explain', 'over-budget'], t)).toBe(0);
    expect(t.out.join('')).toContain(RULE_CATALOGUE['over-budget'].why['en-US']);
  });

  it('refuses an unknown rule with exit 2 and suggests close ids', async () => {
    const t = io();
    expect(await runCli(['--explain', 'degenerate'], t)).toBe(2);
    expect(t.err.join('')).toBe('未知规则：degenerate（是否要找：degenerate-target？）；全部规则见 docs/rules.md\n');
    expect(t.out).toEqual([]);
  });
});
