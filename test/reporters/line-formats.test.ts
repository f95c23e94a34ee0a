import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { runCheck } from '../../src/engine/run.js';
import { compactReporter } from '../../src/reporters/compact.js';
import { gitlabReporter } from '../../src/reporters/gitlab.js';
import { junitReporter } from '../../src/reporters/junit.js';
import { sarifReporter } from '../../src/reporters/sarif.js';
import { render } from '../../src/reporters/types.js';
import { tempDir } from '../e2e/cli-helpers.js';

describe('line breaks in paths, ids and errors', async () => {
  const dir = tempDir();
  const path = join(dir, 'zeile\numbruch.jsonl');
  writeFileSync(path, '{"id":"a\\nb","title":"Titel","body":"Ein \\"Zitat\\" hier."}\n{"id":"kaputt\n');
  const report = await runCheck({ paths: [path], config: DEFAULT_CONFIG });

  it('compact keeps one line per finding or error', () => {
    const lines = render(compactReporter, report).trimEnd().split('\n');
    expect(lines).toHaveLength(report.documents.reduce((n, d) => n + Math.max(d.findings.length, d.status === 'ok' ? 0 : 1), 0));
    for (const line of lines) expect(line).toMatch(/zeile\\numbruch\.jsonl:\d+:\d+: /);
  });

  it('JUnit writes them as character references in attributes, which an XML parser reads back', () => {
    const xml = render(junitReporter, report);
    expect(xml).toContain('zeile&#10;umbruch.jsonl');
    const parsed = new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(xml) as { testsuites: { testsuite: { '@_name': string } } };
    expect(parsed.testsuites.testsuite['@_name']).toBe(path);
  });
});

describe('SARIF locations', () => {
  it('gives an absolute input inside the working directory as a path relative to %SRCROOT%', async () => {
    const report = await runCheck({ paths: [join(process.cwd(), 'corpus/text/energiepreise-gipfel.txt')], config: DEFAULT_CONFIG });
    const sarif = JSON.parse(render(sarifReporter, report)) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: unknown } }> }> }> };
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'corpus/text/energiepreise-gipfel.txt', uriBaseId: '%SRCROOT%' });
  });
});

describe('GitLab Code Quality', () => {
  // The fields GitLab documents as required for a Code Quality report issue (docs.gitlab.com, "Code Quality",
  // implementing a custom tool), written as a JSON schema for this test.
  const schema = {
    type: 'array',
    items: {
      type: 'object',
      required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
      properties: {
        description: { type: 'string', minLength: 1 },
        check_name: { type: 'string', minLength: 1 },
        fingerprint: { type: 'string', minLength: 1 },
        severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
        location: {
          type: 'object',
          required: ['path', 'lines'],
          properties: { path: { type: 'string', pattern: '^[^/]' }, lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } } },
        },
      },
    },
  };

  it('is valid, has one issue per finding and unreadable input, and unique fingerprints', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'kaputt.json'), '{ nicht json');
    const report = await runCheck({ paths: ['corpus', join(dir, 'kaputt.json')], config: DEFAULT_CONFIG });
    const issues = JSON.parse(render(gitlabReporter, report)) as Array<{ fingerprint: string; check_name: string }>;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(issues).toHaveLength(report.summary.findings + report.summary.errors);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.some((i) => i.check_name === 'mtlint/input-error')).toBe(true);
  });
});
