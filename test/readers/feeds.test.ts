import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { LineIndex } from '../../src/document/line-index.js';
import { jsonlReader, jsonReader } from '../../src/readers/json.js';
import { at, read } from '../helpers.js';

describe('json reader', () => {
  it('reads an array of items with escapes, keeping positions exact', () => {
    const json = '[\n  {"id": "a1", "title": "Titel \\"eins\\"", "body": "Er sagte \\u201eJa\\u201c.\\n\\nZweiter Absatz."}\n]';
    const [doc] = read(json, 'feed.json');
    expect(doc.id).toBe('a1');
    expect(doc.blocks.map((b) => [b.kind, doc.blockText(b)])).toEqual([
      ['headline', 'Titel "eins"'],
      ['paragraph', 'Er sagte „Ja“.'],
      ['paragraph', 'Zweiter Absatz.'],
    ]);
    expect(at(doc, doc.text.indexOf('Zweiter'))).toBe('2:80');
    const quote = doc.text.indexOf('„');
    expect(doc.locate(quote, quote + 1)).toEqual({ line: 2, column: 61, endLine: 2, endColumn: 67 });
  });

  it('reads {articles: [...]} with paragraph arrays and carries the English source', () => {
    const json = JSON.stringify({ articles: [{ id: 7, title: 'T', text: ['Absatz eins.', 'Absatz zwei.'], source: 'Paragraph one.' }] });
    const [doc] = read(json, 'feed.json');
    expect(doc.id).toBe('7');
    expect(doc.source).toBe('Paragraph one.');
    expect(doc.blocks.map((b) => doc.blockText(b))).toEqual(['T', 'Absatz eins.', 'Absatz zwei.']);
  });

  it('strips HTML inside a body field', () => {
    const [doc] = read(JSON.stringify([{ id: 'h', title: 'T', content: '<p>Eins &amp; zwei</p><p>Drei</p>' }]), 'feed.json');
    expect(doc.blocks.map((b) => doc.blockText(b))).toEqual(['T', 'Eins & zwei', 'Drei']);
  });

  it('reports an invalid item with its position and still reads the others', () => {
    const result = jsonReader.read({ path: 'feed.json', text: '[{"id": 1,}, {"id": 2, "body": "Ein Text."}]', lines: new LineIndex(''), fields: DEFAULT_CONFIG.fields });
    expect(result.errors).toEqual([{ id: '1', line: 1, column: 11, message: 'invalid JSON at 1:11: PropertyNameExpected' }]);
    expect(result.documents.map((d) => d.id)).toEqual(['2']);
  });

  it('reports a broken structure with its position', () => {
    const result = jsonReader.read({ path: 'feed.json', text: '[{"id": 1, "body": "a"} {"id": 2, "body": "b"}', lines: new LineIndex(''), fields: DEFAULT_CONFIG.fields });
    expect(result.errors.map((e) => e.message)).toEqual(['invalid JSON at 1:25: expected a comma between items', 'invalid JSON at 1:47: the file ends inside an array']);
    expect(result.documents.map((d) => d.id)).toEqual(['1', '2']);
  });

  it('rejects JSON that holds no items', () => {
    expect(() => read('"just a string"', 'feed.json')).toThrow(/JSON has no article items/);
  });

  it('uses configured field names', () => {
    const fields = { ...DEFAULT_CONFIG.fields, body: ['inhalt'], title: ['schlagzeile'] };
    const text = '{"schlagzeile": "Kopf", "inhalt": "Rumpf."}\n';
    const result = jsonlReader.read({ path: 'x.jsonl', text, lines: new LineIndex(text), fields });
    expect(result.documents[0].blocks.map((b) => result.documents[0].blockText(b))).toEqual(['Kopf', 'Rumpf.']);
  });
});

describe('jsonl reader', () => {
  it('reads the good lines and reports the bad one with its line number', () => {
    const text = '{"id": "1", "title": "Eins", "body": "Text eins."}\n{"id": "2", "title": oops}\n\n{"id": "3", "body": "Text drei."}\n';
    const result = jsonlReader.read({ path: 'x.jsonl', text, lines: new LineIndex(text), fields: DEFAULT_CONFIG.fields });
    expect(result.documents.map((d) => d.id)).toEqual(['1', '3']);
    expect(result.errors).toEqual([{ id: 'line 2', line: 2, column: 22, message: 'invalid JSON on line 2: InvalidSymbol' }]);
    expect(at(result.documents[1], result.documents[1].text.indexOf('drei'))).toBe('4:27');
  });
});

describe('RSS and Atom reader', () => {
  const rss = [
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Kanal</title>',
    '<item><title>Erste &amp; beste</title><guid>g1</guid>',
    '<description>&lt;p&gt;Absatz &amp;amp; mehr&lt;/p&gt;&lt;p&gt;Zweiter&lt;/p&gt;</description></item>',
    '<item><title>Zweite</title><link>https://x.de/2</link><description><![CDATA[<p>Roh <b>fett</b></p>]]></description></item>',
    '</channel></rss>',
  ].join('\n');
  const docs = read(rss, 'feed.rss');

  it('makes one document per item, ids from guid or link', () => {
    expect(docs.map((d) => d.id)).toEqual(['g1', 'https://x.de/2']);
    expect(docs.map((d) => d.title)).toEqual(['Erste & beste', 'Zweite']);
  });

  it('strips escaped and CDATA HTML and maps positions through the escaping', () => {
    expect(docs[0].blocks.map((b) => docs[0].blockText(b))).toEqual(['Erste & beste', 'Absatz & mehr', 'Zweiter']);
    expect(docs[1].blocks.map((b) => docs[1].blockText(b))).toEqual(['Zweite', 'Roh fett']);
    expect(at(docs[0], docs[0].text.indexOf('mehr'))).toBe('3:40');
    expect(at(docs[0], docs[0].text.indexOf('Zweiter'))).toBe('3:63');
    expect(at(docs[1], docs[1].text.indexOf('fett'))).toBe('4:87');
  });

  it('reads Atom entries with html and xhtml content', () => {
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e1</id><title>A</title><content type="xhtml"><div><p>X &amp; Y</p></div></content></entry>' +
      '<entry><id>e2</id><title>B</title><summary type="text">Nur Text</summary></entry></feed>';
    const entries = read(atom, 'feed.atom');
    expect(entries.map((d) => [d.id, d.blocks.map((b) => d.blockText(b))])).toEqual([
      ['e1', ['A', 'X & Y']],
      ['e2', ['B', 'Nur Text']],
    ]);
  });

  it('rejects XML that is not a feed', () => {
    expect(() => read('<?xml version="1.0"?><config><a/></config>', 'data.xml')).toThrow(/not an RSS or Atom feed \(root element is <config>\)/);
  });
});
