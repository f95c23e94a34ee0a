import type { RawItem, Splitter } from '../types.js';

/** JSONL: every non-blank line is an item. */
export class JsonlSplitter implements Splitter {
  readonly errors = [];
  private rest = '';
  private line = 1;
  private index = 0;

  push(chunk: string): RawItem[] {
    const text = this.rest + chunk;
    const items: RawItem[] = [];
    let start = 0;
    const breaks = /\r\n|\n|\r/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
      // A \r at the very end may be the first half of a \r\n in the next chunk.
      if (m[0] === '\r' && m.index === text.length - 1) break;
      this.take(text.slice(start, m.index + m[0].length), items);
      start = m.index + m[0].length;
    }
    this.rest = text.slice(start);
    return items;
  }

  end(): RawItem[] {
    const items: RawItem[] = [];
    if (this.rest) this.take(this.rest, items);
    this.rest = '';
    return items;
  }

  private take(line: string, items: RawItem[]): void {
    if (line.trim() !== '') items.push({ text: line, origin: { line: this.line, column: 1 }, index: this.index++ });
    this.line++;
  }
}
