import type { Document } from '../document/document.js';
import type { LineIndex, Position } from '../document/line-index.js';

/** Which item fields of JSON/JSONL feeds hold what; the first present name wins. */
export interface FieldMap {
  id: string[];
  title: string[];
  body: string[];
  source: string[];
  sourceTitle: string[];
}

export const DEFAULT_FIELDS: FieldMap = {
  id: ['id', 'guid', 'doc_id', 'url', 'link'],
  title: ['title', 'headline'],
  body: ['body', 'text', 'content', 'description', 'article', 'target_text'],
  source: ['source', 'source_text'],
  sourceTitle: ['source_title'],
};

export interface ReadInput {
  /** The path as given on the command line. */
  path: string;
  /** The decoded file. */
  text: string;
  lines: LineIndex;
  fields: FieldMap;
}

/** A part of a file that could not be read (a bad JSONL line), reported in place of its document. */
export interface ItemError {
  id: string;
  line: number;
  column: number;
  message: string;
}

export interface ReadResult {
  documents: Document[];
  errors: ItemError[];
}

export interface Reader {
  name: string;
  /** Lower-case extensions including the dot. */
  extensions: string[];
  /** Reads a whole file (feeds: splits it and reads every item). */
  read(input: ReadInput): ReadResult;
  /**
   * How literal text is written into this format's source by a fix (JSON: string escapes), or
   * undefined when it cannot be written safely everywhere (markup characters in HTML, where a feed
   * may hold escaped HTML). Without it, text is written as it is (plain text, Markdown).
   */
  escapeText?(text: string): string | undefined;
}

/** Text a fix may put into a text node as it is: none of & < > (which would need an entity, or two in a feed's escaped HTML). */
export function withoutMarkup(text: string): string | undefined {
  return /[&<>]/.test(text) ? undefined : text;
}

/**
 * The largest article checked, in characters (a file's bytes, for text, Markdown and HTML files): some
 * 200 times the longest news article. Larger articles are reported as errors of their file, unread, so
 * that one runaway input cannot take the run's memory (a document costs some 35 bytes per character).
 */
export const MAX_ARTICLE_CHARS = 16 * 1024 * 1024;

export function tooLongMessage(chars: number, what = 'article'): string {
  return `${what} too long to check: ${(chars / 1024 / 1024).toFixed(0)} MB of text, the limit is ${MAX_ARTICLE_CHARS / 1024 / 1024} MB (split it into articles, or give them as a JSONL feed)`;
}

/** One item of a feed, cut from the file as it streams: its text and where that starts in the file. */
export interface RawItem {
  text: string;
  origin: Position;
  /** 0-based position among the file's items (names items without an id). */
  index: number;
}

/** Cuts a feed into items as its text arrives, chunk by chunk; memory is bounded by the largest item. */
export interface Splitter {
  /** The items completed by this chunk. Throws when the file is not of this format at all. */
  push(chunk: string): RawItem[];
  /** The last items, after the last chunk. */
  end(): RawItem[];
  /** Problems between items (a missing comma, an unclosed array), each reported in place of what it lost. */
  readonly errors: ItemError[];
}

/** Feeds (JSON, JSONL, RSS/Atom): files of many articles, split as they stream and read item by item. */
export interface FeedReader extends Reader {
  splitter(): Splitter;
  readItem(item: RawItem, input: { path: string; fields: FieldMap }): Document | ItemError;
}

export function isFeedReader(reader: Reader): reader is FeedReader {
  return 'splitter' in reader;
}

/** A feed read whole: split in one chunk, every item read. */
export function readFeed(reader: Pick<FeedReader, 'splitter' | 'readItem'>, { path, text, fields }: ReadInput): ReadResult {
  const splitter = reader.splitter();
  const items = [...splitter.push(text), ...splitter.end()];
  const result: ReadResult = { documents: [], errors: [...splitter.errors] };
  for (const item of items) {
    const read = reader.readItem(item, { path, fields });
    if ('message' in read) result.errors.push(read);
    else result.documents.push(read);
  }
  return result;
}
