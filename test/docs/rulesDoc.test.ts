import { readFileSync } from 'fs';
import { join } from 'path';
import { renderRulesDoc } from '../../scripts/lib/rulesDoc';
import { RULE_IDS } from '../../src/core/report/ruleIds';

describe('docs/rules.md', () => {
  it('is what the rule catalogue generates (run `npm run docs` after changing src/core/rules or a message)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
    expect(committed === renderRulesDoc()).toBe(true);
  });

  it('has a section for every rule id', () => {
    const doc = renderRulesDoc();
    for (const id of RULE_IDS) expect(doc).toContain(`### \`${id}\``);
  });
});
