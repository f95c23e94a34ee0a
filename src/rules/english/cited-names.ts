import type { Range } from '../ranges.js';

/** "UETD (Union of European Turkish Democrats)", "DROWN-Attacke (Decrypting RSA with …)": an acronym, then its expansion in brackets. */
const ACRONYM_THEN_EXPANSION = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}]{1,7})(?:-\p{L}+)?[^\S\n]*\(([^()\n]{3,160})\)/gu;
/** "Union of European Turkish Democrats (UETD)": words, then their acronym in brackets. */
const EXPANSION_THEN_ACRONYM = /\((\p{Lu}[\p{Lu}\p{Ll}&]{1,7})\)/gu;

/** "Crowd steht für Creating other ways of Dissemination": an acronym explained in a German sentence. */
const STANDS_FOR = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}]{1,7}) (?:steht für|kurz für|Abkürzung für) ([\p{L}’'&-]+(?: [\p{L}’'&-]+){1,11})/gu;

/**
 * The spelled-out names of acronyms, which are names as their owners spell them (German keeps
 * "Union of European Turkish Democrats" beside UETD): the acronym's letters, upper-cased, appear
 * in order among the capitals of the expansion, starting with its first, and the expansion has
 * at least two capitalised words. Offsets shifted by `base`.
 */
export function acronymExpansions(text: string, base: number): Range[] {
  const out: Range[] = [];
  if (text.includes(' für ')) {
    for (const m of text.matchAll(STANDS_FOR)) {
      const spelled = spellingPrefix(m[1], m[2]);
      if (!spelled) continue;
      const start = (m.index ?? 0) + m[0].length - m[2].length;
      out.push({ start: base + start, end: base + start + spelled.length });
    }
  }
  if (!text.includes('(')) return out;
  for (const m of text.matchAll(ACRONYM_THEN_EXPANSION)) {
    const expansion = m[2];
    if (!expands(m[1], expansion)) continue;
    const start = (m.index ?? 0) + m[0].length - 1 - expansion.length;
    out.push({ start: base + start, end: base + start + expansion.length });
  }
  for (const m of text.matchAll(EXPANSION_THEN_ACRONYM)) {
    const acronym = m[1];
    const at = m.index ?? 0;
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
 * A picture credit, which names its source as the agency writes it, often in English: "© PGA of
 * America via Getty Images", "Photo by Fré Sonneveld on Unsplash", "Foto: picture alliance". The
 * range runs to the end of the line, at most 120 characters.
 */
const CREDIT = /(?:©|\(c\)|(?<![\p{L}])(?:Copyright|Foto|Fotos|Photo|Photos|Photograph|Bild|Bilder|Image|Picture|Credit)s?[^\S\n]*:|(?<![\p{L}])Photo by\b|(?<![\p{L}])via Getty\b)[^\n]{0,120}/gu;
const MAY_CREDIT = /[©:]|\(c\)|Photo by|via Getty/;

export function pictureCredits(text: string, base: number): Range[] {
  if (!MAY_CREDIT.test(text)) return [];
  return [...text.matchAll(CREDIT)].map((m) => ({ start: base + (m.index ?? 0), end: base + (m.index ?? 0) + m[0].length }));
}
