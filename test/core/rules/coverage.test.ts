import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { RULE_IDS } from '../../../src/core';

/** Every rule id of rules.md (RULE_IDS) has its own test file here, and each file both fires it and has a near miss. */
describe('rule test coverage', () => {
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.test.ts') && f !== 'coverage.test.ts');

  it('has one file per rule id, and no file for an unknown id', () => {
    expect(files.map((f) => f.replace(/\.test\.ts$/, '')).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each([...RULE_IDS])('%s: fires the rule and has a near miss', (rule) => {
    const text = readFileSync(join(__dirname, `${rule}.test.ts`), 'utf8');
    expect(text).toMatch(/near miss/);
    expect(text).toContain(`'${rule}'`);
  });
});
