import type { Document } from '../../document/document.js';
import type { DocumentRule, RuleFinding, RuleMeta } from '../types.js';
import { quote } from '../text.js';
import { analyseEnglish, type EnglishKind, type EnglishSpan } from './analysis.js';

/** A rule that reports one kind of span of the shared English analysis. */
function spanRule(meta: RuleMeta, kind: EnglishKind, describe: (span: EnglishSpan, doc: Document) => string): DocumentRule {
  return {
    meta,
    check(doc, context): RuleFinding[] {
      return analyseEnglish(doc, context)
        .filter((s) => s.kind === kind)
        .map((s) => ({ start: s.start, end: s.end, message: describe(s, doc) }));
    },
  };
}

const where = (span: EnglishSpan): string => (span.quotation ? 'inside a quotation' : 'in German text');
const text = (span: EnglishSpan, doc: Document): string => doc.text.slice(span.start, span.end);

export const englishWord = spanRule(
  { id: 'english-word', category: 'english', severity: 'minor', description: 'A single English word that German does not use, left in a German sentence.', groupsRepeats: true },
  'word',
  (s, doc) => `English word ${quote(text(s, doc))} ${where(s)}.`,
);

export const englishPhrase = spanRule(
  { id: 'english-phrase', category: 'english', severity: 'major', description: 'An English phrase left untranslated inside a German sentence.', groupsRepeats: true },
  'phrase',
  (s, doc) => `English phrase ${quote(text(s, doc))} ${where(s)}.`,
);

export const englishInsert = spanRule(
  { id: 'english-insert', category: 'english', severity: 'major', description: 'A bracketed insert left in English: „… [missiles to Ukraine] …“.' },
  'insert',
  (s, doc) => `Untranslated English insert ${quote(`[${text(s, doc)}]`)} ${where(s)}.`,
);

export const englishSentence = spanRule(
  { id: 'english-sentence', category: 'english', severity: 'major', description: 'A whole sentence, headline or paragraph left in English.' },
  'sentence',
  (s, doc) => {
    const what = s.blockKind === 'headline' ? 'Headline' : s.blockKind ? 'Paragraph' : s.sentences ? `${s.sentences} sentences` : 'Sentence';
    return `${what} left in English${s.quotation ? ' inside a quotation' : ''}: ${quote(text(s, doc))}`;
  },
);

export const untranslatedArticle = spanRule(
  { id: 'untranslated-article', category: 'english', severity: 'critical', description: 'The article is not translated: it is (almost) all English, or identical to its English source.' },
  'article',
  (s) =>
    s.identicalToSource
      ? 'The article is identical to its English source: it was never translated.'
      : `The article is not translated: ${Math.round((s.share ?? 1) * 100)}% of its words are English.`,
);

export const copiedFromSource = spanRule(
  { id: 'copied-from-source', category: 'english', severity: 'major', description: 'Words copied verbatim from the English source (only when the input carries the source).' },
  'copied',
  (s, doc) => `Copied verbatim from the English source ${where(s)}: ${quote(text(s, doc))}`,
);
