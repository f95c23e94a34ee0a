import type { Config } from '../config/defaults.js';
import type { Document } from '../document/document.js';
import type { Finding } from '../report/types.js';
import { fingerprint } from './fingerprint.js';
import {
  isRunRule,
  ruleContext,
  type DocumentRule,
  type LocatedSpan,
  type Rule,
  type RuleFinding,
  type RunRule,
  type RunRuleFinding,
  type Severity,
} from '../rules/types.js';

/** What the rules make of one document: its findings so far, and the run rules' records of it. */
export interface DocumentLint {
  findings: Finding[];
  /** Run rule id → that rule's record of the document (absent when it has none). */
  records: Record<string, unknown>;
}

export function enabledRules(rules: readonly Rule[], config: Config): Rule[] {
  return rules.filter((r) => config.rules.overrides[r.meta.id] !== 'off');
}

function severityOf(rule: Rule, config: Config, found?: Severity): Severity {
  return (config.rules.overrides[rule.meta.id] as Severity | undefined) ?? found ?? rule.meta.severity;
}

/** Runs the document rules over one document and takes the run rules' records of it; then releases its tokens. */
export function lintDocument(doc: Document, rules: readonly Rule[], config: Config, utf8Columns = false): DocumentLint {
  const context = ruleContext(config.rules.options);
  const findings: Finding[] = [];
  const records: Record<string, unknown> = {};
  for (const rule of rules) {
    if (isRunRule(rule)) {
      const record = rule.record(doc, { ...context, locate: (start, end) => locate(doc, rule.meta.id, start, end, utf8Columns) });
      if (record !== undefined) records[rule.meta.id] = record;
    } else {
      for (const f of rule.check(doc, context)) findings.push(toFinding(doc, rule, f, severityOf(rule, config, f.severity)));
    }
  }
  void doc.wordTotal;
  doc.releaseTokens();
  findings.sort(byPosition(rules));
  if (utf8Columns) addUtf8Columns(doc, findings);
  return { findings, records };
}

/** Starts in order first, then ends in order, so each line is measured about once. */
function addUtf8Columns(doc: Document, findings: Finding[]): void {
  for (const f of findings) f.utf8Column = doc.utf8Column(f.offset);
  const byEnd = [...findings].sort((a, b) => a.offset + Math.max(a.length, 1) - (b.offset + Math.max(b.length, 1)));
  for (const f of byEnd) f.utf8EndColumn = doc.utf8EndColumn(f.offset, f.offset + f.length);
}

/**
 * The run rules of one run, fed each document's records in input order;
 * returns the findings they add to that document.
 */
export class RunComparison {
  private readonly comparisons: Array<{ rule: RunRule; compare: (record: unknown) => RunRuleFinding[] }>;

  constructor(
    rules: readonly Rule[],
    private readonly config: Config,
  ) {
    const context = ruleContext(config.rules.options);
    this.comparisons = rules.filter(isRunRule).map((rule) => ({ rule, compare: rule.compare(context) }));
  }

  findingsFor(records: Record<string, unknown>): Finding[] {
    const out: Finding[] = [];
    for (const { rule, compare } of this.comparisons) {
      const record = records[rule.meta.id];
      if (record === undefined) continue;
      for (const f of compare(record)) out.push(fromRunFinding(rule, f, severityOf(rule, this.config, f.severity)));
    }
    return out;
  }
}

/** All rules over documents held in memory (tests, scripts): findings per document in position order. */
export function lintDocuments(documents: readonly Document[], rules: readonly Rule[], config: Config): Map<Document, Finding[]> {
  const enabled = enabledRules(rules, config);
  const comparison = new RunComparison(enabled, config);
  const order = byPosition(enabled);
  return new Map(
    documents.map((doc) => {
      const { findings, records } = lintDocument(doc, enabled, config);
      return [doc, [...findings, ...comparison.findingsFor(records)].sort(order)];
    }),
  );
}

export function locate(doc: Document, ruleId: string, start: number, end: number, utf8Columns = false): LocatedSpan {
  return {
    path: doc.path,
    documentId: doc.id,
    offset: start,
    length: end - start,
    text: doc.text.slice(start, end),
    ...doc.locate(start, end),
    fingerprint: fingerprint(doc, ruleId, start, end),
    ...(utf8Columns ? { utf8Column: doc.utf8Column(start), utf8EndColumn: doc.utf8EndColumn(start, end) } : {}),
  };
}

function toFinding(doc: Document, rule: DocumentRule, f: RuleFinding, severity: Severity): Finding {
  const related = f.related?.map((r) => ({ message: r.message, path: doc.path, documentId: doc.id, text: doc.text.slice(r.start, r.end), ...doc.locate(r.start, r.end) }));
  return {
    ruleId: rule.meta.id,
    category: rule.meta.category,
    severity,
    message: f.message,
    text: doc.text.slice(f.start, f.end),
    offset: f.start,
    length: f.end - f.start,
    ...doc.locate(f.start, f.end),
    fingerprint: fingerprint(doc, rule.meta.id, f.start, f.end),
    ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
    ...(related && related.length > 0 ? { related } : {}),
  };
}

function fromRunFinding(rule: RunRule, f: RunRuleFinding, severity: Severity): Finding {
  const { at } = f;
  const related = f.related?.map((r) => ({ message: r.message, path: r.at.path, documentId: r.at.documentId, text: r.at.text, line: r.at.line, column: r.at.column, endLine: r.at.endLine, endColumn: r.at.endColumn }));
  return {
    ruleId: rule.meta.id,
    category: rule.meta.category,
    severity,
    message: f.message,
    text: at.text,
    offset: at.offset,
    length: at.length,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    fingerprint: at.fingerprint,
    ...(at.utf8Column !== undefined ? { utf8Column: at.utf8Column, utf8EndColumn: at.utf8EndColumn } : {}),
    ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
    ...(related && related.length > 0 ? { related } : {}),
  };
}

/** Findings in position order; ties by rule order, then message. */
export function byPosition(rules: readonly Rule[]) {
  const order = new Map(rules.map((r, i) => [r.meta.id, i]));
  return (a: Finding, b: Finding): number =>
    a.offset - b.offset || b.length - a.length || (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0) || a.message.localeCompare(b.message);
}
