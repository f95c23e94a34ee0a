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

describe('markdown reader: the constructs news Markdown uses, read in linear time', () => {
  const kinds = (md: string): Array<[string, string]> => {
    const doc = readOne(md, 'a.md');
    return doc.blocks.map((b) => [b.kind, doc.blockText(b)]);
  };

  it('reads nested lists, lazy lines, quotes in lists and setext headings', () => {
    expect(kinds('Die Lage\n========\n\n- Erstens\n  - Zweitens\nweiter\n- > Zitat im Punkt\n\nZwischentitel\n---\n\nText.')).toEqual([
      ['headline', 'Die Lage'],
      ['list-item', 'Erstens'],
      ['list-item', 'Zweitens weiter'],
      ['quote', 'Zitat im Punkt'],
      ['subheadline', 'Zwischentitel'],
      ['paragraph', 'Text.'],
    ]);
  });

  it('keeps link text and drops targets, images, inline code, HTML, escapes and emphasis markers', () => {
    expect(kinds('# T\n\nDie [Bahn][db] und ![Bild](x.png) `code` <b>fett</b> \\*kein Stern\\* **stark** &amp; <https://a.de>.\n\n[db]: https://bahn.de')).toEqual([
      ['headline', 'T'],
      ['paragraph', 'Die Bahn und fett *kein Stern* stark & https://a.de.'],
    ]);
  });

  it('gives each table cell its own block, and leaves brackets that are no link as text', () => {
    expect(kinds('| Partei | Anteil |\n|---|---:|\n| SPD (Umfrage | 25 |\n\n[kein Link] und (Klammer')).toEqual([
      ['paragraph', 'Partei'],
      ['paragraph', 'Anteil'],
      ['paragraph', 'SPD (Umfrage'],
      ['paragraph', '25'],
      ['paragraph', '[kein Link] und (Klammer'],
    ]);
  });

  it('reads a list nested 20,000 deep on one line, and 20,000 [ (no parser recursion, no quadratic scan)', () => {
    expect(kinds(`${'- '.repeat(20_000)}tief`)).toEqual([['list-item', 'tief']]);
    expect(kinds(`T\n\n${'['.repeat(20_000)}`).at(-1)![1]).toHaveLength(20_000);
  });
});
