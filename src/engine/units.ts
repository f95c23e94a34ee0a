import type { Config } from '../config/defaults.js';
import type { Directive } from '../readers/directives.js';
import type { RawItem } from '../readers/types.js';
import type { CheckedFacts } from '../report/build.js';
import type { DocumentReport } from '../report/types.js';

/**
 * A piece of the input that can be checked on its own, in any thread: a whole
 * file (text, Markdown, HTML), some items of a streamed feed, or an input
 * already known to be unreadable.
 */
export type Unit =
  | { kind: 'file'; path: string; /** the file to read, when not `path` (standard input) */ readFrom?: string; bytes: number }
  | { kind: 'items'; path: string; reader: string; items: RawItem[]; note?: string }
  | { kind: 'failed'; report: DocumentReport };

/** A document after the document rules: everything the report needs, and nothing of the document itself. */
export interface CheckedDocument extends CheckedFacts {
  /** Run rule id → that rule's record of the document. */
  records: Record<string, unknown>;
  /** Inline suppression directives of the document's file (or feed item). */
  directives: Directive[];
}

/** What checking a unit gives, in input order: checked documents, and reports of what could not be checked. */
export type Entry = { checked: CheckedDocument } | { failed: DocumentReport };

/** What a worker needs to check units: plain data, cloned into each thread. */
export interface CheckSettings {
  config: Config;
  /** Keep each document's text by block (the HTML report needs it). */
  includeText: boolean;
  /** Give findings UTF-8 byte columns too (rdjson needs them). */
  utf8Columns?: boolean;
  /** The English original, given to every document (--source allows one). */
  sourceText?: string;
  /** Lines of the reported file before the input's first line (--line-offset). */
  lineOffset?: number;
}

/** About how much text a unit holds: characters of feed items, a file's size (at least 1 KB: each file costs a read). */
export function unitWeight(unit: Unit): number {
  if (unit.kind === 'items') return unit.items.reduce((n, item) => n + item.text.length, 0);
  return unit.kind === 'file' ? Math.max(unit.bytes, 1024) : 0;
}

export function failedReport(path: string, status: 'error' | 'skipped', error: string, id: string): DocumentReport {
  return { path, id, title: null, status, error, words: 0, score: null, penalty: 0, passed: false, findings: [] };
}
