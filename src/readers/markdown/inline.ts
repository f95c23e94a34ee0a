import type * as Entities from 'entities';
import { lazy } from '../../lazy.js';
import type { Range } from '../../rules/ranges.js';
import { normalizeLabel } from './blocks.js';

const entities = lazy<typeof Entities>('entities');

/** Receives the block's text piece by piece: `text` stood at source[start, end) (the same length unless decoded). */
export type Emit = (text: string, start: number, end: number) => void;

/** A stretch of the block's text that is markup (dropped) or stands for other text (an entity, an escape). */
interface Edit {
  start: number;
  end: number;
  text?: string;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y;
const INLINE_TAG = /<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>/y;
/** Link labels and reference labels longer than this are not labels (CommonMark: 999). */
const MAX_LABEL = 999;

/**
 * The prose of one block's inline Markdown: emphasis markers, link syntax and
 * targets, images, code spans, inline HTML, escapes and entities dropped or
 * decoded; everything else emitted with its exact source range. The lines are
 * read as one string joined by newlines (a soft break emits one space).
 * One pass, with every forward search memoised, so no input costs more than
 * linear time: `[[[[…`, `[a](` repeated, runs of backticks or `<`.
 */
export function inlineText(text: string, lines: readonly Range[], definitions: ReadonlySet<string>, emit: Emit): void {
  if (lines.length === 0) return;
  const joined = new JoinedLines(text, lines);
  const v = joined.value;
  const edits: Edit[] = [];
  const drop = (start: number, end: number): void => {
    if (end > start) edits.push({ start, end });
  };
  const codeSpans = new CodeSpans(v);
  const parens = matchParens(v);
  const seek = new Seeker(v);
  const brackets: Array<{ at: number; image: boolean }> = [];
  const emphasis: Record<string, number[]> = { '*': [], _: [] };

  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === '\\') {
      const next = v[i + 1];
      if (next === '\n' || (next !== undefined && ASCII_PUNCTUATION.test(next))) {
        drop(i, i + 1); // the escaped character stays, as text
        i++;
      }
    } else if (c === '`') {
      const span = codeSpans.at(i);
      if (span > i) {
        drop(i, span);
        i = span - 1;
      } else i = codeSpans.runEnd(i) - 1;
    } else if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(v);
      if (m) {
        const decoded = entities().decodeHTMLStrict(m[0]);
        if (decoded !== m[0]) edits.push({ start: i, end: i + m[0].length, text: decoded });
        i += m[0].length - 1;
      }
    } else if (c === '<') {
      AUTOLINK.lastIndex = i;
      const link = AUTOLINK.exec(v);
      if (link) {
        drop(i, i + 1);
        drop(i + link[0].length - 1, i + link[0].length);
        i += link[0].length - 1;
        continue;
      }
      const end = inlineHtmlEnd(v, i, seek);
      if (end > i) {
        drop(i, end);
        i = end - 1;
      }
    } else if (c === '[' || (c === '!' && v[i + 1] === '[')) {
      brackets.push({ at: c === '[' ? i : i + 1, image: c === '!' });
      if (c === '!') i++;
    } else if (c === ']') {
      const open = brackets.pop();
      if (!open) continue;
      const end = linkEnd(v, i, open.at, parens, seek, definitions);
      if (end < 0) continue;
      if (open.image) drop(open.at - 1, end);
      else {
        drop(open.at, open.at + 1);
        drop(i, end);
        brackets.length = 0; // links do not nest: no earlier [ can open one around this
      }
      i = end - 1;
    } else if (c === '*' || c === '_') {
      let j = i;
      while (v[j + 1] === c) j++;
      const { canOpen, canClose } = flanking(v, i, j + 1, c);
      const openers = emphasis[c];
      if (canClose && openers.length > 0) {
        // As many markers as both runs have close the emphasis (**a* leaves one * as text).
        const opener = openers.pop()!;
        const openerEnd = opener + runLength(v, opener, c);
        const count = Math.min(openerEnd - opener, j + 1 - i);
        drop(openerEnd - count, openerEnd);
        drop(i, i + count);
      } else if (canOpen) openers.push(i);
      i = j;
    }
  }
  edits.sort((a, b) => a.start - b.start);
  let at = 0;
  for (const edit of edits) {
    if (edit.end <= at) continue; // inside an image or code span already dropped
    const start = Math.max(edit.start, at);
    joined.emit(at, start, emit);
    if (edit.text !== undefined) emit(edit.text, joined.source(start), joined.source(edit.end - 1) + 1);
    at = edit.end;
  }
  joined.emit(at, v.length, emit);
}

/** The block's lines as one string, and the way back to source offsets. */
class JoinedLines {
  readonly value: string;
  /** Where each line starts in `value`. */
  private readonly starts: number[] = [];

  constructor(
    private readonly text: string,
    private readonly lines: readonly Range[],
  ) {
    const parts: string[] = [];
    let length = 0;
    for (const line of lines) {
      this.starts.push(length);
      parts.push(text.slice(line.start, line.end));
      length += line.end - line.start + 1;
    }
    this.value = parts.join('\n');
  }

  /** The source offset of a character of `value` (a joining newline maps to its line's end). */
  source(at: number): number {
    const k = this.lineOf(at);
    return Math.min(this.lines[k].start + (at - this.starts[k]), this.lines[k].end);
  }

  /** Emits value[from, to): each line's part verbatim, each joining newline as a space over the line break. */
  emit(from: number, to: number, emit: Emit): void {
    if (to <= from) return;
    for (let k = this.lineOf(from); k < this.lines.length && this.starts[k] < to; k++) {
      const a = Math.max(from, this.starts[k]);
      const lineEnd = this.starts[k] + (this.lines[k].end - this.lines[k].start);
      const b = Math.min(to, lineEnd);
      if (b > a) emit(this.value.slice(a, b), this.lines[k].start + (a - this.starts[k]), this.lines[k].start + (b - this.starts[k]));
      if (lineEnd < to && k + 1 < this.lines.length) emit(' ', this.lines[k].end, this.lines[k + 1].start);
    }
  }

  private lineOf(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * Forward searches that remember their last answer: asked again from a later
 * point before that answer, they give it at once. Searches go left to right,
 * so each costs amortised constant time.
 */
class Seeker {
  private readonly memo = new Map<string, { from: number; found: number }>();

  constructor(private readonly value: string) {}

  /** indexOf(needle, from), remembered. */
  next(needle: string, from: number): number {
    const last = this.memo.get(needle);
    if (last && from >= last.from && (last.found < 0 || from <= last.found)) return last.found;
    const found = this.value.indexOf(needle, from);
    this.memo.set(needle, { from, found });
    return found;
  }

  private lastSkip = { from: -1, to: -1 };

  /** The first index at or after `from` that is not a space, a tab or one line break (remembered: many links may ask from one place). */
  skipSpace(from: number): number {
    if (from === this.lastSkip.from) return this.lastSkip.to;
    let i = from;
    let newlines = 0;
    while (i < this.value.length && (this.value[i] === ' ' || this.value[i] === '\t' || (this.value[i] === '\n' && ++newlines === 1))) i++;
    this.lastSkip = { from, to: i };
    return i;
  }

  /** The first whitespace at or after `from` (the length when none). */
  nextWhitespace(from: number): number {
    const candidates = [' ', '\n', '\t'].map((c) => this.next(c, from)).filter((i) => i >= 0);
    return candidates.length > 0 ? Math.min(...candidates) : this.value.length;
  }
}

/**
 * The end of a link or image whose text closes at `close`: an inline link
 * `](destination "title")`, a full or collapsed reference `][label]`, or a
 * shortcut reference `[label]` with a definition. -1 when it is none.
 */
function linkEnd(v: string, close: number, open: number, parens: Int32Array, seek: Seeker, definitions: ReadonlySet<string>): number {
  if (v[close + 1] === '(') {
    const end = inlineDestinationEnd(v, close + 1, parens, seek);
    if (end >= 0) return end;
  }
  if (v[close + 1] === '[') {
    const labelEnd = seek.next(']', close + 2);
    if (labelEnd >= 0 && labelEnd - close - 2 <= MAX_LABEL) {
      const label = labelEnd === close + 2 ? v.slice(open + 1, close) : v.slice(close + 2, labelEnd);
      if (close - open - 1 <= MAX_LABEL && definitions.has(normalizeLabel(label))) return labelEnd + 1;
    }
  }
  return close - open - 1 <= MAX_LABEL && definitions.size > 0 && definitions.has(normalizeLabel(v.slice(open + 1, close))) ? close + 1 : -1;
}

/** After `(` at `paren`: a destination, an optional title, and `)`; the index after `)`, or -1. */
function inlineDestinationEnd(v: string, paren: number, parens: Int32Array, seek: Seeker): number {
  const match = parens[paren];
  const start = seek.skipSpace(paren + 1);
  if (v[start] === ')') return start + 1;
  let destinationEnd: number;
  if (v[start] === '<') {
    const gt = seek.next('>', start + 1);
    const before = (needle: string): boolean => {
      const at = seek.next(needle, start + 1);
      return at >= 0 && at < gt;
    };
    if (gt < 0 || before('\n') || before('<')) return -1;
    destinationEnd = gt + 1;
  } else {
    const space = seek.nextWhitespace(start);
    if (start === paren + 1 && match >= 0 && match < space) return match + 1; // (destination) with balanced parentheses
    destinationEnd = space;
  }
  let at = seek.skipSpace(destinationEnd);
  if (v[at] === ')') return at + 1;
  const quote = v[at];
  if (quote !== '"' && quote !== "'" && quote !== '(') return -1;
  const titleEnd = seek.next(quote === '(' ? ')' : quote, at + 1);
  if (titleEnd < 0) return -1;
  at = seek.skipSpace(titleEnd + 1);
  return v[at] === ')' ? at + 1 : -1;
}

/** For each `(`, the `)` that closes it within its run of non-whitespace (-1 if none): a destination's balanced parentheses. */
function matchParens(v: string): Int32Array {
  const match = new Int32Array(v.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === '(') stack.push(i);
    else if (c === ')') {
      const open = stack.pop();
      if (open !== undefined) match[open] = i;
    } else if (c === ' ' || c === '\n' || c === '\t') stack.length = 0;
    else if (c === '\\') i++;
  }
  return match;
}

/** The end of inline HTML (a tag or a comment) at `at`, or `at` when there is none. */
function inlineHtmlEnd(v: string, at: number, seek: Seeker): number {
  if (v.startsWith('<!--', at)) {
    const end = seek.next('-->', at + 4);
    return end < 0 ? at : end + 3;
  }
  INLINE_TAG.lastIndex = at;
  const tag = INLINE_TAG.exec(v);
  return tag ? at + tag[0].length : at;
}

/**
 * Runs of backticks. A run opens a code span closed by the next run of the same length; runs
 * inside a span are its text. Asked left to right (at() for each run outside spans), each length
 * keeps a pointer into its runs, so every run is passed once.
 */
class CodeSpans {
  private readonly ends = new Map<number, number>();
  private readonly byLength = new Map<number, { starts: number[]; next: number }>();

  constructor(v: string) {
    for (let i = v.indexOf('`'); i >= 0; i = v.indexOf('`', i)) {
      let j = i;
      while (v[j] === '`') j++;
      const start = v[i - 1] === '\\' ? i + 1 : i; // an escaped backtick opens nothing
      this.ends.set(i, j);
      if (j > start) {
        this.ends.set(start, j);
        const runs = this.byLength.get(j - start) ?? { starts: [], next: 0 };
        runs.starts.push(start);
        this.byLength.set(j - start, runs);
      }
      i = j;
    }
  }

  /** The end of the code span opened at `at`, or `at` when the run opens none. */
  at(at: number): number {
    const length = this.runEnd(at) - at;
    const runs = this.byLength.get(length);
    if (!runs) return at;
    while (runs.next < runs.starts.length && runs.starts[runs.next] <= at) runs.next++;
    if (runs.next === runs.starts.length) return at;
    const closer = runs.starts[runs.next];
    return closer + length;
  }

  runEnd(at: number): number {
    return this.ends.get(at) ?? at + 1;
  }
}

function runLength(v: string, at: number, c: string): number {
  let j = at;
  while (v[j] === c) j++;
  return j - at;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isPunctuation = (c: string | undefined): boolean => c !== undefined && /[\p{P}\p{S}]/u.test(c);

/** CommonMark's left- and right-flanking rules for a run of * or _ at v[start, end). */
function flanking(v: string, start: number, end: number, c: string): { canOpen: boolean; canClose: boolean } {
  const before = v[start - 1];
  const after = v[end];
  const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
  const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
  if (c === '*') return { canOpen: left, canClose: right };
  return { canOpen: left && (!right || isPunctuation(before)), canClose: right && (!left || isPunctuation(after)) };
}
