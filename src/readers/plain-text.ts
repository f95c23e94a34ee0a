import { isSeparatorText, type BlockKind } from '../document/document.js';
import type { DocumentBuilder } from '../document/builder.js';
import type { MappedText } from '../document/source-map.js';
import { DIRECTIVE_LINE } from './directives.js';

/** A line made only of dashes, stars, underscores, equals signs, tildes or bullets. */

interface Line {
  start: number;
  end: number;
}

/**
 * Adds plain text to a document: blank lines separate blocks, and each line is
 * a block of its own unless the text is hard-wrapped and the line continues
 * the one before. The first block becomes the headline when it reads like one.
 */
export function addPlainText(builder: DocumentBuilder, mapped: MappedText, options: { headline: boolean }): void {
  const lines = splitLines(mapped.text);
  const wrapWidth = detectWrapWidth(mapped.text, lines);
  let previous: Line | undefined;
  let first = options.headline && builder.blockCount === 0;
  for (const line of lines) {
    const content = mapped.text.slice(line.start, line.end);
    if (content.trim() === '' || DIRECTIVE_LINE.test(content)) {
      previous = undefined;
      continue;
    }
    if (previous && wrapWidth && continuesWrapped(mapped.text.slice(previous.start, previous.end), wrapWidth)) {
      builder.append(' ', mapped.map.toSourceEnd(previous.end), mapped.map.toSource(line.start));
    } else {
      builder.startBlock(blockKind(content, first));
      first = false;
    }
    builder.appendMapped(mapped, line.start, line.end);
    previous = line;
  }
  builder.endBlock();
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

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    lines.push({ start, end: m.index ?? 0 });
    start = (m.index ?? 0) + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/**
 * The wrap width of hard-wrapped text, or 0 when lines are paragraphs.
 * Hard-wrapped text has many lines ending close to one common width.
 */
function detectWrapWidth(text: string, lines: Line[]): number {
  const lengths = lines.map((l) => l.end - l.start).filter((n) => n > 0);
  if (lengths.length < 8) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)];
  if (width > 120 || width < 30) return 0;
  const nearWidth = lengths.filter((n) => n >= width - 15 && n <= width).length;
  return nearWidth >= 8 && nearWidth >= lengths.length * 0.5 ? width : 0;
}

function continuesWrapped(previousLine: string, width: number): boolean {
  const trimmed = previousLine.trimEnd();
  return trimmed.length >= width - 20 && !isSeparatorText(trimmed);
}
