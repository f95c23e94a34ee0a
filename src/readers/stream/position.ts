import type { Position } from '../../document/line-index.js';
import { utf8Length } from '../../document/utf8.js';

/**
 * Line and column of offsets in a text that arrives in chunks, counted as
 * LineIndex counts them (\n, \r\n and \r end a line; columns in UTF-16 code
 * units). Offsets are absolute (from the start of the file's text); every
 * chunk is passed to advance() once, in order, and discard() forgets
 * what will not be asked about again.
 */
export class PositionTracker {
  private line = 1;
  private lineStart = 0;
  private pendingCR = false;
  /** Line starts from the oldest offset still asked about on, so positions there can be looked up. */
  private marks: Array<[offset: number, line: number]> = [[0, 1]];
  /**
   * The chunks not discarded, each with the UTF-8 bytes of its first line before it (that line may have
   * begun in an earlier chunk), for UTF-8 columns; `lineBytes` is that count at the last chunk's end.
   */
  private chunks: Array<{ at: number; text: string; bytesBefore: number }> = [];
  private lineBytes = 0;
  private utf8Cursor = { line: 0, offset: 0, bytes: 0 };

  /** Counts the line breaks of a chunk that starts at absolute offset `at`. */
  advance(chunk: string, at: number): void {
    this.chunks.push({ at, text: chunk, bytesBefore: this.lineBytes });
    const lineStartBefore = this.lineStart;
    const breaks = /\r\n?|\n/g;
    for (let m = breaks.exec(chunk); m; m = breaks.exec(chunk)) {
      if (this.pendingCR && m.index === 0 && chunk[0] === '\n') {
        this.pendingCR = false;
        this.lineStart = at + 1;
        this.marks[this.marks.length - 1][0] = this.lineStart;
        continue;
      }
      this.line++;
      this.lineStart = at + m.index + m[0].length;
      this.marks.push([this.lineStart, this.line]);
    }
    this.pendingCR = chunk.endsWith('\r');
    this.lineBytes = this.lineStart === lineStartBefore ? this.lineBytes + utf8Length(chunk) : utf8Length(chunk.slice(this.lineStart - at));
  }

  /** No position before `offset` will be asked for again. */
  discard(offset: number): void {
    let keep = 0;
    while (keep + 1 < this.marks.length && this.marks[keep + 1][0] <= offset) keep++;
    if (keep > 0) this.marks.splice(0, keep);
    let chunksBefore = 0;
    while (chunksBefore + 1 < this.chunks.length && this.chunks[chunksBefore].at + this.chunks[chunksBefore].text.length <= offset) chunksBefore++;
    if (chunksBefore > 0) this.chunks.splice(0, chunksBefore);
  }

  /** The position of an absolute offset not discarded, in a chunk advanced over (or past the last one's end). */
  position(offset: number): Position {
    const { marks } = this;
    let lo = 0;
    let hi = marks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (marks[mid][0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const [lineStart, line] = marks[lo];
    return { line, column: offset - lineStart + 1, utf8Column: this.utf8Column(offset, lineStart, line) };
  }

  /** UTF-8 bytes from the line's start to `offset`, plus one; linear over offsets asked in increasing order. */
  private utf8Column(offset: number, lineStart: number, line: number): number {
    const { chunks } = this;
    let c = chunks.length - 1;
    while (c > 0 && chunks[c].at > offset) c--;
    const chunk = chunks[c];
    if (!chunk) return offset - lineStart + 1;
    const cursor = this.utf8Cursor;
    let bytes: number;
    if (cursor.line === line && cursor.offset <= offset && cursor.offset >= chunk.at) bytes = cursor.bytes + utf8Length(chunk.text.slice(cursor.offset - chunk.at, offset - chunk.at));
    else if (lineStart >= chunk.at) bytes = utf8Length(chunk.text.slice(lineStart - chunk.at, offset - chunk.at));
    else bytes = chunk.bytesBefore + utf8Length(chunk.text.slice(0, offset - chunk.at));
    this.utf8Cursor = { line, offset, bytes };
    return bytes + 1;
  }
}
