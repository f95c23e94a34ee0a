import type { Block, Document } from '../../document/document.js';
import { protectedRanges, RangeSet, type Range } from '../ranges.js';

/**
 * Quotation marks as their own state machine (quotes do not nest like
 * brackets): one open double quotation at a time, paired across the article
 * so quotations may run over paragraph breaks, re-opened at each paragraph as
 * German does or not (text stored one sentence a line runs a quotation over
 * several lines by construction); a quotation carried over a break ends
 * unclosed only when a later paragraph opens a new one in the same marks. Single marks (‚‘ ›‹ ’) are
 * inner quotes or apostrophes and are left alone.
 */
export type QuoteStyle = 'german' | 'guillemets' | 'swiss' | 'english' | 'straight';

export const STYLE_NAMES: Record<QuoteStyle, string> = {
  german: '„…“',
  guillemets: '»…«',
  swiss: '«…»',
  english: '“…”',
  straight: '"…"',
};

const CLOSER: Record<QuoteStyle, string> = { german: '“', guillemets: '«', swiss: '»', english: '”', straight: '"' };
/** Styles a German article may use. */
const GERMAN_STYLES = new Set<QuoteStyle>(['german', 'guillemets', 'swiss']);
const MARKS = /[„“”"»«]/g;
const INNER_MARKS = /[‚‘’'´]/g;
/**
 * A mark that is a byte of a UTF-8 character read as Windows-1252 (mojibake): „ in "Ã„" (Ä), « in
 * "Ã«" (ë), “ in "â€“" (–). The page's encoding is broken there, and the mark quotes nothing.
 */
function misdecoded(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return before === 0xc3 || (before === 0x20ac && text.charCodeAt(at - 2) === 0xe2);
}

/** The marks a block must hold for run() to look at it: MARKS and the inner opener. */
const ANY_MARK = /[„“”"»«‚]/g;

export interface Mark {
  char: string;
  offset: number;
}

export interface QuotePair {
  style: QuoteStyle;
  open: Mark;
  close: Mark;
  /** The closing mark does not belong to the opening one: „…”, “…“, „…", „…». */
  mismatched: boolean;
}

export type QuoteProblem =
  | { kind: 'unclosed'; mark: Mark; style: QuoteStyle; block: Block; /** where the quotation was given up */ endsAt: number }
  | { kind: 'unmatched'; mark: Mark }
  | { kind: 'misplaced'; mark: Mark; closes?: Mark };

export interface QuoteAnalysis {
  pairs: QuotePair[];
  problems: QuoteProblem[];
}

interface OpenQuote {
  style: QuoteStyle;
  mark: Mark;
  block: Block;
  /** Same-style quotations nested inside it („… „…“ …“, where ‚…‘ belongs): closers still owed to them. */
  nested: number;
  /** Carried over a paragraph break without a re-opening mark: the same opening mark again starts a new quotation, it does not nest. */
  carried: boolean;
}

const memo = new WeakMap<Document, QuoteAnalysis>();

export function analyseQuotes(doc: Document): QuoteAnalysis {
  let result = memo.get(doc);
  if (!result) {
    result = new QuotePairing(doc).run();
    memo.set(doc, result);
  }
  return result;
}

class QuotePairing {
  private readonly pairs: QuotePair[] = [];
  private readonly problems: QuoteProblem[] = [];
  private open: OpenQuote | undefined;
  private block!: Block;
  private text = '';
  /** Where the block's last straight double quote stands: a 26" inside a straight-quoted quotation is an inch mark when one follows. */
  private lastStraight = -1;
  /** Per style, for the current block: closersAhead for each position, counted once from the end. */
  private netAhead: Partial<Record<QuoteStyle, Int32Array>> = {};

  constructor(private readonly doc: Document) {}

  run(): QuoteAnalysis {
    const anyMark = new RegExp(ANY_MARK);
    let nextMark = -1; // the first mark at or after the current block, found over the whole text
    for (let blockIndex = 0; blockIndex < this.doc.blocks.length; blockIndex++) {
      const block = this.doc.blocks[blockIndex];
      this.block = block;
      if (nextMark < block.start) {
        anyMark.lastIndex = block.start;
        nextMark = anyMark.exec(this.doc.text)?.index ?? Infinity;
      }
      if (nextMark >= block.end) {
        // A block without a mark (most of them) only carries an open quotation on.
        if (this.open && this.open.block !== block) this.enterBlock(undefined);
        continue;
      }
      this.text = this.doc.blockText(block);
      this.lastStraight = this.text.lastIndexOf('"');
      this.netAhead = {};
      const skip = new RangeSet(protectedRanges(this.text, 0));
      const marks = [...this.text.matchAll(MARKS)].filter((m) => !skip.overlaps(m.index ?? 0, (m.index ?? 0) + 1) && !misdecoded(this.text, m.index ?? 0));
      if (this.open && this.open.block !== block) this.enterBlock(marks[0]?.index === 0 ? marks[0][0] : undefined);
      for (const m of marks) this.mark(m[0], m.index ?? 0);
      if (this.text.includes('‚')) this.innerQuotes(skip);
    }
    if (this.open) this.unclosed(this.doc.text.length);
    return { pairs: this.pairs, problems: this.problems };
  }

  /** A German quotation may go on in the next paragraph, re-opened („ at its start) or closed in it. */
  private enterBlock(firstMark: string | undefined): void {
    const open = this.open!;
    if (firstMark !== undefined && this.isOpenerOf(open.style, firstMark)) {
      this.skipNext = true; // the re-opening mark of a continued quotation
      open.carried = false;
    } else {
      open.carried = true;
    }
    open.block = this.block;
  }

  private skipNext = false;


  private mark(char: string, at: number): void {
    if (this.skipNext) {
      this.skipNext = false;
      return;
    }
    const mark = { char, offset: this.block.start + at };
    const opening = this.openingPosition(at);
    const closing = this.closingPosition(at);
    const open = this.open;

    if (char === '"' && /\d/.test(this.text[at - 1] ?? '') && (open?.style !== 'straight' || this.lastStraight > at)) return; // 24" (inches)
    if ((char === '»' || char === '«') && this.separatorPosition(at)) return; // Home » Politik: a separator, not a quotation mark

    if (open) {
      if (char === CLOSER[open.style] || (char === '“' && open.style === 'english' && closing)) {
        if (open.nested > 0) open.nested--;
        else this.close(mark, char !== CLOSER[open.style]);
        return;
      }
      if (char === '„' && !opening) {
        // „ before a space or punctuation inside a quotation: meant to close it („…Sitzplätzen „, heißt es)
        this.problems.push({ kind: 'misplaced', mark, closes: open.mark });
        this.close(mark, true, false);
        return;
      }
      if (this.isOpenerOf(open.style, char) && opening) {
        if (!open.carried && this.closersAhead(at, open.style) >= open.nested + 2) {
          open.nested++; // a nested quotation in the same marks: balanced, so not an error here
          return;
        }
        // the same opening mark again: the earlier quotation was never closed
        this.unclosed(mark.offset);
        this.start(char, mark);
        return;
      }
      if (closing && !opening) {
        this.close(mark, true);
        return;
      }
      return; // an opening mark of another style inside a quotation: an inner quotation, not checked
    }

    if (char === '„' && !opening && (closing || /[,.;:!?)\]}]/.test(this.text[at + 1] ?? ''))) {
      this.problems.push({ kind: 'misplaced', mark }); // „ before punctuation: Sitzplätzen „, heißt es
      return;
    }
    if (char === '„') {
      this.start(char, mark); // „ with a stray space after it still opens
      return;
    }
    if (opening || (!closing && char !== '”' && char !== '«')) {
      this.start(char, mark);
      return;
    }
    this.problems.push({ kind: 'unmatched', mark });
  }

  private start(char: string, mark: Mark): void {
    const style: QuoteStyle = char === '„' ? 'german' : char === '»' ? 'guillemets' : char === '«' ? 'swiss' : char === '"' ? 'straight' : 'english';
    this.open = { style, mark, block: this.block, carried: false, nested: 0 };
  }

  private close(mark: Mark, mismatched: boolean, record = true): void {
    const open = this.open!;
    if (record) this.pairs.push({ style: open.style, open: open.mark, close: mark, mismatched });
    this.open = undefined;
  }

  private unclosed(endsAt: number): void {
    const open = this.open!;
    const block = this.doc.blockAt(open.mark.offset) ?? open.block;
    this.problems.push({ kind: 'unclosed', mark: open.mark, style: open.style, block, endsAt });
    this.open = undefined;
  }

  /** Closing marks of a style after `at` in the block, less the opening marks of that style still to come. */
  private closersAhead(at: number, style: QuoteStyle): number {
    let ahead = this.netAhead[style];
    if (!ahead) {
      // ahead[i]: the count from position i on. Counted afresh at each opener, a paragraph of openers took quadratic time.
      ahead = this.netAhead[style] = new Int32Array(this.text.length + 1);
      for (let i = this.text.length - 1; i >= 0; i--) {
        const char = this.text[i];
        ahead[i] = ahead[i + 1] + (char === CLOSER[style] ? 1 : this.isOpenerOf(style, char) ? -1 : 0);
      }
    }
    return ahead[at + 1];
  }

  private isOpenerOf(style: QuoteStyle, char: string): boolean {
    return (style === 'german' && char === '„') || (style === 'guillemets' && char === '»') || (style === 'swiss' && char === '«') || (style === 'straight' && char === '"');
  }

  /** After a space, an opening bracket or a dash (or at the start), before a word (not a space or punctuation). */
  private openingPosition(at: number): boolean {
    const before = this.text[at - 1];
    const after = this.text[at + 1];
    return (before === undefined || /[\s([{–—\-/]/.test(before)) && after !== undefined && !/[\s,.;:!?)\]}]/.test(after);
  }

  /**
   * German inner quotes ‚…‘ pair within their paragraph, closed by ‘ or by the ’ ' ´ typed for
   * it (a typographic slip, not a broken quotation). A closer alone is left alone (it is also an
   * apostrophe: geht’s, ‘90er), but a ‚ that opens and is never closed is reported like a
   * double quotation.
   */
  private innerQuotes(skip: RangeSet): void {
    let open: Mark | undefined;
    for (const m of this.text.matchAll(INNER_MARKS)) {
      const at = m.index ?? 0;
      if (skip.overlaps(at, at + 1)) continue;
      if (m[0] === '‚') {
        if (!this.openingPosition(at)) continue; // a comma lookalike: "Er kam‚ sah"
        if (open) this.problems.push({ kind: 'unclosed', mark: open, style: 'german', block: this.block, endsAt: this.block.start + at });
        open = { char: '‚', offset: this.block.start + at };
      } else if (open && this.closingPosition(at)) {
        open = undefined;
      }
    }
    if (open) this.problems.push({ kind: 'unclosed', mark: open, style: 'german', block: this.block, endsAt: this.block.end });
  }

  /** Whitespace (or the block's edge) on both sides. */
  private separatorPosition(at: number): boolean {
    const before = this.text[at - 1];
    const after = this.text[at + 1];
    return (before === undefined || /\s/.test(before)) && (after === undefined || /\s/.test(after));
  }

  /** After a non-space, before a space, punctuation or the end. */
  private closingPosition(at: number): boolean {
    const before = this.text[at - 1];
    const after = this.text[at + 1];
    return before !== undefined && !/\s/.test(before) && (after === undefined || /[\s.,;:!?)\]}…–—\-"„“”»«’']/.test(after));
  }
}

export function isGermanStyle(style: QuoteStyle): boolean {
  return GERMAN_STYLES.has(style);
}

/** A quotation's inside, from after its opening mark to its closing mark, for RangeSet lookups. */
export interface QuoteInterior extends Range {
  pair: QuotePair;
  /** The pair's place in the list it came from. */
  index: number;
}

/** The insides of quotations, to ask in O(log n) which quotations hold a stretch of text. */
export function quoteInteriors(pairs: readonly QuotePair[]): RangeSet<QuoteInterior> {
  return new RangeSet(pairs.map((pair, index) => ({ start: pair.open.offset + 1, end: pair.close.offset, pair, index })));
}
