/** `npm run docs`: writes docs/rules.md from the rule catalogue (src/core/rules). */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { renderRulesDoc } from './lib/rulesDoc';

const out = join(__dirname, '..', 'docs', 'rules.md');
writeFileSync(out, renderRulesDoc());
console.log(`wrote ${out}`);
