/**
 * Throughput of the HTML reader alone (parse, find the article, build the document): on
 * generated pages with the furniture real pages have around the article (navigation, a
 * sidebar, teasers, comments, a footer), and on the real German pages of
 * ../shared/data/real-de/html when they are there. The fastest of `runs` passes.
 *   node dist/bench/html-reader.js [--runs 3]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/defaults.js';
import { LineIndex } from '../src/document/line-index.js';
import { htmlReader } from '../src/readers/html.js';
import { generateArticle } from './generate.js';

function furnishedPage(i: number): string {
  const a = generateArticle(i);
  const links = (n: number, what: string): string => Array.from({ length: n }, (_, k) => `<li><a href="/${what}/${k}">${what} ${k}: ${a.title}</a></li>`).join('');
  return `<!doctype html><html><head><title>${a.title} | Nachrichten</title><script>var x = 1;</script></head><body>
<header><nav><ul>${links(12, 'Ressort')}</ul></nav></header>
<div class="layout"><main><article><h1>${a.title}</h1>${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<div class="share-bar"><a href="#">Teilen</a></div></article>
<section class="related"><h2>Mehr zum Thema</h2><ul>${links(6, 'Artikel')}</ul></section>
<section id="comments"><h2>Kommentare</h2>${a.paragraphs.slice(0, 3).map((p, k) => `<div class="comment"><p>Leser ${k}: ${p}</p></div>`).join('')}</section></main>
<aside class="sidebar"><ul>${links(10, 'Meistgelesen')}</ul></aside></div><footer><p>© 2026 Verlag</p></footer></body></html>`;
}

function mbPerSecond(pages: Array<{ path: string; text: string }>, runs: number): { mbps: number; mb: number } {
  const mb = pages.reduce((n, p) => n + Buffer.byteLength(p.text), 0) / 1e6;
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    for (const { path, text } of pages) htmlReader.read({ path, text, lines: new LineIndex(text), fields: DEFAULT_CONFIG.fields });
    best = Math.min(best, performance.now() - started);
  }
  return { mbps: mb / (best / 1000), mb };
}

export function measureHtmlReader(runs: number): string[] {
  const rows: string[] = [];
  const generated = Array.from({ length: 2000 }, (_, i) => ({ path: `seite-${i}.html`, text: furnishedPage(i) }));
  const g = mbPerSecond(generated, runs);
  rows.push(`| HTML reader | 2,000 generated pages with navigation, sidebar, teasers, comments (${g.mb.toFixed(1)} MB), fastest of ${runs} | | ${g.mbps.toFixed(1)} | | | reader only |`);
  const real = resolve(process.env.MTLINT_SHARED_DATA ?? '../shared/data', 'real-de/html');
  if (existsSync(real)) {
    const pages = readdirSync(real).sort().map((f) => ({ path: f, text: readFileSync(join(real, f), 'utf8') }));
    const r = mbPerSecond(pages, runs);
    rows.push(`| HTML reader | ${pages.length} real German pages of ../shared/data/real-de (${r.mb.toFixed(1)} MB), fastest of ${runs} | | ${r.mbps.toFixed(1)} | | | reader only |`);
  } else rows.push('| HTML reader | real German pages: skipped, ../shared/data/real-de is absent | | | | | |');
  return rows;
}

if (process.argv[1]?.endsWith('html-reader.js')) {
  const i = process.argv.indexOf('--runs');
  for (const row of measureHtmlReader(Math.max(1, Number(i > 0 ? process.argv[i + 1] : 3)))) console.log(row);
}
