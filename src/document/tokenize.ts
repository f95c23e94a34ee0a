/**
 * A linear tokenizer: words scanned with a character table, sentences split
 * at a regex of stops. Intl.Segmenter is avoided on purpose: in Node 20 it is
 * quadratic on long strings (140 KB took 88 s to segment).
 */
import { isLowerCode, isSpaceCode, wordCharAt, wordCharBefore } from './char-class.js';
import { HASH_START, hashEnd, hashStep } from './word-hash.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A word, with its hashWord() for table lookups. */
export interface Word extends Span {
  hash: number;
}

/**
 * Words (appended to `words`): letters and digits, with inner hyphens, apostrophes and dots
 * (US-Präsident, geht’s, z.B) — the regex /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\/u,
 * scanned by hand with a character table (three times faster, no match arrays).
 */
export function tokenizeWords(text: string, offset = 0, words: Word[] = []): Word[] {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let n = wordCharAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = HASH_START; // hashWord(), computed as the word is read
    for (;;) {
      for (; n > 0; n = i < length ? wordCharAt(text, i) : 0) {
        h = hashStep(h, text.charCodeAt(i));
        if (n === 2) h = hashStep(h, text.charCodeAt(i + 1));
        i += n;
      }
      const c = text.charCodeAt(i);
      if ((c === HYPHEN || c === APOSTROPHE || c === RIGHT_QUOTE || c === DOT) && i + 1 < length && (n = wordCharAt(text, i + 1)) > 0) {
        h = hashStep(h, c);
        i++;
      } else break;
    }
    words.push({ start: offset + start, end: offset + i, text: text.slice(start, i), hash: hashEnd(h) });
  }
  return words;
}

const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const DOT = 0x2e;

/** Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot). */
const ABBREVIATIONS = new Set([
  'dr', 'prof', 'nr', 'st', 'bzw', 'ca', 'usw', 'etc', 'vgl', 'z', 'b', 'u', 'a', 'd', 'h', 'o', 'ä',
  'mio', 'mrd', 'bzgl', 'ggf', 'inkl', 'jh', 'jhd', 'hr', 'fr', 'hrsg', 'abs', 'art', 'str', 'tel',
  'mr', 'mrs', 'ms', 'jr', 'sr', 'no', 'vs', 'rep', 'sen', 'gov', 'gen', 'sept', 'sep', 'okt', 'nov',
  'dez', 'jan', 'feb', 'aug', 'mass', 's', 'evtl', 'sog', 'zit', 'ebd', 'bspw', 'allg', 'uvm',
]);

/**
 * Splits text into sentences (appended to `sentences`) at . ! ? … followed by whitespace, unless the dot
 * ends a known abbreviation, an initial or an ordinal number ("am 3. Mai").
 * Closing quotes and brackets after the stop stay with the sentence.
 */
export function splitSentences(text: string, offset = 0, sentences: Span[] = []): Span[] {
  let start = 0;
  // A text without a stop (a heading, a short line) is one sentence: no regex run, no match objects.
  if (STOP.test(text)) {
    BOUNDARY.lastIndex = 0;
    for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
      const stopAt = match.index;
      const end = stopAt + match[0].length;
      if (match[0].startsWith('.') && !endsSentence(text, stopAt, end)) continue;
      pushTrimmed(sentences, text, start, end, offset);
      start = end;
    }
  }
  pushTrimmed(sentences, text, start, text.length, offset);
  return sentences;
}

const STOP = /[.!?…]/;
const BOUNDARY = /[.!?…]+[“”"»«’)\]]*(?=\s+|$)/g;

function endsSentence(text: string, dotAt: number, end: number): boolean {
  const word = wordBefore(text, dotAt, 20);
  if (word !== '') {
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    if (/^\p{Lu}$/u.test(word)) return false; // an initial: "Kim J. Un"
    if (/^\d+$/.test(word)) {
      // "am 3. Mai": an ordinal unless the next word starts a sentence clearly
      const next = charAfterSpace(text, end, 3);
      if (next && /\p{Ll}|\d/u.test(next)) return false;
      if (word.length <= 2 && next && /\p{Lu}/u.test(next)) return false;
    }
  }
  const next = charAfterSpace(text, end, 4);
  return !(next && isLowerChar(next));
}

/** The letters and digits just before `at`, at most `max` code units of them. */
function wordBefore(text: string, at: number, max: number): string {
  const from = Math.max(0, at - max);
  let start = at;
  for (let n = wordCharBefore(text, start); n > 0 && start - n >= from; n = wordCharBefore(text, start)) start -= n;
  return text.slice(start, at);
}

/** The character after whitespace at `at`, within `within` code units, or '' (as /^\s+(\S)/u on that slice). */
function charAfterSpace(text: string, at: number, within: number): string {
  const limit = Math.min(text.length, at + within);
  let j = at;
  while (j < limit && isSpaceCode(text.charCodeAt(j))) j++;
  if (j === at || j >= limit) return '';
  const c = text.charCodeAt(j);
  return text.slice(j, c >= 0xd800 && c <= 0xdbff && j + 1 < limit ? j + 2 : j + 1);
}

const isLowerChar = (ch: string): boolean => (ch.length === 1 ? isLowerCode(ch.charCodeAt(0)) : /^\p{Ll}$/u.test(ch));

function pushTrimmed(out: Span[], text: string, start: number, end: number, offset: number): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start: offset + start, end: offset + end, text: text.slice(start, end) });
}
