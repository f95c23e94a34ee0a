import { isLowerLetterAt, isSpaceCode, isUpperLetterAt, letterAt, wordCharAt, wordCharBefore } from '../../document/char-class.js';
import { matchesOnTriggerLines, type Range } from '../ranges.js';

/*
 * Each pattern is found by what is rare in it (a bracket, "steht für"), then the acronym is read
 * back from there: a scan that tried an acronym at every capital of the text cost 60 ms per MB.
 */

/** "UETD (Union of European Turkish Democrats)", "DROWN-Attacke (Decrypting RSA with …)": an acronym, then its expansion in brackets. */
const BRACKETED = /\(([^()\n]{3,160})\)/g;

/** "Crowd steht für Creating other ways of Dissemination": an acronym explained in a German sentence. */
const STANDS_FOR = / (?:steht|kurz|Abkürzung) für /g;
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}\p{L}{1,7})$/u;
const SPELLED_WORDS = /[\p{L}’'&-]+(?: [\p{L}’'&-]+){0,11}/uy;
/** How far back an acronym, its hyphenated word and the spaces before a bracket are read. */
const LOOK_BACK = 80;

/**
 * The spelled-out names of acronyms, which are names as their owners spell them (German keeps
 * "Union of European Turkish Democrats" beside UETD): the acronym's letters, upper-cased, appear
 * in order among the capitals of the expansion, starting with its first, and the expansion has
 * at least two capitalised words. Offsets shifted by `base`.
 */
export function acronymExpansions(text: string, base: number): Range[] {
  const out: Range[] = [];
  let taken = 0; // the end of the last explanation: matches do not overlap
  for (const m of text.matchAll(STANDS_FOR)) {
    const at = m.index ?? 0;
    const acronym = acronymBefore(text, at);
    SPELLED_WORDS.lastIndex = at + m[0].length;
    const words = SPELLED_WORDS.exec(text);
    if (!acronym || at - acronym.length < taken || !words || !words[0].includes(' ')) continue;
    taken = SPELLED_WORDS.lastIndex;
    const spelled = spellingPrefix(acronym, words[0]);
    if (spelled) out.push({ start: base + words.index, end: base + words.index + spelled.length });
  }
  if (!text.includes('(')) return out;
  for (const m of text.matchAll(BRACKETED)) {
    const expansion = m[1];
    const acronym = acronymBeforeBracket(text, m.index ?? 0);
    if (!acronym || !expands(acronym, expansion)) continue;
    const start = (m.index ?? 0) + 1;
    out.push({ start: base + start, end: base + start + expansion.length });
  }
  // "Union of European Turkish Democrats (UETD)": words, then their acronym in brackets.
  for (const { index: at, acronym } of bracketedAcronyms(text)) {
    // The words before the bracket, back to the start of the clause: at most one word per letter and a few joiners.
    const before = /((?:[\p{L}’'&-]+[^\S\n]+){1,12})$/u.exec(text.slice(Math.max(0, at - 200), at));
    if (!before) continue;
    const words = before[1].trim().split(/\s+/);
    for (let from = 0; from < words.length; from++) {
      const candidate = words.slice(from).join(' ');
      if (!/^\p{Lu}/u.test(candidate) || !expands(acronym, candidate)) continue;
      const end = at - (before[1].length - before[1].trimEnd().length);
      out.push({ start: base + end - candidate.length, end: base + end });
      break;
    }
  }
  return out;
}

/** The acronym (ACRONYM_BEFORE's first group) that ends the text before `at`; undefined when there is none. */
function acronymBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - LOOK_BACK);
  const m = ACRONYM_BEFORE.exec(text.slice(from, at));
  // The pattern's lookbehind cannot see past the slice: a match at its start is asked of the text.
  return m && (m.index > 0 || wordCharBefore(text, from) === 0) ? m[1] : undefined;
}

/**
 * The acronym before a bracket at `at`, read back by hand over at most LOOK_BACK characters: what
 * /(?<![\p{L}\p{N}])(\p{Lu}\p{L}{1,7})(?:-\p{L}+)?[^\S\n]*$/u finds at the end of that stretch
 * (its first group), as acronymBefore() takes it (tested against the pattern). The pattern was one
 * of a one-file check's costliest to compile. The acronym is a word of 2–8 letters starting with a
 * capital, alone or before a hyphen and a word ("DROWN-Attacke"), then spaces but no line break.
 */
export function acronymBeforeBracket(text: string, at: number): string | undefined {
  const from = Math.max(0, at - LOOK_BACK);
  let end = at;
  while (end > from && text.charCodeAt(end - 1) !== 0x0a && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const last = letterRunStart(text, from, end);
  if (last === end) return undefined;
  // A word, a hyphen, the last word: the acronym is the first word (the leftmost match), else the last word.
  let start = last;
  let acronymEnd = end;
  const first = last > from && text.charCodeAt(last - 1) === 0x2d ? letterRunStart(text, from, last - 1) : last;
  if (first < last && isAcronym(text, from, first, last - 1)) {
    start = first;
    acronymEnd = last - 1;
  } else if (!isAcronym(text, from, last, end)) return undefined;
  // A match at the stretch's start is taken only if the text before it ends no word (as acronymBefore does).
  return start === from && wordCharBefore(text, from) > 0 ? undefined : text.slice(start, acronymEnd);
}

/**
 * The acronyms in brackets, "(UETD)", "(AT&T)": the matches of /\((\p{Lu}[\p{Lu}\p{Ll}&]{1,7})\)/gu
 * (offset of the bracket, the acronym), found from each bracket by hand (tested against the pattern).
 */
export function* bracketedAcronyms(text: string): Generator<{ index: number; acronym: string }> {
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const first = letterAt(text, open + 1);
    if (first === 0 || !isUpperLetterAt(text, open + 1, first)) continue;
    let end = open + 1 + first;
    for (let count = 0, n = acronymCharAt(text, end); count < 7 && n > 0; count++, n = acronymCharAt(text, end)) end += n;
    if (end > open + 1 + first && text.charCodeAt(end) === 0x29) {
      yield { index: open, acronym: text.slice(open + 1, end) };
      open = end;
    }
  }
}

/** Code units of an acronym's further character at `i` (\p{Lu}, \p{Ll} or &), or 0. */
function acronymCharAt(text: string, i: number): number {
  if (text.charCodeAt(i) === 0x26) return 1;
  const n = letterAt(text, i);
  return n > 0 && (isUpperLetterAt(text, i, n) || isLowerLetterAt(text, i, n)) ? n : 0;
}

/** The start of the run of letters ending at `end`, not before `from` (a pair of surrogates cut by `from` is no letter). */
function letterRunStart(text: string, from: number, end: number): number {
  let start = end;
  for (;;) {
    const n = codePointBefore(text, from, start);
    if (n === 0 || letterAt(text, start - n) !== n) return start;
    start -= n;
  }
}

/** Code units (1 or 2) of the character ending at `end`, within text[from, end); 0 at `from`. */
function codePointBefore(text: string, from: number, end: number): number {
  if (end <= from) return 0;
  const c = text.charCodeAt(end - 1);
  const d = end - 2 >= from ? text.charCodeAt(end - 2) : 0;
  return c >= 0xdc00 && c <= 0xdfff && d >= 0xd800 && d <= 0xdbff ? 2 : 1;
}

/** text[start, end), a run of letters, as an acronym: 2–8 of them, the first a capital, and no letter or digit before it within text[from, …). */
function isAcronym(text: string, from: number, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i += letterAt(text, i)) letters++;
  if (letters < 2 || letters > 8 || !isUpperLetterAt(text, start, letterAt(text, start))) return false;
  const before = codePointBefore(text, from, start);
  return before === 0 || wordCharAt(text, start - before) !== before;
}

/** Whether `expansion` spells `acronym`: its letters, upper-cased, in order among the expansion's capitals, from the first. */
function expands(acronym: string, expansion: string): boolean {
  const letters = acronym.toUpperCase().replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || expansion[0] !== letters[0]) return false;
  if (expansion.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).length < 2) return false;
  return isSubsequence(letters, expansion.replace(/[^\p{Lu}]/gu, ''));
}

/**
 * The shortest run of words, from the first, whose letters spell the acronym in order (any case):
 * "Crowd steht für Creating other ways of Dissemination" (C-R-O-W-D). At least two words, starting
 * with the acronym's letter; undefined when none does.
 */
function spellingPrefix(acronym: string, words: string): string | undefined {
  const letters = acronym.toUpperCase().replace(/[^\p{Lu}]/gu, '');
  const parts = words.split(' ');
  if (letters.length < 2 || parts[0][0].toUpperCase() !== letters[0]) return undefined;
  for (let k = 2; k <= Math.min(parts.length, letters.length + 2); k++) {
    const candidate = parts.slice(0, k).join(' ');
    if (isSubsequence(letters, candidate.toUpperCase()) && parts[k - 1][0].toUpperCase() === letters[letters.length - 1]) return candidate;
  }
  return undefined;
}

function isSubsequence(letters: string, capitals: string): boolean {
  let i = 0;
  for (const c of capitals) if (c === letters[i]) i++;
  return i === letters.length;
}

/**
 * A paper cited by its journal and English title, as science pages link it: "Abstract Nature
 * Energy: Fast and reversible …", "AbstractThe BMJ: Food should be labelled …" (the link text glued
 * on). The title is quoted as published; the range runs to the end of its sentence.
 */
// Each word of the journal's name ends at a space, a hyphen or the colon: one way to cut a run of capitals, so no backtracking.
const CITED_PAPER = /(?<![\p{L}])Abstract ?(?:\p{Lu}[\p{L}&.]*(?:[ -]|(?=:))){1,5}: [^.!?\n]{1,240}[.!?]?/gu;

export function citedPapers(text: string, base: number): Range[] {
  if (!text.includes('Abstract')) return [];
  return [...text.matchAll(CITED_PAPER)].map((m) => ({ start: base + (m.index ?? 0), end: base + (m.index ?? 0) + m[0].length }));
}

/**
 * An author–year citation in brackets, the author as the source is published: "(The White House
 * 2017a)", "(Department of Energy 2020, S. 12)". The author is a name (capitalised words and
 * of/the/and/for), so an English insert that ends in a year stays one: "(Chief Executive since 2019)".
 */
/** What every citation AUTHOR_YEAR matches holds (asked first: the pattern is costly to compile). */
const YEAR = /(?:19|20)\d\d/;
const AUTHOR_YEAR = /\((\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|the|and|for|&|\p{Lu}[\p{L}.&'’-]*)){0,8})\s+(?:19|20)\d\d[a-z]?(?:[,;:][^()\n]{0,40})?\)/gu;

export function authorYearCitations(text: string, base: number): Range[] {
  if (!text.includes('(') || !YEAR.test(text)) return [];
  return [...text.matchAll(AUTHOR_YEAR)].map((m) => ({ start: base + (m.index ?? 0), end: base + (m.index ?? 0) + m[0].length }));
}

/**
 * A picture credit, which names its source as the agency writes it, often in English: "© PGA of
 * America via Getty Images", "Photo by Fré Sonneveld on Unsplash", "Foto: picture alliance",
 * "Urheber: Prateek Rungta from Delhi, India". The
 * range runs to the end of the line, at most 120 characters.
 */
const CREDIT_WORDS = 'Copyright|Foto|Fotos|Photo|Photos|Photograph|Bild|Bilder|Bildquelle|Bildnachweis|Urheber|Urheberin|Fotograf|Fotografin|Image|Picture|Credit';
const CREDIT = new RegExp(`(?:©|\\(c\\)|(?<![\\p{L}])(?:${CREDIT_WORDS})s?[^\\S\\n]*:|(?<![\\p{L}])Photo by\\b|(?<![\\p{L}])via Getty\\b)[^\\n]{0,120}`, 'gu');
/** What every match of CREDIT holds, on its one line (without the lookbehinds, which make a pattern costly to compile). */
const CREDIT_TRIGGER = new RegExp(`©|\\(c\\)|(?:${CREDIT_WORDS})s?[^\\S\\n]*:|Photo by|via Getty`, 'g');

export function pictureCredits(text: string, base: number): Range[] {
  const found: Range[] = [];
  for (const m of matchesOnTriggerLines(text, CREDIT, CREDIT_TRIGGER)) found.push({ start: base + m.index, end: base + m.index + m[0].length });
  return found;
}
