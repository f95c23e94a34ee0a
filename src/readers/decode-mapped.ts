import type * as Entities from 'entities';
import { SourceMap, type MappedText } from '../document/source-map.js';
import { lazy } from '../lazy.js';

const entities = lazy<typeof Entities>('entities');

const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;

/** Decodes XML/HTML character references in source[start, end), mapping every decoded character back. */
export function decodeEntitiesMapped(source: string, start: number, end: number): MappedText {
  const map = new SourceMap();
  let text = '';
  let last = start;
  const raw = source.slice(start, end);
  const push = (value: string, from: number, to: number): void => {
    map.add({ textStart: text.length, textEnd: text.length + value.length, sourceStart: from, sourceEnd: to });
    text += value;
  };
  for (const m of raw.matchAll(ENTITY)) {
    const at = start + (m.index ?? 0);
    if (at > last) push(source.slice(last, at), last, at);
    push(entities().decodeHTML(m[0]), at, at + m[0].length);
    last = at + m[0].length;
  }
  if (last < end) push(source.slice(last, end), last, end);
  return { text, map };
}

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Decodes the JSON string literal at source[start, end) (quotes included), mapping back every character. */
export function decodeJsonStringMapped(source: string, start: number, end: number): MappedText {
  const map = new SourceMap();
  let text = '';
  const push = (value: string, from: number, to: number): void => {
    map.add({ textStart: text.length, textEnd: text.length + value.length, sourceStart: from, sourceEnd: to });
    text += value;
  };
  let runStart = start + 1;
  let i = start + 1;
  const stop = end - 1;
  while (i < stop) {
    i = source.indexOf('\\', i); // long runs without escapes are found natively
    if (i < 0 || i >= stop) break;
    if (i > runStart) push(source.slice(runStart, i), runStart, i);
    const kind = source[i + 1];
    if (kind === 'u') {
      let code = parseInt(source.slice(i + 2, i + 6), 16);
      let len = 6;
      // a surrogate pair written as two escapes
      if (code >= 0xd800 && code < 0xdc00 && source[i + 6] === '\\' && source[i + 7] === 'u') {
        const low = parseInt(source.slice(i + 8, i + 12), 16);
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        len = 12;
      }
      push(String.fromCodePoint(code), i, i + len);
      i += len;
    } else {
      push(JSON_ESCAPES[kind] ?? kind, i, i + 2);
      i += 2;
    }
    runStart = i;
  }
  if (stop > runStart) push(source.slice(runStart, stop), runStart, stop);
  return { text, map };
}
