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
    yield `${first ? `${head}[\n` : ',\n'}${indent}${JSON.stringify(item, null, 2).replace(/\n/g, `\n${indent}`)}`;
    first = false;
  }
  yield first ? `${head}[]${tail}` : `\n${outer}]${tail}`;
}
