import type { Reporter } from './types.js';

/** One line stays one line: a line break in a path, an id or an error is written as \n. */
const oneLine = (value: string): string => value.replace(/\r\n|\r|\n/g, '\\n');

/** One line per finding, `path:line:col: severity message [rule]`, for grep and editors; errors as `path:1:1: error …`. */
export const compactReporter: Reporter = function* (report) {
  for (const doc of report.documents) {
    const lines: string[] = [];
    const path = oneLine(doc.path);
    if (doc.status !== 'ok') lines.push(`${path}:1:1: ${doc.status === 'skipped' ? 'skipped' : 'error'} ${oneLine(doc.error ?? '')}${doc.id !== doc.path ? ` [${oneLine(doc.id)}]` : ''}`);
    for (const f of doc.findings) lines.push(`${path}:${f.line}:${f.column}: ${f.severity} ${f.message.replace(/\s+/g, ' ')} [${f.ruleId}]`);
    if (lines.length > 0) yield `${lines.join('\n')}\n`;
  }
};
