import { describe, expect, it } from 'vitest';
import { acronymBeforeBracket, acronymExpansions, authorYearCitations, bracketedAcronyms, citedPapers, pictureCredits } from '../../src/rules/english/cited-names.js';
import { wordCharBefore } from '../../src/document/char-class.js';
import { rng } from '../../bench/random.js';
import { protectedRanges } from '../../src/rules/ranges.js';

const spans = (text: string, ranges: Array<{ start: number; end: number }>): string[] => ranges.map((r) => text.slice(r.start, r.end));

describe('names and citations the English analysis leaves alone', () => {
  it('finds an acronym’s expansion on either side of it, and one a sentence explains', () => {
    const text = 'Die UETD (Union of European Turkish Democrats) lud ein; die Union of European Turkish Democrats (UETD) auch. Crowd steht für Creating other ways of Dissemination – neue Wege.';
    expect(spans(text, acronymExpansions(text, 0))).toEqual(['Creating other ways of Dissemination', 'Union of European Turkish Democrats', 'Union of European Turkish Democrats']);
    expect(acronymExpansions('Die Regierung (the government said) lehnte ab.', 0)).toEqual([]);
  });

  it('reads the acronym back from the bracket or the explanation, as a word of its own', () => {
    const hyphenated = 'Die DROWN-Attacke (Decrypting RSA with Obsolete and Weakened eNcryption) traf viele Server.';
    expect(spans(hyphenated, acronymExpansions(hyphenated, 0))).toEqual(['Decrypting RSA with Obsolete and Weakened eNcryption']);
    // A capital inside a word is no acronym's start: "xUETD" spells nothing, before a bracket or "steht für".
    expect(acronymExpansions('Der xUETD (Union of European Turkish Democrats) tagte.', 0)).toEqual([]);
    expect(acronymExpansions('Das kleinCrowd steht für Creating other ways of Dissemination.', 0)).toEqual([]);
    // One word after "steht für" explains nothing.
    expect(acronymExpansions('Crowd steht für Creating.', 0)).toEqual([]);
    const shifted = 'Die UETD (Union of European Turkish Democrats) lud ein.';
    expect(acronymExpansions(shifted, 100)).toEqual([{ start: 110, end: 145 }]);
  });

  it('finds a paper cited by its journal, and a picture credit, to the end of their line', () => {
    const text = 'Das zeigt eine Studie. AbstractNature Energy: Fast and reversible switching materials. Mehr dazu.\nFoto: Anna Muster / dpa\n© PGA of America via Getty Images';
    expect(spans(text, citedPapers(text, 0))).toEqual(['AbstractNature Energy: Fast and reversible switching materials.']);
    expect(spans(text, pictureCredits(text, 0))).toEqual(['Foto: Anna Muster / dpa', '© PGA of America via Getty Images']);
    const lines = 'Er sagte: Wir bleiben.\nBildquelle : Agentur X\nDas Fotoalbum: alt\nPhoto by Jan K on Unsplash\nHintergrund (c) 2023 Verlag\nFotografin:Lea Z';
    expect(spans(lines, pictureCredits(lines, 0))).toEqual(['Bildquelle : Agentur X', 'Photo by Jan K on Unsplash', '(c) 2023 Verlag', 'Fotografin:Lea Z']);
  });

  // A pattern that backtracks would not return from these (the test would time out): a run of
  // capitals after "Abstract", and a brace followed by many colons and semicolons.
  it('scans adversarial runs in one pass', () => {
    expect(citedPapers(`Abstract ${'A'.repeat(20_000)}`, 0)).toEqual([]);
    expect(citedPapers(`Abstract ${'A-'.repeat(20_000)}`, 0)).toEqual([]);
    expect(protectedRanges(`{${':;'.repeat(20_000)}`, 0)).toEqual([]);
    expect(acronymExpansions(`${'a '.repeat(20_000)}(AB)`.repeat(3), 0)).toEqual([]);
    expect(acronymExpansions(`${'Ab steht für '.repeat(5_000)}x`, 0)).toEqual([]);
    expect(acronymExpansions(`${'(Abc) '.repeat(20_000)}`, 0)).toEqual([]);
  });
});

describe('acronymBeforeBracket', () => {
  it('reads back what the pattern it replaced found at the end of the 80 characters before a bracket', () => {
    const PATTERN = /(?<![\p{L}\p{N}])(\p{Lu}\p{L}{1,7})(?:-\p{L}+)?[^\S\n]*$/u;
    const byPattern = (text: string, at: number): string | undefined => {
      const from = Math.max(0, at - 80);
      const m = PATTERN.exec(text.slice(from, at));
      return m && (m.index > 0 || wordCharBefore(text, from) === 0) ? m[1] : undefined;
    };
    const pieces = ['UETD', 'DROWN', 'Attacke', 'Ab', 'A', 'b', 'Ä', 'ß', '𝐀', '𝐚', '😀', '1', '-', ' ', '  ', '\n', '\t', 'Abcdefgh', 'Abcdefghi', 'xyz', 'Die Union of European', '\ud835'];
    const random = rng(17);
    let found = 0;
    for (let n = 0; n < 6000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      for (const at of [text.length, Math.floor(random() * (text.length + 1))]) {
        const expected = byPattern(text, at);
        if (expected !== undefined) found++;
        expect(acronymBeforeBracket(text, at), JSON.stringify([text, at])).toBe(expected);
      }
    }
    expect(found).toBeGreaterThan(1000);
    // A match at the stretch's start inside a longer word is none, and no later word stands in for it.
    for (const text of [`Q${'Ab-'}${'c'.repeat(77)}`, `Q${'Ab-Cd'}${' '.repeat(75)}`, `QAbc${' '.repeat(77)}`, ` Ab-Cd${' '.repeat(75)}`]) {
      expect(acronymBeforeBracket(text, text.length), JSON.stringify(text)).toBe(byPattern(text, text.length));
    }
    expect(acronymBeforeBracket(`QAb-Cd${' '.repeat(75)}`, 81)).toBeUndefined();
    expect(acronymBeforeBracket(` Ab-Cd${' '.repeat(75)}`, 81)).toBe('Ab');
  });
});

describe('bracketedAcronyms', () => {
  it('finds what /\\((\\p{Lu}[\\p{Lu}\\p{Ll}&]{1,7})\\)/gu finds', () => {
    const PATTERN = /\((\p{Lu}[\p{Lu}\p{Ll}&]{1,7})\)/gu;
    const pieces = ['(', ')', '((', '(UETD)', '(Ab', '(𝐀b)', 'UETD', 'AT&T', '&', 'A', 'b', 'Ä', 'ǅ', 'ª', '𝐀', '𝐚', '1', ' ', 'Abcdefgh', 'Abcdefg', 'x'];
    const random = rng(19);
    let found = 0;
    for (let n = 0; n < 6000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const expected = [...text.matchAll(PATTERN)].map((m) => ({ index: m.index, acronym: m[1] }));
      found += expected.length;
      expect([...bracketedAcronyms(text)], JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(500);
  });

  it('reads author–year citations only where a year stands', () => {
    const text = 'Wie berichtet (The White House 2017a) und (Department of Energy 2020, S. 12), nicht aber (Chief Executive) oder (Hg.).';
    expect(spans(text, authorYearCitations(text, 0))).toEqual(['(The White House 2017a)', '(Department of Energy 2020, S. 12)']);
    expect(authorYearCitations('Wie berichtet (The White House) und (Department of Energy).', 0)).toEqual([]);
  });
});
