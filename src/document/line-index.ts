import { NumberList } from './number-list.js';
import { utf8Length } from './utf8.js';

/** Line/column lookup for a decoded input file. Lines end at \n, \r\n or \r. */
export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units (as SARIF, ESLint and editors do). */
  column: number;
  /** 1-based column counted in UTF-8 bytes (as reviewdog does); given for a text's origin only. */
  utf8Column?: number;
}

/**
 * Positions in a text that starts at `origin` of its file: the whole file by
 * default, or a slice of a streamed feed (an item that starts mid-line).
 */
export class LineIndex {
  private readonly starts = new NumberList();
  /** The last UTF-8 column asked for, so that columns asked in increasing order cost one pass over a line. */
  private utf8Cursor = { line: 0, offset: 0, bytes: 0 };

  constructor(
    readonly source: string,
    readonly origin: Position = { line: 1, column: 1 },
  ) {
    this.starts.push(0);
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (source.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get firstLine(): number {
    return this.origin.line;
  }

  /** The file's line number of the text's last line. */
  get lastLine(): number {
    return this.origin.line + this.starts.length - 1;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.source.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts.at(mid) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const column = clamped - this.starts.at(lo) + 1 + (lo === 0 ? this.origin.column - 1 : 0);
    return { line: lo + this.origin.line, column };
  }

  /** Offset in the text of the first character of a (file) line. */
  lineStart(line: number): number {
    const i = line - this.origin.line;
    return this.starts.at(Math.max(0, Math.min(i, this.starts.length - 1)));
  }

  /** Offset in the text just past a (file) line, its line break included. */
  lineEnd(line: number): number {
    return line < this.lastLine ? this.lineStart(line + 1) : this.source.length;
  }

  /** The 1-based UTF-8 byte column of an offset (reviewdog's columns); cheapest when offsets come in increasing order. */
  utf8Column(offset: number): number {
    const { line } = this.position(offset);
    const clamped = Math.max(0, Math.min(offset, this.source.length));
    const cursor = this.utf8Cursor;
    const resume = cursor.line === line && cursor.offset <= clamped;
    const from = resume ? cursor.offset : this.lineStart(line);
    const bytes = (resume ? cursor.bytes : 0) + utf8Length(this.source.slice(from, clamped));
    this.utf8Cursor = { line, offset: clamped, bytes };
    const before = line === this.origin.line ? (this.origin.utf8Column ?? this.origin.column) - 1 : 0;
    return bytes + 1 + before;
  }
}
