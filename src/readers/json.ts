import type * as Jsonc from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import { lazy } from '../lazy.js';
import { LineIndex, type Position } from '../document/line-index.js';
import { decodeJsonStringMapped } from './decode-mapped.js';
import { scanObject } from './json-scan.js';
import { buildItemDocument, type FeedItem } from './item.js';
import { JsonSplitter } from './stream/json.js';
import { JsonlSplitter } from './stream/jsonl.js';
import { readFeed, type FeedReader, type FieldMap, type ItemError, type RawItem } from './types.js';

/** Loaded only for items JSON.parse refuses (it keeps offsets, to say where an item is broken). */
const jsonc = lazy<typeof Jsonc>('jsonc-parser');

/** JSON: an array of items, an object with an items/articles array, or one item. */
export const jsonReader: FeedReader = {
  name: 'json',
  extensions: ['.json'],
  splitter: () => new JsonSplitter(),
  readItem: (item, { path, fields }) => readJsonItem(item, path, fields, `${item.index + 1}`, (where, why) => `invalid JSON at ${where.line}:${where.column}: ${why}`),
  read(input) {
    return readFeed(this, input);
  },
  escapeText: jsonEscape,
};

/** JSONL: one item per line; a bad line is reported with its number and the rest are still read. */
export const jsonlReader: FeedReader = {
  name: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  splitter: () => new JsonlSplitter(),
  readItem: (item, { path, fields }) => readJsonItem(item, path, fields, `line ${item.origin.line}`, (where, why) => `invalid JSON on line ${where.line}: ${why}`),
  read(input) {
    return readFeed(this, input);
  },
  escapeText: jsonEscape,
};

/** Text as it stands inside a JSON string (quotes, backslashes and controls escaped; the rest as is). Markup characters are refused: a body may hold HTML. */
function jsonEscape(text: string): string | undefined {
  return /[&<>]/.test(text) ? undefined : JSON.stringify(text).slice(1, -1);
}

function readJsonItem(item: RawItem, path: string, fields: FieldMap, fallbackId: string, invalid: (where: Position, why: string) => string) {
  const lines = new LineIndex(item.text, item.origin);
  const error = (message: string, offset = 0): ItemError => {
    const where = lines.position(offset);
    return { id: fallbackId, line: where.line, column: where.column, message };
  };
  let parsed: ParsedItem;
  try {
    parsed = scannedItem(item.text, JSON.parse(item.text));
  } catch {
    // Not JSON: the offset-keeping parser says where and why (and reads what JSON.parse alone refuses).
    const errors: ParseError[] = [];
    const node = jsonc().parseTree(item.text, errors, { disallowComments: true, allowTrailingComma: false });
    if (!node || errors.length > 0) {
      const offset = errors[0]?.offset ?? 0;
      return error(invalid(lines.position(offset), errors[0] ? jsonc().printParseErrorCode(errors[0].error) : 'no value'), offset);
    }
    parsed = treeItem(node);
  }
  const feedItem = toFeedItem(path, item.text, fields, parsed, fallbackId);
  if ('error' in feedItem) return error(feedItem.error);
  return buildItemDocument(lines, feedItem);
}

/** A value of an item: its type and where it stands in the item's text (strings with their quotes). */
interface ItemValue {
  type: string;
  offset: number;
  length: number;
  children?: ItemValue[];
}

interface ParsedItem {
  type: string;
  /** The item's property of that name (its first occurrence). */
  property(name: string): ItemValue | undefined;
}

/** Parsed natively; only the offsets of the properties' values are found by scanning. */
function scannedItem(text: string, parsed: unknown): ParsedItem {
  const type = parsed === null ? 'null' : Array.isArray(parsed) ? 'array' : typeof parsed;
  if (type !== 'object') return { type, property: () => undefined };
  const properties = scanObject(text);
  return { type, property: (name) => properties.get(name) };
}

/** Parsed with offsets by jsonc-parser. */
function treeItem(node: Node): ParsedItem {
  return { type: node.type, property: (name) => node.children?.find((p) => p.children?.[0]?.value === name)?.children?.[1] };
}

function toFeedItem(path: string, text: string, fields: FieldMap, item: ParsedItem, fallbackId: string): FeedItem | { error: string } {
  if (item.type !== 'object') return { error: `item ${fallbackId} is a JSON ${item.type}, not an object` };
  const field = (names: string[]): ItemValue | undefined => {
    for (const name of names) {
      const value = item.property(name);
      if (value && value.type !== 'null') return value;
    }
    return undefined;
  };
  const valueOf = (v: ItemValue): unknown => JSON.parse(text.slice(v.offset, v.offset + v.length));
  const bodyNode = field(fields.body);
  if (!bodyNode) return { error: `item ${fallbackId} has no body field (looked for ${fields.body.join(', ')})` };
  const strings = bodyNode.type === 'array' ? (bodyNode.children ?? []) : [bodyNode];
  if (strings.some((s) => s.type !== 'string')) return { error: `item ${fallbackId}: the body must be a string or an array of strings` };
  const titleNode = field(fields.title);
  const idNode = field(fields.id);
  const sourceNode = field(fields.source);
  const sourceTitleNode = field(fields.sourceTitle);
  const id = idNode && (idNode.type === 'string' || idNode.type === 'number') ? String(valueOf(idNode)) : fallbackId;
  const source = [sourceTitleNode, sourceNode].filter((n) => n?.type === 'string').map((n) => String(valueOf(n!))).join('\n\n');
  return {
    path,
    id,
    title: titleNode?.type === 'string' ? decodeJsonStringMapped(text, titleNode.offset, titleNode.offset + titleNode.length) : null,
    body: strings.map((s) => decodeJsonStringMapped(text, s.offset, s.offset + s.length)),
    source: source || undefined,
  };
}
