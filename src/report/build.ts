import type { Config } from '../config/defaults.js';
import type { Document } from '../document/document.js';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../rules/types.js';
import { RULES } from '../rules/index.js';
import { scoreDocument } from '../scoring/score.js';
import { VERSION } from '../version.js';
import { SCHEMA_VERSION, type DocumentReport, type Finding, type Report, type Summary, type SuppressedFinding } from './types.js';

const RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };

function severityAtLeast(severity: Severity, floor: Severity): boolean {
  return RANK[severity] >= RANK[floor];
}

export interface BuildInput {
  entries: Array<{ document: Document } | { failed: DocumentReport }>;
  findings: Map<Document, Finding[]>;
  suppressed?: Map<Document, SuppressedFinding[]>;
  files: number;
  config: Config;
  includeText: boolean;
  baselineGone?: number;
  timestamp?: string;
}

export function buildReport({ entries, findings, suppressed, files, config, includeText, baselineGone, timestamp }: BuildInput): Report {
  const documents = entries.map((entry) =>
    'failed' in entry ? entry.failed : documentReport(entry.document, findings.get(entry.document) ?? [], suppressed?.get(entry.document) ?? [], config, includeText),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'mtlint', version: VERSION },
    ...(timestamp ? { timestamp } : {}),
    summary: summarize(documents, files, config, baselineGone),
    documents,
  };
}

function documentReport(doc: Document, findings: Finding[], suppressed: SuppressedFinding[], config: Config, includeText: boolean): DocumentReport {
  const words = doc.wordTotal;
  const { penalty, score } = scoreDocument(findings.map((f) => f.severity), words, config.scoring);
  const blocking = config.failOn ? findings.some((f) => severityAtLeast(f.severity, config.failOn!)) : false;
  return {
    path: doc.path,
    id: doc.id,
    title: doc.title,
    status: 'ok',
    ...(doc.notes.length > 0 ? { notes: doc.notes } : {}),
    words,
    score,
    penalty,
    passed: score >= config.threshold && !blocking,
    findings,
    ...(suppressed.length > 0 ? { suppressed } : {}),
    ...(includeText ? { blocks: doc.blocks.map((b) => ({ kind: b.kind, start: b.start, end: b.end, text: doc.blockText(b) })) } : {}),
  };
}

function summarize(documents: DocumentReport[], files: number, config: Config, baselineGone: number | undefined): Summary {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byRule: Record<string, number> = Object.fromEntries(RULES.map((r) => [r.meta.id, 0]));
  const scores: number[] = [];
  let findings = 0;
  let words = 0;
  for (const doc of documents) {
    words += doc.words;
    if (doc.score !== null) scores.push(doc.score);
    for (const f of doc.findings) {
      findings++;
      byCategory[f.category]++;
      bySeverity[f.severity]++;
      byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    }
  }
  const passed = documents.filter((d) => d.passed).length;
  const suppressed = { inline: 0, baseline: 0 };
  for (const d of documents) for (const s of d.suppressed ?? []) suppressed[s.reason]++;
  const withinLimit = config.maxFindings === null || findings <= config.maxFindings;
  return {
    files,
    documents: documents.length,
    checked: documents.filter((d) => d.status === 'ok').length,
    errors: documents.filter((d) => d.status === 'error').length,
    skipped: documents.filter((d) => d.status === 'skipped').length,
    passed,
    failed: documents.length - passed,
    words,
    findings,
    suppressed,
    ...(baselineGone !== undefined ? { baselineGone } : {}),
    maxFindings: config.maxFindings,
    byCategory,
    bySeverity,
    byRule,
    meanScore: scores.length > 0 ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null,
    worstScore: scores.length > 0 ? scores.reduce((a, b) => Math.min(a, b)) : null,
    threshold: config.threshold,
    failOn: config.failOn,
    passedGate: passed === documents.length && withinLimit,
  };
}
