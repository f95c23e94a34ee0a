import type { DocumentRule, RuleFinding } from '../types.js';
import { quote } from '../text.js';
import { headlineBlock, headlineCopies, matchHeadline } from './headline-match.js';

export const duplicateHeadline: DocumentRule = {
  meta: {
    id: 'duplicate-headline',
    fixable: true,
    category: 'duplicates',
    severity: 'major',
    description: 'The headline appears again as a block of the article, exactly or nearly (site suffix, case, punctuation).',
  },
  check(doc, { options }) {
    const headline = headlineBlock(doc);
    if (!headline) return [];
    const headlineText = doc.blockText(headline);
    const line = doc.position(headline.start).line;
    const findings: RuleFinding[] = [];
    for (const block of headlineCopies(doc, options.nearDuplicateThreshold)) { // in document order
      const text = doc.blockText(block);
      const match = matchHeadline(text, headlineText, options.nearDuplicateThreshold)!;
      const how = match.kind === 'exact' ? 'repeats' : match.kind === 'suffix' ? 'repeats (with a different site suffix)' : `nearly repeats (${Math.round(match.similarity * 100)}% similar)`;
      findings.push({
        start: block.start,
        end: block.end,
        message: `Duplicated headline: ${quote(text)} ${how} the headline on line ${line}.`,
        suggestion: '',
        related: [{ message: 'the headline it repeats', start: headline.start, end: headline.end }],
      });
    }
    return findings;
  },
};
