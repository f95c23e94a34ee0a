import type { Document } from '../../document/document.js';
import { tokenizeWords } from '../../document/tokenize.js';
import { WordTable } from '../../document/word-hash.js';
import { lexicon } from '../../lexicon/lexicon.js';
import { readDataLines } from '../../package-root.js';
import type { DocumentRule, RuleFinding } from '../types.js';

interface NameEntry {
  pattern: string;
  german: string;
  /** Country names may be part of a longer name (Canada Day, Air Canada); institutions never are. */
  standalone: boolean;
}

let compiled: { regex: RegExp; entries: NameEntry[]; triggers: WordTable<true> } | undefined;

/**
 * English names German news translates: institutions and offices from
 * data/translate-names.tsv, and every country whose English name differs from
 * its German one, from Intl.DisplayNames (CLDR), minus the exceptions list.
 */
function names(): { regex: RegExp; entries: NameEntry[]; triggers: WordTable<true> } {
  if (compiled) return compiled;
  const entries: NameEntry[] = readDataLines('translate-names.tsv').map((line) => {
    const [pattern, german] = line.split('\t');
    return { pattern, german, standalone: false };
  });
  const exceptions = new Set(readDataLines('country-name-exceptions.txt'));
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const german = new Intl.DisplayNames(['de'], { type: 'region' });
  const seen = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const en = english.of(code);
      const de = german.of(code);
      if (!en || !de || en === code || en === de || exceptions.has(en) || seen.has(en) || /[()&]/.test(en)) continue;
      seen.add(en);
      entries.push({ pattern: en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), german: de, standalone: true });
    }
  }
  // Longest patterns first, so "Department of Homeland Security" wins over "Department of …".
  entries.sort((x, y) => y.pattern.length - x.pattern.length);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${entries.map((e) => `(${e.pattern})`).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  compiled = { regex, entries, triggers: triggerWords(entries) };
  return compiled;
}

/**
 * The words one of the names must contain (its first word; for the generic
 * patterns, Ministry and Council): the big pattern only runs on blocks that
 * have one. German capitalises every noun, so running it everywhere is slow.
 */
function triggerWords(entries: NameEntry[]): WordTable<true> {
  const triggers = new WordTable<true>(entries.length + 2);
  for (const word of ['Ministry', 'Council']) triggers.set(word, true);
  for (const e of entries) {
    if (/[[(]/.test(e.pattern)) continue; // the generic patterns, covered above
    const first = tokenizeWords(e.pattern.replace(/\\(.)/g, '$1'))[0];
    if (first) triggers.set(first.text, true);
  }
  return triggers;
}

/** Whether a word has a hyphen, apostrophe or dot inside (a character loop: this runs on every word). */
function hasInnerSeparator(word: string): boolean {
  for (let i = 1; i < word.length - 1; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2e) return true;
  }
  return false;
}

function hasTrigger(doc: Document, start: number, end: number, triggers: WordTable<true>): boolean {
  for (const w of doc.wordsIn(start, end)) {
    if (triggers.get(w.text, w.hash)) return true;
    // Inside hyphenated and apostrophised words too: Südost-Türkiye, Türkiye’s.
    if (hasInnerSeparator(w.text) && w.text.split(/[-'’]/).some((part) => triggers.get(part) || triggers.get(part.replace(/\.$/, '')))) return true;
  }
  return false;
}

export const untranslatedName: DocumentRule = {
  meta: {
    id: 'untranslated-name',
    category: 'english',
    severity: 'minor',
    description: 'An English name German news translates: Türkiye (Türkei), State Department (US-Außenministerium), Cornwall Council.',
  },
  check(doc, { options }) {
    const { regex, entries, triggers } = names();
    const accepted = new Set(options.acceptedTerms.map((t) => t.toLowerCase()));
    const findings: RuleFinding[] = [];
    for (const block of doc.blocks) {
      if (!hasTrigger(doc, block.start, block.end, triggers)) continue;
      const text = doc.blockText(block);
      for (const m of text.matchAll(regex)) {
        let group = 1;
        while (group < m.length && m[group] === undefined) group++;
        const entry = entries[group - 1];
        if (!entry || accepted.has(m[0].toLowerCase())) continue;
        const leading = germanLead(m[0]); // "Der Cornwall Council": the generic patterns swallow a German article
        const start = block.start + (m.index ?? 0) + leading;
        const end = block.start + (m.index ?? 0) + m[0].length;
        const name = m[0].slice(leading);
        if (entry.standalone && partOfLongerName(doc, start, end)) continue;
        if (doc.text[start - 1] === '-' && !germanCompoundHead(doc, start)) continue; // Hauts-de-France, but Südost-Türkiye
        const fixed = !entry.german.includes('…');
        findings.push({
          start,
          end,
          message: `English name "${name}" in German text: German news writes ${fixed ? `"${entry.german}"` : `it in German (${entry.german})`}.`,
          ...(fixed ? { suggestion: entry.german } : {}),
        });
      }
    }
    return findings;
  },
};

/** "Canada Day", "Air Canada": a capitalised English word right before or after the name. */
function partOfLongerName(doc: Document, start: number, end: number): boolean {
  const lex = lexicon();
  const before = /(\p{Lu}[\p{L}]*)\s+$/u.exec(doc.text.slice(Math.max(0, start - 30), start));
  const after = /^\s+(\p{Lu}[\p{L}]*)/u.exec(doc.text.slice(end, end + 30));
  return [before?.[1], after?.[1]].some((w) => w !== undefined && (lex.classify(w) === 'en' || lex.classify(w) === 'both'));
}

/** "Südost-Türkiye": the part before the hyphen is a capitalised word that is not English (Hauts-de-France is a name). */
function germanCompoundHead(doc: Document, start: number): boolean {
  const head = /(\p{Lu}\p{Ll}+)-$/u.exec(doc.text.slice(Math.max(0, start - 30), start));
  return head !== null && lexicon().classify(head[1]) !== 'en';
}

/** Length of the capitalised German words (Der, Die, Im …) a generic pattern matched before the name. */
function germanLead(match: string): number {
  let length = 0;
  for (const word of match.split(' ').slice(0, -1)) {
    const cls = lexicon().classify(word);
    if (cls !== 'de') break;
    length += word.length + 1;
  }
  return length;
}
