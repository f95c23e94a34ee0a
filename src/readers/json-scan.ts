/**
 * Where the values of a JSON object's own properties stand in its text, for
 * text already validated by JSON.parse (the native parser is several times
 * faster than a tree with offsets, and only a few string values need their
 * offsets, for positions). Keys keep their first occurrence, as the
 * offset-keeping parser did.
 */
export interface ScannedValue {
  type: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
  /** Offsets of the value in the text (a string's quotes included). */
  offset: number;
  length: number;
  /** An array's elements. */
  children?: ScannedValue[];
}

export function scanObject(text: string): Map<string, ScannedValue> {
  const properties = new Map<string, ScannedValue>();
  let i = skipSpace(text, 0) + 1; // past "{"
  for (;;) {
    i = skipSpace(text, i);
    if (text.charCodeAt(i) === CLOSE_BRACE) return properties;
    const keyEnd = skipString(text, i);
    const raw = text.slice(i + 1, keyEnd - 1);
    const key = raw.includes('\\') ? (JSON.parse(text.slice(i, keyEnd)) as string) : raw;
    i = skipSpace(text, keyEnd) + 1; // past ":"
    i = skipSpace(text, i);
    const value = scanValue(text, i, true);
    if (!properties.has(key)) properties.set(key, value);
    i = skipSpace(text, value.offset + value.length);
    if (text.charCodeAt(i) === COMMA) i++;
  }
}

function scanValue(text: string, at: number, withElements: boolean): ScannedValue {
  const c = text.charCodeAt(at);
  if (c === QUOTE) return { type: 'string', offset: at, length: skipString(text, at) - at };
  if (c === OPEN_BRACKET && withElements) return scanArray(text, at);
  if (c === OPEN_BRACKET || c === OPEN_BRACE) return { type: c === OPEN_BRACE ? 'object' : 'array', offset: at, length: skipContainer(text, at) - at };
  let end = at;
  while (end < text.length && !isDelimiter(text.charCodeAt(end))) end++;
  const type = c === 0x74 || c === 0x66 ? 'boolean' : c === 0x6e ? 'null' : 'number'; // t, f, n
  return { type, offset: at, length: end - at };
}

function scanArray(text: string, at: number): ScannedValue {
  const children: ScannedValue[] = [];
  let i = at + 1;
  for (;;) {
    i = skipSpace(text, i);
    if (text.charCodeAt(i) === CLOSE_BRACKET) return { type: 'array', offset: at, length: i + 1 - at, children };
    const element = scanValue(text, i, false);
    children.push(element);
    i = skipSpace(text, element.offset + element.length);
    if (text.charCodeAt(i) === COMMA) i++;
  }
}

/** The end (exclusive) of the string literal starting at `at`. */
function skipString(text: string, at: number): number {
  for (let i = at + 1; ; ) {
    const quote = text.indexOf('"', i);
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** The end (exclusive) of the object or array starting at `at`. */
function skipContainer(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) i = skipString(text, i) - 1;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return i + 1;
  }
  return text.length;
}

function skipSpace(text: string, i: number): number {
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i));
  return i;
}

const isDelimiter = (c: number): boolean => c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
