import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, checkText } from '../src/index.js';

const ARTICLE = 'Berlin. Die Regierung sagte, sie werde the new policy sofort umsetzen.\n';

describe('checkText', () => {
  it('checks a string as a text article named article.txt', async () => {
    const { report, passed, output } = await checkText(ARTICLE);
    expect(report.documents.map((d) => d.path)).toEqual(['article.txt']);
    expect(report.documents[0].findings.map((f) => [f.ruleId, f.text, f.line, f.column])).toEqual([['english-phrase', 'the new policy', 1, 40]]);
    expect(passed).toBe(report.summary.passedGate);
    expect(output).toBeUndefined();
  });

  it('picks the reader from the path it is reported under', async () => {
    const { report } = await checkText('<html><body><article><h1>Titel</h1><p>Er sagte: “Nein.”</p></article></body></html>', { path: 'seite.html' });
    expect(report.documents[0].path).toBe('seite.html');
    expect(report.documents[0].findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['english-quotes', 1, 49]]);
  });

  it('writes the report in a CLI format, with what that format needs', async () => {
    const html = await checkText(ARTICLE, { format: 'html' });
    expect(html.output).toMatch(/^<!doctype html>/i);
    expect(html.report.documents[0].blocks?.length).toBeGreaterThan(0);
    const rdjson = await checkText('Die Straße: the new policy.\n', { format: 'rdjson' });
    expect(JSON.parse(rdjson.output!).diagnostics[0].location.range.start.column).toBe(14);
    await expect(checkText(ARTICLE, { format: 'xml' })).rejects.toThrow(/unknown format "xml"; formats: stylish, json/);
  });

  it('lays settings over the defaults, or reads a configuration file', async () => {
    expect((await checkText(ARTICLE, { config: { failOn: 'minor' } })).passed).toBe(false);
    expect((await checkText(ARTICLE, { config: { failOn: null, threshold: 0 } })).passed).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'mtlint-api-'));
    writeFileSync(join(dir, 'mtlint.config.json'), '{ "rules": { "english-phrase": "off" } }');
    expect((await checkText(ARTICLE, { config: join(dir, 'mtlint.config.json') })).report.summary.findings).toBe(0);
    writeFileSync(join(dir, 'bad.json'), '{ "rulez": {} }');
    await expect(checkText(ARTICLE, { config: join(dir, 'bad.json') })).rejects.toThrow(/bad\.json:1:3: "rulez": unknown key \(did you mean "rules"\?\)/);
  });

  it('suppresses what a baseline knows', async () => {
    const first = await checkText(ARTICLE);
    const baseline = { version: 1 as const, findings: first.report.documents[0].findings.map((f) => ({ ruleId: f.ruleId, fingerprint: f.fingerprint, path: 'article.txt' })) };
    const second = await checkText(ARTICLE, { baseline: baseline as never });
    expect(second.report.summary.findings).toBe(0);
    expect(second.report.summary.suppressed.baseline).toBe(1);
  });

  it('leaves no spooled file behind', async () => {
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('mtlint-stdin-')).length;
    await checkText(ARTICLE);
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('mtlint-stdin-')).length).toBe(before);
  });

  it('refuses what is not a string', async () => {
    await expect(checkText(Buffer.from(ARTICLE) as never)).rejects.toThrow(/must be a string/);
  });
});

describe('checkFiles', () => {
  it('checks files and folders as the CLI does: each corpus article with its expected findings', async () => {
    const { report } = await checkFiles(['corpus/text']);
    const articles = readdirSync('corpus/text').filter((f) => f.endsWith('.txt'));
    expect(report.documents.map((d) => d.path).sort()).toEqual(articles.map((f) => join('corpus/text', f)).sort());
    for (const file of articles) {
      const expected = JSON.parse(readFileSync(join('corpus/text', file.replace(/\.txt$/, '.expected.json')), 'utf8')) as { documents: Array<{ findings: Array<{ ruleId: string; line: number; column: number }> }> };
      const found = report.documents.find((d) => d.path === join('corpus/text', file))!.findings;
      expect(found.map((f) => [f.ruleId, f.line, f.column])).toEqual(expected.documents[0].findings.map((f) => [f.ruleId, f.line, f.column]));
    }
  });

  it('reports a missing file as that input’s error and goes on', async () => {
    const { report, passed } = await checkFiles(['corpus/text', 'no/such/file.txt']);
    const missing = report.documents.find((d) => d.path === 'no/such/file.txt')!;
    expect(missing.status).toBe('error');
    expect(passed).toBe(false);
  });

  it('leaves standard input to the CLI', async () => {
    await expect(checkFiles(['-'])).rejects.toThrow(/use checkText/);
  });
});
