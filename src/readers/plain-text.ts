import { skipSpace } from '../document/char-class.js';
import { isSeparatorText, type BlockKind } from '../document/document.js';
import type { DocumentBuilder } from '../document/builder.js';
import type { MappedText } from '../document/source-map.js';
import { DIRECTIVE_LINE } from './directives.js';

/**
 * Adds plain text to a document: blank lines separate blocks, and each line is
 * a block of its own unless the text is hard-wrapped and the line continues
 * the one before. The first block becomes the headline when it reads like one.
 * Lines are walked by offsets, never collected: text of a million short lines
 * costs a few numbers per line.
 */
export function addPlainText(builder: DocumentBuilder, mapped: MappedText, options: { headline: boolean }): void {
  const { text } = mapped;
  const wrapWidth = detectWrapWidth(text);
  let previousStart = -1;
  let previousEnd = -1;
  let first = options.headline && builder.blockCount === 0;
  forEachLine(text, (start, end) => {
    const contentStart = skipSpace(text, start, end);
    if (contentStart === end || (text.charCodeAt(contentStart) === LESS_THAN && DIRECTIVE_LINE.test(text.slice(start, end)))) {
      previousStart = -1;
      return;
    }
    const source = wrapWidth ? -1 : mapped.map.linearSource(start, end);
    if (source >= 0) {
      // Lines that are paragraphs (nothing hard-wrapped), verbatim in the file: a block each, at once.
      const content = text.slice(start, end);
      builder.addVerbatimBlock(blockKind(content, first), content, source);
      first = false;
      return;
    }
    if (previousStart >= 0 && wrapWidth && continuesWrapped(text.slice(previousStart, previousEnd), wrapWidth)) {
      builder.append(' ', mapped.map.toSourceEnd(previousEnd), mapped.map.toSource(start));
    } else {
      builder.startBlock(blockKind(text.slice(start, end), first));
      first = false;
    }
    builder.appendMapped(mapped, start, end);
    previousStart = start;
    previousEnd = end;
  });
  builder.endBlock();
}

const LESS_THAN = 0x3c;
const CR = 0x0d;
const LF = 0x0a;

/** Calls `line(start, end)` for each line of `text` (ends: \r\n, \r or \n), the last one included. */
function forEachLine(text: string, line: (start: number, end: number) => void): void {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== LF && c !== CR) continue;
    line(start, i);
    if (c === CR && text.charCodeAt(i + 1) === LF) i++;
    start = i + 1;
  }
  line(start, text.length);
}

function blockKind(content: string, first: boolean): BlockKind {
  if (isSeparatorText(content)) return 'separator';
  if (first && looksLikeHeadline(content)) return 'headline';
  return 'paragraph';
}

/** Short, and not ending like a sentence of running text. */
function looksLikeHeadline(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 200 && !/[.:;,]$/.test(trimmed) && /\p{L}/u.test(trimmed);
}

/** Widths above this are not hard wrapping; longer lines are counted together. */
const MAX_WRAP_WIDTH = 120;

/**
 * The wrap width of hard-wrapped text, or 0 when lines are paragraphs.
 * Hard-wrapped text has many lines ending close to one common width: the
 * width is the 90th percentile of the non-empty lines' lengths, found in a
 * histogram (linear, where sorting the lengths is not).
 */
function detectWrapWidth(text: string): number {
  const histogram = new Uint32Array(MAX_WRAP_WIDTH + 2);
  let lines = 0;
  forEachLine(text, (start, end) => {
    if (end === start) return;
    histogram[Math.min(end - start, MAX_WRAP_WIDTH + 1)]++;
    lines++;
  });
  if (lines < 8) return 0;
  const rank = Math.floor(lines * 0.9); // the index of the width in the lengths sorted
  let width = 0;
  for (let seen = histogram[0]; seen <= rank; seen += histogram[width]) width++;
  if (width > MAX_WRAP_WIDTH || width < 30) return 0;
  let nearWidth = 0;
  for (let n = width - 15; n <= width; n++) nearWidth += histogram[n];
  return nearWidth >= 8 && nearWidth >= lines * 0.5 ? width : 0;
}

function continuesWrapped(previousLine: string, width: number): boolean {
  const trimmed = previousLine.trimEnd();
  return trimmed.length >= width - 20 && !isSeparatorText(trimmed);
}
