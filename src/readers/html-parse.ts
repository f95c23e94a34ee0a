import type * as Htmlparser2 from 'htmlparser2';
import type * as Domhandler from 'domhandler';
import { lazy } from '../lazy.js';

// Loaded on first use: checking a text file should not pay for the HTML parser.
const htmlparser2 = lazy<typeof Htmlparser2>('htmlparser2');
const domhandler = lazy<typeof Domhandler>('domhandler');

/**
 * Parses HTML (or XML) into htmlparser2's tree, with source indices. The parser keeps its open
 * elements in an array with the innermost first, and opens and closes each with unshift() and
 * shift(): a move of the whole array, so a page nested n deep took time in n squared (50,000
 * unclosed <b> took minutes). Its two stacks are replaced by TopFirstStack, which keeps them
 * innermost last and answers the same calls in constant time.
 */
export function parseHtml(html: string, xmlMode = false): Domhandler.Document {
  const options = { withStartIndices: true, withEndIndices: true, xmlMode, decodeEntities: true };
  const handler = new (domhandler().DomHandler)(undefined, options);
  const parser = new (htmlparser2().Parser)(handler, options) as unknown as { stack: unknown; foreignContext: unknown[] };
  parser.stack = topFirstStack<string>([]);
  parser.foreignContext = topFirstStack(parser.foreignContext);
  (parser as unknown as Htmlparser2.Parser).end(html);
  return handler.root;
}

/**
 * An array-like stack read innermost first (index 0 is the top), as htmlparser2's Parser reads
 * its stacks: unshift/shift/indexOf/includes/length and indexed reads, all but indexOf in O(1).
 */
function topFirstStack<T>(initial: readonly T[]): T[] {
  const items = [...initial].reverse(); // innermost last
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  const methods = {
    unshift(...values: T[]): number {
      for (let i = values.length - 1; i >= 0; i--) {
        items.push(values[i]);
        counts.set(values[i], (counts.get(values[i]) ?? 0) + 1);
      }
      return items.length;
    },
    shift(): T | undefined {
      const value = items.pop();
      if (value !== undefined) counts.set(value, counts.get(value)! - 1);
      return value;
    },
    includes(value: T): boolean {
      return (counts.get(value) ?? 0) > 0;
    },
    indexOf(value: T): number {
      if (!methods.includes(value)) return -1;
      return items.length - 1 - items.lastIndexOf(value);
    },
  };
  return new Proxy(items, {
    get(target, key) {
      if (key === 'length') return target.length;
      if (typeof key === 'string' && key in methods) return methods[key as keyof typeof methods];
      if (typeof key === 'string') {
        const index = Number(key);
        if (Number.isInteger(index) && index >= 0) return target[target.length - 1 - index];
      }
      return Reflect.get(target, key);
    },
    set(target, key, value) {
      if (key === 'length' && value === 0) {
        target.length = 0;
        counts.clear();
        return true;
      }
      throw new Error(`unexpected write to the parser's stack: ${String(key)}`);
    },
  });
}
