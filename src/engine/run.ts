import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Config } from '../config/defaults.js';
import type { Document } from '../document/document.js';
import { LineIndex } from '../document/line-index.js';
import { collectInputs } from '../io/collect.js';
import { decode } from '../io/decode.js';
import { readerFor, SUPPORTED_EXTENSIONS } from '../readers/index.js';
import { buildReport } from '../report/build.js';
import type { DocumentReport, Finding, Report, SuppressedFinding } from '../report/types.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { BaselineMatcher, type BaselineFile } from './baseline.js';
import { parseDirectives, type Directive } from '../readers/directives.js';
import { suppressedBy } from './suppressions.js';
import { lintDocuments } from './lint.js';

export interface RunOptions {
  paths: readonly string[];
  config: Config;
  rules?: readonly Rule[];
  /** Keep each document's extracted text in the report (the HTML report needs it). */
  includeText?: boolean;
  /** The English original of a single-article input (--source). */
  sourceText?: string;
  /** Known findings: reported as suppressed, not counted for the gate (--baseline). */
  baseline?: BaselineFile;
  /** Report only major and critical findings (--quiet). */
  quiet?: boolean;
  /** An ISO time to stamp the report with (--timestamp); none by default, for byte-identical output. */
  timestamp?: string;
  onProgress?: (phase: 'read' | 'check', done: number, total: number) => void;
}

/** A read document with what its file says about suppressions. */
export interface ReadDocument {
  document: Document;
  directives: Directive[];
  lines: LineIndex;
}

/** Inputs, in order: a read document, or a file (or part of one) that could not be checked. */
export type Entry = ReadDocument | { failed: DocumentReport };

/** The options do not fit the inputs (a usage error for the CLI). */
export class RunOptionsError extends Error {}

/** Reads every input, runs the rules, applies suppressions and the baseline, scores and reports. One bad file never stops the run. */
export function runCheck(options: RunOptions): Report {
  const { entries, files } = readInputs(options);
  const read = entries.filter((e): e is ReadDocument => 'document' in e);
  const documents = read.map((e) => e.document);
  if (options.sourceText !== undefined) {
    if (documents.length !== 1) throw new RunOptionsError(`--source needs exactly one article to check, found ${documents.length}`);
    documents[0].source = options.sourceText;
  }
  const found = lintDocuments(documents, options.rules ?? RULES, options.config, (done) => options.onProgress?.('check', done, documents.length));
  const matcher = options.baseline ? new BaselineMatcher(options.baseline) : undefined;
  const kept = new Map<Document, Finding[]>();
  const suppressed = new Map<Document, SuppressedFinding[]>();
  for (const entry of read) {
    const { keep, drop } = filterFindings(entry, found.get(entry.document) ?? [], matcher, options.quiet ?? false);
    kept.set(entry.document, keep);
    suppressed.set(entry.document, drop);
  }
  return buildReport({
    entries,
    findings: kept,
    suppressed,
    files,
    config: options.config,
    includeText: options.includeText ?? false,
    baselineGone: matcher?.gone,
    timestamp: options.timestamp,
  });
}

function filterFindings(entry: ReadDocument, findings: Finding[], matcher: BaselineMatcher | undefined, quiet: boolean): { keep: Finding[]; drop: SuppressedFinding[] } {
  const visible = quiet ? findings.filter((f) => f.severity !== 'minor') : findings;
  const byDirective = suppressedBy(entry.directives, visible, entry.lines);
  const keep: Finding[] = [];
  const drop: SuppressedFinding[] = [];
  visible.forEach((f, i) => {
    const summary = { ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, text: f.text, fingerprint: f.fingerprint };
    if (byDirective[i] !== undefined) drop.push({ ...summary, reason: 'inline', directiveLine: byDirective[i] });
    else if (matcher?.isKnown(f)) drop.push({ ...summary, reason: 'baseline' });
    else keep.push(f);
  });
  return { keep, drop };
}

/** Collects and reads the inputs: documents, and entries for what could not be read. */
export function readInputs(options: Pick<RunOptions, 'paths' | 'config' | 'onProgress'>): { entries: Entry[]; files: number } {
  const inputs = collectInputs(options.paths, {
    extensions: SUPPORTED_EXTENSIONS,
    include: options.config.include,
    exclude: options.config.exclude,
  });
  const entries: Entry[] = [];
  inputs.forEach((input, i) => {
    entries.push(...(input.error ? [failed(input.path, 'error', input.error)] : readInput(input.path, options.config)));
    options.onProgress?.('read', i + 1, inputs.length);
  });
  return { entries, files: inputs.length };
}

function readInput(path: string, config: Config): Entry[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return [failed(path, 'error', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)];
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return [failed(path, decoded.skipped ? 'skipped' : 'error', decoded.reason)];
  const reader = readerFor(path);
  if (!reader) return [failed(path, 'error', `unsupported file type (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`)];
  if (decoded.text.trim() === '') return [failed(path, 'error', 'empty file: no text to check')];
  try {
    const lines = new LineIndex(decoded.text);
    const directives = parseDirectives(decoded.text, lines);
    const result = reader.read({ path, text: decoded.text, lines, fields: config.fields });
    const entries: Entry[] = result.documents.map((document) => {
      if (decoded.note) document.notes.push(decoded.note);
      return { document, directives, lines };
    });
    for (const error of result.errors) {
      entries.push(failed(path, 'error', `${error.message} (line ${error.line}, column ${error.column})`, error.id));
    }
    if (entries.length === 0) return [failed(path, 'error', `no articles found in this ${reader.name} file`)];
    return entries;
  } catch (error) {
    return [failed(path, 'error', `cannot read as ${reader.name}: ${(error as Error).message}`)];
  }
}

function failed(path: string, status: 'error' | 'skipped', error: string, id = basename(path)): Entry {
  return { failed: { path, id, title: null, status, error, words: 0, score: null, penalty: 0, passed: false, findings: [] } };
}
