import type * as Htmlparser2 from 'htmlparser2';
import { lazy } from '../lazy.js';
import { HtmlTreeHandler, type HtmlRoot } from './html-tree.js';

// Loaded on first use: checking a text file should not pay for the HTML parser.
const htmlparser2 = lazy<typeof Htmlparser2>('htmlparser2');

/**
 * Parses HTML (or XML) into HtmlNodes, with source indices. The parser keeps its open elements
 * in an array with the innermost first, and opens and closes each with unshift() and shift():
 * a move of the whole array, so a page nested n deep took time in n squared (50,000 unclosed
 * <b> took minutes). Its two stacks are replaced by TopFirstStack, which keeps them innermost
 * last and answers the same calls in constant time.
 */
export function parseHtml(html: string, xmlMode = false): HtmlRoot {
  const handler = new HtmlTreeHandler(xmlMode);
  const parser = new (htmlparser2().Parser)(handler, { xmlMode, decodeEntities: true }) as unknown as { stack: unknown; foreignContext: unknown[] };
  parser.stack = new TopFirstStack<string>([]);
  parser.foreignContext = new TopFirstStack(parser.foreignContext) as unknown as unknown[];
  (parser as unknown as Htmlparser2.Parser).end(html);
  return handler.root;
}

/**
 * A stack read as htmlparser2's Parser (version 12) reads its two: the top as [0], length,
 * unshift/shift/indexOf/includes, all but indexOf in O(1), without a Proxy (whose trap on every
 * tag cost more than the tree) or an indexed getter (as slow). The parser reads other indices only as it ends, to name the
 * elements left open to onclosetag, which HtmlTreeHandler does not read.
 */
class TopFirstStack<T> {
  /** The top, kept as a data property: the parser reads it for every tag (an indexed getter would be slow). */
  0: T | undefined;
  private readonly items: T[]; // innermost last
  private readonly counts = new Map<T, number>();

  constructor(initial: readonly T[]) {
    this.items = [...initial].reverse();
    for (const item of this.items) this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
    this[0] = this.items[this.items.length - 1];
  }

  get length(): number {
    return this.items.length;
  }

  set length(value: number) {
    if (value !== 0) throw new Error(`unexpected length for the parser's stack: ${value}`);
    this.items.length = 0;
    this.counts.clear();
    this[0] = undefined;
  }

  unshift(...values: T[]): number {
    for (let i = values.length - 1; i >= 0; i--) {
      this.items.push(values[i]);
      this.counts.set(values[i], (this.counts.get(values[i]) ?? 0) + 1);
    }
    this[0] = this.items[this.items.length - 1];
    return this.items.length;
  }

  shift(): T | undefined {
    const value = this.items.pop();
    if (value !== undefined) this.counts.set(value, this.counts.get(value)! - 1);
    this[0] = this.items[this.items.length - 1];
    return value;
  }

  includes(value: T): boolean {
    return (this.counts.get(value) ?? 0) > 0;
  }

  indexOf(value: T): number {
    if (!this.includes(value)) return -1;
    return this.items.length - 1 - this.items.lastIndexOf(value);
  }
}
