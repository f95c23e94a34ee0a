import type { BlockKind } from '../document/document.js';
import type { Category, Severity } from '../rules/types.js';

/** JSON report schema version; bumped on any incompatible change (see docs/json-report.md). */
export const SCHEMA_VERSION = 1;

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface RelatedLocation extends Span {
  message: string;
  /** Input file of the related span (differs from the finding's only for cross-document rules). */
  path: string;
  documentId: string;
  text: string;
}

export interface Finding extends Span {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  /** The exact flagged text. */
  text: string;
  /** Offset and length of the flagged text in the document's extracted text (blocks joined by a blank line). */
  offset: number;
  length: number;
  /** Replacement for the flagged text; "" means delete it. */
  suggestion?: string;
  related?: RelatedLocation[];
  /** Stable identity for baselines: rule, document, flagged text and its context, never line numbers. */
  fingerprint: string;
  /**
   * The suggestion as edits of the input file, for rules whose fixes need no person (`fixable`),
   * when every edit maps exactly to the file: what `mtlint fix` writes (which also closes the gap a
   * deleted line leaves) and SARIF's `fixes`. Positions as the finding's: 1-based, UTF-16 columns, ends exclusive.
   */
  fix?: { replacements: Replacement[] };
  /** Start and end columns counted in UTF-8 bytes, present only when a format needs them (rdjson). */
  utf8Column?: number;
  utf8EndColumn?: number;
}

/** Text of the input file between two positions to replace with `text` (written as the file writes text: JSON escapes in JSON). */
export interface Replacement extends Span {
  text: string;
}

/** A finding left out of the findings and the gate: by an inline directive or because the baseline knows it. */
export interface SuppressedFinding {
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  text: string;
  fingerprint: string;
  reason: 'inline' | 'baseline';
  /** The line of the directive, for reason "inline". */
  directiveLine?: number;
}

export type DocumentStatus = 'ok' | 'error' | 'skipped';

export interface DocumentReport {
  path: string;
  id: string;
  title: string | null;
  status: DocumentStatus;
  error?: string;
  notes?: string[];
  words: number;
  /** 0–100, null when the document could not be checked. */
  score: number | null;
  penalty: number;
  passed: boolean;
  findings: Finding[];
  /** Findings suppressed inline or by the baseline: counted and listed, never silent. */
  suppressed?: SuppressedFinding[];
  /** The extracted text by block, present with --include-text (the HTML report uses it). */
  blocks?: Array<{ kind: BlockKind; start: number; end: number; text: string }>;
}

export interface Summary {
  files: number;
  documents: number;
  checked: number;
  errors: number;
  skipped: number;
  passed: number;
  failed: number;
  words: number;
  findings: number;
  /** Findings left out: by inline directives, and known to the baseline. */
  suppressed: { inline: number; baseline: number };
  /** With --baseline: entries of the baseline no longer found (fixed or changed). */
  baselineGone?: number;
  /** With --max-findings (or maxFindings in the configuration): the limit. */
  maxFindings: number | null;
  byCategory: Record<Category, number>;
  bySeverity: Record<Severity, number>;
  byRule: Record<string, number>;
  meanScore: number | null;
  worstScore: number | null;
  threshold: number;
  failOn: Severity | null;
  /** True when every document passed: the exit code is 0. */
  passedGate: boolean;
}

/**
 * A report whose documents may live on disk (a run of any size): they can be
 * iterated any number of times, each time from the start, in input order.
 */
export interface ReportStream {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'mtlint'; version: string };
  /** Only with --timestamp: when the report was made (ISO 8601). */
  timestamp?: string;
  summary: Summary;
  documents: Iterable<DocumentReport>;
}

/** A report held in memory: the JSON report, parsed. */
export interface Report extends ReportStream {
  documents: DocumentReport[];
}
