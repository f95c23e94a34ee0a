import type { Document } from '../../document/document.js';
import { analyseEnglish, type EnglishSpan } from '../english/analysis.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { around, at } from './describe.js';
import { analyseQuotes, isGermanStyle, STYLE_NAMES, type QuotePair, type QuoteStyle } from './quotes.js';

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

/** Marks a German article may quote with (the German styles' pairs); any other pair, used throughout, is a house style. */
const GERMAN_PAIRS = new Set((Object.keys(OPEN_CLOSE) as QuoteStyle[]).filter(isGermanStyle).map((style) => OPEN_CLOSE[style].join('')));
/** A house style: this many quotations at least, and this share of all of them. */
const HOUSE_STYLE_MIN = 3;
const HOUSE_STYLE_SHARE = 0.8;

export interface HouseStyle {
  marks: string;
  pairs: QuotePair[];
  total: number;
}

const marksOf = (pair: QuotePair): string => pair.open.char + pair.close.char;

/**
 * The one non-German pair of marks an article quotes with throughout (“…” or „…” as a site's
 * house style, or an MT system's), or null. Such an article has one typography finding
 * (quote-house-style), not one finding per quotation; the quotations that break the house style
 * are still reported one by one. Straight quotes are straight-quotes' own.
 */
export function houseStyle(doc: Document): HouseStyle | null {
  // Asked by three rules of each document: settled once.
  if (!houseStyles.has(doc)) houseStyles.set(doc, findHouseStyle(doc));
  return houseStyles.get(doc)!;
}

const houseStyles = new WeakMap<Document, HouseStyle | null>();

function findHouseStyle(doc: Document): HouseStyle | null {
  const pairs = analyseQuotes(doc).pairs;
  if (pairs.length < HOUSE_STYLE_MIN) return null;
  const counts = new Map<string, number>();
  for (const pair of pairs) counts.set(marksOf(pair), (counts.get(marksOf(pair)) ?? 0) + 1);
  const [marks, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (GERMAN_PAIRS.has(marks) || marks === '""' || count < HOUSE_STYLE_MIN || count < HOUSE_STYLE_SHARE * pairs.length) return null;
  return { marks, pairs: pairs.filter((p) => marksOf(p) === marks), total: pairs.length };
}

const inHouseStyle = (doc: Document): ((pair: QuotePair) => boolean) => {
  const house = houseStyle(doc);
  return (pair) => house !== null && marksOf(pair) === house.marks;
};

export const quoteHouseStyle: DocumentRule = {
  meta: { id: 'quote-house-style', category: 'typography', severity: 'minor', description: 'An article that quotes throughout in marks German does not use (“…”, „…”): one finding for the article.' },
  check(doc) {
    const house = houseStyle(doc);
    if (!house) return [];
    const [first] = house.pairs;
    const target = first.open.char === '«' || first.open.char === '»' ? STYLE_NAMES.guillemets : STYLE_NAMES.german;
    return [
      {
        ...span(first),
        message: `This article quotes with ${house.marks[0]}…${house.marks[1]} throughout (${house.pairs.length} of ${house.total} quotations, the first at ${at(doc, first.open.offset)}); German uses ${target}. Replace the marks in every quotation: ${around(doc, first.open.offset)}`,
        suggestion: restyled(doc, first, 'german'),
        related: house.pairs.slice(1, 20).map((p) => ({ message: `also ${p.open.char}…${p.close.char}`, ...span(p) })),
      },
    ];
  },
};

export const quoteMismatch: DocumentRule = {
  meta: { id: 'quote-mismatch', fixable: true, category: 'brackets', severity: 'major', description: 'Quotation marks that do not belong together: “…“, „…”, „…", „…».' },
  check(doc) {
    const house = inHouseStyle(doc);
    return analyseQuotes(doc)
      .pairs.filter((p) => p.mismatched && !house(p))
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

/**
 * Whether English findings cover most of a quotation's inside: an English quotation left in its
 * English marks is one leftover, reported by the english rules (translating it brings German marks).
 */
function quotesEnglish(pair: QuotePair, english: readonly EnglishSpan[]): boolean {
  const start = pair.open.offset + 1;
  const end = pair.close.offset;
  let covered = 0;
  // Not a bracketed insert: that is an addition inside the quotation, which stays a German one.
  for (const s of english) if (s.kind !== 'insert' && s.start < end && s.end > start) covered += Math.min(s.end, end) - Math.max(s.start, start);
  return 2 * covered >= end - start;
}

export const englishQuotes: DocumentRule = {
  meta: { id: 'english-quotes', fixable: true, category: 'brackets', severity: 'minor', description: 'English quotation marks “…” in German text, where German uses „…“ (not around a quotation left in English: that is the english rules\' finding).' },
  check(doc, context) {
    const house = inHouseStyle(doc);
    const pairs = analyseQuotes(doc).pairs.filter((p) => p.style === 'english' && !p.mismatched && !house(p));
    const english = pairs.length > 0 ? analyseEnglish(doc, context) : [];
    return pairs
      .filter((p) => !quotesEnglish(p, english))
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
  meta: { id: 'misplaced-quote', fixable: true, category: 'brackets', severity: 'major', description: 'An opening mark „ where a closing one belongs: „mit über sechstausend Sitzplätzen „, heißt es“.' },
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
