import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { checkToJson, schemaErrors } from './cli-helpers.js';

interface Expected {
  documents: Array<{ id: string; findings: Array<{ ruleId: string; line: number; column: number; text: string }> }>;
}

function corpusFiles(dir = 'corpus'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return corpusFiles(path);
    return name.endsWith('.expected.json') || name.startsWith('README') ? [] : [path];
  });
}

function expectedFor(path: string): Expected {
  return JSON.parse(readFileSync(path.replace(/\.[a-z]+$/, '.expected.json'), 'utf8')) as Expected;
}

describe('the bundled corpus', async () => {
  const { code, report } = await checkToJson(['corpus']);
  const files = corpusFiles();

  it('has an expected-findings file for every article file', () => {
    for (const file of files) expect(existsSync(file.replace(/\.[a-z]+$/, '.expected.json')), file).toBe(true);
  });

  it('produces a report valid against the JSON schema', () => {
    expect(schemaErrors(report)).toEqual([]);
  });

  it('lists every input file', () => {
    expect(new Set(report.documents.map((d) => d.path))).toEqual(new Set(files));
  });

  it.each(files)('%s: exactly the expected findings', (file) => {
    const actual = report.documents
      .filter((d) => d.path === file)
      .map((d) => ({ id: d.id, findings: d.findings.map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column, text: f.text })) }));
    expect(actual).toEqual(expectedFor(file).documents);
  });

  it('fails the gate (the corpus has defective articles) and exits 1', () => {
    expect(report.summary.passedGate).toBe(false);
    expect(code).toBe(1);
  });

  it('passes every clean article', () => {
    const clean = report.documents.filter((d) => d.path.includes('sauber'));
    expect(clean.length).toBeGreaterThanOrEqual(4);
    for (const doc of clean) expect([doc.path, doc.passed, doc.score]).toEqual([doc.path, true, 100]);
  });
});

const SEED = '../shared/seed/000_07d1f5def8834689.txt';

describe.runIf(existsSync(SEED))('the seed article (from ../shared, when present)', async () => {
  const { report } = await checkToJson([SEED]);
  const findings = (report as Report).documents[0].findings;

  it('flags both bracketed inserts as English, and none of its names', () => {
    expect(findings.filter((f) => f.category === 'english').map((f) => `${f.ruleId}@${f.line}:${f.column} ${f.text}`)).toEqual([
      'english-insert@23:25 missiles to Ukraine',
      'english-insert@39:10 between Moscow and Washington',
    ]);
  });

  it('flags the English-style quote before Dialog and the quote broken by [missiles to Ukraine], nothing else in brackets', () => {
    expect(findings.filter((f) => f.category === 'brackets').map((f) => `${f.ruleId}@${f.line}:${f.column}`)).toEqual(['broken-quote-insert@23:24', 'quote-mismatch@39:1']);
  });

  it('flags the site suffix, both extra headline copies, the separators, the photo credit and the NEXT line, at their lines', () => {
    const ours = findings.filter((f) => f.category === 'duplicates' || f.category === 'boilerplate').map((f) => `${f.ruleId}@${f.line}:${f.column}`);
    expect(ours).toEqual([
      'headline-site-suffix@1:91',
      'duplicate-headline@3:1',
      'duplicate-headline@4:1',
      'separator-line@5:1',
      'photo-credit@29:176',
      'separator-line@67:1',
      'navigation-leftover@69:1',
    ]);
  });
});
