import { Document, isSeparatorText, type Block, type BlockKind } from './document.js';
import { isSpaceCode, skipSpace, trimmedEnd } from './char-class.js';
import type { LineIndex } from './line-index.js';
import { SourceMap, type MappedText } from './source-map.js';

const BLOCK_SEPARATOR = '\n\n';
/** Soft hyphen, zero-width space, non-joiner, joiner, word joiner, and a BOM inside the text. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_ALL = /[\u00ad\u200b-\u200d\u2060\ufeff]+/g;

interface PendingPiece {
  text: string;
  sourceStart: number;
  sourceEnd: number;
}

/**
 * Builds a Document block by block from pieces of text and the source range
 * each piece came from. Readers only say what text stands where; the builder
 * joins, trims and maps.
 */
export class DocumentBuilder {
  /** Each block's text, joined once by build(): appending to one string a million times makes a rope of a million nodes. */
  private readonly blockTexts: string[] = [];
  private length = 0;
  private readonly blocks: Block[] = [];
  private readonly map = new SourceMap();
  /** The current block's pieces: the first pendingCount of them. Never shortened, so a block of one line allocates no array. */
  private readonly pending: PendingPiece[] = [];
  private pendingCount = 0;
  private pendingKind: BlockKind = 'paragraph';

  constructor(private readonly lines: LineIndex) {}

  /** Starts a new block; text appended until the next call belongs to it. */
  startBlock(kind: BlockKind): this {
    this.endBlock();
    this.pendingKind = kind;
    return this;
  }

  /** Appends text taken verbatim from source[sourceStart, sourceStart + text.length). */
  appendVerbatim(text: string, sourceStart: number): this {
    return this.append(text, sourceStart, sourceStart + text.length);
  }

  /**
   * Appends text that came from source[sourceStart, sourceEnd), e.g. a decoded entity. Soft
   * hyphens and zero-width characters are left out: the reader never sees them, and
   * "Sta\u00adtis\u00adti\u00adken" is one German word.
   */
  append(text: string, sourceStart: number, sourceEnd: number): this {
    if (text.length === 0) return this;
    if (!INVISIBLE.test(text)) {
      this.addPending({ text, sourceStart, sourceEnd });
      return this;
    }
    if (text.length !== sourceEnd - sourceStart) {
      const visible = text.replace(INVISIBLE_ALL, '');
      if (visible.length > 0) this.addPending({ text: visible, sourceStart, sourceEnd });
      return this;
    }
    let from = 0;
    for (const m of text.matchAll(INVISIBLE_ALL)) {
      const at = m.index ?? 0;
      if (at > from) this.addPending({ text: text.slice(from, at), sourceStart: sourceStart + from, sourceEnd: sourceStart + at });
      from = at + m[0].length;
    }
    if (from < text.length) this.addPending({ text: text.slice(from), sourceStart: sourceStart + from, sourceEnd });
    return this;
  }

  /** Appends verbatim source text with every whitespace run collapsed to one space (HTML rendering). */
  appendCollapsed(text: string, sourceStart: number, sourceEnd = sourceStart + text.length): this {
    if (sourceEnd - sourceStart !== text.length) {
      return this.append(text.replace(/\s+/g, ' '), sourceStart, sourceEnd);
    }
    const whitespace = /\s+/g;
    let last = 0;
    for (const m of text.matchAll(whitespace)) {
      const at = m.index ?? 0;
      if (at > last) this.appendVerbatim(text.slice(last, at), sourceStart + last);
      this.append(' ', sourceStart + at, sourceStart + at + m[0].length);
      last = at + m[0].length;
    }
    if (last < text.length) this.appendVerbatim(text.slice(last), sourceStart + last);
    return this;
  }

  /**
   * Appends mapped[start, end), piece by piece so that every run that stands
   * verbatim in the file keeps an exact mapping. `collapse` folds whitespace runs.
   */
  appendMapped(mapped: MappedText, start: number, end: number, collapse = false): this {
    const at = collapse ? -1 : mapped.map.linearSource(start, end);
    if (at >= 0) return this.append(mapped.text.slice(start, end), at, at + (end - start)); // one verbatim run (most lines)
    for (const piece of mapped.map.slice(start, end)) {
      const text = mapped.text.slice(piece.textStart, piece.textEnd);
      if (collapse) this.appendCollapsed(text, piece.sourceStart, piece.sourceEnd);
      else this.append(text, piece.sourceStart, piece.sourceEnd);
    }
    return this;
  }

  get blockCount(): number {
    return this.blocks.length + (this.pendingCount > 0 ? 1 : 0);
  }

  /** Closes the current block, trimming surrounding whitespace and dropping it if empty. */
  endBlock(): this {
    const count = this.pendingCount;
    if (count === 0) return this;
    this.pendingCount = 0;
    const pieces = this.trim(count === 1 ? [this.pending[0]] : this.mergeSpaces(this.pending.slice(0, count)));
    if (pieces.length > 0) this.addBlock(pieces);
    return this;
  }

  private addPending(piece: PendingPiece): void {
    this.pending[this.pendingCount++] = piece;
  }

  /**
   * Adds a block of text that stands verbatim in the file from `sourceStart` (a line of plain
   * text), without the piece machinery: the same as startBlock(kind), appendVerbatim(), endBlock(),
   * where `kind` is already 'separator' for a separator line as given (asked again only when
   * trimming changed it: isSeparatorText takes no more than 200 characters).
   */
  addVerbatimBlock(kind: BlockKind, text: string, sourceStart: number): this {
    this.endBlock();
    this.pendingKind = kind;
    const start = skipSpace(text);
    const end = trimmedEnd(text);
    if (start === text.length) return this;
    if (INVISIBLE.test(text)) return this.appendVerbatim(text, sourceStart).endBlock();
    const trimmed = start === 0 && end === text.length ? text : text.slice(start, end);
    const textStart = this.startOfNextBlock();
    this.length += trimmed.length;
    this.map.addRange(textStart, this.length, sourceStart + start, sourceStart + end);
    this.pushBlock(textStart, trimmed, kind === 'separator' || (trimmed !== text && isSeparatorText(trimmed)));
    return this;
  }

  private addBlock(pieces: PendingPiece[]): void {
    const start = this.startOfNextBlock();
    for (const piece of pieces) {
      const textStart = this.length;
      this.length += piece.text.length;
      this.map.addRange(textStart, this.length, piece.sourceStart, piece.sourceEnd);
    }
    const text = pieces.length === 1 ? pieces[0].text : pieces.map((p) => p.text).join('');
    this.pushBlock(start, text, this.pendingKind === 'separator' || isSeparatorText(text));
  }

  private startOfNextBlock(): number {
    if (this.blocks.length > 0) this.length += BLOCK_SEPARATOR.length;
    return this.length;
  }

  private pushBlock(start: number, text: string, separator: boolean): void {
    this.blocks.push({ kind: separator ? 'separator' : this.pendingKind, start, end: this.length });
    this.blockTexts.push(text);
  }

  /** The text of the first headline block, if any. */
  headlineText(): string | null {
    this.endBlock();
    const headline = this.blocks.findIndex((b) => b.kind === 'headline');
    return headline >= 0 ? this.blockTexts[headline] : null;
  }

  /** Builds the document; without an explicit title, the headline block is the title. */
  build(init: { path: string; id: string; title?: string | null; source?: string; notes?: string[] }): Document {
    this.endBlock();
    const title = init.title === undefined ? this.headlineText() : init.title;
    return new Document({ ...init, title, text: this.blockTexts.join(BLOCK_SEPARATOR), blocks: this.blocks, sourceMap: this.map, lines: this.lines });
  }

  /** Drops whitespace that follows whitespace across piece boundaries (HTML: "a <b> b</b>"). */
  private mergeSpaces(pieces: PendingPiece[]): PendingPiece[] {
    const out: PendingPiece[] = [];
    for (const piece of pieces) {
      const prev = out[out.length - 1];
      if (prev && isSpaceCode(piece.text.charCodeAt(0)) && isSpaceCode(prev.text.charCodeAt(prev.text.length - 1))) {
        const cut = skipSpace(piece.text);
        if (cut < piece.text.length) out.push(this.slicePiece(piece, cut, piece.text.length));
        continue;
      }
      out.push(piece);
    }
    return out;
  }

  private trim(pieces: PendingPiece[]): PendingPiece[] {
    while (pieces.length > 0) {
      const first = pieces[0];
      const cut = skipSpace(first.text);
      if (cut === 0) break;
      if (cut === first.text.length) pieces.shift();
      else pieces[0] = this.slicePiece(first, cut, first.text.length);
    }
    while (pieces.length > 0) {
      const last = pieces[pieces.length - 1];
      const keep = trimmedEnd(last.text);
      if (keep === last.text.length) break;
      if (keep === 0) pieces.pop();
      else pieces[pieces.length - 1] = this.slicePiece(last, 0, keep);
    }
    return pieces;
  }

  private slicePiece(piece: PendingPiece, from: number, to: number): PendingPiece {
    const linear = piece.text.length === piece.sourceEnd - piece.sourceStart;
    return {
      text: piece.text.slice(from, to),
      sourceStart: linear ? piece.sourceStart + from : piece.sourceStart,
      sourceEnd: linear ? piece.sourceStart + to : piece.sourceEnd,
    };
  }
}
