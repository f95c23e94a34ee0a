import { isUpperCode } from '../../document/char-class.js';
import type { Document } from '../../document/document.js';
import type { DocumentRule, RuleFinding } from '../types.js';

const MONTHS: Record<string, string> = {
  jan: 'Januar', feb: 'Februar', mar: 'März', apr: 'April', may: 'Mai', jun: 'Juni', jul: 'Juli', aug: 'August',
  sep: 'September', oct: 'Oktober', nov: 'November', dec: 'Dezember',
};
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
/** The English month names German spells otherwise (April, August, September, November are German too). */
const ENGLISH_ONLY_MONTHS = 'January|February|March|May|June|July|October|December';
const WEEKDAYS: Record<string, string> = {
  Monday: 'Montag', Tuesday: 'Dienstag', Wednesday: 'Mittwoch', Thursday: 'Donnerstag', Friday: 'Freitag', Saturday: 'Samstag', Sunday: 'Sonntag',
};
/**
 * German words that put a day's name after them ("am Friday", "bis Monday"): there a weekday is a date,
 * while elsewhere an English one may be part of a name (Black Friday, Fridays for Future, Sunday Times).
 */
const WEEKDAY_LEAD = /(?:^|[^\p{L}])(?:[Aa]m|[Bb]is|[Ss]eit|[Aa]b|[Vv]om|[Zz]um|[Jj]eden|nächsten|letzten|kommenden|vergangenen|diesen) $/u;
/** Words of quantity German writes after a number: a number before one is an amount, not a day. */
const GERMAN_UNITS = '%|Prozent|Prozentpunkte|Euro|Cent|Dollar|Pfund|Franken|Sekunden|Minuten|Stunden|Tage|Wochen|Monate|Jahre|Uhr|Mal|Punkte|Tore|Meter|Kilometer|Kilo|Kilogramm|Tonnen|Grad|Millionen|Milliarden|Menschen|Personen';
const UNITS: Record<string, string> = { million: 'Millionen', m: 'Millionen', billion: 'Milliarden', bn: 'Milliarden', k: 'Tausend' };
const CURRENCIES: Record<string, string> = { '£': 'Pfund', $: 'Dollar', '€': 'Euro' };
const TITLES: Record<string, string> = { Rep: 'der Abgeordnete', Sen: 'Senator', Gov: 'Gouverneur', Mr: 'Herr', Mrs: 'Frau', Ms: 'Frau' };

interface FormatCheck {
  /** A quick necessary condition: blocks without it cannot match (most blocks). */
  needs: (text: string) => boolean;
  pattern: RegExp;
  /** What the pattern cannot say cheaply: the text before a match (a lookbehind costs at every position), the document. */
  accept?: (text: string, m: RegExpExecArray, doc: Document) => boolean;
  describe: (m: RegExpMatchArray) => { message: string; suggestion?: string };
}

const DIGIT = /\d/;
const hasDigit = (text: string): boolean => DIGIT.test(text);
/** Whether any of the words occurs in the text: a few indexOf calls, far cheaper than a pattern's scan. */
const includesAny = (words: readonly string[]) => (text: string): boolean => words.some((w) => text.includes(w)) && hasDigit(text);
const DECIMAL_POINT = /\d\.\d/;

/** English conventions for dates, amounts, titles and numbers that German writes differently. */
const CHECKS: FormatCheck[] = [
  {
    needs: includesAny(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']),
    // Not a German month before an amount: "Ende August 9,87 Sekunden", "ab September 16 Euro".
    pattern: new RegExp(`\\b(${MONTH_NAMES}|${MONTH_ABBREVIATIONS})(\\.?) (\\d{1,2})(?:st|nd|rd|th)?(?:, (\\d{4}))?\\b(?![.,]\\d)(?! ?(?:${GERMAN_UNITS})(?![\\p{L}]))`, 'gu'),
    describe: (m) => {
      const german = `${m[3]}. ${MONTHS[m[1].slice(0, 3).toLowerCase()]}${m[4] ? ` ${m[4]}` : ''}`;
      return { message: `English date format "${m[0]}": German writes "${german}".`, suggestion: german };
    },
  },
  {
    needs: includesAny(ENGLISH_ONLY_MONTHS.split('|')),
    // The British order, day before month: "am 27 January" (a German day number takes a full stop).
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${ENGLISH_ONLY_MONTHS})\\b(?: (\\d{4})\\b)?`, 'gu'),
    accept: (text, { index }) => text[index - 1] !== '.' && text[index - 1] !== ',',
    describe: (m) => {
      const german = `${m[1]}. ${MONTHS[m[2].slice(0, 3).toLowerCase()]}${m[3] ? ` ${m[3]}` : ''}`;
      return { message: `English date format "${m[0]}": German writes "${german}".`, suggestion: german };
    },
  },
  {
    needs: (text) => text.includes('day'),
    pattern: new RegExp(`\\b(${Object.keys(WEEKDAYS).join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu'),
    accept: (text, { index }) => WEEKDAY_LEAD.test(text.slice(Math.max(0, index - 14), index)),
    describe: (m) => ({ message: `English weekday "${m[0]}": German writes "${WEEKDAYS[m[1]]}".`, suggestion: WEEKDAYS[m[1]] }),
  },
  {
    needs: includesAny(Object.keys(CURRENCIES)),
    pattern: /([£$€])\s?(\d+(?:[.,]\d+)?)\s?(million|billion|bn|m|k)\b/g,
    describe: (m) => {
      const german = `${m[2].replace('.', ',')} ${UNITS[m[3]]} ${CURRENCIES[m[1]]}`;
      return { message: `English amount "${m[0]}": German writes "${german}".`, suggestion: german };
    },
  },
  {
    needs: includesAny(['million', 'billion']),
    pattern: /\b(\d+(?:\.\d+)?) (million|billion)\b/g,
    describe: (m) => {
      const german = `${m[1].replace('.', ',')} ${UNITS[m[2]]}`;
      return { message: `English number word in "${m[0]}": German writes "${german}".`, suggestion: german };
    },
  },
  {
    needs: (text) => text.includes('Mr') || text.includes('Ms') || text.includes('Rep.') || text.includes('Sen.') || text.includes('Gov.'),
    pattern: /\b(Rep|Sen|Gov)\. (?=\p{Lu})|\b(Mr|Mrs|Ms)\.? (?=(\p{Lu}[\p{L}'’-]*))/gu,
    // "Mr. Johnson" is English news's second reference to a person it named in full ("Boris Johnson"); without that,
    // Mr. is part of a name German keeps: a character (Mr. Banks, The Talented Mr. Ripley), a contest (Mr. Gay Germany).
    accept: (_text, m, doc) => m[1] !== undefined || namedInFull(doc).has(m[3]),
    describe: (m) => {
      const title = m[1] ?? m[2];
      return { message: `English title "${m[0].trim()}" before a name: German writes "${TITLES[title]}".`, suggestion: `${TITLES[title]} ` };
    },
  },
  {
    needs: (text) => DECIMAL_POINT.test(text),
    pattern: /(?<![\d.,])(\d{1,3})\.(\d{1,2}) ?(%|Prozent|Millionen|Milliarden|Grad|Meter|Kilometer|Euro|Dollar|Pfund)(?![\p{L}])/gu,
    describe: (m) => {
      const german = `${m[1]},${m[2]} ${m[3]}`.replace(' %', ' %');
      return { message: `English decimal point in "${m[0]}": German writes "${german}".`, suggestion: german };
    },
  },
  {
    needs: includesAny(['a.m.', 'p.m.', 'pm']),
    pattern: /\b(\d{1,2}(?::\d{2})?) ?(a\.m\.|p\.m\.|pm)(?![\p{L}])/gu,
    describe: (m) => ({ message: `English time "${m[0]}": German uses the 24-hour clock ("… Uhr").` }),
  },
];

/** Every check's need at once: the blocks worth a look, found in one scan of the text. */
const ANY_NEED = /\d|M[rs]|Rep\.|Sen\.|Gov\.|day/;

export const englishFormat: DocumentRule = {
  meta: {
    id: 'english-format',
    category: 'english',
    severity: 'minor',
    description: 'English formats in German text: Sept. 11, 2001; 27 January; am Friday; £5million; Rep. Smith; 3.5 Prozent; 5 p.m.',
  },
  check(doc) {
    const findings: RuleFinding[] = [];
    for (const block of doc.blocksContaining(ANY_NEED)) {
      const text = doc.blockText(block);
      for (const { needs, pattern, accept, describe } of CHECKS) {
        if (!needs(text)) continue;
        for (const m of text.matchAll(pattern) as IterableIterator<RegExpExecArray>) {
          if (accept && !accept(text, m, doc)) continue;
          const start = block.start + m.index;
          const span = m[0].trimEnd();
          findings.push({ start, end: start + span.length, ...describe(m) });
        }
      }
    }
    return findings;
  },
};

/** Capitalised words the document writes after a capitalised word other than a title: the surnames of people named in full. */
function namedInFull(doc: Document): Set<string> {
  let names = surnames.get(doc);
  if (names) return names;
  surnames.set(doc, (names = new Set()));
  const { words, text } = doc;
  for (let i = 1; i < words.length; i++) {
    const [first, last] = [words[i - 1], words[i]];
    if (last.start !== first.end + 1 || text[first.end] !== ' ' || !isUpperCode(first.text.charCodeAt(0)) || !isUpperCode(last.text.charCodeAt(0))) continue;
    if (!(first.text in TITLES)) names.add(last.text);
  }
  return names;
}

const surnames = new WeakMap<Document, Set<string>>();
