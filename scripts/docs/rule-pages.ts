/**
 * Renders docs/rules/<rule-id>.md from each rule's metadata and its German
 * examples (src/rules/examples.ts), with the messages mtlint really prints.
 * Run: npm run docs:rules (a test fails when a page is out of date).
 */
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { Document } from '../../src/document/document.js';
import { LineIndex } from '../../src/document/line-index.js';
import { lintDocuments } from '../../src/engine/lint.js';
import { readerFor } from '../../src/readers/index.js';
import type { Finding } from '../../src/report/types.js';
import { RULE_EXAMPLES } from '../../src/rules/examples.js';
import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';

export function readExample(text: string, format: 'txt' | 'jsonl' = 'txt'): Document[] {
  const name = `beispiel.${format}`;
  return readerFor(name)!.read({ path: name, text, lines: new LineIndex(text), fields: DEFAULT_CONFIG.fields }).documents;
}

/** The findings of one rule on an example (all rules run, so shared analyses behave as in a real run). */
export function findingsOf(rule: Rule, text: string, format: 'txt' | 'jsonl' = 'txt'): Finding[] {
  const docs = readExample(text, format);
  const all = lintDocuments(docs, RULES, DEFAULT_CONFIG);
  return docs.flatMap((d) => (all.get(d) ?? []).filter((f) => f.ruleId === rule.meta.id));
}

const fence = (text: string, lang = 'text'): string => `\`\`\`${lang}\n${text}\n\`\`\``;

export function rulePage(rule: Rule): string {
  const { id, category, severity, description } = rule.meta;
  const examples = RULE_EXAMPLES[id] ?? { flagged: [], accepted: [] };
  const lang = examples.format === 'jsonl' ? 'json' : 'text';
  const parts = [
    `# ${id}`,
    '',
    `${description}`,
    '',
    `| category | default severity | fixed by \`mtlint fix\` |\n|---|---|---|\n| \`${category}\` | ${severity} | ${rule.meta.fixable ? 'yes' : 'no'} |`,
    '',
    ...(examples.policy ? ['## Policy', '', examples.policy, ''] : []),
    '## Flagged',
    '',
  ];
  if (examples.flagged.length === 0) parts.push('Nothing by default: the rule reports the terms listed under `terms.flagged` in the configuration file.', '');
  for (const text of examples.flagged) {
    parts.push(fence(text, lang), '');
    for (const f of findingsOf(rule, text, examples.format)) parts.push(`→ \`${f.line}:${f.column}\` ${f.severity}: ${f.message}${f.suggestion ? ` Suggestion: \`${f.suggestion}\`` : ''}`, '');
  }
  parts.push('## Accepted', '');
  for (const text of examples.accepted) parts.push(fence(text, lang), '');
  parts.push(
    '## Configuration',
    '',
    fence(`{\n  "rules": { "${id}": "off" }\n}`, 'jsonc'),
    '',
    `Or change its severity (\`"minor"\`, \`"major"\`, \`"critical"\`) in \`mtlint.config.json\`; silence one place with \`<!-- mtlint-disable-next-line ${id} -->\`.`,
    '',
  );
  return parts.join('\n');
}

export function rulesIndex(): string {
  const rows = RULES.map((r) => `| [\`${r.meta.id}\`](${r.meta.id}.md) | ${r.meta.category} | ${r.meta.severity} | ${r.meta.fixable ? 'yes' : ''} | ${r.meta.description} |`);
  return `# Rules\n\n| rule | category | severity | \`mtlint fix\` | what it flags |\n|---|---|---|---|---|\n${rows.join('\n')}\n`;
}
