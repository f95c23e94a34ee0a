/**
 * Character classes of the UTF-16 code units, looked up in a table instead of
 * a Unicode regex: the tokenizer asks about every character of every article.
 * Each entry is computed once, from the same Unicode properties the regexes use.
 */
const KNOWN = 1;
const WORD_CHAR = 2;
const LOWER = 4;
const SPACE = 8;
const UPPER = 16;
const LETTER = 32;

/** Classes per code unit, filled in as characters are first met (an article uses a few hundred). */
const table = new Uint8Array(0x10000);

function classOf(c: number): number {
  let bits = table[c];
  if (bits === 0) {
    const ch = c >= 0xd800 && c <= 0xdfff ? '' : String.fromCharCode(c);
    bits = KNOWN;
    if (ch !== '') {
      if (/[\p{L}\p{N}]/u.test(ch)) bits |= WORD_CHAR;
      if (/\p{Ll}/u.test(ch)) bits |= LOWER;
      if (/\s/u.test(ch)) bits |= SPACE;
      if (/\p{Lu}/u.test(ch)) bits |= UPPER;
      if (/\p{L}/u.test(ch)) bits |= LETTER;
    }
    table[c] = bits;
  }
  return bits;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const ASTRAL_WORD = /^[\p{L}\p{N}]$/u;

/**
 * Length (1 or 2 code units) of the letter or digit starting at `i`, or 0.
 * Letters outside the BMP (surrogate pairs) are rare and asked of the regex.
 */
export function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (classOf(c) & WORD_CHAR) return 1;
  if (isHighSurrogate(c) && i + 1 < text.length) return ASTRAL_WORD.test(text.slice(i, i + 2)) ? 2 : 0;
  return 0;
}

/** Length of the letter or digit ending just before `end`, or 0. */
export function wordCharBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const c = text.charCodeAt(end - 1);
  if (classOf(c) & WORD_CHAR) return 1;
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) return ASTRAL_WORD.test(text.slice(end - 2, end)) ? 2 : 0;
  return 0;
}

const ASTRAL_LETTER = /^\p{L}$/u;
const ASTRAL_UPPER = /^\p{Lu}$/u;
const ASTRAL_LOWER = /^\p{Ll}$/u;

/** Length (1 or 2 code units) of the letter (\p{L}) starting at `i`, or 0; letters outside the BMP are asked of a regex. */
export function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (classOf(c) & LETTER) return 1;
  if (isHighSurrogate(c) && i + 1 < text.length) return ASTRAL_LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  return 0;
}

/** Whether the letter of length `n` at `i` (see letterAt) is upper-case (\p{Lu}). */
export function isUpperLetterAt(text: string, i: number, n: number): boolean {
  return n === 1 ? (classOf(text.charCodeAt(i)) & UPPER) !== 0 : ASTRAL_UPPER.test(text.slice(i, i + n));
}

/** Whether the letter of length `n` at `i` (see letterAt) is lower-case (\p{Ll}). */
export function isLowerLetterAt(text: string, i: number, n: number): boolean {
  return n === 1 ? (classOf(text.charCodeAt(i)) & LOWER) !== 0 : ASTRAL_LOWER.test(text.slice(i, i + n));
}

/** Whether the text starts with a lower-case letter (/^\p{Ll}/u). */
export function startsWithLower(text: string): boolean {
  const n = letterAt(text, 0);
  return n > 0 && isLowerLetterAt(text, 0, n);
}

/** Whether two letters stand side by side somewhere in the text (/\p{L}{2}/u). */
export function hasLetterPair(text: string): boolean {
  let previous = 0;
  for (let i = 0; i < text.length; ) {
    const n = letterAt(text, i);
    if (n > 0 && previous > 0) return true;
    previous = n;
    i += n || 1;
  }
  return false;
}

export const isLowerCode = (c: number): boolean => (classOf(c) & LOWER) !== 0;
export const isSpaceCode = (c: number): boolean => (classOf(c) & SPACE) !== 0;
export const isUpperCode = (c: number): boolean => (classOf(c) & UPPER) !== 0;

/** The first offset in [start, end) that is not whitespace, or `end`. */
export function skipSpace(text: string, start = 0, end = text.length): number {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  return start;
}

/** The end of `text` without its trailing whitespace. */
export function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}
