import { basename } from 'node:path';
import type * as Mdast from 'mdast-util-from-markdown';
import { lazy } from '../lazy.js';
import type { Nodes, Parents, RootContent } from 'mdast';
import type { BlockKind } from '../document/document.js';
import { DocumentBuilder } from '../document/builder.js';
import type { Reader } from './types.js';

const markdownParser = lazy<typeof Mdast>('mdast-util-from-markdown');

/** Node types whose text is not article prose: code, raw HTML, link definitions. */
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'definition', 'thematicBreak', 'image', 'imageReference', 'yaml']);

/**
 * Markdown: prose from headings, paragraphs, list items, quotes and table
 * cells; code, raw HTML and link targets are not article text. Front matter is
 * blanked (offsets kept) and its `title:` becomes the document title.
 */
export const markdownReader: Reader = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  read({ path, text, lines }) {
    const { body, title } = blankFrontMatter(text);
    const builder = new DocumentBuilder(lines);
    const tree = markdownParser().fromMarkdown(body);
    let sawHeadline = false;

    const addInline = (node: Nodes): void => {
      if (SKIPPED.has(node.type)) return;
      if (node.type === 'text') {
        addAligned(builder, text, node.value, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
      } else if (node.type === 'break') {
        const at = node.position?.start.offset ?? 0;
        builder.append(' ', at, node.position?.end.offset ?? at);
      } else if ('children' in node) {
        for (const child of (node as Parents).children) addInline(child as Nodes);
      }
    };

    const addBlock = (node: RootContent, kind: BlockKind): void => {
      if (SKIPPED.has(node.type)) return;
      switch (node.type) {
        case 'heading': {
          const headline = !sawHeadline && node.depth <= 2 && builder.blockCount === 0;
          sawHeadline ||= headline;
          builder.startBlock(headline ? 'headline' : 'subheadline');
          addInline(node);
          builder.endBlock();
          return;
        }
        case 'paragraph':
        case 'tableCell':
          builder.startBlock(kind);
          addInline(node);
          builder.endBlock();
          return;
        case 'listItem':
          for (const child of node.children) addBlock(child, 'list-item');
          return;
        case 'blockquote':
          for (const child of node.children) addBlock(child, 'quote');
          return;
        default:
          if ('children' in node) for (const child of (node as Parents).children) addBlock(child as RootContent, kind);
      }
    };

    for (const node of tree.children) addBlock(node, 'paragraph');
    return { documents: [builder.build({ path, id: basename(path), title: title ?? undefined })], errors: [] };
  },
};

/**
 * Adds a text node whose value may differ from its source (escapes, entities,
 * blockquote markers on continuation lines): characters are matched to the
 * source in order, and each run of matching characters is mapped exactly.
 */
function addAligned(builder: DocumentBuilder, source: string, value: string, start: number, end: number): void {
  const raw = source.slice(start, end);
  if (raw === value) {
    builder.appendCollapsed(value, start);
    return;
  }
  let s = 0;
  let runStart = 0;
  let runSource = -1;
  const flush = (v: number): void => {
    if (v > runStart && runSource >= 0) builder.appendCollapsed(value.slice(runStart, v), start + runSource);
  };
  for (let v = 0; v < value.length; v++) {
    const found = raw.indexOf(value[v], s);
    const at = found >= 0 && found - s <= 12 ? found : -1;
    if (at < 0) {
      flush(v);
      builder.append(value[v] === '\n' ? ' ' : value[v], start + s, start + Math.min(s + 1, raw.length));
      runStart = v + 1;
      runSource = -1;
      continue;
    }
    if (runSource < 0 || at !== runSource + (v - runStart)) {
      flush(v);
      runStart = v;
      runSource = at;
    }
    s = at + 1;
  }
  flush(value.length);
}

function blankFrontMatter(text: string): { body: string; title: string | null } {
  const match = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!match) return { body: text, title: null };
  const titleLine = /^title:\s*["']?(.+?)["']?\s*$/m.exec(match[1]);
  const blank = match[0].replace(/[^\r\n]/g, ' ');
  return { body: blank + text.slice(match[0].length), title: titleLine ? titleLine[1] : null };
}
