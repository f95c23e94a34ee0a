import type { DocumentRule, RuleFinding } from '../types.js';

/** Terms the configuration says must always be reported (a house style's banned English). */
export const flaggedTerm: DocumentRule = {
  meta: { id: 'flagged-term', category: 'english', severity: 'major', description: 'A term the configuration lists as always to be flagged (flaggedTerms).' },
  check(doc, { options }) {
    if (options.flaggedTerms.length === 0) return [];
    const escaped = options.flaggedTerms.map((t) => t.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${escaped.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
    const findings: RuleFinding[] = [];
    for (let blockIndex = 0; blockIndex < doc.blocks.length; blockIndex++) {
      const block = doc.blocks[blockIndex];
      for (const m of doc.blockText(block).matchAll(pattern)) {
        const start = block.start + (m.index ?? 0);
        findings.push({ start, end: start + m[0].length, message: `"${m[0]}" is on the list of terms to flag (flaggedTerms in the configuration).` });
      }
    }
    return findings;
  },
};
