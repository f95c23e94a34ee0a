/** Ranges of a block's text that rules treat specially: URLs, e-mail addresses, handles (never checked) and quotations. */
export interface Range {
  start: number;
  end: number;
}

// An e-mail address starts where its run of name characters starts (the lookbehind): the leftmost match is the
// same, but the pattern is not tried again from every character inside each word (quadratic in word length).
// Entity leftovers (&quot; shown as text: entity-leftover reports them) and markup shown as text (&lt;a href=…&gt;
// decoded, or \u003cdiv escaped) are code, never English words.
const PROTECTED =
  /\{[^{}:\n]{0,400}:[^{};\n]{0,400};[^{}\n]{0,400}\}|(?<![^\n])(?:\$ |#!)[^\n]*|\b(?:https?:\/\/|www\.)[^\s<>"“”„]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_]+|&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31})?;|<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]{0,300})?\/?>|\\u00[0-9a-fA-F]{2}[\w-]*|(?<![^\s(\[])[^\s„“”"»«()[\]{}]*[_$`=][^\s„“”"»«()[\]{}]*/gu;

/** A character or string every match of PROTECTED holds. */
const TRIGGER = /[@#&<_$`={]|www\.|:\/\/|\\u00/g;

/** URLs, e-mail addresses, @handles, #hashtags, entity leftovers, markup shown as text and code (teensy_loader_cli, $line, a=b, a shell line: $ make, a style rule shown as text: { color: #fff; }) in `text`, with offsets shifted by `base`. */
export function protectedRanges(text: string, base: number): Range[] {
  const code = shortcodes(text, base);
  // Every match lies on one line, but a tag may break its line once after its name ("<a\nhref=…>").
  const found: Range[] = [];
  for (const m of matchesOnTriggerLines(text, PROTECTED, TRIGGER, true)) found.push({ start: base + m.index, end: base + m.index + urlLength(m[0]) });
  return code.length > 0 ? [...code, ...found].sort((a, b) => a.start - b.start) : found;
}

/**
 * The matches of a global `pattern` over `text`, looked for only on the lines holding a match of
 * the global `trigger`: for a pattern each of whose matches holds a trigger and lies on one line
 * (with `nextLine`, may run onto the next line), the same matches as one run over the whole text,
 * at the same offsets. A pattern that tries every position (an e-mail address, a lookbehind before
 * an alternation) then costs the lines that can hold a match, not the whole text because one
 * line has a trigger. Each window starts at a line start and ends at a line end, where the
 * pattern's lookbehinds and word boundaries see what they see in the whole text.
 */
export function* matchesOnTriggerLines(text: string, pattern: RegExp, trigger: RegExp, nextLine = false): Generator<RegExpExecArray> {
  for (const [from, to] of triggerWindows(text, trigger, nextLine)) {
    const window = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const m of window.matchAll(pattern)) {
      m.index += from;
      yield m;
    }
  }
}

/** Each line with a trigger, with the line after it when `nextLine`, merged where they touch: [start, end) pairs. */
function triggerWindows(text: string, trigger: RegExp, nextLine: boolean): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const lineEnd = endOfLine(text, m.index);
    const end = nextLine && lineEnd < text.length ? endOfLine(text, lineEnd + 1) : lineEnd;
    const last = windows[windows.length - 1];
    if (last && lineStart <= last[1]) last[1] = end;
    else windows.push([lineStart, end]);
    if (lineEnd >= text.length) break;
    trigger.lastIndex = lineEnd + 1; // one trigger per line is enough
  }
  return windows;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

const SHORTCODES = ['sourcecode', 'code'];

/**
 * Code a blog shows between [sourcecode …] and [/sourcecode] (or [code]): WordPress shortcodes the
 * page's plugin did not render. One indexOf per opener and closer, so a page of openers is linear.
 */
function shortcodes(text: string, base: number): Range[] {
  const out: Range[] = [];
  for (const name of SHORTCODES) {
    const closer = `[/${name}]`;
    for (let at = text.indexOf(`[${name}`); at >= 0; ) {
      const next = text.charCodeAt(at + name.length + 1);
      const end = next === 93 || next === 32 ? text.indexOf(closer, at) : -2; // "]" or " ": [code] or [sourcecode language=…]
      if (end === -1) break; // no closer from here on
      if (end >= 0) out.push({ start: base + at, end: base + end + closer.length });
      at = text.indexOf(`[${name}`, end >= 0 ? end + closer.length : at + 1);
    }
  }
  return out;
}

/**
 * A URL ends before the punctuation after it: "(z.B. https://example.org/a)" closes its bracket,
 * "… unter www.gallup.de)." too; a bracket the URL itself opened stays (…/Foo_(Band)).
 */
function urlLength(match: string): number {
  if (!/^(?:https?:|www\.)/.test(match)) return match.length;
  let end = match.length;
  for (;;) {
    const last = match[end - 1];
    if (last === ')' || last === ']') {
      const inner = match.slice(0, end);
      const open = last === ')' ? '(' : '[';
      if (inner.split(open).length >= inner.split(last).length) break; // balanced inside the URL
    } else if (!'.,;:!?'.includes(last)) break;
    end--;
  }
  return end;
}

const QUOTE_PAIRS: Record<string, string> = { '„': '“', '»': '«', '«': '»', '“': '”', '"': '"', '‚': '‘', '›': '‹' };
/** The marks that may open a quotation. */
export const QUOTE_MARKS = /[„»«“"‚›]/g;

/**
 * Quotations in a block: each opening mark paired with the next matching
 * closing mark. A rough pairing for context only (the brackets rules do the
 * exact work); unclosed quotes run to the end of the block.
 */
export function quotationRanges(text: string, base: number): Range[] {
  const ranges: Range[] = [];
  const marks = new RegExp(QUOTE_MARKS);
  let i = 0;
  while (i < text.length) {
    marks.lastIndex = i;
    const mark = marks.exec(text);
    if (!mark) break;
    i = mark.index;
    const close = QUOTE_PAIRS[text[i]];
    const opensHere = close !== undefined && (i === 0 || /[\s([–—-]/.test(text[i - 1]) || text[i] === '„' || text[i] === '»');
    if (!opensHere) {
      i++;
      continue;
    }
    let end = text.indexOf(close, i + 1);
    if (end < 0 && text[i] === '„') end = text.indexOf('”', i + 1); // „…” mismatched but meant as a pair
    if (end < 0) end = text.length;
    ranges.push({ start: base + i + 1, end: base + end });
    i = end + 1;
  }
  return ranges;
}

/**
 * Ranges sorted for lookups in O(log n): a long article has thousands of
 * quotations and URLs, and every word may ask about them. The ranges may be
 * any objects with a start and an end (quotation pairs carry their marks).
 */
export class RangeSet<T extends Range = Range> {
  private readonly sorted: T[];
  /** maxEnd[i]: the largest end among sorted[0..i]. */
  private readonly maxEnd: number[];

  constructor(ranges: readonly T[]) {
    this.sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
    let max = -Infinity;
    this.maxEnd = this.sorted.map((r) => (max = Math.max(max, r.end)));
  }

  get size(): number {
    return this.sorted.length;
  }

  /** Whether a range overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const i = this.lastStartingBefore(end);
    return i >= 0 && this.maxEnd[i] > start;
  }

  /** A range that holds [start, end), if any (of non-overlapping ranges, the only one). */
  inside(start: number, end: number): T | undefined {
    for (let i = this.lastStartingBefore(start + 1); i >= 0 && this.maxEnd[i] >= end; i--) {
      const r = this.sorted[i];
      if (r.start <= start && end <= r.end) return r;
    }
    return undefined;
  }

  /** Every range that holds [start, end). */
  allInside(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.lastStartingBefore(start + 1); i >= 0 && this.maxEnd[i] >= end; i--) {
      const r = this.sorted[i];
      if (r.start <= start && end <= r.end) out.push(r);
    }
    return out;
  }

  /** Index of the last range whose start is below `offset`, or -1. */
  private lastStartingBefore(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}
