import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_EXAMPLES } from '../../src/rules/examples.js';
import { RULES } from '../../src/rules/index.js';
import { findingsOf, rulePage, rulesIndex } from '../../scripts/docs/rule-pages.js';

describe('every rule has documented German examples that hold', () => {
  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
    const examples = RULE_EXAMPLES[id];
    expect(examples, `examples for ${id}`).toBeDefined();
    for (const text of examples.flagged) expect(findingsOf(rule, text, examples.format).length, `flagged: ${text}`).toBeGreaterThan(0);
    for (const text of examples.accepted) expect(findingsOf(rule, text, examples.format), `accepted: ${text}`).toEqual([]);
  });
});

describe('docs/rules is up to date (npm run docs:rules)', () => {
  it.each(RULES.map((r) => [r.meta.id, r] as const))('docs/rules/%s.md', (id, rule) => {
    expect(readFileSync(`docs/rules/${id}.md`, 'utf8')).toBe(rulePage(rule));
  });

  it('docs/rules/README.md', () => {
    expect(readFileSync('docs/rules/README.md', 'utf8')).toBe(rulesIndex());
  });
});
