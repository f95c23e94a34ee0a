import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { cli, tempDir } from './cli-helpers.js';

/** One run over the corpus writing every format. */
async function corpusOutputs(extra: string[] = []): Promise<Record<string, string>> {
  const dir = tempDir();
  const formats = ['json', 'sarif', 'junit', 'github', 'compact'];
  await cli(['check', 'corpus', ...formats.flatMap((f) => ['-f', `${f}:${join(dir, `out.${f}`)}`]), ...extra]);
  return Object.fromEntries(formats.map((f) => [f, readFileSync(join(dir, `out.${f}`), 'utf8')]));
}

/** Parses GitHub workflow commands back, undoing the escaping of the spec. */
function parseWorkflowCommands(text: string): Array<{ command: string; properties: Record<string, string>; message: string }> {
  const unescapeData = (s: string): string => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  const unescapeProperty = (s: string): string => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  return text
    .trimEnd()
    .split('\n')
    .map((line) => {
      const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
      if (!m) throw new Error(`not a workflow command: ${line}`);
      const properties = Object.fromEntries(m[2].split(',').map((p) => p.split('=') as [string, string]).map(([k, v]) => [k, unescapeProperty(v)]));
      return { command: m[1], properties, message: unescapeData(m[3]) };
    });
}

describe('machine formats on the corpus', async () => {
  const out = await corpusOutputs();
  const report = JSON.parse(out.json) as Report;
  const findings = report.documents.flatMap((d) => d.findings.map((f) => ({ ...f, path: d.path })));

  it('SARIF is valid against the official SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync('node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json', 'utf8'));
    const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    const sarif = JSON.parse(out.sarif);
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    const run = sarif.runs[0];
    expect(run.results).toHaveLength(findings.length);
    expect(run.tool.driver.rules.length).toBeGreaterThan(20);
    const first = run.results[0];
    const region = first.locations[0].physicalLocation.region;
    expect([first.ruleId, region.startLine, region.startColumn, region.snippet.text]).toEqual([findings[0].ruleId, findings[0].line, findings[0].column, findings[0].text]);
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId);
  });

  it('JUnit XML is well-formed and has one test case per document, failures listing findings', () => {
    expect(XMLValidator.validate(out.junit)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(out.junit);
    const suites = xml.testsuites.testsuite as Array<{ '@_name': string; testcase: Array<Record<string, unknown>> }>;
    const cases = suites.flatMap((s) => s.testcase);
    expect(cases).toHaveLength(report.documents.length);
    expect(Number(xml.testsuites['@_tests'])).toBe(report.documents.length);
    const failed = cases.filter((c) => c.failure);
    expect(failed).toHaveLength(report.documents.filter((d) => !d.passed).length);
    const energie = suites.find((s) => s['@_name'] === 'corpus/text/energiepreise-gipfel.txt')!.testcase[0].failure as Record<string, string>;
    expect(energie['#text']).toContain('corpus/text/energiepreise-gipfel.txt:3:1 major Duplicated headline');
  });

  it('GitHub annotations parse back to the most severe findings within GitHub\'s 10 + 10, escaped per the spec', () => {
    const commands = parseWorkflowCommands(out.github);
    const rank = (severity: string): number => ['critical', 'major', 'minor'].indexOf(severity);
    const ordered = [...findings].map((f, i) => ({ f, i })).sort((a, b) => rank(a.f.severity) - rank(b.f.severity) || a.i - b.i).map((x) => x.f);
    const expected = [...ordered.filter((f) => f.severity !== 'minor').slice(0, 10), ...ordered.filter((f) => f.severity === 'minor').slice(0, 10)];
    const annotations = commands.filter((c) => c.command !== 'notice');
    expect(annotations).toHaveLength(expected.length);
    annotations.forEach((c, i) => {
      expect(c.command).toBe(expected[i].severity === 'minor' ? 'warning' : 'error');
      expect(c.properties.file).toBe(expected[i].path);
      expect([Number(c.properties.line), Number(c.properties.col)]).toEqual([expected[i].line, expected[i].column]);
      expect(c.message).toBe(expected[i].message);
    });
    expect(commands.at(-1)!.message).toContain(`${findings.length - expected.length} more findings not annotated`);
  });

  it('compact has one line per finding: path:line:col: severity message [rule]', () => {
    const lines = out.compact.trimEnd().split('\n');
    expect(lines).toHaveLength(findings.length);
    expect(lines[0]).toBe(`${findings[0].path}:${findings[0].line}:${findings[0].column}: ${findings[0].severity} ${findings[0].message} [${findings[0].ruleId}]`);
  });

  it('is byte-identical run after run, and carries a time only with --timestamp', async () => {
    const again = await corpusOutputs();
    for (const format of ['json', 'sarif', 'junit']) expect(again[format]).toBe(out[format]);
    const stamped = await corpusOutputs(['--timestamp']);
    expect(JSON.parse(stamped.json).timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.parse(stamped.sarif).runs[0].invocations[0].endTimeUtc).toBe(JSON.parse(stamped.json).timestamp);
    expect(stamped.junit).toMatch(/<testsuites [^>]*timestamp="/);
    expect(out.json).not.toMatch(/timestamp/);
  });
});

describe('escaping', () => {
  it('GitHub: %, CR, LF in messages; also : and , in properties', async () => {
    const { escapeData, escapeProperty } = await import('../../src/reporters/github.js');
    expect(escapeData('100% a\r\nb')).toBe('100%25 a%0D%0Ab');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('JUnit: markup in titles and messages stays text', async () => {
    const dir = tempDir();
    const file = join(dir, 'x.jsonl');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, '{"id": "<b>&\\"1\\"", "title": "Titel </testcase><script>", "body": "Er sagte: \\"ja\\"."}\n');
    const xmlFile = join(dir, 'out.xml');
    await cli(['check', file, '-f', `junit:${xmlFile}`]);
    const xml = readFileSync(xmlFile, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('&lt;b&gt;&amp;&quot;1&quot;: Titel &lt;/testcase&gt;&lt;script&gt;');
  });
});
