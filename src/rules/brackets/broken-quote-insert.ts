import type { DocumentRule, RuleFinding } from '../types.js';
import { analyseEnglish } from '../english/analysis.js';
import { at, sentenceAround } from './describe.js';
import { analyseQuotes, isGermanStyle, quoteInteriors, type QuoteInterior } from './quotes.js';

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
  check(doc, context) {
    const quotations = analyseQuotes(doc).pairs.filter((p) => isGermanStyle(p.open.char === '„' ? 'german' : p.style) && !p.mismatched);
    const interiors = quoteInteriors(quotations);
    const findings: RuleFinding[] = [];
    for (const insert of analyseEnglish(doc, context)) {
      if (insert.kind !== 'insert' || doc.text[insert.start - 1] !== '[') continue;
      const start = insert.start - 1;
      const end = insert.end + 1;
      // The first enclosing quotation in pairing order, as a search of the list would find it.
      const quotation = interiors.allInside(start, end).reduce<QuoteInterior | undefined>((first, q) => (!first || q.index < first.index ? q : first), undefined)?.pair;
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
