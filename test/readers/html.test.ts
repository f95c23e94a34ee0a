import { describe, expect, it } from 'vitest';
import { at, readOne } from '../helpers.js';

describe('html reader', () => {
  const html = [
    '<html><head><title>Seitentitel | Site</title><meta property="og:title" content="OG">',
    '<script>var s = "Überschrift";</script><style>p{}</style></head>',
    '<body><nav>Startseite Read more</nav>',
    '<article><h1>Überschrift</h1>',
    '<p>Tom &amp; Jerry   sagten <b>„Hallo“</b>.</p>',
    '<figure><figcaption>Bild: Foto: X/dpa</figcaption></figure>',
    '<p hidden>versteckt</p><ul><li>Eins</li></ul></article>',
    '<aside>Außerhalb des Artikels</aside></body></html>',
  ].join('\n');
  const doc = readOne(html, 'a.html');

  it('reads the visible text of <article> only', () => {
    expect(doc.blocks.map((b) => [b.kind, doc.blockText(b)])).toEqual([
      ['headline', 'Überschrift'],
      ['paragraph', 'Tom & Jerry sagten „Hallo“.'],
      ['caption', 'Bild: Foto: X/dpa'],
      ['list-item', 'Eins'],
    ]);
  });

  it('uses the h1 as title, not <title> or og:title', () => {
    expect(doc.title).toBe('Überschrift');
  });

  it('maps text after entities and collapsed whitespace to the file', () => {
    expect(at(doc, doc.text.indexOf('Jerry'))).toBe('5:14');
    expect(at(doc, doc.text.indexOf('sagten'))).toBe('5:22');
    expect(at(doc, doc.text.indexOf('„Hallo'))).toBe('5:32');
  });

  it('maps an entity to its source range', () => {
    const start = doc.text.indexOf('&');
    expect(doc.locate(start, start + 1)).toEqual({ line: 5, column: 8, endLine: 5, endColumn: 13 });
  });

  it('falls back to <main>, then <body>, and to og:title when there is no h1', () => {
    const page = readOne('<html><head><meta property="og:title" content="OG-Titel"></head><body><p>Nur Text.</p></body></html>', 'b.html');
    expect(page.title).toBe('OG-Titel');
    expect(page.blocks.map((b) => page.blockText(b))).toEqual(['Nur Text.']);
  });

  it('survives broken markup', () => {
    const broken = readOne('<p>Offen <b>fett <i>kursiv</p><p>Weiter & mehr </div></span>', 'c.html');
    expect(broken.blocks.map((b) => broken.blockText(b))).toEqual(['Offen fett kursiv', 'Weiter & mehr']);
  });
});
