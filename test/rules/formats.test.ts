import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { LineIndex } from '../../src/document/line-index.js';
import { lintDocuments } from '../../src/engine/lint.js';
import { readerFor } from '../../src/readers/index.js';
import { RULE_EXAMPLES } from '../../src/rules/examples.js';
import { RULES } from '../../src/rules/index.js';
import { isRunRule } from '../../src/rules/types.js';
import { readOne } from '../helpers.js';

/**
 * Every rule in every format: each rule's documented German examples (plain text) are written as
 * Markdown, an HTML page, a JSONL item and an RSS item, block for block as the text reader reads
 * them, and must give the same rule there — the same findings by rule id, with nothing flagged
 * in the accepted examples.
 */
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function blocksOf(text: string): Array<{ kind: string; text: string }> {
  const doc = readOne(text, 'beispiel.txt');
  return doc.blocks.map((b) => ({ kind: b.kind, text: doc.blockText(b) }));
}

const FORMATS: Record<string, (blocks: Array<{ kind: string; text: string }>) => string> = {
  // Markdown decodes character references as HTML does: the text's own "&" is written &amp;.
  md: (blocks) => blocks.map((b) => (b.kind === 'headline' ? `# ${escape(b.text)}` : escape(b.text).replace(/^([-*+#>]|\d+\.)/, '\\$1'))).join('\n\n'),
  html: (blocks) =>
    `<html><body><article>${blocks.map((b) => (b.kind === 'headline' ? `<h1>${escape(b.text)}</h1>` : `<p>${escape(b.text)}</p>`)).join('\n')}</article></body></html>`,
  jsonl: (blocks) => {
    const title = blocks[0]?.kind === 'headline' ? blocks[0].text : undefined;
    const body = (title === undefined ? blocks : blocks.slice(1)).map((b) => b.text).join('\n\n');
    return `${JSON.stringify({ id: 'a1', ...(title === undefined ? {} : { title }), body })}\n`;
  },
  rss: (blocks) => {
    const title = blocks[0]?.kind === 'headline' ? blocks[0].text : undefined;
    const rest = title === undefined ? blocks : blocks.slice(1);
    // One paragraph as plain text (as most feeds write a description), several as HTML paragraphs.
    const body = rest.length === 1 ? escape(rest[0].text) : rest.map((b) => `<p>${escape(b.text)}</p>`).join('');
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item>${title === undefined ? '' : `<title>${escape(title)}</title>`}<guid>a1</guid><description>${escape(body)}</description></item></channel></rss>`;
  },
};

function ruleIds(text: string, format: string): string[] {
  const name = `beispiel.${format}`;
  const docs = readerFor(name)!.read({ path: name, text, lines: new LineIndex(text), fields: DEFAULT_CONFIG.fields }).documents;
  const all = lintDocuments(docs, RULES, DEFAULT_CONFIG);
  return [...new Set(docs.flatMap((d) => (all.get(d) ?? []).map((f) => f.ruleId)))].sort();
}

/** Rules whose examples are about one format (the English source of a JSONL item) or about a run of documents. */
const TEXT_ONLY = new Set(RULES.filter((r) => isRunRule(r) || RULE_EXAMPLES[r.meta.id]?.format === 'jsonl').map((r) => r.meta.id));

describe.each(Object.keys(FORMATS))('every rule in %s', (format) => {
  const rules = RULES.filter((r) => !TEXT_ONLY.has(r.meta.id));
  it.each(rules.map((r) => [r.meta.id] as const))('%s', (id) => {
    const examples = RULE_EXAMPLES[id];
    for (const text of examples.flagged) {
      const inText = ruleIds(text, 'txt');
      expect(inText, `plain text: ${text}`).toContain(id);
      expect(ruleIds(FORMATS[format](blocksOf(text)), format), `${format}: ${text}`).toContain(id);
    }
    for (const text of examples.accepted) expect(ruleIds(FORMATS[format](blocksOf(text)), format), `${format}: ${text}`).not.toContain(id);
  });
});
