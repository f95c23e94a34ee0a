import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { DocumentReport, Finding, ReportStream } from '../../src/report/types.js';
import { githubReporter } from '../../src/reporters/github.js';
import { markdownReporter, SUMMARY_BUDGET } from '../../src/reporters/markdown.js';
import { render } from '../../src/reporters/types.js';
import type { Severity } from '../../src/rules/types.js';
import { tempDir } from '../e2e/cli-helpers.js';

function finding(severity: Severity, line: number, message = `Befund in Zeile ${line}`): Finding {
  return { ruleId: 'straight-quotes', category: 'typography', severity, message, text: '"', offset: line, length: 1, line, column: 1, endLine: line, endColumn: 2, fingerprint: `fp${line}` };
}

function documentWith(path: string, findings: Finding[]): DocumentReport {
  return { path, id: path, title: null, status: 'ok', words: 100, score: 50, penalty: 50, passed: false, findings };
}

function reportOf(documents: DocumentReport[]): ReportStream {
  const findings = documents.reduce((n, d) => n + d.findings.length, 0);
  return {
    schemaVersion: 1,
    tool: { name: 'mtlint', version: '0' },
    summary: {
      files: documents.length, documents: documents.length, checked: documents.length, errors: documents.filter((d) => d.status === 'error').length, skipped: 0,
      passed: 0, failed: documents.length, words: 100, findings, suppressed: { inline: 0, baseline: 0 }, maxFindings: null,
      byCategory: { english: 0, brackets: 0, duplicates: 0, boilerplate: 0, typography: findings, encoding: 0 },
      bySeverity: { minor: 0, major: 0, critical: 0 }, byRule: {}, meanScore: 50, worstScore: 50, threshold: 80, failOn: null, passedGate: false,
    },
    documents,
  };
}

describe('GitHub annotations within GitHub\'s limits', () => {
  // Minor findings come first in the input, a critical one last: the critical one must still be annotated.
  const minor = Array.from({ length: 30 }, (_, i) => finding('minor', i + 1));
  const major = Array.from({ length: 15 }, (_, i) => finding('major', 100 + i));
  const broken: DocumentReport = { path: 'kaputt.json', id: 'kaputt.json', title: null, status: 'error', error: 'cannot read as JSON', words: 0, score: null, penalty: 0, passed: false, findings: [] };
  const report = reportOf([documentWith('a.txt', [...minor, ...major]), documentWith('b.txt', [finding('critical', 7, 'Kritisch')]), broken]);
  const lines = render(githubReporter, report).trimEnd().split('\n');

  it('keeps 10 errors (unreadable inputs, critical, major, in that order) and 10 warnings', () => {
    const errors = lines.filter((l) => l.startsWith('::error '));
    const warnings = lines.filter((l) => l.startsWith('::warning '));
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    expect(errors[0]).toContain('file=kaputt.json');
    expect(errors[1]).toMatch(/file=b\.txt,line=7,.*::Kritisch$/);
    expect(errors[2]).toContain('line=100,');
    expect(warnings[0]).toContain('line=1,');
  });

  it('says how many more there are, in one notice', () => {
    expect(lines.at(-1)).toMatch(/^::notice title=mtlint%3A more findings::27 more findings not annotated .*All 47 are in the job summary/);
    expect(lines).toHaveLength(21);
  });

  it('adds no notice when everything fits', () => {
    const small = render(githubReporter, reportOf([documentWith('a.txt', [finding('major', 3)])]));
    expect(small.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('the Markdown step summary', () => {
  it('lists findings most severe first, escaped, and stops within GitHub\'s 1 MiB', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => documentWith(`feed.jsonl`, [finding('minor', i + 1, `Text mit | Pipe und <b>Markup</b> ${'x'.repeat(40)}`), finding('critical', i + 1)]));
    const text = render(markdownReporter, reportOf(many));
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(text)).toBeGreaterThan(SUMMARY_BUDGET);
    expect(text).toMatch(/more documents with findings \(the summary stops at 900 KB/);
    const firstDocument = text.slice(text.indexOf('- `feed.jsonl`'), text.indexOf('- `feed.jsonl`', text.indexOf('- `feed.jsonl`') + 1));
    expect(firstDocument.indexOf('**critical**')).toBeLessThan(firstDocument.indexOf('**minor**'));
    expect(text).toContain('Text mit \\| Pipe und \\<b\\>Markup\\</b\\>');
  });

  it('is appended to $GITHUB_STEP_SUMMARY by --format github, after what earlier steps wrote', async () => {
    const dir = tempDir();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# Build\n\nEarlier step.\n');
    let stdout = '';
    const code = await main(['check', 'corpus/text/energiepreise-gipfel.txt', '--format', 'github'], { stdout: (t) => (stdout += t), stderr: () => {}, isTTY: false, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error file=corpus\/text\/energiepreise-gipfel\.txt,line=3,/);
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('# Build\n\nEarlier step.\n## mtlint: ❌ failed')).toBe(true);
    expect(written).toContain('`corpus/text/energiepreise-gipfel.txt`: **failed**');
  });

  it('is not written without --format github, and an unwritable summary is one line and exit 2', async () => {
    const dir = tempDir();
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t: string) => (stderr += t), isTTY: false, env: { GITHUB_STEP_SUMMARY: join(dir, 'no-such-folder', 'summary.md') } };
    expect(await main(['check', 'corpus/text/energiepreise-gipfel.txt', '--format', 'compact'], io)).toBe(1);
    expect(stderr).toBe('');
    expect(await main(['check', 'corpus/text/energiepreise-gipfel.txt', '--format', 'github'], io)).toBe(2);
    expect(stderr).toMatch(/^mtlint: cannot append the step summary to .*summary\.md \(\$GITHUB_STEP_SUMMARY\): ENOENT\n$/);
  });
});
