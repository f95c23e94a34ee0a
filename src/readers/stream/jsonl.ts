import { MAX_ARTICLE_CHARS, tooLongMessage, type ItemError, type RawItem, type Splitter } from '../types.js';

/** JSONL: every non-blank line is an item. */
export class JsonlSplitter implements Splitter {
  readonly errors: ItemError[] = [];
  /** The line not yet ended, in pieces (joined once when it ends: a line over many chunks costs its length once). */
  private pieces: string[] = [];
  private pendingChars = 0;
  /** A \r ended the last chunk: its line ends with the \n opening the next one, if any. */
  private afterCR = false;
  private line = 1;
  private index = 0;

  push(chunk: string): RawItem[] {
    const items: RawItem[] = [];
    let start = 0;
    if (this.afterCR) {
      if (chunk[0] === '\n') this.add('\n');
      start = chunk[0] === '\n' ? 1 : 0;
      this.take(items);
      this.afterCR = false;
    }
    const breaks = /\r\n|\n|\r/g;
    breaks.lastIndex = start;
    for (let m = breaks.exec(chunk); m; m = breaks.exec(chunk)) {
      this.add(chunk.slice(start, m.index + m[0].length));
      start = m.index + m[0].length;
      // A \r at the very end may be the first half of a \r\n in the next chunk.
      if (m[0] === '\r' && start === chunk.length) this.afterCR = true;
      else this.take(items);
    }
    if (start < chunk.length) this.add(chunk.slice(start));
    return items;
  }

  end(): RawItem[] {
    const items: RawItem[] = [];
    if (this.pendingChars > 0) this.take(items);
    this.afterCR = false;
    return items;
  }

  private add(piece: string): void {
    this.pendingChars += piece.length;
    if (this.pendingChars <= MAX_ARTICLE_CHARS) this.pieces.push(piece);
    else this.pieces = []; // too long: only its length is kept, for the error
  }

  private take(items: RawItem[]): void {
    const chars = this.pendingChars;
    const text = this.pieces.join('');
    this.pieces = [];
    this.pendingChars = 0;
    if (chars > MAX_ARTICLE_CHARS) {
      this.errors.push({ id: `line ${this.line}`, line: this.line, column: 1, message: tooLongMessage(chars, 'item') });
      this.index++;
    } else if (text.trim() !== '') items.push({ text, origin: { line: this.line, column: 1 }, index: this.index++ });
    this.line++;
  }
}
