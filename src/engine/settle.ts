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
  /** The rules whose repeats are grouped (RuleMeta.groupsRepeats). */
  grouping: ReadonlySet<string>;
}

/**
 * The last engine stage, run on each checked document in input order: adds the run rules' findings
 * (cross-document copies, which need the documents before it), applies --quiet, inline directives
 * and the baseline. What comes out is final; the report only scores and counts it.
 */
export function settle(doc: CheckedDocument, options: SettleOptions): SettledDocument {
  const { comparison, order, baseline, quiet, grouping } = options;
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
  return { path: doc.path, id: doc.id, title: doc.title, notes: doc.notes, words: doc.words, findings: groupRepeats(findings, grouping, doc), suppressed, blocks: doc.blocks };
}

/** At most this many later uses are listed with the first. */
const MAX_REPEATS_LISTED = 20;

/**
 * A grouping rule's findings of the same text (any case and spacing) become one, at the first use
 * left after directives and the baseline, with the later uses as related locations.
 */
function groupRepeats(findings: Finding[], grouping: ReadonlySet<string>, doc: Pick<CheckedDocument, 'path' | 'id'>): Finding[] {
  if (grouping.size === 0) return findings;
  const uses = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!grouping.has(f.ruleId)) continue;
    const key = `${f.ruleId} ${f.text.toLowerCase().replace(/\s+/g, ' ')}`;
    const same = uses.get(key);
    if (same) same.push(f);
    else uses.set(key, [f]);
  }
  const grouped = new Map<Finding, Finding | null>(); // the first use, as reported, and the later ones (left out)
  for (const [first, ...later] of uses.values()) {
    if (later.length === 0) continue;
    const related = later.slice(0, MAX_REPEATS_LISTED).map((f) => ({ message: 'used again', path: doc.path, documentId: doc.id, text: f.text, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }));
    grouped.set(first, { ...first, message: `${first.message} Used ${later.length + 1} times in this article.`, related: [...(first.related ?? []), ...related] });
    for (const f of later) grouped.set(f, null);
  }
  if (grouped.size === 0) return findings;
  return findings.flatMap((f) => {
    const g = grouped.get(f);
    return g === undefined ? [f] : g === null ? [] : [g];
  });
}

/** The settling of a run with these rules and this configuration. */
export function settleOptions(rules: readonly Rule[], config: Config, { baseline, quiet }: Pick<SettleOptions, 'baseline' | 'quiet'>): SettleOptions {
  const grouping = new Set(rules.filter((r) => r.meta.groupsRepeats).map((r) => r.meta.id));
  return { comparison: new RunComparison(rules, config), order: byPosition(rules), baseline, quiet, grouping };
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
    this.options = settleOptions(rules, config, run);
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
