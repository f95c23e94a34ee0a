import type { Range } from '../../rules/ranges.js';

/** The prose blocks of a Markdown file: what a reader keeps, with the source ranges of its lines. */
export interface MarkdownBlock {
  kind: 'heading' | 'paragraph' | 'cell';
  /** Heading level (1–6); 0 for other blocks. */
  depth: number;
  /** The innermost container the block stands in. */
  container: 'none' | 'quote' | 'list-item';
  /** Source ranges of the block's lines, container markers and indentation left out. */
  lines: Range[];
}

export interface MarkdownBlocks {
  blocks: MarkdownBlock[];
  /** Labels of link reference definitions, normalised (see normalizeLabel). */
  definitions: Set<string>;
}

type Container = { type: 'quote' } | { type: 'item'; /** columns of the item's content, from the line start */ contentColumn: number };

type Leaf =
  | { type: 'paragraph'; container: MarkdownBlock['container']; lines: Range[] }
  | { type: 'fence'; char: string; length: number }
  | { type: 'html'; end: string | null }
  | { type: 'table'; container: MarkdownBlock['container'] };

/** HTML block starts that run to a closing string; any other tag runs to a blank line. */
const HTML_RAW = /^<(script|pre|style|textarea)(?=[\s>]|$)/i;
const HTML_ENDS: Array<[RegExp, string]> = [
  [/^<!--/, '-->'],
  [/^<\?/, '?>'],
  [/^<![A-Za-z]/, '>'],
  [/^<!\[CDATA\[/, ']]>'],
];
const HTML_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)/;
/** Block-level tags, which interrupt a paragraph (CommonMark's HTML block type 6, the common ones). */
const BLOCK_TAGS = new Set(
  'address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html iframe legend li main menu nav ol p section summary table tbody td tfoot th thead tr ul'.split(' '),
);

/**
 * Splits Markdown into prose blocks, line by line, following CommonMark's
 * container algorithm (block quotes and list items continued by their
 * markers or indentation, lazy paragraph continuation) in a simplified form
 * that news articles need: headings (ATX and setext), paragraphs, list items,
 * quotes and table cells are kept; code, HTML blocks, thematic breaks and link
 * reference definitions are left out. Every line is visited once and every
 * container opened once, so the time is linear in the file however deep it nests.
 */
export function scanBlocks(text: string, from = 0): MarkdownBlocks {
  const blocks: MarkdownBlock[] = [];
  const definitions = new Set<string>();
  const containers: Container[] = [];
  let leaf: Leaf | undefined;

  const innermost = (): MarkdownBlock['container'] => {
    const last = containers[containers.length - 1];
    return last === undefined ? 'none' : last.type === 'quote' ? 'quote' : 'list-item';
  };
  const closeLeaf = (): void => {
    if (leaf?.type === 'paragraph' && leaf.lines.length > 0) blocks.push({ kind: 'paragraph', depth: 0, container: leaf.container, lines: leaf.lines });
    leaf = undefined;
  };

  for (let lineStart = from; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const line = new LineCursor(text, lineStart, contentEnd);
    lineStart = newline < 0 ? text.length : newline + 1;

    // 1. The open containers this line continues.
    let matched = 0;
    if (line.isBlankFrom(line.at)) matched = containers.length; // a blank line closes nothing by itself
    else {
      for (; matched < containers.length; matched++) {
        const c = containers[matched];
        if (c.type === 'quote') {
          if (line.indent() > 3 || text[line.at + line.indentChars()] !== '>') break;
          line.skipIndent();
          line.at++;
          line.skipOneSpace();
        } else if (line.indent() >= c.contentColumn - line.column) {
          line.skipColumns(c.contentColumn - line.column);
        } else break;
      }
    }

    // 2. Inside a fence or an HTML block, only its end matters.
    if (matched === containers.length && leaf?.type === 'fence') {
      if (line.isClosingFence(leaf.char, leaf.length)) leaf = undefined;
      continue;
    }
    if (matched === containers.length && leaf?.type === 'html') {
      if (leaf.end === null ? line.isBlankFrom(line.at) : text.slice(line.at, line.end).includes(leaf.end)) leaf = undefined;
      continue;
    }

    // 3. New containers opened on this line.
    const opened: Container[] = [];
    for (;;) {
      if (line.indent() > 3) break;
      const at = line.at + line.indentChars();
      if (text[at] === '>') {
        line.skipIndent();
        line.at++;
        line.skipOneSpace();
        opened.push({ type: 'quote' });
        continue;
      }
      const item = line.listItemStart(leaf?.type === 'paragraph' && matched === containers.length && opened.length === 0);
      if (!item) break;
      opened.push({ type: 'item', contentColumn: item });
    }

    const blank = line.isBlankFrom(line.at);
    const lazy =
      opened.length === 0 && matched < containers.length && leaf?.type === 'paragraph' && !blank && !line.startsBlock();
    if (lazy && leaf?.type === 'paragraph') {
      leaf.lines.push(line.content());
      continue;
    }
    if (matched < containers.length || opened.length > 0) {
      closeLeaf();
      containers.length = matched;
      for (const c of opened) containers.push(c); // not push(...opened): a line may open a million
    }

    // 4. The line's leaf content.
    if (blank) {
      if (leaf?.type !== 'fence' && leaf?.type !== 'html') closeLeaf();
      continue;
    }
    if (line.indent() >= 4 && leaf?.type !== 'paragraph') continue; // indented code
    line.skipIndent();
    const rest = text.slice(line.at, Math.min(line.end, line.at + 16));
    const heading = line.atxHeading();
    if (heading) {
      closeLeaf();
      blocks.push({ kind: 'heading', depth: heading.depth, container: innermost(), lines: heading.range.end > heading.range.start ? [heading.range] : [] });
      continue;
    }
    const fence = line.fenceStart();
    if (fence) {
      closeLeaf();
      leaf = fence;
      continue;
    }
    if (leaf?.type === 'paragraph' && opened.length === 0) {
      const setext = line.setextUnderline();
      if (setext > 0) {
        blocks.push({ kind: 'heading', depth: setext, container: leaf.container, lines: leaf.lines });
        leaf = undefined;
        continue;
      }
    }
    if (line.isThematicBreak()) {
      closeLeaf();
      continue;
    }
    const html = htmlStart(rest, text.slice(line.at, line.end), leaf?.type === 'paragraph');
    if (html !== undefined) {
      closeLeaf();
      if (html.end === null || !text.slice(line.at, line.end).includes(html.end, 2)) leaf = html;
      continue;
    }
    if (leaf?.type === 'paragraph' && leaf.lines.length === 1 && line.isTableDelimiter() && text.slice(leaf.lines[0].start, leaf.lines[0].end).includes('|')) {
      blocks.push(...tableCells(text, leaf.lines[0], leaf.container));
      leaf = { type: 'table', container: leaf.container };
      continue;
    }
    if (leaf?.type === 'table') {
      blocks.push(...tableCells(text, line.content(), leaf.container));
      continue;
    }
    if (leaf?.type !== 'paragraph') {
      const label = line.definitionLabel();
      if (label !== undefined) {
        definitions.add(normalizeLabel(label));
        continue;
      }
      leaf = { type: 'paragraph', container: innermost(), lines: [] };
    }
    leaf.lines.push(line.content());
  }
  closeLeaf();
  return { blocks, definitions };
}

/** Labels match case-insensitively, with inner whitespace collapsed (CommonMark). */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function htmlStart(rest: string, line: string, inParagraph: boolean): { type: 'html'; end: string | null } | undefined {
  if (rest[0] !== '<') return undefined;
  const raw = HTML_RAW.exec(rest);
  if (raw) return { type: 'html', end: `</${raw[1].toLowerCase()}>` };
  for (const [start, end] of HTML_ENDS) if (start.test(rest)) return { type: 'html', end };
  const tag = HTML_TAG.exec(line.slice(0, 64));
  if (!tag) return undefined;
  const name = tag[0].replace(/^<\/?/, '').toLowerCase();
  if (BLOCK_TAGS.has(name)) return { type: 'html', end: null };
  // Any other complete tag alone on its line starts an HTML block, but cannot interrupt a paragraph.
  return !inParagraph && /^<\/?[A-Za-z][^<>]{0,1000}>\s*$/.test(line) ? { type: 'html', end: null } : undefined;
}

/** The cells of a table row, each its own block; pipes escaped with a backslash stay in the cell. */
function tableCells(text: string, row: Range, container: MarkdownBlock['container']): MarkdownBlock[] {
  const cells: MarkdownBlock[] = [];
  let start = row.start;
  let end = row.end;
  if (text[start] === '|') start++;
  if (end > start && text[end - 1] === '|' && text[end - 2] !== '\\') end--;
  let cell = start;
  const push = (to: number): void => {
    let a = cell;
    let b = to;
    while (a < b && (text[a] === ' ' || text[a] === '\t')) a++;
    while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
    if (b > a) cells.push({ kind: 'cell', depth: 0, container, lines: [{ start: a, end: b }] });
  };
  for (let i = start; i < end; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') {
      push(i);
      cell = i + 1;
    }
  }
  push(end);
  return cells;
}

/** One line being read from left to right: indentation in columns (a tab to the next multiple of 4). */
class LineCursor {
  /** Columns consumed so far (container markers and indentation). */
  column = 0;

  private readonly lineStart: number;

  constructor(
    private readonly text: string,
    public at: number,
    readonly end: number,
  ) {
    this.lineStart = at;
  }

  /** Columns of indentation at the cursor. */
  indent(): number {
    let column = this.column;
    for (let i = this.at; i < this.end; i++) {
      const c = this.text[i];
      if (c === ' ') column++;
      else if (c === '\t') column += 4 - (column % 4);
      else break;
    }
    return column - this.column;
  }

  indentChars(): number {
    let i = this.at;
    while (i < this.end && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
    return i - this.at;
  }

  skipIndent(): void {
    this.column += this.indent();
    this.at += this.indentChars();
  }

  /** Consumes `columns` columns of indentation (a tab may cover more: the rest is left as it is). */
  skipColumns(columns: number): void {
    const target = this.column + columns;
    while (this.column < target && this.at < this.end) {
      const c = this.text[this.at];
      if (c === ' ') this.column++;
      else if (c === '\t') this.column += 4 - (this.column % 4);
      else break;
      this.at++;
    }
  }

  skipOneSpace(): void {
    const c = this.text[this.at];
    if (c === ' ' || c === '\t') {
      this.at++;
      this.column++;
    }
  }

  isBlankFrom(at: number): boolean {
    for (let i = at; i < this.end; i++) if (this.text[i] !== ' ' && this.text[i] !== '\t') return false;
    return true;
  }

  /** The rest of the line, leading whitespace left out. */
  content(): Range {
    let a = this.at;
    while (a < this.end && (this.text[a] === ' ' || this.text[a] === '\t')) a++;
    return { start: a, end: this.end };
  }

  /**
   * A list marker at the cursor (after up to three spaces: checked by the caller): consumes it
   * and returns the item's content column. An empty item or an ordered list not starting at 1
   * cannot interrupt a paragraph; a thematic break is no marker.
   */
  listItemStart(interruptsParagraph: boolean): number | undefined {
    const { text } = this;
    let i = this.at + this.indentChars();
    const markerStart = i;
    const c = text[i];
    let ordered = false;
    if (c === '-' || c === '+' || c === '*') i++;
    else {
      while (i < this.end && i - markerStart < 9 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      if (i === markerStart || (text[i] !== '.' && text[i] !== ')')) return undefined;
      ordered = true;
      if (interruptsParagraph && text.slice(markerStart, i) !== '1') return undefined;
      i++;
    }
    if (i < this.end && text[i] !== ' ' && text[i] !== '\t') return undefined;
    if (!ordered && this.isThematicBreak()) return undefined;
    const emptyItem = this.isBlankFrom(i);
    if (interruptsParagraph && emptyItem) return undefined;
    this.skipIndent();
    this.column += i - this.at;
    this.at = i;
    if (emptyItem) return this.column + 1;
    const spaces = this.indent();
    if (spaces >= 5) {
      this.skipColumns(1);
      return this.column;
    }
    this.skipIndent();
    return this.column;
  }

  /** Where a thematic break may start on this line: [from, to] (see isThematicBreak); found once per line. */
  private breakRange: { from: number; to: number } | undefined;

  /**
   * Three or more of the same -, * or _ from the cursor on, and nothing but spaces. Asked after
   * every list marker of "- - - … a", so the line is scanned once, from its end: the stretch of
   * one such character and spaces, and its third-last mark.
   */
  isThematicBreak(): boolean {
    if (!this.breakRange) {
      let char = '';
      let count = 0;
      let third = -1;
      let from = this.end;
      for (let i = this.end - 1; i >= this.lineStart; i--) {
        const c = this.text[i];
        if (c === ' ' || c === '\t') {
          from = i;
          continue;
        }
        if ((c !== '-' && c !== '*' && c !== '_') || (char && c !== char)) break;
        char = c;
        if (++count === 3) third = i;
        from = i;
      }
      this.breakRange = { from, to: third };
    }
    return this.at >= this.breakRange.from && this.at <= this.breakRange.to;
  }

  /** 1 for a line of =, 2 for a line of - (after a paragraph line), else 0. */
  setextUnderline(): number {
    const c = this.text[this.at];
    if (c !== '=' && c !== '-') return 0;
    let i = this.at;
    while (i < this.end && this.text[i] === c) i++;
    return this.isBlankFrom(i) ? (c === '=' ? 1 : 2) : 0;
  }

  atxHeading(): { depth: number; range: Range } | undefined {
    const { text } = this;
    let i = this.at;
    while (i < this.end && text[i] === '#' && i - this.at < 7) i++;
    const depth = i - this.at;
    if (depth === 0 || depth > 6 || (i < this.end && text[i] !== ' ' && text[i] !== '\t')) return undefined;
    let end = this.end;
    while (end > i && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    let hashes = end;
    while (hashes > i && text[hashes - 1] === '#') hashes--;
    if (hashes < end && (hashes === i || text[hashes - 1] === ' ' || text[hashes - 1] === '\t')) end = hashes; // a closing sequence: ## Titel ##
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    while (end > i && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    return { depth, range: { start: i, end } };
  }

  fenceStart(): { type: 'fence'; char: string; length: number } | undefined {
    const { text } = this;
    const char = text[this.at];
    if (char !== '`' && char !== '~') return undefined;
    let i = this.at;
    while (i < this.end && text[i] === char) i++;
    const length = i - this.at;
    if (length < 3) return undefined;
    if (char === '`' && text.slice(i, this.end).includes('`')) return undefined; // an info string with a backtick: inline code
    return { type: 'fence', char, length };
  }

  isClosingFence(char: string, length: number): boolean {
    if (this.indent() > 3) return false;
    let i = this.at + this.indentChars();
    const start = i;
    while (i < this.end && this.text[i] === char) i++;
    return i - start >= length && this.isBlankFrom(i);
  }

  /** | --- | :---: | (a table's delimiter row). */
  isTableDelimiter(): boolean {
    let dashes = 0;
    let pipes = 0;
    for (let i = this.at; i < this.end; i++) {
      const c = this.text[i];
      if (c === '-') dashes++;
      else if (c === '|') pipes++;
      else if (c !== ':' && c !== ' ' && c !== '\t') return false;
    }
    return dashes > 0 && (pipes > 0 || this.text[this.at] === ':');
  }

  /** Whether the line's rest would start a block of its own (and so cannot continue a paragraph lazily). */
  startsBlock(): boolean {
    if (this.indent() > 3) return false;
    const saved = { at: this.at, column: this.column };
    this.skipIndent();
    const rest = this.text.slice(this.at, Math.min(this.end, this.at + 16));
    const starts =
      this.text[this.at] === '>' ||
      this.atxHeading() !== undefined ||
      this.fenceStart() !== undefined ||
      this.isThematicBreak() ||
      htmlStart(rest, this.text.slice(this.at, Math.min(this.end, this.at + 1100)), true) !== undefined ||
      this.listItemStart(true) !== undefined;
    this.at = saved.at;
    this.column = saved.column;
    return starts;
  }

  /** `[label]: destination`: the label of a link reference definition, if the line is one. */
  definitionLabel(): string | undefined {
    const { text } = this;
    if (text[this.at] !== '[') return undefined;
    let i = this.at + 1;
    for (; i < this.end && i - this.at <= 1000; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '[') return undefined;
      else if (c === ']') break;
    }
    if (text[i] !== ']' || text[i + 1] !== ':') return undefined;
    const label = text.slice(this.at + 1, i);
    if (label.trim() === '' || this.isBlankFrom(i + 2)) return undefined;
    return label;
  }
}
