import type { SettledDocument } from '../report/build.js';
import type { Finding, SuppressedFinding } from '../report/types.js';
import type { BaselineMatcher } from './baseline.js';
import type { RunComparison } from './lint.js';
import { suppressedBy } from './suppressions.js';
import type { CheckedDocument } from './units.js';

export interface SettleOptions {
  comparison: RunComparison;
  /** Orders a document's findings (by position, then rule). */
  order: (a: Finding, b: Finding) => number;
  baseline?: BaselineMatcher;
  quiet: boolean;
}

/**
 * The last engine stage, run on each checked document in input order: adds the run rules' findings
 * (cross-document copies, which need the documents before it), applies --quiet, inline directives
 * and the baseline. What comes out is final; the report only scores and counts it.
 */
export function settle(doc: CheckedDocument, options: SettleOptions): SettledDocument {
  const { comparison, order, baseline, quiet } = options;
  const added = comparison.findingsFor(doc.records);
  const all = added.length > 0 ? [...doc.findings, ...added].sort(order) : doc.findings;
  const visible = quiet ? all.filter((f) => f.severity !== 'minor') : all;
  const byDirective = suppressedBy(doc.directives, visible);
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  visible.forEach((f, i) => {
    const summary = { ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, text: f.text, fingerprint: f.fingerprint };
    if (byDirective[i] !== undefined) suppressed.push({ ...summary, reason: 'inline', directiveLine: byDirective[i] });
    else if (baseline?.isKnown(f)) suppressed.push({ ...summary, reason: 'baseline' });
    else findings.push(f);
  });
  return { path: doc.path, id: doc.id, title: doc.title, notes: doc.notes, words: doc.words, findings, suppressed, blocks: doc.blocks };
}
