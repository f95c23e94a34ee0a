import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { runCheck } from '../../src/engine/run.js';
import { escapeHtml, htmlReporter as streamingHtml, jsonForScript } from '../../src/reporters/html.js';
import { render } from '../../src/reporters/types.js';
import type { ReportStream } from '../../src/report/types.js';
import { tempDir } from '../e2e/cli-helpers.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const htmlReporter = (report: ReportStream, options = { color: false }): string => render(streamingHtml, report, options);

function reportOf(files: Record<string, string>) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return runCheck({ paths: [dir], config: DEFAULT_CONFIG, includeText: true });
}

describe('HTML renderer', () => {
  it('escapes text for HTML and JSON inside script elements', async () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    const json = jsonForScript({ t: '</script><!-- & \u2028' });
    expect(json).not.toMatch(/<\/script|<!--/);
    expect(JSON.parse(json)).toEqual({ t: '</script><!-- & \u2028' });
  });

  it('is one self-contained page: inline style and script, a strict CSP, no external reference', async () => {
    const html = htmlReporter(await reportOf({ 'a.txt': 'Titel der Meldung\n\nEin Satz mit "Anführungszeichen".\n' }), { color: false });
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-/);
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|src=["']?https?:|@import|\burl\(/i); // CSS url(), not URL.createObjectURL(
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('id="mtlint-data"');
    expect(html).toContain('id="t-0"');
  });

  it('never writes input text into the markup unescaped', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const html = htmlReporter(await reportOf({ 'b.jsonl': `${JSON.stringify({ id: evil, title: evil, body: `Text ${evil}.` })}\n` }), { color: false });
    const outsideData = html.replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/g, '');
    expect(outsideData).not.toContain('<img src=x');
    expect(outsideData.match(/<script>/g)).toHaveLength(1);
  });

  it('carries a word diff for near-duplicate headlines', async () => {
    const report = await reportOf({ 'c.txt': 'Bahnstreik legt Fernverkehr lahm\n\nBahnstreik legt den Fernverkehr lahm – Wirtschaft\n\nDer Text folgt hier.\n' });
    const data = JSON.parse(/<script type="application\/json" id="mtlint-data">([^<]*)<\/script>/.exec(htmlReporter(report, { color: false }))![1]);
    const finding = data.documents[0].findings.find((f: { ruleId: string }) => f.ruleId === 'duplicate-headline');
    expect(finding.diff).toEqual([
      [0, 'Bahnstreik legt '],
      [1, 'den '],
      [0, 'Fernverkehr lahm '],
      [1, '– Wirtschaft'],
    ]);
  });
});

describe('HTML renderer: cross-document findings', () => {
  it('links a repeated headline to the document it repeats', async () => {
    const feed = [
      { id: 'a', title: 'Waldbrände auf Rhodos: Tausende Urlauber evakuiert', body: 'Text eins.' },
      { id: 'b', title: 'Waldbrände auf Rhodos: Tausende Urlauber evakuiert', body: 'Text zwei.' },
    ];
    const report = await reportOf({ 'f.json': JSON.stringify(feed) });
    const data = JSON.parse(/<script type="application\/json" id="mtlint-data">([^<]*)<\/script>/.exec(htmlReporter(report, { color: false }))![1]);
    expect(data.documents[1].findings[0]).toMatchObject({ ruleId: 'cross-document-headline', other: 0 });
  });
});
