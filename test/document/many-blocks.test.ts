import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document/document.js';
import { NumberList } from '../../src/document/number-list.js';
import { textReader } from '../../src/readers/text.js';
import { LineIndex } from '../../src/document/line-index.js';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { headlineMatcher } from '../../src/rules/duplicates/headline-match.js';

const readText = (text: string): Document =>
  textReader.read({ path: 'a.txt', text, lines: new LineIndex(text), fields: DEFAULT_CONFIG.fields }).documents[0];

describe('Document.blocksContaining', () => {
  const doc = readText('Titel\n\nOhne Zeichen.\n\nEr sagte: „Ja“ und „Nein“.\n\nNichts.\n\n„Zitat“');

  it('gives each block holding a match once, in order', () => {
    expect(doc.blocksContaining(/[„“]/g).map((b) => doc.blockText(b))).toEqual(['Er sagte: „Ja“ und „Nein“.', '„Zitat“']);
  });

  it('takes a pattern without the g flag, and finds nothing where nothing matches', () => {
    expect(doc.blocksContaining(/Nichts/).map((b) => doc.blockText(b))).toEqual(['Nichts.']);
    expect(doc.blocksContaining(/»/)).toEqual([]);
  });

  it('ignores a match that starts between blocks', () => {
    expect(doc.blocksContaining(/\n/g)).toEqual([]);
  });
});

describe('plain text of many short lines', () => {
  it('makes each line a block, mapped to its line', () => {
    const doc = readText(`Titel\n\n${'x\n'.repeat(1000)}`);
    expect(doc.blocks).toHaveLength(1001);
    expect(doc.locate(doc.blocks[1000].start, doc.blocks[1000].end)).toMatchObject({ line: 1002, column: 1 });
  });

  it('trims a line and drops soft hyphens, every offset still mapped to the file', () => {
    const doc = readText('Titel\n\n   Die Sta\u00adtis\u00adtik  \nZweite Zeile');
    expect(doc.blocks.map((b) => doc.blockText(b))).toEqual(['Titel', 'Die Statistik', 'Zweite Zeile']);
    const at = doc.blocks[1].start + 'Die '.length;
    expect(doc.locate(at, at + 'Statistik'.length)).toEqual({ line: 3, column: 8, endLine: 3, endColumn: 19 });
    expect(doc.locate(doc.blocks[2].start, doc.blocks[2].end)).toMatchObject({ line: 4, column: 1 });
  });

  it('still joins hard-wrapped lines into paragraphs', () => {
    const line = 'Die Regierung hat am Montag in Berlin neue Pläne für die';
    const doc = readText(`Titel\n\n${`${line}\n`.repeat(12)}`);
    expect(doc.blocks).toHaveLength(2);
    expect(doc.blockText(doc.blocks[1])).toBe(Array(12).fill(line).join(' '));
  });
});

describe('NumberList', () => {
  it('grows past its first capacity and keeps every value', () => {
    const list = new NumberList();
    for (let i = 0; i < 1000; i++) list.push(i * 3.5);
    expect(list.length).toBe(1000);
    expect(list.at(999)).toBe(999 * 3.5);
    expect(list.at(17)).toBe(17 * 3.5);
  });
});

describe('headlineMatcher.minLength', () => {
  it('is a bound no copy is shorter than, even one that grows when lower-cased', () => {
    const match = headlineMatcher('İSTANBUL FEIERT DEN SIEG', 0.85);
    expect(match('İstanbul feiert den Sieg')).toMatchObject({ kind: 'exact' });
    expect('İstanbul feiert den Sieg'.length).toBeGreaterThanOrEqual(match.minLength);
    expect(match.minLength).toBeGreaterThan(5);
  });
});
