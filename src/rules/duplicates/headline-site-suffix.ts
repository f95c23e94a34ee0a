import type { DocumentRule } from '../types.js';
import { countWords, quote } from '../text.js';
import { headlineBlock } from './headline-match.js';

/**
 * A site or section name left at the end of the headline by the scraper: "… | Wladimir Putin",
 * "… · Politik", "… – SZ.de". A pipe, middle dot, bullet or "::" joins a suffix of at most five
 * words; a dash only a domain (a dash inside a headline is German punctuation: "Merkel – die
 * Bilanz").
 */
const SUFFIX = /\s+(?:(?:\||·|•|::)\s+([^|·•]{1,60})|[–—-]\s+((?:www\.)?[\p{L}\p{N}-]+\.(?:de|at|ch|com|net|org|eu|info)))$/u;

const MAX_HEADLINE = 400;

export const headlineSiteSuffix: DocumentRule = {
  meta: {
    id: 'headline-site-suffix',
    fixable: true,
    category: 'duplicates',
    severity: 'minor',
    description: 'A site or section name left at the end of the headline ("… | Wladimir Putin", "… – SZ.de"): the title tag scraped as the headline.',
  },
  check(doc) {
    const headline = headlineBlock(doc);
    if (!headline) return [];
    const text = doc.blockText(headline);
    if (text.length > MAX_HEADLINE) return []; // a "headline" this long is no title tag (and the pattern would retry every space of it)
    const m = SUFFIX.exec(text);
    if (!m || m.index === undefined) return [];
    const suffix = (m[1] ?? m[2]).trim();
    const rest = text.slice(0, m.index);
    if (countWords(suffix) > 5 || countWords(rest) < 3) return [];
    return [
      {
        start: headline.start + m.index,
        end: headline.end,
        message: `Site or section name "${suffix}" left at the end of the headline: ${quote(text)}. The headline is ${quote(rest)}.`,
        suggestion: '',
      },
    ];
  },
};
