import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/document/line-index.js';
import { FeedSplitter } from '../../src/readers/stream/feed.js';
import { JsonSplitter } from '../../src/readers/stream/json.js';
import { JsonlSplitter } from '../../src/readers/stream/jsonl.js';
import { MAX_ARTICLE_CHARS, type Splitter } from '../../src/readers/types.js';

const CORPUS = join(import.meta.dirname, '../../corpus/feeds');

function split(make: () => Splitter, text: string, chunkSize: number) {
  const splitter = make();
  const items = [];
  for (let i = 0; i < text.length; i += chunkSize) items.push(...splitter.push(text.slice(i, i + chunkSize)));
  items.push(...splitter.end());
  return { items, errors: splitter.errors };
}

const SPLITTERS: Record<string, () => Splitter> = { '.jsonl': () => new JsonlSplitter(), '.json': () => new JsonSplitter(), '.rss': () => new FeedSplitter(), '.atom': () => new FeedSplitter() };

const EDGE_CASES: Array<[string, string]> = [
  ['.jsonl', '{"id":"a","body":"x"}\r\n\r\n{"id":"b","body":"y"}\r{"id":"c","body":"z"}'],
  ['.json', '{"meta": {"items": 1}, "title": "[{", "articles": [\n  {"body": "a ] } \\" [", "id": 1},\n  "plain",\n  42 ,\n  {"body": ["x", "y"]}\n], "data": [{"body": "not items"}]}'],
  ['.json', '[\r\n{"body":"eins"},\r\n{"body":"zwei"}]'],
  ['.json', '{"id": "solo", "body": "Ein einzelner Artikel."}'],
  ['.rss', '<?xml version="1.0"?>\n<!-- <item>no</item> -->\n<rss><channel><item><title>A</title><description><![CDATA[<p>x</item></p>]]></description></item>\n<item/><item><title>B</title></item></channel></rss>'],
];

describe('feed splitters', () => {
  const cases: Array<[string, string, string]> = readdirSync(CORPUS)
    .filter((f) => !f.endsWith('.expected.json'))
    .map((f) => [f, f.slice(f.lastIndexOf('.')), readFileSync(join(CORPUS, f), 'utf8')]);
  EDGE_CASES.forEach(([ext, text], i) => cases.push([`edge case ${i + 1}`, ext, text]));

  for (const [name, ext, text] of cases) {
    it(`${name}: cuts the same items at the same positions whatever the chunk size`, () => {
      const whole = split(SPLITTERS[ext], text, text.length);
      expect(whole.items.length).toBeGreaterThan(0);
      for (const size of [1, 2, 3, 7, 64, 1000]) expect(split(SPLITTERS[ext], text, size)).toEqual(whole);
      // Each item's origin is where its text stands in the file.
      const lines = new LineIndex(text);
      for (const item of whole.items) {
        const offset = lines.lineStart(item.origin.line) + item.origin.column - 1;
        expect(text.slice(offset, offset + item.text.length)).toBe(item.text);
      }
    });
  }

  it('JSON: takes the first items array of a top-level object, and each kind of element', () => {
    const { items } = split(SPLITTERS['.json'], EDGE_CASES[1][1], 5);
    expect(items.map((i) => i.text)).toEqual(['{"body": "a ] } \\" [", "id": 1}', '"plain"', '42', '{"body": ["x", "y"]}']);
    expect(items.map((i) => i.index)).toEqual([0, 1, 2, 3]);
  });

  it('RSS: skips comments and CDATA, and takes self-closed items', () => {
    const { items } = split(SPLITTERS['.rss'], EDGE_CASES[4][1], 4);
    expect(items.map((i) => i.text.slice(0, 20))).toEqual(['<item><title>A</titl', '<item/>', '<item><title>B</titl']);
  });

  it('JSONL: numbers lines as LineIndex does (\\r\\n, \\r)', () => {
    const { items } = split(SPLITTERS['.jsonl'], EDGE_CASES[0][1], 3);
    expect(items.map((i) => i.origin.line)).toEqual([1, 3, 4]);
  });
});

describe('an item over the 16 MB article limit', () => {
  const body = 'x'.repeat(MAX_ARTICLE_CHARS + 10);
  const cases: Array<[string, () => Splitter, string]> = [
    ['JSONL', () => new JsonlSplitter(), `{"body":"${body}"}\n{"body":"kurz"}\n`],
    ['JSON', () => new JsonSplitter(), `[{"body":"${body}"},{"body":"kurz"}]`],
    ['RSS', () => new FeedSplitter(), `<rss><channel><item><description>${body}</description></item><item><description>kurz</description></item></channel></rss>`],
  ];
  it.each(cases)('%s: is an error of its own, not kept, and the next item is read', (_, make, text) => {
    const { items, errors } = split(make, text, 256 * 1024);
    expect(items.map((i) => i.text)).toEqual([expect.stringContaining('kurz')]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^item too long to check: 16 MB of text, the limit is 16 MB/);
  });
});
