import type { Reporter } from './types.js';

/** One line per finding, `path:line:col: severity message [rule]`, for grep and editors; errors as `path:1:1: error …`. */
export const compactReporter: Reporter = (report) => {
  const lines: string[] = [];
  for (const doc of report.documents) {
    if (doc.status !== 'ok') lines.push(`${doc.path}:1:1: ${doc.status === 'skipped' ? 'skipped' : 'error'} ${doc.error ?? ''}${doc.id !== doc.path ? ` [${doc.id}]` : ''}`);
    for (const f of doc.findings) lines.push(`${doc.path}:${f.line}:${f.column}: ${f.severity} ${f.message.replace(/\s+/g, ' ')} [${f.ruleId}]`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
