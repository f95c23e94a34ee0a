import type { Position } from '../../document/line-index.js';

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

  /** Counts the line breaks of a chunk that starts at absolute offset `at`. */
  advance(chunk: string, at: number): void {
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
  }

  /** No position before `offset` will be asked for again. */
  discard(offset: number): void {
    let keep = 0;
    while (keep + 1 < this.marks.length && this.marks[keep + 1][0] <= offset) keep++;
    if (keep > 0) this.marks.splice(0, keep);
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
    return { line: marks[lo][1], column: offset - marks[lo][0] + 1 };
  }
}
