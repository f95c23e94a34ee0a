import type { ReportStream } from '../report/types.js';

export interface ReporterOptions {
  /** ANSI colours (stylish only; on when writing to a TTY). */
  color: boolean;
}

/**
 * A reporter turns a report into the text of one output format, piece by
 * piece, so a report of any size is written without being held as one string.
 * It may iterate the report's documents more than once.
 */
export type Reporter = (report: ReportStream, options: ReporterOptions) => Iterable<string>;

/** A reporter's whole output as one string (small reports, tests). */
export function render(reporter: Reporter, report: ReportStream, options: ReporterOptions = { color: false }): string {
  let out = '';
  for (const piece of reporter(report, options)) out += piece;
  return out;
}

/** Stands in a value for the array that streamJson() streams. */
export const STREAMED = '\u0000streamed\u0000';

/**
 * Pretty-printed JSON of `value`, where one property holds STREAMED, with
 * that property's array filled from `items` as they come: the same text as
 * JSON.stringify(value with the array, null, 2), never built whole.
 */
export function* streamJson(value: object, items: Iterable<unknown>): Generator<string> {
  const text = JSON.stringify(value, null, 2);
  const marker = JSON.stringify(STREAMED);
  const at = text.indexOf(marker);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const outer = text.slice(lineStart).match(/^ */)![0];
  const indent = `${outer}  `;
  const head = text.slice(0, at);
  const tail = text.slice(at + marker.length);
  let first = true;
  for (const item of items) {
    yield `${first ? `${head}[\n` : ',\n'}${indent}`;
    yield* indentedJson(item, indent);
    first = false;
  }
  yield first ? `${head}[]${tail}` : `\n${outer}]${tail}`;
}

/** Arrays longer than this are written element by element: a document of 400,000 findings is never one string. */
const PIECEWISE_LENGTH = 256;

const isLong = (value: unknown): boolean => Array.isArray(value) && value.length > PIECEWISE_LENGTH;

/**
 * JSON.stringify(value, null, 2) with every line after the first indented by `indent`, in pieces:
 * a value that is, or directly holds, a long array is written part by part. For JSON data (what
 * the report spool reads back), the same text as the whole string.
 */
function* indentedJson(value: unknown, indent: string): Generator<string> {
  const pieces = isLong(value) || (value !== null && typeof value === 'object' && Object.values(value).some(isLong));
  if (!pieces) {
    yield JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '[' : ','}\n${inner}`;
      yield* indentedJson(value[i] ?? null, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, member] of Object.entries(value as object)) {
    if (member === undefined || typeof member === 'function') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* indentedJson(member, inner);
    first = false;
  }
  yield first ? '{}' : `\n${indent}}`;
}
