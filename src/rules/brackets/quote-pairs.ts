import type { Document } from '../../document/document.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { around, at } from './describe.js';
import { analyseQuotes, STYLE_NAMES, type QuotePair, type QuoteStyle } from './quotes.js';

const OPEN_CLOSE: Record<QuoteStyle, [string, string]> = {
  german: ['„', '“'],
  guillemets: ['»', '«'],
  swiss: ['«', '»'],
  english: ['„', '“'], // English quotes become German ones
  straight: ['„', '“'],
};

/** The quotation of a pair, from its opening to its closing mark. */
function span(pair: QuotePair): { start: number; end: number } {
  return { start: pair.open.offset, end: pair.close.offset + 1 };
}

/** The quotation with the marks of `style` (for English and straight quotes: German „…“). */
export function restyled(doc: Document, pair: QuotePair, style: QuoteStyle): string {
  const [open, close] = OPEN_CLOSE[style];
  return `${open}${doc.text.slice(pair.open.offset + 1, pair.close.offset)}${close}`;
}

function ends(doc: Document, pair: QuotePair): string {
  return `opened with ${pair.open.char} at ${at(doc, pair.open.offset)} and closed with ${pair.close.char} at ${at(doc, pair.close.offset)}`;
}

function pairRelated(pair: QuotePair) {
  return [
    { message: `opening mark ${pair.open.char}`, start: pair.open.offset, end: pair.open.offset + 1 },
    { message: `closing mark ${pair.close.char}`, start: pair.close.offset, end: pair.close.offset + 1 },
  ];
}

export const quoteMismatch: DocumentRule = {
  meta: { id: 'quote-mismatch', category: 'brackets', severity: 'major', description: 'Quotation marks that do not belong together: “…“, „…”, „…", „…».' },
  check(doc) {
    return analyseQuotes(doc)
      .pairs.filter((p) => p.mismatched)
      .map((p): RuleFinding => {
        const target: QuoteStyle = p.style === 'guillemets' || p.style === 'swiss' ? p.style : 'german';
        const english = p.open.char === '“' ? ' (an English opening mark)' : '';
        return {
          ...span(p),
          message: `Mismatched quotation marks: ${ends(doc, p)}${english}; German quotes are ${STYLE_NAMES[target]}: ${around(doc, p.open.offset)}`,
          suggestion: restyled(doc, p, target),
          related: pairRelated(p),
        };
      });
  },
};

export const englishQuotes: DocumentRule = {
  meta: { id: 'english-quotes', category: 'brackets', severity: 'minor', description: 'English quotation marks “…” in German text, where German uses „…“.' },
  check(doc) {
    return analyseQuotes(doc)
      .pairs.filter((p) => p.style === 'english' && !p.mismatched)
      .map((p): RuleFinding => ({
        ...span(p),
        message: `English quotation marks “…” in German text (${ends(doc, p)}); German uses „…“: ${around(doc, p.open.offset)}`,
        suggestion: restyled(doc, p, 'english'),
        related: pairRelated(p),
      }));
  },
};

export const unclosedQuote: DocumentRule = {
  meta: { id: 'unclosed-quote', category: 'brackets', severity: 'major', description: 'A quotation opened and never closed (minor in a headline or caption that may have been cut).' },
  check(doc) {
    return analyseQuotes(doc).problems.flatMap((p): RuleFinding[] => {
      if (p.kind !== 'unclosed') return [];
      const cut = (p.block.kind === 'headline' || p.block.kind === 'caption') && !/[.!?…]$/.test(doc.blockText(p.block));
      const where = p.endsAt >= doc.text.length ? 'the end of the article' : `${at(doc, Math.max(p.mark.offset, p.endsAt - 1))}`;
      return [
        {
          start: p.mark.offset,
          end: p.mark.offset + 1,
          severity: cut ? 'minor' : undefined,
          message: `Quotation opened with ${p.mark.char} at ${at(doc, p.mark.offset)} is never closed (searched up to ${where})${cut ? '; the ' + p.block.kind + ' may have been cut' : ''}: ${around(doc, p.mark.offset)}`,
        },
      ];
    });
  },
};

export const unmatchedQuote: DocumentRule = {
  meta: { id: 'unmatched-quote', category: 'brackets', severity: 'major', description: 'A closing quotation mark with no opening one.' },
  check(doc) {
    return analyseQuotes(doc).problems.flatMap((p): RuleFinding[] =>
      p.kind === 'unmatched'
        ? [{ start: p.mark.offset, end: p.mark.offset + 1, message: `Closing quotation mark ${p.mark.char} at ${at(doc, p.mark.offset)} has no opening one: ${around(doc, p.mark.offset)}` }]
        : [],
    );
  },
};

export const misplacedQuote: DocumentRule = {
  meta: { id: 'misplaced-quote', category: 'brackets', severity: 'major', description: 'An opening mark „ where a closing one belongs: „mit über sechstausend Sitzplätzen „, heißt es“.' },
  check(doc) {
    return analyseQuotes(doc).problems.flatMap((p): RuleFinding[] =>
      p.kind === 'misplaced'
        ? [
            {
              start: p.mark.offset,
              end: p.mark.offset + 1,
              message: `Opening mark „ at ${at(doc, p.mark.offset)} stands where a closing mark belongs${p.closes ? ` (it ends the quotation opened at ${at(doc, p.closes.offset)})` : ''}: ${around(doc, p.mark.offset)}`,
              ...(p.closes ? { suggestion: '“', related: [{ message: 'the quotation it ends', start: p.closes.offset, end: p.closes.offset + 1 }] } : {}),
            },
          ]
        : [],
    );
  },
};
