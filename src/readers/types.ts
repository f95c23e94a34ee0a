import type { Document } from '../document/document.js';
import type { LineIndex } from '../document/line-index.js';

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
  read(input: ReadInput): ReadResult;
}
