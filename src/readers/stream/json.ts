import type { Position } from '../../document/line-index.js';
import { MAX_ARTICLE_CHARS, tooLongMessage, type ItemError, type RawItem, type Splitter } from '../types.js';
import { PositionTracker } from './position.js';

/** Keys of a top-level object whose array holds the items, in order of preference. */
export const ARRAY_KEYS = ['items', 'articles', 'entries', 'documents', 'data'];

/** A top-level object is kept whole until its items array shows; past this size it must have one. */
const MAX_OBJECT_CHARS = 64 * 1024 * 1024;

type Container = '[' | '{';

interface OpenItem {
  origin: Position;
  text: string;
  /** Characters of the item so far; past MAX_ARTICLE_CHARS its text is no longer kept. */
  chars: number;
  kind: 'container' | 'string' | 'scalar';
}

/**
 * JSON feeds: the elements of a top-level array, or of the array under
 * items/articles/… of a top-level object (the first such key in the file), or
 * else the top-level object itself as one item. The scanner follows only
 * nesting and strings; each item is parsed, and its errors reported, on its
 * own, so one bad item loses nothing else.
 */
export class JsonSplitter implements Splitter {
  readonly errors: ItemError[] = [];
  private readonly tracker = new PositionTracker();
  private readonly stack: Container[] = [];
  /** Absolute offset of the current chunk's start. */
  private at = 0;
  private inString = false;
  private escaped = false;
  private root: Container | undefined;
  private rootClosed = false;
  private reportedTrailing = false;
  /** Inside the array whose elements are the items. */
  private inItems = false;
  private itemsFound = false;
  private item: OpenItem | undefined;
  private afterItem = false;
  private index = 0;
  /** The root object's text, kept while it may be the one item. */
  private rootText: string | undefined = '';
  /** Root object keys: the key being read (its text so far) and the last key read. */
  private key: string | undefined;
  private lastKey: string | undefined;

  push(chunk: string): RawItem[] {
    this.tracker.discard(this.at);
    this.tracker.advance(chunk, this.at);
    const items: RawItem[] = [];
    this.scan(chunk, items);
    if (this.rootText !== undefined) {
      this.rootText += chunk;
      if (this.rootText.length > MAX_OBJECT_CHARS) {
        this.rootText = undefined;
        this.error(this.at + chunk.length, `a top-level JSON object over ${MAX_OBJECT_CHARS / 1024 / 1024} MB must hold its items in an array (${ARRAY_KEYS.join('/')})`);
      }
    }
    this.at += chunk.length;
    return items;
  }

  end(): RawItem[] {
    if (this.root === undefined) throw new Error('invalid JSON: the file holds no JSON value');
    const items: RawItem[] = [];
    if (this.item?.kind === 'scalar') this.finishItem(items);
    if (this.stack.length > 0 || this.inString) {
      const inside = this.inString ? 'a string' : this.stack[this.stack.length - 1] === '[' ? 'an array' : 'an object';
      this.error(this.at, `the file ends inside ${inside}${this.item ? ` (item ${this.index + 1} is cut off)` : ''}`);
    } else if (this.root === '{' && !this.itemsFound && this.rootText !== undefined) {
      items.push({ text: this.rootText, origin: { line: 1, column: 1 }, index: this.index++ });
    }
    return items;
  }

  private scan(chunk: string, items: RawItem[]): void {
    const n = chunk.length;
    let copyFrom = 0;
    const take = (end: number): void => {
      this.append(chunk.slice(copyFrom, end));
      copyFrom = end;
      this.finishItem(items);
    };
    let i = 0;
    if (this.inString) i = this.skipString(chunk, 0);
    if (this.inString) {
      if (this.item) this.append(chunk);
      return;
    }
    if (this.item?.kind === 'string' && i > 0) take(i);
    for (; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        if (this.item?.kind === 'scalar') take(i);
        continue;
      }
      if (this.rootClosed) {
        if (!this.reportedTrailing) this.error(this.at + i, 'unexpected content after the end of the JSON value');
        this.reportedTrailing = true;
        break;
      }
      if (this.root === undefined) {
        if (c !== 91 && c !== 123) throw new Error(`JSON has no article items: expected an array of items or an object, found ${JSON.stringify(chunk.slice(i, i + 12))}`);
        this.root = c === 91 ? '[' : '{';
        if (this.root === '[') this.rootText = undefined;
      }
      if (this.inItems && !this.item && this.stack.length === this.itemsDepth() && c !== 44 && c !== 93) {
        if (this.afterItem) this.error(this.at + i, 'expected a comma between items');
        copyFrom = i;
        this.item = { origin: this.tracker.position(this.at + i), text: '', chars: 0, kind: c === 123 || c === 91 ? 'container' : c === 34 ? 'string' : 'scalar' };
      }
      if (c === 34) {
        this.inString = true;
        if (this.root === '{' && this.stack.length === 1 && !this.itemsFound) this.key = '';
        const end = this.skipString(chunk, i + 1);
        if (this.inString) break;
        if (this.item?.kind === 'string' && this.stack.length === this.itemsDepth()) take(end);
        i = end - 1;
        continue;
      }
      if (c === 44) {
        if (this.item?.kind === 'scalar') take(i);
        if (this.stack.length === this.itemsDepth()) this.afterItem = false;
        if (this.stack.length === 1) this.lastKey = undefined;
      } else if (c === 91 || c === 123) {
        if (c === 91 && this.stack.length === (this.root === '[' ? 0 : 1) && !this.itemsFound && (this.root === '[' || ARRAY_KEYS.includes(this.lastKey ?? ''))) {
          this.inItems = true;
          this.itemsFound = true;
          this.rootText = undefined;
        }
        this.stack.push(c === 91 ? '[' : '{');
      } else if (c === 93 || c === 125) {
        if (this.item?.kind === 'scalar') take(i);
        const open = this.stack.pop();
        if (open === undefined || (open === '[') !== (c === 93)) {
          this.error(this.at + i, `unexpected "${String.fromCharCode(c)}"`);
          this.stack.length = 0;
          this.inItems = false;
        } else if (this.inItems && this.stack.length === this.itemsDepth() - 1) {
          this.inItems = false; // the items array is closed
        } else if (this.item?.kind === 'container' && this.stack.length === this.itemsDepth()) {
          take(i + 1);
        }
        if (this.stack.length === 0) this.rootClosed = true;
      }
    }
    if (this.item) this.append(chunk.slice(copyFrom));
  }

  private append(text: string): void {
    const item = this.item!;
    item.chars += text.length;
    item.text = item.chars > MAX_ARTICLE_CHARS ? '' : item.text + text;
  }

  private itemsDepth(): number {
    return this.root === '[' ? 1 : 2;
  }

  /** Moves past the string that continues at `from`; returns the index after its closing quote (or the chunk's end). */
  private skipString(chunk: string, from: number): number {
    for (let i = from; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.escaped) this.escaped = false;
      else if (c === 92) this.escaped = true;
      else if (c === 34) {
        this.inString = false;
        if (this.key !== undefined) this.endKey(chunk.slice(from, i));
        return i + 1;
      }
    }
    if (this.key !== undefined) this.key += chunk.slice(from);
    return chunk.length;
  }

  private endKey(tail: string): void {
    const raw = this.key + tail;
    this.key = undefined;
    try {
      this.lastKey = JSON.parse(`"${raw}"`) as string;
    } catch {
      this.lastKey = undefined;
    }
  }

  private finishItem(items: RawItem[]): void {
    const item = this.item!;
    this.item = undefined;
    this.afterItem = true;
    if (item.chars > MAX_ARTICLE_CHARS) {
      this.errors.push({ id: `item ${this.index + 1}`, line: item.origin.line, column: item.origin.column, message: tooLongMessage(item.chars, 'item') });
      this.index++;
      return;
    }
    items.push({ text: item.text, origin: item.origin, index: this.index++ });
  }

  private error(offset: number, message: string): void {
    const where = this.tracker.position(offset);
    this.errors.push({ id: `${where.line}:${where.column}`, line: where.line, column: where.column, message: `invalid JSON at ${where.line}:${where.column}: ${message}` });
  }
}
