import { sha256 } from '../io/hash.js';
import { isAbsolute, relative } from 'node:path';
import type { Severity } from '../rules/types.js';
import type { Reporter } from './types.js';

const SEVERITY: Record<Severity, 'minor' | 'major' | 'critical'> = { minor: 'minor', major: 'major', critical: 'critical' };

/** Code Quality wants paths relative to the repository: the working directory CI runs in. */
function repositoryPath(path: string): string {
  return (isAbsolute(path) ? relative(process.cwd(), path) : path).replace(/\\/g, '/');
}

/**
 * GitLab Code Quality (a subset of the Code Climate issue format): a JSON array with one issue per
 * finding — description, check_name (the rule id), fingerprint (the finding's), severity and
 * location.path/lines — and one per input that could not be checked. Streamed item by item.
 */
export const gitlabReporter: Reporter = function* (report) {
  let first = true;
  const item = (issue: object): string => {
    const text = `${first ? '[\n' : ',\n'}  ${JSON.stringify(issue)}`;
    first = false;
    return text;
  };
  for (const doc of report.documents) {
    const path = repositoryPath(doc.path);
    if (doc.status !== 'ok') {
      const fingerprint = sha256(`${doc.path}\u0000${doc.id}\u0000${doc.error ?? ''}`);
      yield item({ type: 'issue', description: `${doc.status === 'skipped' ? 'Skipped' : 'Not checked'}: ${doc.error ?? doc.status}`, check_name: 'mtlint/input-error', fingerprint, severity: 'major', location: { path, lines: { begin: 1 } } });
      continue;
    }
    for (const f of doc.findings) {
      yield item({ type: 'issue', description: f.message, check_name: f.ruleId, fingerprint: f.fingerprint, severity: SEVERITY[f.severity], categories: ['Style'], location: { path, lines: { begin: f.line, end: f.endLine } } });
    }
  }
  yield first ? '[]\n' : '\n]\n';
};
