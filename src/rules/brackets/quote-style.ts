import type { DocumentRule, RuleFinding } from '../types.js';
import { around, at } from './describe.js';
import { restyled } from './quote-pairs.js';
import { analyseQuotes, isGermanStyle, quoteInteriors, STYLE_NAMES, type QuoteStyle } from './quotes.js';

/**
 * Straight single quotes used as quotation marks: an opening ' before a word
 * after a space, and the next ' that stands in closing position in the same
 * paragraph. Apostrophes (geht's, Andreas') never open, so they never pair.
 */
const SINGLE_PAIR = /(?<=^|[\s(\[–—-])'(?=\p{L}|\d)([^'\n]{1,300}?[\p{L}\d.,!?…])'(?=$|[\s.,;:!?)\]–—-])/gu;

/** The single-quote pattern's quick precondition. */
const STRAIGHT_SINGLE = /'/;

export const straightQuotes: DocumentRule = {
  meta: { id: 'straight-quotes', fixable: true, category: 'typography', severity: 'minor', description: 'Straight quotes "…" or \'…\' in German text, where German uses „…“ (and ‚…‘ inside a quotation).' },
  check(doc) {
    const quotes = analyseQuotes(doc).pairs;
    const doubles = quotes
      .filter((p) => p.style === 'straight' && !p.mismatched)
      .map((p): RuleFinding => ({
        start: p.open.offset,
        end: p.close.offset + 1,
        message: `Straight quotes "…" (${at(doc, p.open.offset)} to ${at(doc, p.close.offset)}); German uses „…“: ${around(doc, p.open.offset)}`,
        suggestion: restyled(doc, p, 'straight'),
      }));
    const singles: RuleFinding[] = [];
    const interiors = quoteInteriors(quotes);
    for (const block of doc.blocksContaining(STRAIGHT_SINGLE)) {
      const text = doc.blockText(block);
      for (const m of text.matchAll(SINGLE_PAIR)) {
        const start = block.start + (m.index ?? 0);
        const end = start + m[0].length;
        const inner = interiors.inside(start, end) !== undefined;
        const [open, close] = inner ? ['‚', '‘'] : ['„', '“'];
        singles.push({
          start,
          end,
          message: `Straight single quotes '…' (${at(doc, start)} to ${at(doc, end - 1)}); German uses ${open}…${close}${inner ? ' inside a quotation' : ''}: ${around(doc, start)}`,
          suggestion: `${open}${m[1]}${close}`,
        });
      }
    }
    return [...doubles, ...singles].sort((a, b) => a.start - b.start);
  },
};

export const mixedQuoteStyles: DocumentRule = {
  meta: { id: 'mixed-quote-styles', fixable: true, category: 'typography', severity: 'minor', description: 'An article that quotes in two German styles („…“ and »…«): the minority is flagged.' },
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
