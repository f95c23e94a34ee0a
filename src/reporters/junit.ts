import type { DocumentReport, Finding } from '../report/types.js';
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

function findingLine(path: string, f: Finding): string {
  return `${path}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.ruleId}]`;
}

/**
 * JUnit XML as GitLab and Jenkins read it: one test suite per input file, one
 * test case per document; a failed document is a <failure> listing its
 * findings, an unreadable one an <error>.
 */
export const junitReporter: Reporter = (report) => {
  const byPath = new Map<string, DocumentReport[]>();
  for (const doc of report.documents) byPath.set(doc.path, [...(byPath.get(doc.path) ?? []), doc]);
  const s = report.summary;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = report.documents.filter((d) => d.status === 'ok' && !d.passed).length;
  const errors = report.documents.filter((d) => d.status !== 'ok').length;
  out.push(`<testsuites name="mtlint" tests="${s.documents}" failures="${failures}" errors="${errors}"${report.timestamp ? ` timestamp="${escapeXml(report.timestamp)}"` : ''}>`);
  for (const [path, docs] of byPath) {
    const suiteFailures = docs.filter((d) => d.status === 'ok' && !d.passed).length;
    const suiteErrors = docs.filter((d) => d.status !== 'ok').length;
    out.push(`  <testsuite name="${escapeXml(path)}" tests="${docs.length}" failures="${suiteFailures}" errors="${suiteErrors}">`);
    for (const doc of docs) {
      const name = doc.title ? `${doc.id}: ${doc.title}` : doc.id;
      out.push(`    <testcase classname="${escapeXml(path)}" name="${escapeXml(name)}">`);
      if (doc.status !== 'ok') {
        out.push(`      <error type="${doc.status}" message="${escapeXml(doc.error ?? doc.status)}"/>`);
      } else if (!doc.passed) {
        const message = `score ${doc.score} below threshold ${s.threshold} or a finding at ${s.failOn ?? 'no'} severity; ${doc.findings.length} finding(s)`;
        const body = doc.findings.map((f) => findingLine(path, f)).join('\n');
        out.push(`      <failure type="mtlint" message="${escapeXml(message)}">${escapeXml(body)}</failure>`);
      } else if (doc.findings.length > 0) {
        out.push(`      <system-out>${escapeXml(doc.findings.map((f) => findingLine(path, f)).join('\n'))}</system-out>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
