import { navigationLeftover } from './boilerplate/navigation-leftover.js';
import { photoCredit } from './boilerplate/photo-credit.js';
import { separatorLine } from './boilerplate/separator-line.js';
import { crossDocumentHeadline } from './duplicates/cross-document-headline.js';
import { duplicateHeadline } from './duplicates/duplicate-headline.js';
import { headlineInBody } from './duplicates/headline-in-body.js';
import { headlineSiteSuffix } from './duplicates/headline-site-suffix.js';
import { repeatedParagraph, repeatedSentence } from './duplicates/repeated-paragraph.js';
import { copiedFromSource, englishInsert, englishPhrase, englishSentence, englishWord, untranslatedArticle } from './english/english-spans.js';
import { englishFormat } from './english/english-format.js';
import { flaggedTerm } from './english/flagged-term.js';
import { untranslatedName } from './english/untranslated-name.js';
import { crossedBrackets, unclosedBracket, unmatchedBracket } from './brackets/bracket-pairs.js';
import { brokenQuoteInsert } from './brackets/broken-quote-insert.js';
import { englishGenitive } from './brackets/english-genitive.js';
import { englishQuotes, misplacedQuote, quoteHouseStyle, quoteMismatch, unclosedQuote, unmatchedQuote } from './brackets/quote-pairs.js';
import { mixedQuoteStyles, straightQuotes } from './brackets/quote-style.js';
import { entityLeftover } from './encoding/entity-leftover.js';
import type { Rule } from './types.js';

/** Every rule mtlint knows, in the order their findings are listed for equal positions. */
export const RULES: readonly Rule[] = [
  untranslatedArticle,
  englishSentence,
  englishInsert,
  englishPhrase,
  englishWord,
  copiedFromSource,
  untranslatedName,
  englishFormat,
  flaggedTerm,
  brokenQuoteInsert,
  quoteMismatch,
  unclosedQuote,
  unmatchedQuote,
  misplacedQuote,
  englishQuotes,
  unclosedBracket,
  unmatchedBracket,
  crossedBrackets,
  straightQuotes,
  mixedQuoteStyles,
  quoteHouseStyle,
  englishGenitive,
  duplicateHeadline,
  headlineSiteSuffix,
  headlineInBody,
  repeatedParagraph,
  repeatedSentence,
  crossDocumentHeadline,
  separatorLine,
  navigationLeftover,
  photoCredit,
  entityLeftover,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

export * from './types.js';
