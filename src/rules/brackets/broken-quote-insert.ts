import type { DocumentRule, RuleFinding } from '../types.js';
import { analyseEnglish } from '../english/analysis.js';
import { at, sentenceAround } from './describe.js';
import { analyseQuotes, isGermanStyle, type QuotePair } from './quotes.js';

/**
 * „Diejenigen, die diese [missiles to Ukraine] Ich glaube nicht …“: an English
 * insert in square brackets inside a German quotation. The english-insert rule
 * reports the English; this rule reports the quotation it breaks.
 */
export const brokenQuoteInsert: DocumentRule = {
  meta: {
    id: 'broken-quote-insert',
    category: 'brackets',
    severity: 'major',
    description: 'An English [insert] inside a German quotation, breaking the quote: „Diejenigen, die diese [missiles to Ukraine] Ich glaube …“.',
  },
  check(doc, { options }) {
    const quotations = analyseQuotes(doc).pairs.filter((p) => isGermanStyle(p.open.char === '„' ? 'german' : p.style) && !p.mismatched);
    const around = enclosing(quotations);
    const findings: RuleFinding[] = [];
    for (const insert of analyseEnglish(doc, options)) {
      if (insert.kind !== 'insert' || doc.text[insert.start - 1] !== '[') continue;
      const start = insert.start - 1;
      const end = insert.end + 1;
      const quotation = around(start, end);
      if (!quotation) continue;
      findings.push({
        start,
        end,
        message: `English insert "${doc.text.slice(start, end)}" breaks the German quotation opened at ${at(doc, quotation.open.offset)} and closed at ${at(doc, quotation.close.offset)}: ${sentenceAround(doc, start, end)}`,
        related: [
          { message: `the quotation's opening mark ${quotation.open.char}`, start: quotation.open.offset, end: quotation.open.offset + 1 },
          { message: `the quotation's closing mark ${quotation.close.char}`, start: quotation.close.offset, end: quotation.close.offset + 1 },
        ],
      });
    }
    return findings;
  },
};

/**
 * The first quotation (in `quotations` order) that encloses [start, end), as
 * quotations.find() would, in O(log n) for a long article with thousands of
 * quotations: sorted by opening mark, with the furthest closing mark so far.
 */
function enclosing(quotations: QuotePair[]): (start: number, end: number) => QuotePair | undefined {
  const order = quotations.map((q, index) => ({ q, index })).sort((a, b) => a.q.open.offset - b.q.open.offset);
  let furthest = -Infinity;
  const maxClose = order.map(({ q }) => (furthest = Math.max(furthest, q.close.offset)));
  return (start, end) => {
    let lo = 0;
    let hi = order.length - 1;
    let last = -1; // the last quotation opened before start
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (order[mid].q.open.offset < start) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let best: { q: QuotePair; index: number } | undefined;
    for (let i = last; i >= 0 && maxClose[i] >= end; i--) {
      if (end <= order[i].q.close.offset && (!best || order[i].index < best.index)) best = order[i];
    }
    return best?.q;
  };
}
