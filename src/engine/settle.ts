import type { Config } from '../config/defaults.js';
import { ReportBuilder, type SettledDocument } from '../report/build.js';
import type { Finding, ReportStream, SuppressedFinding } from '../report/types.js';
import type { Rule } from '../rules/types.js';
import type { BaselineMatcher } from './baseline.js';
import { byPosition, RunComparison } from './lint.js';
import { suppressedBy } from './suppressions.js';
import type { CheckedDocument, Entry } from './units.js';

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

export interface RunSettlerOptions {
  baseline?: BaselineMatcher;
  quiet: boolean;
  /** What the report keeps: a shard run checks with both and reports without what was not asked for. */
  keep: { text: boolean; utf8Columns: boolean };
}

/** Settles a run's entries in input order into its report: one place for `check` and `merge`. */
export class RunSettler {
  private readonly builder: ReportBuilder;
  private readonly options: SettleOptions;

  constructor(
    config: Config,
    rules: readonly Rule[],
    private readonly run: RunSettlerOptions,
  ) {
    this.builder = new ReportBuilder(config);
    this.options = { comparison: new RunComparison(rules, config), order: byPosition(rules), baseline: run.baseline, quiet: run.quiet };
  }

  take(entry: Entry): void {
    if ('failed' in entry) {
      this.builder.addFailed(entry.failed);
      return;
    }
    const settled = settle(entry.checked, this.options);
    if (!this.run.keep.text) delete settled.blocks;
    if (!this.run.keep.utf8Columns) {
      for (const f of settled.findings) {
        delete f.utf8Column;
        delete f.utf8EndColumn;
      }
    }
    this.builder.add(settled);
  }

  finish(files: number, timestamp?: string): ReportStream & { dispose(): void } {
    return this.builder.finish(files, { timestamp, baselineGone: this.run.baseline?.gone });
  }
}
