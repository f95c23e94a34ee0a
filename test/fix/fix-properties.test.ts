import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { planFix } from '../../src/fix/plan.js';
import { readerFor } from '../../src/readers/index.js';
import { LineIndex } from '../../src/document/line-index.js';

const options = { config: DEFAULT_CONFIG };
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Fixing twice changes nothing more, the result reads back without errors, and it has no fixable finding left that could be fixed. */
function expectFixProperties(path: string, text: string): void {
  const first = planFix(path, encode(text), options);
  if (first.error) return; // left untouched, with its reason (tested elsewhere)
  const second = planFix(path, encode(first.after), options);
  expect(second.error, path).toBeUndefined();
  expect(second.after, `${path}: a second fix changed the file`).toBe(first.after);
  expect(second.fixed, path).toEqual([]);
  const read = readerFor(path)!.read({ path, text: first.after, lines: new LineIndex(first.after), fields: DEFAULT_CONFIG.fields });
  expect(read.errors, path).toEqual([]);
  if (path.endsWith('.json')) expect(() => JSON.parse(first.after)).not.toThrow();
  if (path.endsWith('.jsonl')) for (const line of first.after.split('\n').filter((l) => l.trim())) expect(() => JSON.parse(line)).not.toThrow();
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? corpusFiles(join(dir, e.name)) : e.name.endsWith('.expected.json') ? [] : [join(dir, e.name)]));
}

/** A seeded generator (mulberry32): the same cases every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADLINES = ['Stadtrat beschließt neue Radwege', 'Hochwasser: Pegel steigen weiter', 'Bahn kündigt Streik für Montag an'];
const PIECES = [
  'Der Stadtrat hat am Dienstag abgestimmt.',
  'Die Ministerin sagte, man prüfe "alle Optionen".',
  'Er nannte das “einen Fehler” und ging.',
  'Sie sprach von „einem Signal”, hieß es.',
  'Es gehe um »Vertrauen«, so der Sprecher.',
  'Die Hilfen [for struggling families] kommen spät.',
  'Trump’s Sprecher äußerte sich nicht.',
  'Die Polizei bat um &quot;Geduld&quot; und Hinweise.',
  'Ein Zeuge sagte: „Es war laut.“',
  'Die Kosten (rund 90 Millionen Euro liegen höher.',
];
const LEFTOVERS = ['* * *', '---', 'NEXT Wie es weitergeht', 'Lesen Sie auch: Was die Reform bringt'];

function generated(rand: () => number, format: string): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const headline = `${pick(HEADLINES)}${rand() < 0.4 ? ' | Lokales' : ''}`;
  const blocks: string[] = [headline];
  if (rand() < 0.5) blocks.push(headline);
  for (let i = 0, n = 2 + Math.floor(rand() * 5); i < n; i++) {
    if (rand() < 0.25) blocks.push(pick(LEFTOVERS));
    blocks.push(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(PIECES)).join(' '));
    if (rand() < 0.15) blocks.push(blocks[blocks.length - 1]);
  }
  const [title, ...body] = blocks;
  switch (format) {
    case 'txt':
      return `${blocks.join('\n\n')}\n`;
    case 'md':
      return `# ${title}\n\n${body.join('\n\n')}\n`;
    case 'html':
      return `<html><body><article><h1>${title}</h1>${body.map((b) => `<p>${b.replace(/&(?!quot;)/g, '&amp;')}</p>`).join('\n')}</article></body></html>\n`;
    case 'jsonl':
      return `${JSON.stringify({ id: 1, title, body: body.join('\n\n') })}\n${JSON.stringify({ id: 2, title: pick(HEADLINES), body: pick(PIECES) })}\n`;
    case 'json':
      return JSON.stringify([{ id: 'a', title, body: body.join('\n\n') }], null, 2);
    default:
      return `<rss><channel><item><title>${title}</title><description><![CDATA[${body.map((b) => `<p>${b}</p>`).join('')}]]></description></item></channel></rss>\n`;
  }
}

describe('fix properties', () => {
  it.each(corpusFiles(join(import.meta.dirname, '../../corpus')).map((p) => [p.split('corpus/')[1], p]))('corpus %s: idempotent, reads back, nothing fixable left', (_name, path) => {
    expectFixProperties(path, readFileSync(path, 'utf8'));
  });

  it('on 240 generated articles in every format', () => {
    const rand = random(20261202);
    const formats = ['txt', 'md', 'html', 'jsonl', 'json', 'rss'];
    let changed = 0;
    for (let i = 0; i < 240; i++) {
      const format = formats[i % formats.length];
      const text = generated(rand, format);
      expectFixProperties(`case-${i}.${format}`, text);
      if (planFix(`case-${i}.${format}`, encode(text), options).after !== text) changed++;
    }
    expect(changed).toBeGreaterThan(150); // the generator makes fixable defects: most cases change
  });
});
