import { NumberList } from './number-list.js';

/**
 * Maps offsets in a document's extracted text back to offsets in the decoded
 * input file. Each piece is a run of extracted text and the source range it
 * came from; runs of equal length map character by character, others (HTML
 * entities, JSON escapes, collapsed whitespace) map to their range's ends.
 */
export interface Piece {
  textStart: number;
  textEnd: number;
  sourceStart: number;
  sourceEnd: number;
}

/**
 * The pieces are kept as four arrays of numbers (typed arrays), not an object each: a text of a million
 * short lines has a million pieces.
 */
export class SourceMap {
  private readonly textStarts = new NumberList();
  private readonly textEnds = new NumberList();
  private readonly sourceStarts = new NumberList();
  private readonly sourceEnds = new NumberList();

  add(piece: Piece): void {
    this.addRange(piece.textStart, piece.textEnd, piece.sourceStart, piece.sourceEnd);
  }

  addRange(textStart: number, textEnd: number, sourceStart: number, sourceEnd: number): void {
    if (textEnd <= textStart) return;
    this.textStarts.push(textStart);
    this.textEnds.push(textEnd);
    this.sourceStarts.push(sourceStart);
    this.sourceEnds.push(sourceEnd);
  }

  /** Source offset of the character at text offset `offset`. */
  toSource(offset: number): number {
    const i = this.findIndex(offset);
    if (i < 0) return 0;
    if (offset >= this.textEnds.at(i)) return this.sourceEnds.at(i);
    if (offset <= this.textStarts.at(i)) return this.sourceStarts.at(i);
    return this.isLinear(i) ? this.sourceStarts.at(i) + (offset - this.textStarts.at(i)) : this.sourceStarts.at(i);
  }

  /** Source offset just after the character before text offset `end` (an exclusive end). */
  toSourceEnd(end: number): number {
    const i = this.findIndex(Math.max(0, end - 1));
    if (i < 0) return 0;
    if (end >= this.textEnds.at(i)) return this.sourceEnds.at(i);
    return this.isLinear(i) ? this.sourceStarts.at(i) + (end - this.textStarts.at(i)) : this.sourceEnds.at(i);
  }

  /** The source offset of text `start` when all of [start, end) lies in one piece that maps character by character, else -1. */
  linearSource(start: number, end: number): number {
    const i = this.findIndex(start);
    if (i < 0 || end > this.textEnds.at(i) || !this.isLinear(i)) return -1;
    return this.sourceStarts.at(i) + (start - this.textStarts.at(i));
  }

  /** The pieces covering text [start, end), cut to that range. */
  slice(start: number, end: number): Piece[] {
    const out: Piece[] = [];
    for (let i = Math.max(0, this.findIndex(start)); i < this.textStarts.length; i++) {
      if (this.textStarts.at(i) >= end) break;
      if (this.textEnds.at(i) <= start) continue;
      const from = Math.max(start, this.textStarts.at(i));
      const to = Math.min(end, this.textEnds.at(i));
      out.push({ textStart: from, textEnd: to, sourceStart: this.toSource(from), sourceEnd: this.toSourceEnd(to) });
    }
    return out;
  }

  /**
   * The source range text [start, end) came from, when it maps exactly: every piece it cuts
   * maps character by character, and it takes non-linear pieces (an entity, an escape) whole.
   * An empty range maps to a point between characters. Undefined when the text has no exact
   * source range (half an entity, collapsed whitespace, a gap the reader added).
   */
  exactRange(start: number, end: number): { start: number; end: number } | undefined {
    const pieces = this.slice(start, Math.max(end, start + 1));
    if (pieces.length === 0) return undefined;
    let expected = -1;
    for (let i = 0; i < pieces.length; i++) {
      const original = this.findIndex(pieces[i].textStart);
      const cut = pieces[i].textStart !== this.textStarts.at(original) || pieces[i].textEnd !== this.textEnds.at(original);
      if (cut && !this.isLinear(original)) return undefined;
      // Pieces must follow each other in the file: a gap between them is text the reader joined (a space for a line break).
      if (i > 0 && pieces[i].sourceStart !== expected) return undefined;
      expected = pieces[i].sourceEnd;
    }
    const from = pieces[0].sourceStart;
    return end === start ? { start: from, end: from } : { start: from, end: pieces[pieces.length - 1].sourceEnd };
  }

  private isLinear(i: number): boolean {
    return this.textEnds.at(i) - this.textStarts.at(i) === this.sourceEnds.at(i) - this.sourceStarts.at(i);
  }

  /** The last piece starting at or before `offset`, or -1 when there is none. */
  private findIndex(offset: number): number {
    const starts = this.textStarts;
    if (starts.length === 0) return -1;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts.at(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** A string with a map from its offsets to offsets in the input file. */
export interface MappedText {
  text: string;
  map: SourceMap;
}

/** Joins mapped strings into one, keeping every piece's mapping. */
export function concatMapped(parts: MappedText[]): MappedText {
  const map = new SourceMap();
  let text = '';
  for (const part of parts) {
    for (const piece of part.map.slice(0, part.text.length)) {
      map.add({ ...piece, textStart: piece.textStart + text.length, textEnd: piece.textEnd + text.length });
    }
    text += part.text;
  }
  return { text, map };
}

/** Text that stands verbatim in the input file at `base`. */
export function verbatim(text: string, base = 0): MappedText {
  const map = new SourceMap();
  map.add({ textStart: 0, textEnd: text.length, sourceStart: base, sourceEnd: base + text.length });
  return { text, map };
}
