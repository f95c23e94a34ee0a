/**
 * A linear, regex-based tokenizer. Intl.Segmenter is avoided on purpose: in
 * Node 20 it is quadratic on long strings (140 KB took 88 s to segment).
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Letters and digits, with inner hyphens, apostrophes and dots (US-Präsident, geht’s, z.B). */
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

export function tokenizeWords(text: string, offset = 0): Span[] {
  const words: Span[] = [];
  const re = new RegExp(WORD);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = offset + m.index;
    words.push({ start, end: start + m[0].length, text: m[0] });
  }
  return words;
}

/** Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot). */
const ABBREVIATIONS = new Set([
  'dr', 'prof', 'nr', 'st', 'bzw', 'ca', 'usw', 'etc', 'vgl', 'z', 'b', 'u', 'a', 'd', 'h', 'o', 'ä',
  'mio', 'mrd', 'bzgl', 'ggf', 'inkl', 'jh', 'jhd', 'hr', 'fr', 'hrsg', 'abs', 'art', 'str', 'tel',
  'mr', 'mrs', 'ms', 'jr', 'sr', 'no', 'vs', 'rep', 'sen', 'gov', 'gen', 'sept', 'sep', 'okt', 'nov',
  'dez', 'jan', 'feb', 'aug', 'mass', 's', 'evtl', 'sog', 'zit', 'ebd', 'bspw', 'allg', 'uvm',
]);

/**
 * Splits text into sentences at . ! ? … followed by whitespace, unless the dot
 * ends a known abbreviation, an initial or an ordinal number ("am 3. Mai").
 * Closing quotes and brackets after the stop stay with the sentence.
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const sentences: Span[] = [];
  const boundary = /[.!?…]+[“”"»«’)\]]*(?=\s+|$)/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const stopAt = match.index ?? 0;
    const end = stopAt + match[0].length;
    if (match[0].startsWith('.') && !endsSentence(text, stopAt, end)) continue;
    pushTrimmed(sentences, text, start, end, offset);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length, offset);
  return sentences;
}

function endsSentence(text: string, dotAt: number, end: number): boolean {
  const before = /([\p{L}\p{N}]+)$/u.exec(text.slice(Math.max(0, dotAt - 20), dotAt));
  if (before) {
    const word = before[1];
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    if (/^\p{Lu}$/u.test(word)) return false; // an initial: "Kim J. Un"
    if (/^\d+$/.test(word)) {
      // "am 3. Mai": an ordinal unless the next word starts a sentence clearly
      const next = /^\s+(\S)/u.exec(text.slice(end, end + 3));
      if (next && /\p{Ll}|\d/u.test(next[1])) return false;
      if (word.length <= 2 && next && /\p{Lu}/u.test(next[1])) return false;
    }
  }
  const next = /^\s+(\S)/u.exec(text.slice(end, end + 4));
  if (next && /\p{Ll}/u.test(next[1])) return false;
  return true;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number, offset: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start: offset + start, end: offset + end, text: text.slice(start, end) });
}
