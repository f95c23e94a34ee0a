import type { DocumentRule } from '../types.js';

export const separatorLine: DocumentRule = {
  meta: {
    id: 'separator-line',
    fixable: true,
    category: 'boilerplate',
    severity: 'minor',
    description: 'A line of only dashes, stars or similar: a scraping leftover between page elements.',
  },
  check(doc) {
    return doc.blocks
      .filter((b) => b.kind === 'separator')
      .map((b) => ({ start: b.start, end: b.end, message: `Separator line "${doc.blockText(b)}" left over from scraping.`, suggestion: '' }));
  },
};
