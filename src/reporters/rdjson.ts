import type { Severity } from '../rules/types.js';
import { STREAMED, streamJson, type Reporter } from './types.js';

const SEVERITY: Record<Severity, 'ERROR' | 'WARNING'> = { critical: 'ERROR', major: 'ERROR', minor: 'WARNING' };

/**
 * reviewdog's Diagnostic Format as one JSON document (rdjson: a DiagnosticResult), for `reviewdog -f=rdjson`.
 * Its columns count UTF-8 bytes and its ranges end exclusive: the run gives findings `utf8Column` and
 * `utf8EndColumn` for this format (NEEDS_UTF8_COLUMNS). A related place (the first copy of a headline)
 * is given by its line. An input that could not be checked is a diagnostic on its file without a range.
 */
export const rdjsonReporter: Reporter = function* (report) {
  function* diagnostics(): Generator<object> {
    for (const doc of report.documents) {
      if (doc.status !== 'ok') {
        yield { message: `${doc.status === 'skipped' ? 'skipped' : 'not checked'}: ${doc.error ?? doc.status}${doc.id !== doc.path ? ` (${doc.id})` : ''}`, location: { path: doc.path }, severity: 'ERROR', code: { value: 'input-error' } };
        continue;
      }
      for (const f of doc.findings) {
        if (f.utf8Column === undefined || f.utf8EndColumn === undefined) throw new Error('rdjson needs findings with UTF-8 columns (run with utf8Columns)');
        yield {
          message: f.message,
          location: { path: doc.path, range: { start: { line: f.line, column: f.utf8Column }, end: { line: f.endLine, column: f.utf8EndColumn } } },
          severity: SEVERITY[f.severity],
          code: { value: f.ruleId },
          ...(f.related ? { related_locations: f.related.map((r) => ({ message: r.message, location: { path: r.path, range: { start: { line: r.line } } } })) } : {}),
        };
      }
    }
  }
  yield* streamJson({ source: { name: 'mtlint', url: 'https://www.npmjs.com/package/mtlint' }, severity: report.summary.passedGate ? 'INFO' : 'ERROR', diagnostics: STREAMED }, diagnostics());
  yield '\n';
};
