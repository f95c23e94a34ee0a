import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/random.js';
import { splitSentences, tokenizeWords, type Span, type Word } from '../../src/document/tokenize.js';
import { hashWord, WordTable } from '../../src/document/word-hash.js';

/** The tokenizer as it was written with regexes: the hand-written scanner must answer exactly as these do. */
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
function regexWords(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], hash: hashWord(m[0]) }));
}

const ABBREVIATIONS = new Set(['dr', 'prof', 'nr', 'st', 'bzw', 'ca', 'usw', 'etc', 'vgl', 'z', 'b', 'u', 'a', 'd', 'h', 'o', 'ä', 'mio', 'mrd', 'bzgl', 'ggf', 'inkl', 'jh', 'jhd', 'hr', 'fr', 'hrsg', 'abs', 'art', 'str', 'tel', 'mr', 'mrs', 'ms', 'jr', 'sr', 'no', 'vs', 'rep', 'sen', 'gov', 'gen', 'sept', 'sep', 'okt', 'nov', 'dez', 'jan', 'feb', 'aug', 'mass', 's', 'evtl', 'sog', 'zit', 'ebd', 'bspw', 'allg', 'uvm']);
function regexEndsSentence(text: string, dotAt: number, end: number): boolean {
  const before = /([\p{L}\p{N}]+)$/u.exec(text.slice(Math.max(0, dotAt - 20), dotAt));
  if (before) {
    const word = before[1];
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    if (/^\p{Lu}$/u.test(word)) return false;
    if (/^\d+$/.test(word)) {
      const next = /^\s+(\S)/u.exec(text.slice(end, end + 3));
      if (next && /\p{Ll}|\d/u.test(next[1])) return false;
      if (word.length <= 2 && next && /\p{Lu}/u.test(next[1])) return false;
    }
  }
  const next = /^\s+(\S)/u.exec(text.slice(end, end + 4));
  return !(next && /\p{Ll}/u.test(next[1]));
}
function regexSentences(text: string): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  };
  let start = 0;
  for (const m of text.matchAll(/[.!?…]+[“”"»«’)\]]*(?=\s+|$)/g)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && !regexEndsSentence(text, m.index, end)) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}

/** Random text over the characters the tokenizer treats specially, astral letters and lone surrogates included. */
function randomText(random: () => number, length: number): string {
  const alphabet = ['a', 'Z', 'ä', 'Ü', 'ß', '3', '0', ' ', ' ', ' ', '\n', '\u00a0', '\u2009', '-', "'", '’', '.', '.', '!', '?', '…', '„', '“', '”', '»', ')', ']', ',', 'z', 'B', 'Dr', 'Nr', 'ca', 'J', '𝐀', '𝐚', '😀', '\ud835', '\udc00', 'ǅ', 'ﬁ', '٣', 'Ⅻ'];
  let s = '';
  while (s.length < length) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
}

describe('tokenizer', () => {
  it('splits words and sentences exactly as the regex tokenizer on random text', () => {
    const random = rng(7);
    for (let round = 0; round < 3000; round++) {
      const text = randomText(random, 1 + Math.floor(random() * 60));
      expect(tokenizeWords(text), JSON.stringify(text)).toEqual(regexWords(text));
      expect(splitSentences(text), JSON.stringify(text)).toEqual(regexSentences(text));
    }
  });

  it('splits words and sentences exactly as the regex tokenizer on the corpus', () => {
    const files = ['text', 'markdown', 'html'].flatMap((d) => readdirSync(join('corpus', d)).map((n) => join('corpus', d, n)));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(tokenizeWords(text)).toEqual(regexWords(text));
      expect(splitSentences(text)).toEqual(regexSentences(text));
    }
  });

  it('keeps words in a WordTable by their hash, collisions settled by the word', () => {
    const table = new WordTable<number>(4);
    const words = ['Haus', 'haus', 'Häuser', 'US-Präsident', '𝐀bc'];
    words.forEach((w, i) => table.set(w, i));
    expect(table.size).toBe(1); // the fifth word started the table afresh
    expect(table.get('𝐀bc')).toBe(4);
    expect(table.get('Haus')).toBeUndefined();
    const small = new WordTable<string>(3);
    small.set('a', 'x', 7);
    small.set('b', 'y', 7); // same hash, different word
    expect([small.get('a', 7), small.get('b', 7), small.get('c', 7)]).toEqual(['x', 'y', undefined]);
    expect(tokenizeWords('Das Haus').map((w) => w.hash)).toEqual([hashWord('Das'), hashWord('Haus')]);
  });

  it('grows a WordTable as it fills, every word kept, and still starts afresh at its limit', () => {
    const table = new WordTable<number>(10_000);
    const words = Array.from({ length: 9_999 }, (_, i) => `Wort${i}`);
    words.forEach((w, i) => table.set(w, i));
    table.set('Wort17', -17); // a word already held: its value changes, no second entry
    expect(table.size).toBe(9_999);
    expect(words.every((w, i) => table.get(w) === (i === 17 ? -17 : i))).toBe(true);
    expect(table.get('Wort10000')).toBeUndefined();
    table.set('Wort10000', 1);
    table.set('Wort10001', 2); // the limit reached: afresh
    expect([table.size, table.get('Wort5'), table.get('Wort10001')]).toEqual([1, undefined, 2]);
  });

  it('offsets spans by the block start', () => {
    expect(tokenizeWords('US-Präsident sagt’s z.B. heute', 10).map((w) => [w.text, w.start])).toEqual([
      ['US-Präsident', 10],
      ['sagt’s', 23],
      ['z.B', 30],
      ['heute', 35],
    ]);
    expect(splitSentences('Am 3. Mai kam er. Dann ging er.', 5).map((s) => s.start)).toEqual([5, 23]);
  });
});
