import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Config } from '../config.js';
import type { Document } from '../document/document.js';
import { LineIndex } from '../document/line-index.js';
import { collectInputs } from '../io/collect.js';
import { decode } from '../io/decode.js';
import { readerFor, SUPPORTED_EXTENSIONS } from '../readers/index.js';
import type { DocumentReport, Report } from '../report/types.js';
import { buildReport } from '../report/build.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { lintDocuments } from './lint.js';

export interface RunOptions {
  paths: readonly string[];
  config: Config;
  include?: readonly string[];
  exclude?: readonly string[];
  rules?: readonly Rule[];
  /** Keep each document's extracted text in the report (the HTML report needs it). */
  includeText?: boolean;
  /** The English original of a single-article input (--source). */
  sourceText?: string;
  /** Called after each input file is read. */
  onProgress?: (done: number, total: number) => void;
}

/** Inputs, in order: a read document, or a file (or part of one) that could not be checked. */
export type Entry = { document: Document } | { failed: DocumentReport };

/** The options do not fit the inputs (a usage error for the CLI). */
export class RunOptionsError extends Error {}

export const DEFAULT_EXCLUDE = ['**/*.expected.json'];

/** Reads every input, runs the rules, scores and returns the report. One bad file never stops the run. */
export function runCheck(options: RunOptions): Report {
  const { entries, files } = readInputs(options);
  const documents = entries.flatMap((e) => ('document' in e ? [e.document] : []));
  if (options.sourceText !== undefined) {
    if (documents.length !== 1) throw new RunOptionsError(`--source needs exactly one article to check, found ${documents.length}`);
    documents[0].source = options.sourceText;
  }
  const findings = lintDocuments(documents, options.rules ?? RULES, options.config);
  return buildReport({ entries, findings, files, config: options.config, includeText: options.includeText ?? false });
}

/** Collects and reads the inputs: documents, and entries for what could not be read. */
export function readInputs(options: RunOptions): { entries: Entry[]; files: number } {
  const inputs = collectInputs(options.paths, {
    extensions: SUPPORTED_EXTENSIONS,
    include: options.include ?? [],
    exclude: options.exclude ?? DEFAULT_EXCLUDE,
  });
  const entries: Entry[] = [];
  inputs.forEach((input, i) => {
    entries.push(...(input.error ? [failed(input.path, 'error', input.error)] : readInput(input.path, options.config)));
    options.onProgress?.(i + 1, inputs.length);
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
    const result = reader.read({ path, text: decoded.text, lines, fields: config.fields });
    const entries: Entry[] = result.documents.map((document) => {
      if (decoded.note) document.notes.push(decoded.note);
      return { document };
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
