import { describe, expect, it } from 'vitest';
import { capitalisedWords, comparisonHash, matchesAtWordStart, normalizeForComparison, wordRuns } from '../../src/rules/text.js';
import { rng } from '../../bench/random.js';

const found = (text: string, pattern: RegExp): string[] => [...matchesAtWordStart(text, pattern)].map((m) => `${m.index}:${m[0]}`);

describe('matchesAtWordStart', () => {
  it('keeps the matches a word starts, as a leading (?<![\\p{L}\\p{N}]) would', () => {
    const pattern = /(?:fake\s+news|made\s+in)(?![\p{L}\p{N}])/giu;
    expect(found('Fake News, made in Germany, übermade in nichts, 3made in', pattern)).toEqual(['0:Fake News', '11:made in']);
    const lookbehind = /(?<![\p{L}\p{N}])(?:fake\s+news|made\s+in)(?![\p{L}\p{N}])/giu;
    const text = 'Ömade in, „made in“, Fake  News; xfake news made in';
    expect(found(text, pattern)).toEqual([...text.matchAll(lookbehind)].map((m) => `${m.index}:${m[0]}`));
  });

  it('looks again inside a match it rejects, and past letters outside the BMP', () => {
    // "zab c" is rejected (Ö before it), and so are the matches inside it, up to " c" after the first space.
    expect(found('Özab  c', /[a-z ]+c/g)).toEqual(['5: c']);
    expect(found('𝐀ab ab', /ab/gu)).toEqual(['5:ab']);
    expect(found('𝐀ab', /[\p{L}]ab/gu)).toEqual(['0:𝐀ab']);
  });
});

describe('comparisonHash', () => {
  it('is equal for texts that normalise alike, whatever their case, quotes, spaces and trimmed ends', () => {
    const pieces = ['Der', 'der', 'DER', 'İstanbul', 'i\u0307stanbul', 'istanbul', '\u212a', 'k', 'K', '„', '“', '"', '»', ' ', '  ', '\n', '.', '!', 'Straße', 'STRASSE', 'ΟΔΟΣ', 'οδος', '3', 'x'];
    const random = rng(7);
    const texts = Array.from({ length: 4000 }, () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
    const byKey = new Map<string, number>();
    for (const text of texts) {
      const key = normalizeForComparison(text);
      const hash = comparisonHash(text);
      if (byKey.has(key)) expect(hash, JSON.stringify(text)).toBe(byKey.get(key));
      else byKey.set(key, hash);
    }
    expect(comparisonHash('Die Polizei kam.')).not.toBe(comparisonHash('Die Feuerwehr kam.'));
  });
});

describe('wordRuns', () => {
  it('finds what /[\\p{L}\\p{N}]{3,}/gu finds, counting characters beyond the BMP as one', () => {
    const pieces = ['a', 'Ä', 'ß', '7', '٣', '𝐀', '😀', 'e\u0301', '-', ' ', '.', '’', 'ab', 'xyz', '\ud835', 'ΟΔΟΣ'];
    const random = rng(11);
    for (let n = 0; n < 4000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      for (const min of [1, 3]) expect(wordRuns(text, min), JSON.stringify(text)).toEqual(text.match(new RegExp(`[\\p{L}\\p{N}]{${min},}`, 'gu')) ?? []);
    }
  });
});

describe('capitalisedWords', () => {
  it('finds what /\\p{Lu}\\p{L}+/gu finds, beyond the BMP too', () => {
    const pieces = ['a', 'A', 'Ä', 'ß', 'ẞ', '7', '𝐀', '𝐚', '😀', 'e\u0301', '-', ' ', '.', '’', 'Ab', 'xY', 'ΟΔΟΣ', 'Ǆ', '\ud835'];
    const random = rng(13);
    for (let n = 0; n < 4000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(capitalisedWords(text), JSON.stringify(text)).toEqual(text.match(/\p{Lu}\p{L}+/gu) ?? []);
    }
  });
});
