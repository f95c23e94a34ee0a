import type { Finding } from '../report/types.js';
import type { Reporter } from './types.js';

function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An attribute value: also line breaks and tabs as character references, which XML would otherwise normalise to spaces. */
function escapeAttribute(value: string): string {
  return escapeXml(value).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function findingLine(path: string, f: Finding): string {
  return `${path}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.ruleId}]`;
}

/**
 * JUnit XML as GitLab and Jenkins read it: one test suite per input file, one
 * test case per document; a failed document is a <failure> listing its
 * findings, an unreadable one an <error>. A first pass counts each suite.
 */
export const junitReporter: Reporter = function* (report) {
  const suites = new Map<string, { tests: number; failures: number; errors: number }>();
  for (const doc of report.documents) {
    const suite = suites.get(doc.path) ?? { tests: 0, failures: 0, errors: 0 };
    suite.tests++;
    if (doc.status !== 'ok') suite.errors++;
    else if (!doc.passed) suite.failures++;
    suites.set(doc.path, suite);
  }
  const s = report.summary;
  const total = [...suites.values()].reduce((t, x) => ({ failures: t.failures + x.failures, errors: t.errors + x.errors }), { failures: 0, errors: 0 });
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mtlint" tests="${s.documents}" failures="${total.failures}" errors="${total.errors}"${report.timestamp ? ` timestamp="${escapeAttribute(report.timestamp)}"` : ''}>\n`;
  let openPath: string | undefined;
  for (const doc of report.documents) {
    const out: string[] = [];
    const path = doc.path;
    if (path !== openPath) {
      if (openPath !== undefined) out.push('  </testsuite>');
      const suite = suites.get(path)!;
      out.push(`  <testsuite name="${escapeAttribute(path)}" tests="${suite.tests}" failures="${suite.failures}" errors="${suite.errors}">`);
      openPath = path;
    }
    const name = doc.title ? `${doc.id}: ${doc.title}` : doc.id;
    out.push(`    <testcase classname="${escapeAttribute(path)}" name="${escapeAttribute(name)}">`);
    if (doc.status !== 'ok') {
      out.push(`      <error type="${doc.status}" message="${escapeAttribute(doc.error ?? doc.status)}"/>`);
    } else if (!doc.passed) {
      const message = `score ${doc.score} below threshold ${s.threshold} or a finding at ${s.failOn ?? 'no'} severity; ${doc.findings.length} finding(s)`;
      const body = doc.findings.map((f) => findingLine(path, f)).join('\n');
      out.push(`      <failure type="mtlint" message="${escapeAttribute(message)}">${escapeXml(body)}</failure>`);
    } else if (doc.findings.length > 0) {
      out.push(`      <system-out>${escapeXml(doc.findings.map((f) => findingLine(path, f)).join('\n'))}</system-out>`);
    }
    out.push('    </testcase>');
    yield `${out.join('\n')}\n`;
  }
  yield `${openPath !== undefined ? '  </testsuite>\n' : ''}</testsuites>\n`;
};
