import type { DocumentRule, RuleFinding } from '../types.js';
import { countWords, quote } from '../text.js';

/** All-caps navigation words that start a teaser for the next article ("NEXT Freunde, Familie …"). */
const CAPS_NAVIGATION = /^(?:NEXT|PREVIOUS|PREV|READ MORE|MORE|RELATED|WATCH|LISTEN|ADVERTISEMENT|ANZEIGE|WERBUNG|WEITER|ZURÜCK|MEHR ZUM THEMA)\b/u;

/** Link texts that are never article prose; at the start of a short block or followed by a colon. */
const NAVIGATION_PHRASE =
  /^(?:read more|read next|next article|previous article|more on this story|related(?: articles| stories)?|subscribe(?: now| to [\p{L} ]+)?|sign up(?: for [\p{L} ]+)?|share (?:this|on)\b.*|click here|skip to (?:main )?content|back to top|weiterlesen|mehr lesen|lesen sie (?:auch|mehr|hier)|mehr zum thema|mehr dazu|jetzt abonnieren|abonnieren sie [\p{L} ]+|zum newsletter|newsletter abonnieren|artikel teilen|hier klicken|zum inhalt springen|nach oben|zur startseite)\b/iu;

/** Words that are navigation only when they are the whole block. */
const STANDALONE = /^(?:anzeige|werbung|advertisement|sponsored|teilen|share|drucken|print)$/iu;

/** The shortest text any of the three can match: NEXT, PREV, MORE. */
const SHORTEST = 4;

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
      const caps = CAPS_NAVIGATION.exec(text);
      const phrase = caps ? null : (NAVIGATION_PHRASE.exec(text) ?? STANDALONE.exec(text.trim()));
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
