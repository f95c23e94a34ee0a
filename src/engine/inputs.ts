import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { CollectedInput } from '../io/collect.js';
import { binaryKind, decode } from '../io/decode.js';
import { isFeedReader, readerFor, SUPPORTED_EXTENSIONS, type FeedReader, type RawItem } from '../readers/index.js';
import { MAX_ARTICLE_CHARS, tooLongMessage } from '../readers/types.js';
import { failedReport, type Unit } from './units.js';

/** Files up to this size are read and decoded whole (with the Windows-1252 fallback); bigger feeds stream. */
export const WHOLE_FILE_LIMIT = 16 * 1024 * 1024;
/**
 * Streamed feeds are read in chunks of this size, and their items sent on in units of about this
 * many characters. Small, because each chunk stays alive while any unit holds one of its items
 * (items are slices of it): with 1 MB chunks and 256 KB units the main thread held 34 MB more on a
 * 250 MB feed, for no measurable gain in speed.
 */
const CHUNK_BYTES = 256 * 1024;
const UNIT_CHARS = 64 * 1024;

/**
 * The units of the inputs, in input order. Text, Markdown and HTML files
 * become one unit each (read where they are checked); feeds are split into
 * items here as they stream, so a feed of any size is read in bounded memory.
 * `onFile` is called once each input has been fully split.
 */
export function* inputUnits(inputs: readonly CollectedInput[], onFile?: (done: number) => void, lineOffset = 0): Generator<Unit> {
  let done = 0;
  for (const input of inputs) {
    if (input.error) yield failedUnit(input.path, input.error);
    else {
      const reader = readerFor(input.path);
      if (!reader) yield failedUnit(input.path, `unsupported file type (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`);
      else if (isFeedReader(reader)) yield* feedUnits(input.path, reader, input.readFrom ?? input.path, lineOffset);
      else {
        const bytes = fileSize(input.readFrom ?? input.path);
        yield bytes > MAX_ARTICLE_CHARS
          ? failedUnit(input.path, tooLongMessage(bytes, 'file'))
          : { kind: 'file', path: input.path, ...(input.readFrom ? { readFrom: input.readFrom } : {}), bytes };
      }
    }
    onFile?.(++done);
  }
}

/** The file's size in bytes; 0 when it cannot be read (checking the file reports why). */
function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function failedUnit(path: string, error: string, status: 'error' | 'skipped' = 'error', id = basename(path)): Unit {
  return { kind: 'failed', report: failedReport(path, status, error, id) };
}

function* feedUnits(path: string, reader: FeedReader, readFrom: string, lineOffset: number): Generator<Unit> {
  let source: { chunks: Iterable<string>; note?: string };
  try {
    source = openText(readFrom);
  } catch (error) {
    const failure = error as DecodeFailure;
    yield failedUnit(path, failure.message, failure.skipped ? 'skipped' : 'error');
    return;
  }
  const splitter = reader.splitter();
  let pending: RawItem[] = [];
  let chars = 0;
  let items = 0;
  const take = (found: RawItem[]): void => {
    for (const item of found) {
      if (lineOffset !== 0) item.origin = { ...item.origin, line: item.origin.line + lineOffset };
      pending.push(item);
      chars += item.text.length;
      items++;
    }
  };
  const unit = (): Unit => {
    const u: Unit = { kind: 'items', path, reader: reader.name, items: pending, ...(source.note ? { note: source.note } : {}) };
    pending = [];
    chars = 0;
    return u;
  };
  try {
    for (const chunk of source.chunks) {
      take(splitter.push(chunk));
      if (chars >= UNIT_CHARS) yield unit();
    }
    take(splitter.end());
  } catch (error) {
    if (pending.length > 0) yield unit();
    const failure = error as DecodeFailure;
    yield failedUnit(path, failure instanceof DecodeFailure ? failure.message : `cannot read as ${reader.name}: ${(error as Error).message}`);
    return;
  }
  if (pending.length > 0) yield unit();
  for (const e of splitter.errors) {
    const line = e.line + lineOffset;
    yield failedUnit(path, `${e.message} (line ${line}, column ${e.column})`, 'error', e.id === `line ${e.line}` ? `line ${line}` : e.id);
  }
  if (items === 0 && splitter.errors.length === 0) yield failedUnit(path, `no articles found in this ${reader.name} file`);
}

class DecodeFailure extends Error {
  constructor(
    message: string,
    readonly skipped = false,
  ) {
    super(message);
  }
}

/**
 * A file's text in chunks. Small files are decoded whole, as every reader's
 * files are; big ones stream as UTF-8 (or UTF-16 with a BOM), and bytes that
 * are not UTF-8 stop the file with an error at their offset.
 */
function openText(path: string): { chunks: Iterable<string>; note?: string } {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new DecodeFailure(`cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (size <= WHOLE_FILE_LIMIT) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new DecodeFailure(`cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const decoded = decode(bytes);
    if (!decoded.ok) throw new DecodeFailure(decoded.reason, decoded.skipped);
    if (decoded.text.trim() === '') throw new DecodeFailure('empty file: no text to check');
    return { chunks: [decoded.text], note: decoded.note };
  }
  return { chunks: streamChunks(path) };
}

function* streamChunks(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let n = readSync(fd, buffer);
    const binary = binaryKind(buffer.subarray(0, n));
    if (binary) throw new DecodeFailure(`binary file (${binary}), not text`, true);
    const encoding = buffer[0] === 0xff && buffer[1] === 0xfe ? 'utf-16le' : buffer[0] === 0xfe && buffer[1] === 0xff ? 'utf-16be' : 'utf-8';
    const decoder = new TextDecoder(encoding, { fatal: true });
    let offset = 0;
    for (; n > 0; n = readSync(fd, buffer)) {
      let text: string;
      try {
        text = decoder.decode(buffer.subarray(0, n), { stream: true });
      } catch {
        throw new DecodeFailure(`not valid ${encoding.toUpperCase()} between bytes ${offset} and ${offset + n}; files over ${WHOLE_FILE_LIMIT / 1024 / 1024} MB must be UTF-8 or UTF-16 with a BOM (the items before were checked)`);
      }
      offset += n;
      if (text) yield text;
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } finally {
    closeSync(fd);
  }
}
