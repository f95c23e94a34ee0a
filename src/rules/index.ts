import { navigationLeftover } from './boilerplate/navigation-leftover.js';
import { photoCredit } from './boilerplate/photo-credit.js';
import { separatorLine } from './boilerplate/separator-line.js';
import { crossDocumentHeadline } from './duplicates/cross-document-headline.js';
import { duplicateHeadline } from './duplicates/duplicate-headline.js';
import { headlineInBody } from './duplicates/headline-in-body.js';
import { repeatedParagraph, repeatedSentence } from './duplicates/repeated-paragraph.js';
import type { Rule } from './types.js';

/** Every rule mtlint knows, in the order their findings are listed for equal positions. */
export const RULES: readonly Rule[] = [
  duplicateHeadline,
  headlineInBody,
  repeatedParagraph,
  repeatedSentence,
  crossDocumentHeadline,
  separatorLine,
  navigationLeftover,
  photoCredit,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

export * from './types.js';
