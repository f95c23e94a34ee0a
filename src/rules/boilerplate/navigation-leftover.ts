import type { DocumentRule, RuleFinding } from '../types.js';
import { countWords, quote } from '../text.js';

/** All-caps navigation words that start a teaser for the next article ("NEXT Freunde, Familie …"). */
const CAPS_WORDS = ['NEXT', 'PREVIOUS', 'PREV', 'READ MORE', 'MORE', 'RELATED', 'WATCH', 'LISTEN', 'ADVERTISEMENT', 'ANZEIGE', 'WERBUNG', 'WEITER', 'ZURÜCK', 'MEHR ZUM THEMA'];
const CAPS_NAVIGATION = new RegExp(`^(?:${CAPS_WORDS.join('|')})\\b`, 'u');
const CAPS_INITIALS = new Set(CAPS_WORDS.map((w) => w.charCodeAt(0)));

/**
 * Link texts that are never article prose; at the start of a short block or followed by a colon.
 * Each starts with a word of ASCII letters (asserted below), which a block must start with for
 * the pattern to be tried: most blocks start with none, and this pattern, case-insensitive over
 * Unicode, is one of a one-file check's costliest to compile.
 */
const NAVIGATION_PHRASES = [
  'read more', 'read next', 'next article', 'previous article', 'more on this story', 'related(?: articles| stories)?',
  'subscribe(?: now| to [\\p{L} ]+)?', 'sign up(?: for [\\p{L} ]+)?', 'share (?:this|on)\\b.*', 'click here', 'skip to (?:main )?content',
  'back to top', 'weiterlesen', 'mehr lesen', 'lesen sie (?:auch|mehr|hier)', 'mehr zum thema', 'mehr dazu', 'jetzt abonnieren',
  'abonnieren sie [\\p{L} ]+', 'zum newsletter', 'newsletter abonnieren', 'artikel teilen', 'hier klicken', 'zum inhalt springen',
  'nach oben', 'zur startseite',
];
const NAVIGATION_FIRST_WORDS = new Set(
  NAVIGATION_PHRASES.map((phrase) => {
    const first = /^[a-z]+(?=[ (]|$)/.exec(phrase)?.[0];
    if (!first) throw new Error(`navigation phrase must start with a word of ASCII letters: ${phrase}`);
    return first;
  }),
);
let navigationPhrase: RegExp | undefined;

/** Words that are navigation only when they are the whole block. */
const STANDALONE_WORDS = ['anzeige', 'werbung', 'advertisement', 'sponsored', 'teilen', 'share', 'drucken', 'print'];
const STANDALONE = new RegExp(`^(?:${STANDALONE_WORDS.join('|')})$`, 'iu');
const LONGEST_STANDALONE = Math.max(...STANDALONE_WORDS.map((w) => w.length));

/** The shortest text any of the three can match: NEXT, PREV, MORE. */
const SHORTEST = 4;

const LONG_S = 0x17f;
const KELVIN = 0x212a;

/** An ASCII letter, or one of the two characters a case-insensitive Unicode pattern takes for one: ſ (s), the Kelvin sign (k). */
function isLetterFoldingToAscii(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || c === LONG_S || c === KELVIN;
}

/** The text's first word as a case-insensitive Unicode pattern compares it with ASCII letters. */
function firstWordFolded(text: string): string {
  let end = 0;
  while (end < text.length && isLetterFoldingToAscii(text.charCodeAt(end))) end++;
  return text.slice(0, end).toLowerCase().replace(/ſ/g, 's');
}

/** A standalone word fills the whole (trimmed) block, so a longer block needs no pattern. */
function standaloneWord(trimmed: string): RegExpExecArray | null {
  return trimmed.length <= LONGEST_STANDALONE ? STANDALONE.exec(trimmed) : null;
}

function navigationPhraseAtStart(text: string): RegExpExecArray | null {
  if (!NAVIGATION_FIRST_WORDS.has(firstWordFolded(text))) return null;
  navigationPhrase ??= new RegExp(`^(?:${NAVIGATION_PHRASES.join('|')})\\b`, 'iu');
  return navigationPhrase.exec(text);
}

export const navigationLeftover: DocumentRule = {
  meta: {
    id: 'navigation-leftover',
    fixable: true,
    category: 'boilerplate',
    severity: 'minor',
    description: 'Website navigation scraped into the article ("NEXT …", "Read more", "Lesen Sie auch:", "Anzeige").',
  },
  check(doc) {
    const findings: RuleFinding[] = [];
    for (let blockIndex = 0; blockIndex < doc.blocks.length; blockIndex++) {
      const block = doc.blocks[blockIndex];
      if (block.kind === 'headline' || block.kind === 'separator' || block.end - block.start < SHORTEST) continue;
      const text = doc.blockText(block);
      const caps = CAPS_INITIALS.has(text.charCodeAt(0)) ? CAPS_NAVIGATION.exec(text) : null;
      const phrase = caps ? null : (navigationPhraseAtStart(text) ?? standaloneWord(text.trim()));
      if (!caps && !phrase) continue;
      if (phrase && countWords(text) > 12 && text[phrase[0].length] !== ':') continue;
      findings.push({
        start: block.start,
        end: block.end,
        message: `Navigation leftover from the website: ${quote(text, 60)} is not part of the article.`,
        suggestion: '',
      });
    }
    return findings;
  },
};
