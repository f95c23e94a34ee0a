import { basename } from 'node:path';
import { DocumentBuilder } from '../document/builder.js';
import type { BlockKind } from '../document/document.js';
import { scanBlocks } from './markdown/blocks.js';
import { inlineText } from './markdown/inline.js';
import type { Reader } from './types.js';

const KIND: Record<'none' | 'quote' | 'list-item', BlockKind> = { none: 'paragraph', quote: 'quote', 'list-item': 'list-item' };

/**
 * Markdown: prose from headings, paragraphs, list items, quotes and table
 * cells; code, raw HTML and link targets are not article text. Front matter is
 * skipped (offsets kept) and its `title:` becomes the document title. Read by
 * our own linear scanner (markdown/), not a full CommonMark parser: those take
 * quadratic time or worse on nested lists, runs of `[` or long quotations.
 */
export const markdownReader: Reader = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  read({ path, text, lines }) {
    const { bodyStart, title } = frontMatter(text);
    const builder = new DocumentBuilder(lines);
    const { blocks, definitions } = scanBlocks(text, bodyStart);
    let sawHeadline = false;
    for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
      const block = blocks[blockIndex];
      const headline: boolean = block.kind === 'heading' && !sawHeadline && block.depth <= 2 && builder.blockCount === 0;
      sawHeadline ||= headline;
      builder.startBlock(block.kind === 'heading' ? (headline ? 'headline' : 'subheadline') : KIND[block.container]);
      inlineText(text, block.lines, definitions, (piece, start, end) => builder.appendCollapsed(piece, start, end));
      builder.endBlock();
    }
    return { documents: [builder.build({ path, id: basename(path), title: title ?? undefined })], errors: [] };
  },
};

/** `---` front matter at the start: where the body begins, and its `title:`. Scanned line by line. */
function frontMatter(text: string): { bodyStart: number; title: string | null } {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  if (!/^---\r?\n/.test(text.slice(start, start + 5))) return { bodyStart: 0, title: null };
  let title: string | null = null;
  for (let at = text.indexOf('\n', start) + 1; at > 0 && at < text.length; ) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end).replace(/\r$/, '');
    if (line.trimEnd() === '---') return { bodyStart: newline < 0 ? text.length : newline + 1, title };
    if (title === null && line.startsWith('title:')) title = unquote(line.slice(6).trim()) || null;
    at = end + 1;
  }
  return { bodyStart: 0, title: null }; // never closed: no front matter
}

function unquote(value: string): string {
  const first = value[0];
  return (first === '"' || first === "'") && value.endsWith(first) && value.length >= 2 ? value.slice(1, -1) : value;
}
