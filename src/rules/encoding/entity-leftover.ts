import type * as Entities from 'entities';
import { lazy } from '../../lazy.js';
import { around, at } from '../brackets/describe.js';
import type { DocumentRule, RuleFinding } from '../types.js';

const entities = lazy<typeof Entities>('entities');

/** An HTML character reference shown to the reader as text (&quot;, &amp;quot;, &#8220;, &nbsp;), or a broken one (&;). */
const LEFTOVER = /&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31})?;/g;

/** The character an entity stands for, decoded as often as it was escaped; null when it stands for none. */
function decoded(entity: string): string | null {
  let text = entity;
  for (let i = 0; i < 8; i++) {
    const next = entities().decodeHTML(text);
    if (next === text) break;
    text = next;
  }
  return text === entity || text.length !== 1 && !/^[\s\S]$/u.test(text) ? null : text;
}

export const entityLeftover: DocumentRule = {
  meta: {
    id: 'entity-leftover',
    fixable: true,
    category: 'encoding',
    severity: 'major',
    description: 'An HTML entity such as &quot; or &#8220; shown to the reader as text instead of the character it stands for.',
  },
  check(doc) {
    if (!doc.text.includes('&')) return [];
    const findings: RuleFinding[] = [];
    for (const m of doc.text.matchAll(LEFTOVER)) {
      const start = m.index ?? 0;
      const char = m[0] === '&;' ? null : decoded(m[0]);
      if (char === null && m[0] !== '&;') continue; // "&Co;" and the like: not an entity
      const shown = char === '\u00a0' ? 'a non-breaking space' : char === null ? '' : `"${char}"`;
      findings.push({
        start,
        end: start + m[0].length,
        message:
          char === null
            ? `Broken HTML entity "&;" at ${at(doc, start)} shown as text: ${around(doc, start)}`
            : `HTML entity "${m[0]}" at ${at(doc, start)} is shown as text; it stands for ${shown}: ${around(doc, start)}`,
        ...(char !== null ? { suggestion: char } : {}),
      });
    }
    return findings;
  },
};
