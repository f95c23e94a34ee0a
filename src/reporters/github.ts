import type { Severity } from '../rules/types.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = { critical: 'error', major: 'error', minor: 'warning' };

/** Workflow-command escaping: the message (data) escapes % CR LF; properties also : and , */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`,
 * so findings show as annotations on the pull request.
 */
export const githubReporter: Reporter = function* (report) {
  for (const doc of report.documents) {
    if (doc.status !== 'ok') {
      yield `::error file=${escapeProperty(doc.path)},title=${escapeProperty(`mtlint: ${doc.status}`)}::${escapeData(doc.error ?? doc.status)}\n`;
      continue;
    }
    const lines: string[] = [];
    for (const f of doc.findings) {
      const props = [
        `file=${escapeProperty(doc.path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`mtlint ${f.ruleId} (${f.severity})`)}`,
      ];
      lines.push(`::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
    if (lines.length > 0) yield `${lines.join('\n')}\n`;
  }
};
