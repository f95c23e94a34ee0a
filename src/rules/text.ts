import { compareTwoStrings } from 'string-similarity';
import { isUpperLetterAt, letterAt, wordCharAt, wordCharBefore } from '../document/char-class.js';

/** Lower case, one kind of quote, no surrounding punctuation, single spaces: for comparing copies. */
export function normalizeForComparison(text: string): string {
  let flat = text.toLowerCase();
  if (ANY_QUOTE.test(flat)) flat = flat.replace(ALL_QUOTES, '"');
  if (IRREGULAR_SPACE.test(flat)) flat = flat.replace(/\s+/g, ' ');
  let start = 0;
  let end = flat.length;
  while (start < end && TRIMMED.test(flat[start])) start++;
  while (end > start && TRIMMED.test(flat[end - 1])) end--;
  return flat.slice(start, end);
}

/**
 * A 30-bit hash that is equal for texts whose normalizeForComparison() is equal (the converse need not
 * hold): FNV-1a over their ASCII letters, lower-cased, and digits, which lower-casing, quote unifying,
 * space collapsing and trimming leave as they are. Two characters outside ASCII lower-case into it:
 * İ (U+0130) into "i̇" and the Kelvin sign (U+212A) into "k". Computed without building a string, it
 * sorts out the texts that cannot have a copy before any is normalised.
 */
export function comparisonHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x130) c = 105;
    else if (c === 0x212a) c = 107;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

const TRIMMED = /[\s\p{P}]/u;
const ANY_QUOTE = /[„“”"»«‚‘’‹›']/;
const ALL_QUOTES = /[„“”"»«‚‘’‹›']/g;
const IRREGULAR_SPACE = /[^\S ]|  /;

/** Separators that join a headline to a site or section name: "… | Wladimir Putin", "… – Politik". */
const SITE_SUFFIX = /\s+(?:\||–|—|-|::|·|•|»)\s+(?!.*\s(?:\||–|—|::|·|•|»)\s)([^|–—]{1,60})$/u;

/** The headline without a trailing site or section suffix, when what is left is still a headline. */
export function stripSiteSuffix(headline: string): string {
  const m = SITE_SUFFIX.exec(headline);
  if (!m || m.index === undefined) return headline;
  const rest = headline.slice(0, m.index);
  return countWords(rest) >= 3 ? rest : headline;
}

/** Runs of letters and digits (the words of /[\p{L}\p{N}]+/gu), counted without allocating them. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const n = wordCharAt(text, i);
    if (n > 0 && !inWord) count++;
    inWord = n > 0;
    i += n || 1;
  }
  return count;
}

/** The runs of letters and digits at least `min` characters (code points) long: the matches of /[\p{L}\p{N}]{min,}/gu, without the pattern. */
export function wordRuns(text: string, min: number): string[] {
  const runs: string[] = [];
  for (let i = 0; i < text.length; ) {
    let n = wordCharAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    let characters = 0;
    for (; n > 0; n = i < text.length ? wordCharAt(text, i) : 0) {
      i += n;
      characters++;
    }
    if (characters >= min) runs.push(text.slice(start, i));
  }
  return runs;
}

/** The capitalised words: the matches of /\p{Lu}\p{L}+/gu, without the pattern. */
export function capitalisedWords(text: string): string[] {
  const words: string[] = [];
  for (let i = 0; i < text.length; ) {
    const n = letterAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    if (isUpperLetterAt(text, i, n)) {
      let end = i + n;
      for (let m = end < text.length ? letterAt(text, end) : 0; m > 0; m = end < text.length ? letterAt(text, end) : 0) end += m;
      if (end > i + n) {
        words.push(text.slice(i, end));
        i = end;
        continue;
      }
    }
    i += n;
  }
  return words;
}

/** Sørensen–Dice similarity of character bigrams (string-similarity), 0–1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return compareTwoStrings(a, b);
}

/**
 * A text's character bigrams (whitespace removed, as string-similarity does),
 * as sorted numbers: compared many times, two profiles cost one merge instead
 * of two hash maps per comparison.
 */
export function bigramProfile(text: string): Uint32Array {
  const flat = text.replace(/\s+/g, '');
  const out = new Uint32Array(Math.max(0, flat.length - 1));
  for (let i = 0; i + 1 < flat.length; i++) out[i] = flat.charCodeAt(i) * 65536 + flat.charCodeAt(i + 1);
  return out.sort();
}

/** similarity() of the two texts the profiles were made of (a multiset Dice: the same value as string-similarity). */
export function profileSimilarity(a: Uint32Array, b: Uint32Array, textA: string, textB: string): number {
  if (a.length === 0 || b.length === 0) return similarity(textA, textB);
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** Quotes a piece of the article for a message, shortened in the middle if long. */
export function quote(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `"${flat}"`;
  const half = Math.floor((max - 1) / 2);
  return `"${flat.slice(0, half).trimEnd()}…${flat.slice(flat.length - half).trimStart()}"`;
}

/**
 * The matches of a global pattern that do not start inside a word: what a leading
 * `(?<![\p{L}\p{N}])` says, asked once per match instead of at every position of the text
 * (a lookbehind before an alternation stops the regex engine from skipping ahead, 5–10× slower).
 */
export function* matchesAtWordStart(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (wordCharBefore(text, m.index) > 0) pattern.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    else {
      if (m[0].length === 0) pattern.lastIndex++;
      yield m;
    }
  }
}
