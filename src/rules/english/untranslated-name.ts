import type { Block, Document } from '../../document/document.js';
import { tokenizeWords, type Word } from '../../document/tokenize.js';
import { isUpperCode } from '../../document/char-class.js';
import { WordTable } from '../../document/word-hash.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import { cachedJson } from '../../io/cache.js';
import { readDataLines } from '../../package-root.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { capitalisedWords } from '../text.js';
import { keptAsWritten } from './analysis.js';

interface NameEntry {
  pattern: string;
  german: string;
  /** Country names may be part of a longer name (Canada Day, Air Canada); institutions never are. */
  standalone: boolean;
}

interface NameTable {
  entries: NameEntry[];
  /** Trigger word → the entries (indices, ascending) whose patterns spell it out. */
  triggers: WordTable<number[]>;
  /** The pattern of some entries, as one alternation in their order, by their indices joined with commas. */
  patterns: Map<string, RegExp>;
}

let compiled: NameTable | undefined;

/**
 * English names German news translates: institutions and offices from
 * data/translate-names.tsv, and every country whose English name differs from
 * its German one, from Intl.DisplayNames (CLDR), minus the exceptions list.
 */
function names(): NameTable {
  if (compiled) return compiled;
  const entries = nameEntries(readDataLines('translate-names.tsv'));
  const exceptions = new Set(readDataLines('country-name-exceptions.txt'));
  const seen = new Set<string>();
  for (const [en, de] of regionNames()) {
    if (en === de || exceptions.has(en) || seen.has(en) || /[()&]/.test(en)) continue;
    seen.add(en);
    entries.push({ pattern: en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), german: de, standalone: true });
  }
  // Longest patterns first, so "Department of Homeland Security" wins over "Department of …".
  entries.sort((x, y) => y.pattern.length - x.pattern.length);
  compiled = { entries, triggers: triggerWords(entries), patterns: new Map() };
  return compiled;
}

/** Distinct entry sets kept compiled; a run that meets more starts over (each costs a fraction of a millisecond to build). */
const MAX_PATTERNS = 1024;

/**
 * The alternation of the given entries (ascending indices), each its own group, in their order. A
 * block is matched with the entries its trigger words name: every match of an entry holds one of
 * its trigger words, so the entries left out cannot match there, and the leftmost, first-listed
 * match is the one the alternation of all entries finds. Compiling all of them (some 400) is a
 * twentieth of a one-file check's CPU.
 */
function patternOf(table: NameTable, candidates: number[]): RegExp {
  const key = candidates.join(',');
  let regex = table.patterns.get(key);
  if (!regex) {
    if (table.patterns.size >= MAX_PATTERNS) table.patterns.clear();
    const alternatives = candidates.map((i) => `(${table.entries[i].pattern})`).join('|');
    regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}-])`, 'gu');
    table.patterns.set(key, regex);
  }
  return regex;
}

/**
 * The English and German name of every region code CLDR names, in code order. Loading ICU's
 * locale data for them is a tenth of a one-file run's CPU: kept in the cache, per ICU version.
 */
function regionNames(): Array<[string, string]> {
  return cachedJson(`regions-cldr${process.versions.cldr}-icu${process.versions.icu}.json`, () => {
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    const german = new Intl.DisplayNames(['de'], { type: 'region' });
    const pairs: Array<[string, string]> = [];
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const en = english.of(code);
        const de = german.of(code);
        if (en && de && en !== code) pairs.push([en, de]);
      }
    }
    return pairs;
  });
}

/** Rows of translate-names.tsv; a row "@name TAB pattern" defines {name} for the rows after it. */
function nameEntries(lines: string[]): NameEntry[] {
  const macros = new Map<string, string>();
  const entries: NameEntry[] = [];
  for (const line of lines) {
    const [key, value] = line.split('\t');
    if (key.startsWith('@')) macros.set(key.slice(1), value);
    else entries.push({ pattern: key.replace(/\{(\w+)\}/g, (whole, name: string) => macros.get(name) ?? whole), german: value, standalone: false });
  }
  return entries;
}

/**
 * The words one of the names must contain (the capitalised words the pattern spells out: the
 * first word of a plain name, Ministry or Council in the generic ones), each with the entries
 * that spell it out: a pattern only runs on blocks that have one of its words. German
 * capitalises every noun, so running all of them everywhere is slow.
 */
function triggerWords(entries: NameEntry[]): WordTable<number[]> {
  const triggers = new WordTable<number[]>(entries.length * 8);
  entries.forEach((e, index) => {
    const literal = e.pattern.replace(/\\p\{\w+\}|\[[^\]]*\]|\\./g, ' ');
    for (const word of capitalisedWords(literal)) {
      const list = triggers.get(word);
      if (!list) triggers.set(word, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
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

/** A postcode and a place, then a comma: what follows is an address's country line, written for the post ("69451 Weinheim, Germany"). */
const POSTAL_ADDRESS_BEFORE = /(?<![\p{L}\p{N}])\d{4,5}\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?,\s*$/u;

/** Adds the entries a word triggers to `into`. */
function addTriggered(word: Word, triggers: WordTable<number[]>, into: Set<number>): void {
  const separated = hasInnerSeparator(word.text);
  if (!separated && !isUpperCode(word.text.charCodeAt(0))) return; // every trigger is capitalised
  const add = (list: number[] | undefined): void => list?.forEach((i) => into.add(i));
  add(triggers.get(word.text, word.hash));
  if (!separated) return;
  // Inside hyphenated and apostrophised words too: Südost-Türkiye, Türkiye’s.
  for (const part of word.text.split(/[-'’]/)) {
    add(triggers.get(part));
    if (part.endsWith('.')) add(triggers.get(part.slice(0, -1)));
  }
}

/** The blocks holding a trigger word, each with the entries (ascending indices) its trigger words name. */
function blocksWithTrigger(doc: Document, triggers: WordTable<number[]>): Array<{ block: Block; candidates: number[] }> {
  const out: Array<{ block: Block; candidates: number[] }> = [];
  const { blocks, words } = doc;
  const found = new Set<number>();
  let word = 0;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    while (word < words.length && words[word].start < block.start) word++;
    for (let i = word; i < words.length && words[i].end <= block.end; i++) addTriggered(words[i], triggers, found);
    if (found.size === 0) continue;
    out.push({ block, candidates: [...found].sort((a, b) => a - b) });
    found.clear();
  }
  return out;
}

export const untranslatedName: DocumentRule = {
  meta: {
    id: 'untranslated-name',
    category: 'english',
    severity: 'minor',
    description: 'An English name German news translates: Türkiye (Türkei), State Department (US-Außenministerium), Cornwall Council.',
  },
  check(doc, { options, lexicon: lex }) {
    const table = names();
    const { entries } = table;
    const accepted = new Set(options.acceptedTerms.map((t) => t.toLowerCase()));
    const findings: RuleFinding[] = [];
    /** Country words the document names with an article German never gives that country ("die Austria"): the club, wherever it stands. */
    const otherReferents = new Set<string>();
    const countries: Array<RuleFinding & { name: string }> = [];
    const asWritten = keptAsWritten(doc, lex);
    for (const { block, candidates } of blocksWithTrigger(doc, table.triggers)) {
      const text = doc.blockText(block);
      for (const m of text.matchAll(patternOf(table, candidates))) {
        let group = 1;
        while (group < m.length && m[group] === undefined) group++;
        const entry = entries[candidates[group - 1]];
        if (!entry || accepted.has(m[0].toLowerCase())) continue;
        const leading = germanLead(lex, m[0]); // "Der Cornwall Council": the generic patterns swallow a German article
        const start = block.start + (m.index ?? 0) + leading;
        const end = block.start + (m.index ?? 0) + m[0].length;
        const name = m[0].slice(leading);
        if (leading > 0 && entry.pattern.startsWith('(?:') && !name.includes(' ')) continue; // "Die Championships": a generic pattern's head alone is no name
        if (glossed(doc.text, start, end, entry.german)) continue; // "Singapur – Singapore", "Türkiye (Türkei)": both names given
        // Al-Qaida in Iraq (AQI): an acronym's name as its owner spells it; "Made in Germany"; "Foto: Reuters/Pool via Getty Images North America"
        if (asWritten.overlaps(start, end)) continue;
        if (entry.standalone && partOfLongerName(lex, doc, start, end, entry.german)) continue;
        if (entry.standalone && POSTAL_ADDRESS_BEFORE.test(doc.text.slice(Math.max(0, start - 40), start))) continue; // "69451 Weinheim, Germany": an address's country line
        if (entry.standalone && namedWithArticle(doc, start, entry.german)) {
          otherReferents.add(name);
          continue;
        }
        if (doc.text[start - 1] === '-' && !germanCompoundHead(lex, doc, start)) continue; // Hauts-de-France, but Südost-Türkiye
        if (doc.text[start - 1] === '#' || doc.text[start - 1] === '@') continue; // a hashtag or handle, as its network spells it
        const fixed = !entry.german.includes('…');
        const finding = {
          start,
          end,
          message: `English name "${name}" in German text: German news writes ${fixed ? `"${entry.german}"` : `it in German (${entry.german})`}.`,
          ...(fixed ? { suggestion: entry.german } : {}),
        };
        if (entry.standalone) countries.push({ ...finding, name });
        else findings.push(finding);
      }
    }
    // One sense per discourse: a document that means the club by "die Austria" means it by "Austria: Almer – …" too.
    for (const { name, ...finding } of countries) if (!otherReferents.has(name)) findings.push(finding);
    return findings;
  },
};

/**
 * A country word inside a longer name, which German keeps: a capitalised English word or an
 * acronym beside it ("Canada Day", "Air Canada", "HD Austria"), a capitalised word before it
 * that does not start the sentence ("Statistik Austria", "Tourism Australia" — a German
 * translation would put the country in German too), or "of" after a name ("National Film
 * Board of Canada", "Reserve Bank of India").
 */
function partOfLongerName(lex: Lexicon, doc: Document, start: number, end: number, german: string): boolean {
  const left = doc.text.slice(Math.max(0, start - 40), start);
  const before = /(?:^|([^\s])\s+)(\p{Lu}[\p{L}]*)\s+$/u.exec(left);
  const after = /^[^\S\n]+(\p{Lu}[\p{L}]*)/u.exec(doc.text.slice(end, end + 30)); // on its line: a block ends at a line break
  const englishOrAcronym = (w: string | undefined): boolean =>
    w !== undefined && !GERMAN_ARTICLE_WORDS.has(w) && (ACRONYM.test(w) || lex.classify(w) === 'en' || lex.classify(w) === 'both');
  if (englishOrAcronym(before?.[2]) || englishOrAcronym(after?.[1])) return true;
  // A name after it ("Austria Lustenau", "Austria Klagenfurt"): German puts no noun right after a country's name,
  // so any capitalised word there but a time word ("in Spain Ende Mai") continues a name.
  // Not after the article a German country takes: "der Türkiye Recep Erdoğan" is the leftover and a person.
  const articleBefore = COUNTRIES_WITH_ARTICLE.has(german) && /(?:^|\s)(?:[Dd](?:er|ie|en|em|es)|[Dd]ie|zur|zum|im|vom)\s+$/u.test(left);
  if (after && !TIME_WORDS.has(after[1]) && !articleBefore) return true;
  // A German noun before a country that German names without an article: "Statistik Austria". Not
  // where German grammar wants a genitive ("im Südosten Türkiye", "die Regierung Hungary").
  if (
    before &&
    !SENTENCE_END.test(before[1] ?? '.') &&
    !COUNTRIES_WITH_ARTICLE.has(german) &&
    lex.classify(before[2]) !== 'en' &&
    !lex.isFunctionWord(before[2]) &&
    !GERMAN_LEADS.has(before[2]) &&
    !RELATIONAL_NOUNS.test(before[2])
  )
    return true;
  return /\p{Lu}[\p{L}]*\s+(?:of|for|de|du)\s+$/u.test(left);
}

const ACRONYM = /^\p{Lu}{2,5}$/u;
/** Capitalised words that may follow a place in a German sentence without making a name with it. */
const TIME_WORDS = new Set(['Anfang', 'Mitte', 'Ende', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember', 'Jahr', 'Jahre', 'Jahren', 'Tag', 'Tage', 'Tagen', 'Woche', 'Wochen', 'Monat', 'Monaten', 'Zeit', 'Millionen', 'Milliarden']);
/** Nouns that take a country as their genitive: "im Süden Hungary" is a leftover, not a name. */
const RELATIONAL_NOUNS = /^(?:(?:Nord|Süd|Ost|West|Nordost|Nordwest|Südost|Südwest)(?:en|teil)?|Norden|Süden|Osten|Westen|Zentrum|Mitte|Hauptstadt|Teile?n?|Regierung|Präsident(?:in)?|Premier(?:minister(?:in)?)?|Botschaft(?:er(?:in)?)?|Grenze|Bürger(?:innen)?|Menschen|Bevölkerung|Wirtschaft|Armee|Parlament|Küste|Provinz(?:en)?|Region(?:en)?|Städte|Stadt)$/u;
const SENTENCE_END = /[.!?:;„“"»«(–—]/;
/** Capitalised German words that lead into a country mid-sentence without making a name: "Nach Austria", "Auch Hungary". */
const GERMAN_LEADS = new Set(['In', 'Im', 'Nach', 'Aus', 'Von', 'Für', 'Gegen', 'Mit', 'Auch', 'Und', 'Oder', 'Wie', 'Als', 'Bei', 'Zu', 'Über', 'Durch', 'Um', 'Vor', 'Dass', 'Wenn', 'Weil', 'Doch', 'Aber', 'Sowie']);

/**
 * German names of countries that take an article (die Türkei, der Iran, die USA): after an
 * article the English name is still a leftover ("die Türkiye"). Any other country word after
 * a German article names something else: "die Austria", "gegen die Austria" (the club).
 */
const COUNTRIES_WITH_ARTICLE = new Set([
  'Türkei', 'Schweiz', 'Slowakei', 'Ukraine', 'Mongolei', 'Iran', 'Irak', 'Jemen', 'Libanon', 'Sudan', 'Südsudan', 'Kongo', 'Niger', 'Tschad',
  'Vatikanstadt', 'Oman', 'Niederlande', 'Philippinen', 'Vereinigte Staaten', 'Vereinigte Arabische Emirate', 'Malediven', 'Bahamas', 'Seychellen',
  'Komoren', 'Dominikanische Republik', 'Zentralafrikanische Republik', 'Côte d’Ivoire', 'Marshallinseln', 'Salomonen', 'Cookinseln', 'Färöer',
  'Kaimaninseln', 'Tschechien', 'Vereinigtes Königreich', 'Demokratische Republik Kongo', 'Republik Moldau', 'Kirgisistan', 'Elfenbeinküste',
]);
/** A German article, or a preposition with one in it, and up to four adjectives or adverbs: "die Austria", "zur Austria", "eine wieder euphorisierte Austria". */
/** "Die Austria verlor": an article that opens a sentence is German, though English knows "die". */
const GERMAN_ARTICLE_WORDS = new Set(['Die', 'Der', 'Den', 'Dem', 'Des']);
const GERMAN_ARTICLE = /(?:^|\s)(?:[Dd]ie|[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Ee]ine|[Ee]iner|[Ee]inem|[Ee]inen|zur|zum|beim|vom|im|am)\s+(?:\p{Ll}[\p{L}-]*\s+){0,4}$/u;

function namedWithArticle(doc: Document, start: number, german: string): boolean {
  return !COUNTRIES_WITH_ARTICLE.has(german) && GERMAN_ARTICLE.test(doc.text.slice(Math.max(0, start - 80), start));
}

/** The German name right beside the English one, with only a dash, slash, comma or bracket between. */
function glossed(text: string, start: number, end: number, german: string): boolean {
  if (german.includes('…')) return false;
  const between = /^[\s()[\]/,:–—-]{1,5}$/;
  const before = text.slice(Math.max(0, start - german.length - 5), start);
  const after = text.slice(end, end + german.length + 5);
  const at = before.lastIndexOf(german);
  if (at >= 0 && between.test(before.slice(at + german.length))) return true;
  const next = after.indexOf(german);
  return next > 0 && between.test(after.slice(0, next));
}

/** "Südost-Türkiye": the part before the hyphen is a capitalised word that is not English (Hauts-de-France is a name). */
function germanCompoundHead(lex: Lexicon, doc: Document, start: number): boolean {
  const head = /(\p{Lu}\p{Ll}+)-$/u.exec(doc.text.slice(Math.max(0, start - 30), start));
  return head !== null && lex.classify(head[1]) !== 'en';
}

/** Length of the capitalised German words (Der, Die, Im …) a generic pattern matched before the name. */
function germanLead(lex: Lexicon, match: string): number {
  let length = 0;
  for (const word of match.split(' ').slice(0, -1)) {
    const cls = lex.classify(word);
    if (cls !== 'de') break;
    length += word.length + 1;
  }
  return length;
}
