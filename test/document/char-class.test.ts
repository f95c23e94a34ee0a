import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/random.js';
import { hasLetterPair, startsWithLower } from '../../src/document/char-class.js';
import { hasInnerCapital } from '../../src/lexicon/lexicon.js';

/** Random short strings of letters of every case (title case and astral ones too), digits, marks and lone surrogates. */
function randomWords(seed: number, count: number): string[] {
  const pieces = ['a', 'B', 'ä', 'Ö', 'ß', 'ǅ', 'ª', '𝐀', '𝐚', '😀', '1', '-', '’', ' ', 'e\u0301', '\ud835', 'iP', 'eB', 'ab', 'X'];
  const random = rng(seed);
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 5) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
}

describe('character scans that stand in for Unicode patterns', () => {
  it('answer as the patterns do', () => {
    for (const word of randomWords(29, 6000)) {
      expect(startsWithLower(word), JSON.stringify(word)).toBe(/^\p{Ll}/u.test(word));
      expect(hasLetterPair(word), JSON.stringify(word)).toBe(/\p{L}{2,}/u.test(word));
      expect(hasInnerCapital(word), JSON.stringify(word)).toBe(/^\p{Ll}{1,2}\p{Lu}/u.test(word));
    }
    expect(['iPhone', 'eBay', 'iOS', 'abC'].every(hasInnerCapital)).toBe(true);
    expect(['Phone', 'abcD', 'i-Phone'].some(hasInnerCapital)).toBe(false);
  });
});
