/**
 * False alarms on clean professional German: runs every rule over the WMT22
 * and WMT23 human references and lists each finding, with findings per 1,000
 * words by category. Run: npm run measure:clean
 */
import { resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { runCheck } from '../../src/engine/run.js';
import { CATEGORIES } from '../../src/rules/types.js';
import { SHARED_DATA } from './shared-data.js';

const SETS = [
  ['WMT23 refA (16 articles, paragraphs)', 'wmt23-ende-refs/news-dev.jsonl'],
  ['WMT22 refA + refB (28 excerpts × 2, one sentence a line)', 'wmt22-ende-refs/news.jsonl'],
] as const;

console.log('# Findings on clean professional German (WMT22/23 human references)\n');
console.log('Every finding is listed below the table; each one was read by hand (see the notes in the README).\n');
console.log(`| set | words | ${CATEGORIES.join(' | ')} |`);
console.log(`|---|---|${CATEGORIES.map(() => '---').join('|')}|`);
const listings: string[] = [];
for (const [name, file] of SETS) {
  const report = runCheck({ paths: [resolve(SHARED_DATA, file)], config: DEFAULT_CONFIG });
  const perK = (n: number): string => `${n} (${((1000 * n) / report.summary.words).toFixed(2)}/1k)`;
  console.log(`| ${name} | ${report.summary.words} | ${CATEGORIES.map((c) => perK(report.summary.byCategory[c])).join(' | ')} |`);
  listings.push(`\n## ${name}\n`);
  for (const doc of report.documents) {
    for (const f of doc.findings) listings.push(`- \`${f.ruleId}\` ${doc.id} ${f.line}:${f.column} — ${f.message}`);
  }
  if (report.summary.findings === 0) listings.push('No findings.');
}
console.log(listings.join('\n'));
