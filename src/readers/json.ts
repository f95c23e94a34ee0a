import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex, type Position } from '../document/line-index.js';
import { decodeJsonStringMapped } from './decode-mapped.js';
import { buildItemDocument, type FeedItem } from './item.js';
import { JsonSplitter } from './stream/json.js';
import { JsonlSplitter } from './stream/jsonl.js';
import { readFeed, type FeedReader, type FieldMap, type ItemError, type RawItem } from './types.js';

/** JSON: an array of items, an object with an items/articles array, or one item. */
export const jsonReader: FeedReader = {
  name: 'json',
  extensions: ['.json'],
  splitter: () => new JsonSplitter(),
  readItem: (item, { path, fields }) => readJsonItem(item, path, fields, `${item.index + 1}`, (where, why) => `invalid JSON at ${where.line}:${where.column}: ${why}`),
  read(input) {
    return readFeed(this, input);
  },
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
};

function readJsonItem(item: RawItem, path: string, fields: FieldMap, fallbackId: string, invalid: (where: Position, why: string) => string) {
  const lines = new LineIndex(item.text, item.origin);
  const errors: ParseError[] = [];
  const node = parseTree(item.text, errors, { disallowComments: true, allowTrailingComma: false });
  const error = (message: string, offset = 0): ItemError => {
    const where = lines.position(offset);
    return { id: fallbackId, line: where.line, column: where.column, message };
  };
  if (!node || errors.length > 0) {
    const offset = errors[0]?.offset ?? 0;
    return error(invalid(lines.position(offset), errors[0] ? printParseErrorCode(errors[0].error) : 'no value'), offset);
  }
  const feedItem = toFeedItem(path, item.text, fields, node, fallbackId);
  if ('error' in feedItem) return error(feedItem.error);
  return buildItemDocument(lines, feedItem);
}

function toFeedItem(path: string, text: string, fields: FieldMap, node: Node, fallbackId: string): FeedItem | { error: string } {
  if (node.type !== 'object') return { error: `item ${fallbackId} is a JSON ${node.type}, not an object` };
  const bodyNode = property(node, fields.body);
  if (!bodyNode) return { error: `item ${fallbackId} has no body field (looked for ${fields.body.join(', ')})` };
  const strings = bodyNode.type === 'array' ? (bodyNode.children ?? []) : [bodyNode];
  if (strings.some((s) => s.type !== 'string')) return { error: `item ${fallbackId}: the body must be a string or an array of strings` };
  const titleNode = property(node, fields.title);
  const idNode = property(node, fields.id);
  const sourceNode = property(node, fields.source);
  const sourceTitleNode = property(node, fields.sourceTitle);
  const id = idNode && (idNode.type === 'string' || idNode.type === 'number') ? String(idNode.value) : fallbackId;
  const source = [sourceTitleNode, sourceNode].filter((n) => n?.type === 'string').map((n) => String(n!.value)).join('\n\n');
  return {
    path,
    id,
    title: titleNode?.type === 'string' ? decodeJsonStringMapped(text, titleNode.offset, titleNode.offset + titleNode.length) : null,
    body: strings.map((s) => decodeJsonStringMapped(text, s.offset, s.offset + s.length)),
    source: source || undefined,
  };
}

function property(object: Node, names: string[]): Node | undefined {
  for (const name of names) {
    const prop = object.children?.find((p) => p.children?.[0]?.value === name);
    const value = prop?.children?.[1];
    if (value && value.type !== 'null') return value;
  }
  return undefined;
}
