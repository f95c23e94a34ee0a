import { writeFileSync } from 'node:fs';
import { RULES } from '../../src/rules/index.js';
import { rulePage, rulesIndex } from './rule-pages.js';

for (const rule of RULES) writeFileSync(`docs/rules/${rule.meta.id}.md`, rulePage(rule));
writeFileSync('docs/rules/README.md', rulesIndex());
console.log(`wrote ${RULES.length} rule pages to docs/rules/`);
