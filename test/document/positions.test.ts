import { hashWord } from '../../src/document/word-hash.js';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/document/line-index.js';
import { SourceMap } from '../../src/document/source-map.js';
import { splitSentences, tokenizeWords } from '../../src/document/tokenize.js';

describe('LineIndex', () => {
  it('counts LF, CRLF and CR line ends', () => {
    const lines = new LineIndex('ab\ncd\r\nef\rgh');
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(3)).toEqual({ line: 2, column: 1 });
    expect(lines.position(7)).toEqual({ line: 3, column: 1 });
    expect(lines.position(10)).toEqual({ line: 4, column: 1 });
    expect(lines.position(11)).toEqual({ line: 4, column: 2 });
    expect(lines.lastLine).toBe(4);
  });

  it('counts columns in UTF-16 code units', () => {
    const lines = new LineIndex('„Ä“ 😀 x');
    expect(lines.position('„Ä“ 😀 '.length)).toEqual({ line: 1, column: 8 });
  });
});

describe('SourceMap', () => {
  const map = new SourceMap();
  map.add({ textStart: 0, textEnd: 4, sourceStart: 10, sourceEnd: 14 }); // verbatim "Tom "
  map.add({ textStart: 4, textEnd: 5, sourceStart: 14, sourceEnd: 19 }); // "&" from "&amp;"
  map.add({ textStart: 5, textEnd: 11, sourceStart: 19, sourceEnd: 25 }); // verbatim " Jerry"

  it('maps verbatim runs character by character', () => {
    expect(map.toSource(2)).toBe(12);
    expect(map.toSource(6)).toBe(20);
  });

  it('maps a decoded entity to its whole source range', () => {
    expect(map.toSource(4)).toBe(14);
    expect(map.toSourceEnd(5)).toBe(19);
  });

  it('slices pieces to a range', () => {
    expect(map.slice(2, 7).map((p) => [p.textStart, p.textEnd, p.sourceStart, p.sourceEnd])).toEqual([
      [2, 4, 12, 14],
      [4, 5, 14, 19],
      [5, 7, 19, 21],
    ]);
  });
});

describe('tokenizer', () => {
  it('keeps hyphenated words, apostrophes and abbreviations with inner dots together', () => {
    expect(tokenizeWords('US-Präsident, geht’s z.B. 3.000 Euro').map((w) => w.text)).toEqual(['US-Präsident', 'geht’s', 'z.B', '3.000', 'Euro']);
  });

  it('offsets words by the block start', () => {
    expect(tokenizeWords('ab cd', 10)[1]).toEqual({ start: 13, end: 15, text: 'cd', hash: hashWord('cd') });
  });

  it('splits sentences but not after abbreviations, initials or ordinals', () => {
    const text = 'Am 3. Oktober sprach Dr. Müller mit Kim J. Un. Er sagte: „Ja.“ Danach z. B. nichts mehr. Ende!';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Am 3. Oktober sprach Dr. Müller mit Kim J. Un.',
      'Er sagte: „Ja.“',
      'Danach z. B. nichts mehr.',
      'Ende!',
    ]);
  });

  it('handles a 2 MB block (speed is measured in npm run bench)', () => {
    const big = 'Das ist ein Satz mit einigen Wörtern. '.repeat(55_000);
    expect(tokenizeWords(big).length).toBe(7 * 55_000);
    expect(splitSentences(big).length).toBe(55_000);
  });
});
