import type { Reporter } from './types.js';

/** One line per finding, `path:line:col: severity message [rule]`, for grep and editors; errors as `path:1:1: error …`. */
export const compactReporter: Reporter = function* (report) {
  for (const doc of report.documents) {
    const lines: string[] = [];
    if (doc.status !== 'ok') lines.push(`${doc.path}:1:1: ${doc.status === 'skipped' ? 'skipped' : 'error'} ${doc.error ?? ''}${doc.id !== doc.path ? ` [${doc.id}]` : ''}`);
    for (const f of doc.findings) lines.push(`${doc.path}:${f.line}:${f.column}: ${f.severity} ${f.message.replace(/\s+/g, ' ')} [${f.ruleId}]`);
    if (lines.length > 0) yield `${lines.join('\n')}\n`;
  }
};
