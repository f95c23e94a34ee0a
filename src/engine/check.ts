import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Document } from '../document/document.js';
import { LineIndex } from '../document/line-index.js';
import { decode } from '../io/decode.js';
import { parseDirectives, type Directive } from '../readers/directives.js';
import { suggestionEdits } from '../fix/edits.js';
import { isFeedReader, readerFor, READERS, SUPPORTED_EXTENSIONS, type Reader, type ReadResult } from '../readers/index.js';
import type { Finding } from '../report/types.js';
import { ruleById } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { lintDocument } from './lint.js';
import { failedReport, type CheckSettings, type CheckedDocument, type Entry, type Unit } from './units.js';

/**
 * Checks one unit: reads it and runs the document rules over each of its
 * documents. Never throws: whatever goes wrong becomes an entry for the file.
 */
export function checkUnit(unit: Unit, settings: CheckSettings, rules: readonly Rule[]): Entry[] {
  if (unit.kind === 'failed') return [{ failed: unit.report }];
  try {
    return unit.kind === 'file' ? checkFile(unit.path, unit.readFrom ?? unit.path, settings, rules) : checkItems(unit, settings, rules);
  } catch (error) {
    return [{ failed: failedReport(unit.path, 'error', `internal error while checking: ${(error as Error).stack ?? String(error)}`, basename(unit.path)) }];
  }
}

/** Checks the file at `readFrom`, reported as `path`. */
function checkFile(path: string, readFrom: string, settings: CheckSettings, rules: readonly Rule[]): Entry[] {
  const failed = (error: string, status: 'error' | 'skipped' = 'error', id = basename(path)): Entry[] => [{ failed: failedReport(path, status, error, id) }];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(readFrom);
  } catch (error) {
    return failed(`cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return failed(decoded.reason, decoded.skipped ? 'skipped' : 'error');
  const reader = readerFor(path);
  if (!reader) return failed(`unsupported file type (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`);
  if (decoded.text.trim() === '') return failed('empty file: no text to check');
  let result: ReadResult;
  let directives: Directive[];
  try {
    const lines = new LineIndex(decoded.text, { line: 1 + (settings.lineOffset ?? 0), column: 1 });
    directives = parseDirectives(decoded.text, lines);
    result = reader.read({ path, text: decoded.text, lines, fields: settings.config.fields });
  } catch (error) {
    return failed(`cannot read as ${reader.name}: ${(error as Error).message}`);
  }
  if (result.documents.length === 0 && result.errors.length === 0) return failed(`no articles found in this ${reader.name} file`);
  const entries: Entry[] = result.documents.map((doc) => {
    if (decoded.note) doc.notes.push(decoded.note);
    return { checked: checkDocument(doc, directives, settings, rules, reader) };
  });
  for (const e of result.errors) entries.push(...failed(`${e.message} (line ${e.line}, column ${e.column})`, 'error', e.id));
  return entries;
}

function checkItems(unit: Extract<Unit, { kind: 'items' }>, settings: CheckSettings, rules: readonly Rule[]): Entry[] {
  const reader = READERS.find((r) => r.name === unit.reader);
  if (!reader || !isFeedReader(reader)) throw new Error(`no feed reader named ${unit.reader}`);
  return unit.items.map((item): Entry => {
    const read = reader.readItem(item, { path: unit.path, fields: settings.config.fields });
    if ('message' in read) return { failed: failedReport(unit.path, 'error', `${read.message} (line ${read.line}, column ${read.column})`, read.id) };
    if (unit.note) read.notes.push(unit.note);
    const directives = item.text.includes('mtlint-') ? parseDirectives(item.text, new LineIndex(item.text, item.origin)) : [];
    return { checked: checkDocument(read, directives, settings, rules, reader) };
  });
}

function checkDocument(doc: Document, directives: Directive[], settings: CheckSettings, rules: readonly Rule[], reader: Reader): CheckedDocument {
  if (settings.sourceText !== undefined) doc.source = settings.sourceText;
  const { findings, records } = lintDocument(doc, rules, settings.config, settings.utf8Columns);
  addFixes(doc, findings, reader);
  return {
    path: doc.path,
    id: doc.id,
    title: doc.title,
    notes: doc.notes,
    words: doc.wordTotal,
    findings,
    records,
    directives,
    ...(settings.includeText ? { blocks: doc.blocks.map((b) => ({ kind: b.kind, start: b.start, end: b.end, text: doc.blockText(b) })) } : {}),
  };
}

/** The fixable findings' suggestions as edits of the file, where they can be made safely (see suggestionEdits). */
function addFixes(doc: Document, findings: Finding[], reader: Reader): void {
  for (const f of findings) {
    if (f.suggestion === undefined || !ruleById(f.ruleId)?.meta.fixable) continue;
    const edits = suggestionEdits(doc, f, reader.escapeText);
    if (typeof edits === 'string') continue;
    f.fix = { replacements: edits.map((e) => ({ line: e.start.line, column: e.start.column, endLine: e.end.line, endColumn: e.end.column, text: e.replacement })) };
  }
}
