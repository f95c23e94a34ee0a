import { skipSpace } from './char-class.js';
import { LineIndex, type Position } from './line-index.js';
import { SourceMap } from './source-map.js';
import { splitSentences, tokenizeWords, type Span, type Word } from './tokenize.js';

export type BlockKind = 'headline' | 'subheadline' | 'paragraph' | 'caption' | 'list-item' | 'quote' | 'separator';

/** A line of only dashes, stars or the like, spaced or not ("***", "- - -", "———"). */
const SEPARATOR_TEXT = /^\s*[-–—*_=~•·#+](?:\s?[-–—*_=~•·#+])*\s*$/;

/** Whether a block's text is a separator line (read as kind 'separator' in every format). */
export function isSeparatorText(text: string): boolean {
  return text.length <= 200 && SEPARATOR_START.has(text.charCodeAt(skipSpace(text))) && SEPARATOR_TEXT.test(text);
}

/** The characters a separator line may start with (after spaces): most text starts otherwise, and needs no regex. */
const SEPARATOR_START = new Set([...'-–—*_=~•·#+'].map((c) => c.charCodeAt(0)));


export interface Block {
  kind: BlockKind;
  /** Offsets into `Document.text`, end exclusive. */
  start: number;
  end: number;
}

export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface DocumentInit {
  path: string;
  id: string;
  title: string | null;
  text: string;
  blocks: Block[];
  sourceMap: SourceMap;
  lines: LineIndex;
  /** The English original, when the input carries it. */
  source?: string;
  notes?: string[];
}

/**
 * One article: its extracted text in blocks, with every offset mapped back to
 * the input file. Words and sentences are computed once, on first use, and
 * shared by every rule.
 */
export class Document {
  readonly path: string;
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  /**
   * Walked with indexed loops in the rules: each rule runs once per document, before the
   * optimiser has seen its loop, and for…of there allocates a result per step (a text of a
   * million lines made 300 MB of them).
   */
  readonly blocks: readonly Block[];
  /** The English original: from the feed item, or given with --source for a single article. */
  source?: string;
  readonly notes: string[];
  private readonly sourceMap: SourceMap;
  private readonly lines: LineIndex;
  private wordCache?: Word[];
  private sentenceCache?: Span[];
  private wordCount?: number;

  constructor(init: DocumentInit) {
    this.path = init.path;
    this.id = init.id;
    this.title = init.title;
    this.text = init.text;
    this.blocks = init.blocks;
    this.source = init.source;
    this.notes = init.notes ?? [];
    this.sourceMap = init.sourceMap;
    this.lines = init.lines;
  }

  get words(): Word[] {
    if (!this.wordCache) {
      this.wordCache = [];
      for (let i = 0; i < this.blocks.length; i++) tokenizeWords(this.blockText(this.blocks[i]), this.blocks[i].start, this.wordCache);
      this.wordCount = this.wordCache.length;
    }
    return this.wordCache;
  }

  get sentences(): Span[] {
    if (!this.sentenceCache) {
      this.sentenceCache = [];
      for (let i = 0; i < this.blocks.length; i++) splitSentences(this.blockText(this.blocks[i]), this.blocks[i].start, this.sentenceCache);
    }
    return this.sentenceCache;
  }

  /** Number of words; stays known after the token caches are released. */
  get wordTotal(): number {
    return this.wordCount ?? this.words.length;
  }

  /** Drops the word and sentence caches once the document rules are done (they are rebuilt on demand). */
  releaseTokens(): void {
    this.wordCache = undefined;
    this.sentenceCache = undefined;
  }

  blockText(block: Block): string {
    return this.text.slice(block.start, block.end);
  }

  /**
   * The blocks in which a match of `pattern` starts, found in one scan of the
   * whole text: a rule that looks only at blocks holding some mark skips the
   * others without slicing them (a text of many short lines has a million).
   */
  blocksContaining(pattern: RegExp): Block[] {
    let scan = SCANNERS.get(pattern);
    if (!scan) SCANNERS.set(pattern, (scan = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
    scan.lastIndex = 0;
    const { blocks, text } = this;
    const out: Block[] = [];
    let i = 0;
    for (let m = scan.exec(text); m; m = scan.exec(text)) {
      while (i < blocks.length && blocks[i].end <= m.index) i++;
      if (i === blocks.length) break;
      if (blocks[i].start <= m.index) out.push(blocks[i++]);
      scan.lastIndex = i < blocks.length ? Math.max(blocks[i].start, m.index + 1) : text.length;
    }
    return out;
  }

  /** The block containing a text offset. */
  blockAt(offset: number): Block | undefined {
    const { blocks } = this;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].end <= offset) lo = mid + 1;
      else if (blocks[mid].start > offset) hi = mid - 1;
      else return blocks[mid];
    }
    return undefined;
  }

  /** How many words lie inside [start, end), without collecting them. */
  wordCountIn(start: number, end: number): number {
    return Math.max(0, firstEndingAfter(this.words, end) - firstStartingAt(this.words, start));
  }

  /** Sentences that overlap [start, end) (sentencesIn() takes only those inside it). */
  sentencesAcross(start: number, end: number): Span[] {
    const { sentences } = this;
    const out: Span[] = [];
    for (let i = firstEndingAfter(sentences, start); i < sentences.length && sentences[i].start < end; i++) out.push(sentences[i]);
    return out;
  }

  /** The index in `words` of the first word starting at or after `offset`. */
  firstWordAt(offset: number): number {
    return firstStartingAt(this.words, offset);
  }

  /** Words inside [start, end). */
  wordsIn(start: number, end: number): Word[] {
    return spansIn(this.words, start, end);
  }

  /** Sentences inside [start, end). */
  sentencesIn(start: number, end: number): Span[] {
    return spansIn(this.sentences, start, end);
  }

  /** Position in the input file of the character at a text offset. */
  position(offset: number): Position {
    return this.lines.position(this.sourceMap.toSource(offset));
  }

  /** The UTF-8 byte column (reviewdog's) of a span's start; cheapest asked in order. */
  utf8Column(start: number): number {
    return this.lines.utf8Column(this.sourceMap.toSource(start));
  }

  /** The UTF-8 byte column just past a span's end, as locate() ends it. */
  utf8EndColumn(start: number, end: number): number {
    return this.lines.utf8Column(this.sourceMap.toSourceEnd(Math.max(end, start + 1)));
  }

  /**
   * Where text [start, end) stands in the input file, as positions (a feed item's text is a slice
   * of its file), when it maps exactly (see SourceMap.exactRange): what a fix may replace.
   */
  fileRange(start: number, end: number): { start: Position; end: Position } | undefined {
    const range = this.sourceMap.exactRange(start, end);
    return range && { start: this.lines.position(range.start), end: this.lines.position(range.end) };
  }

  locate(start: number, end: number): Location {
    const from = this.position(start);
    const to = this.lines.position(this.sourceMap.toSourceEnd(Math.max(end, start + 1)));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

/** blocksContaining()'s global copy of each pattern, made once. */
const SCANNERS = new WeakMap<RegExp, RegExp>();

/** Index of the first span starting at or after `offset` (spans in order, not overlapping). */
function firstStartingAt(spans: readonly Span[], offset: number): number {
  return firstIndex(spans, (s) => s.start >= offset);
}

/** Index of the first span ending after `offset` (their ends are in order too). */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  return firstIndex(spans, (s) => s.end > offset);
}

/** Binary search: the first index whose span passes `test`, which is false, then true, along the list. */
function firstIndex(spans: readonly Span[], test: (span: Span) => boolean): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(spans[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The spans of a sorted list that lie inside [start, end), found by binary search. */
function spansIn<S extends Span>(spans: S[], start: number, end: number): S[] {
  const out: S[] = [];
  for (let i = firstStartingAt(spans, start); i < spans.length && spans[i].end <= end; i++) out.push(spans[i]);
  return out;
}
