import { describe, expect, it } from 'vitest';
import { at, readOne } from '../helpers.js';

describe('text reader', () => {
  it('makes each line a block and the first short line the headline', () => {
    const doc = readOne('Titel der Meldung\n\nErster Absatz.\nZweiter Absatz.\n-\n');
    expect(doc.blocks.map((b) => [b.kind, doc.blockText(b)])).toEqual([
      ['headline', 'Titel der Meldung'],
      ['paragraph', 'Erster Absatz.'],
      ['paragraph', 'Zweiter Absatz.'],
      ['separator', '-'],
    ]);
    expect(doc.title).toBe('Titel der Meldung');
  });

  it('does not take a sentence for a headline', () => {
    const doc = readOne('Die Regierung hat am Montag beschlossen, die Steuern zu senken.\n');
    expect(doc.blocks[0].kind).toBe('paragraph');
    expect(doc.title).toBeNull();
  });

  it('joins hard-wrapped lines into one paragraph and keeps positions', () => {
    const line = 'Wort '.repeat(14).trim(); // 69 characters
    const text = `Titel\n\n${`${line}\n`.repeat(9)}Ende hier.\n\nNeuer Absatz.`;
    const doc = readOne(text);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'paragraph']);
    const ende = doc.text.indexOf('Ende');
    expect(at(doc, ende)).toBe('12:1');
  });

  it('maps positions through CRLF line ends', () => {
    const doc = readOne('Titel\r\n\r\nErster Absatz mit Fehler.\r\nZweiter.\r\n');
    expect(at(doc, doc.text.indexOf('Fehler'))).toBe('3:19');
    expect(at(doc, doc.text.indexOf('Zweiter'))).toBe('4:1');
  });
});

describe('markdown reader', () => {
  const md = [
    '---',
    'title: Aus dem Frontmatter',
    '---',
    '# Überschrift',
    '',
    'Ein [Link](https://example.org/x) und `code` im *Text*.',
    '',
    '> Zitat über',
    '> zwei Zeilen',
    '',
    '- Punkt eins',
    '',
    '```',
    'const x = "nicht prüfen";',
    '```',
  ].join('\n');
  const doc = readOne(md, 'a.md');

  it('keeps prose and drops syntax, code and link targets', () => {
    expect(doc.blocks.map((b) => [b.kind, doc.blockText(b)])).toEqual([
      ['headline', 'Überschrift'],
      ['paragraph', 'Ein Link und im Text.'],
      ['quote', 'Zitat über zwei Zeilen'],
      ['list-item', 'Punkt eins'],
    ]);
  });

  it('takes the front-matter title', () => {
    expect(doc.title).toBe('Aus dem Frontmatter');
  });

  it('maps words back to their place in the file', () => {
    expect(at(doc, doc.text.indexOf('Text'))).toBe('6:50');
    expect(at(doc, doc.text.indexOf('zwei'))).toBe('9:3');
    expect(at(doc, doc.text.indexOf('Link'))).toBe('6:6');
  });
});
