import type { DocumentRule } from '../types.js';
import { countWords, normalizeForComparison, quote, stripSiteSuffix } from '../text.js';
import { headlineBlock, isHeadlineCopy, matchHeadline } from './headline-match.js';

/** Feed descriptions often start with the title; the reader then sees the headline twice. */
export const headlineInBody: DocumentRule = {
  meta: {
    id: 'headline-in-body',
    fixable: true,
    category: 'duplicates',
    severity: 'minor',
    description: 'The first sentence of the body repeats the headline.',
  },
  check(doc, { options }) {
    const headline = headlineBlock(doc);
    if (!headline) return [];
    const headlineText = stripSiteSuffix(doc.blockText(headline));
    if (countWords(headlineText) < 4) return [];
    const body = doc.blocks.find(
      (b) => b !== headline && (b.kind === 'paragraph' || b.kind === 'quote') && !isHeadlineCopy(doc, b, options.nearDuplicateThreshold),
    );
    if (!body) return [];
    const first = doc.sentences.find((s) => s.start >= body.start && s.end <= body.end);
    if (!first) return [];
    const line = doc.position(headline.start).line;
    const related = [{ message: 'the headline', start: headline.start, end: headline.end }];
    // a block that is only the headline is duplicate-headline's
    if (first.end < body.end && matchHeadline(first.text, headlineText, options.nearDuplicateThreshold)) {
      return [{ start: first.start, end: first.end, message: `The body starts by repeating the headline on line ${line}: ${quote(first.text)}`, suggestion: '', related }];
    }
    // "Headline Rest of the sentence …": the title glued to the description without a stop
    const prefix = normalizeForComparison(headlineText);
    const bodyText = doc.blockText(body);
    if (bodyText.length > headlineText.length + 10 && normalizeForComparison(bodyText.slice(0, headlineText.length + 2)).startsWith(prefix)) {
      const end = body.start + headlineText.length;
      return [{ start: body.start, end, message: `The body starts with the headline of line ${line}: ${quote(doc.text.slice(body.start, end))}`, related }];
    }
    return [];
  },
};
