import type { DocumentRule, RuleFinding } from '../types.js';
import { around, at } from './describe.js';
import { restyled } from './quote-pairs.js';
import { analyseQuotes, isGermanStyle, STYLE_NAMES, type QuoteStyle } from './quotes.js';

export const straightQuotes: DocumentRule = {
  meta: { id: 'straight-quotes', category: 'typography', severity: 'minor', description: 'Straight double quotes "…" in German text, where German uses „…“.' },
  check(doc) {
    return analyseQuotes(doc)
      .pairs.filter((p) => p.style === 'straight' && !p.mismatched)
      .map((p): RuleFinding => ({
        start: p.open.offset,
        end: p.close.offset + 1,
        message: `Straight quotes "…" (${at(doc, p.open.offset)} to ${at(doc, p.close.offset)}); German uses „…“: ${around(doc, p.open.offset)}`,
        suggestion: restyled(doc, p, 'straight'),
      }));
  },
};

export const mixedQuoteStyles: DocumentRule = {
  meta: { id: 'mixed-quote-styles', category: 'typography', severity: 'minor', description: 'An article that quotes in two German styles („…“ and »…«): the minority is flagged.' },
  check(doc) {
    const pairs = analyseQuotes(doc).pairs.filter((p) => isGermanStyle(p.style) && !p.mismatched);
    const counts = new Map<QuoteStyle, number>();
    for (const p of pairs) counts.set(p.style, (counts.get(p.style) ?? 0) + 1);
    if (counts.size < 2) return [];
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [dominant, count] = ranked[0];
    if (count === ranked[1][1]) return []; // no majority, no minority to point at
    return pairs
      .filter((p) => p.style !== dominant)
      .map((p): RuleFinding => ({
        start: p.open.offset,
        end: p.close.offset + 1,
        message: `Mixed quotation styles: this article quotes with ${STYLE_NAMES[dominant]} (${count}×), this quotation (${at(doc, p.open.offset)}) with ${STYLE_NAMES[p.style]}: ${around(doc, p.open.offset)}`,
        suggestion: restyled(doc, p, dominant),
      }));
  },
};
