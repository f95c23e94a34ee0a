import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { LineIndex } from '../document/line-index.js';
import { decodeJsonStringMapped } from './decode-mapped.js';
import { buildItemDocument, type FeedItem } from './item.js';
import type { FieldMap, ItemError, Reader, ReadResult } from './types.js';

const ARRAY_KEYS = ['items', 'articles', 'entries', 'documents', 'data'];

/** JSON: an array of items, an object with an items/articles array, or one item. */
export const jsonReader: Reader = {
  name: 'json',
  extensions: ['.json'],
  read({ path, text, lines, fields }) {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    if (!root || errors.length > 0) {
      const first = errors[0];
      const pos = lines.position(first?.offset ?? 0);
      throw new Error(`invalid JSON at ${pos.line}:${pos.column}: ${first ? printParseErrorCode(first.error) : 'empty document'}`);
    }
    const items = itemNodes(root);
    if (!items) throw new Error(`JSON has no article items: expected an array, or an object with one of ${ARRAY_KEYS.join('/')}, or an item with a body field (${fields.body.join('/')})`);
    return readItems(path, text, lines, fields, items, (i) => `${i + 1}`);
  },
};

/** JSONL: one item per line; a bad line is reported with its number and the rest are still read. */
export const jsonlReader: Reader = {
  name: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  read({ path, text, lines, fields }) {
    const result: ReadResult = { documents: [], errors: [] };
    for (let line = 1; line <= lines.lineCount; line++) {
      const start = lines.lineStart(line);
      const end = line < lines.lineCount ? lines.lineStart(line + 1) : text.length;
      const raw = text.slice(start, end);
      if (raw.trim() === '') continue;
      const errors: ParseError[] = [];
      const node = parseTree(raw, errors, { disallowComments: true, allowTrailingComma: false });
      if (!node || errors.length > 0 || node.type !== 'object') {
        const why = errors[0] ? printParseErrorCode(errors[0].error) : 'not a JSON object';
        result.errors.push({ id: `line ${line}`, line, column: (errors[0]?.offset ?? 0) + 1, message: `invalid JSON on line ${line}: ${why}` });
        continue;
      }
      shift(node, start);
      const read = readItems(path, text, lines, fields, [node], () => `line ${line}`);
      result.documents.push(...read.documents);
      result.errors.push(...read.errors);
    }
    return result;
  },
};

function readItems(path: string, text: string, lines: LineIndex, fields: FieldMap, items: Node[], fallbackId: (i: number) => string): ReadResult {
  const result: ReadResult = { documents: [], errors: [] };
  items.forEach((node, i) => {
    const pos = lines.position(node.offset);
    const item = toFeedItem(path, text, fields, node, fallbackId(i));
    if ('error' in item) result.errors.push({ id: fallbackId(i), line: pos.line, column: pos.column, message: item.error });
    else result.documents.push(buildItemDocument(lines, item));
  });
  return result;
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

function itemNodes(root: Node): Node[] | undefined {
  if (root.type === 'array') return root.children ?? [];
  if (root.type !== 'object') return undefined;
  for (const key of ARRAY_KEYS) {
    const value = property(root, [key]);
    if (value?.type === 'array') return value.children ?? [];
  }
  return [root];
}

function property(object: Node, names: string[]): Node | undefined {
  for (const name of names) {
    const prop = object.children?.find((p) => p.children?.[0]?.value === name);
    const value = prop?.children?.[1];
    if (value && value.type !== 'null') return value;
  }
  return undefined;
}

function shift(node: Node, by: number): void {
  (node as { offset: number }).offset += by;
  for (const child of node.children ?? []) shift(child, by);
}
