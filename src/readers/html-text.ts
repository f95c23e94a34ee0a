import { parseHtml } from './html-parse.js';
import type { HtmlElement, HtmlNode } from './html-tree.js';
import type * as Entities from 'entities';
import { lazy } from '../lazy.js';
import type { BlockKind } from '../document/document.js';
import type { DocumentBuilder } from '../document/builder.js';
import type { MappedText } from '../document/source-map.js';
import { INVISIBLE, isHidden } from './html-boilerplate.js';
import { isElement, preOrder, textContent } from './html-dom.js';
import { extractArticle } from './html-extract.js';

const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'address', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'table', 'thead',
  'tbody', 'tr', 'td', 'th', 'caption', 'hr', 'br', 'details', 'summary', 'center',
]);

// Loaded on first use: checking a text file should not pay for entity decoding.
const entities = lazy<typeof Entities>('entities');

const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/g;

export interface HtmlMetadata {
  title: string | null;
}

/**
 * Adds the visible text of an HTML fragment or page to a document, block by
 * block. `html` maps back to the input file, so positions stay exact even when
 * the HTML was itself escaped inside XML or JSON. A page (`page: true`) is cut
 * down to its article (html-extract.ts); a fragment of a feed is the article
 * already, less the furniture it embeds (share bars, embedded posts).
 */
export function addHtmlText(builder: DocumentBuilder, html: MappedText, options: { page: boolean }): HtmlMetadata {
  const dom = parseHtml(html.text);
  const extraction = extractArticle(dom.children, { chooseRoot: options.page });
  let headlineTaken = !options.page;

  const walk = (roots: HtmlNode[], kind: BlockKind): void => {
    // An explicit stack: a page nested 100,000 elements deep is read like any other.
    const stack: Array<{ nodes: HtmlNode[]; next: number; kind: BlockKind; block: boolean }> = [{ nodes: roots, next: 0, kind, block: false }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.next >= frame.nodes.length) {
        stack.pop();
        if (frame.block) builder.startBlock(stack[stack.length - 1]?.kind ?? kind);
        continue;
      }
      const node = frame.nodes[frame.next++];
      if (node.type === 'text') {
        addText(builder, html, node.startIndex ?? 0, (node.endIndex ?? 0) + 1);
        continue;
      }
      if (!isElement(node)) continue;
      const name = node.name.toLowerCase();
      if (INVISIBLE.has(name) || isHidden(node) || extraction.dropped.has(node)) continue;
      if (!BLOCKS.has(name)) {
        stack.push({ nodes: node.children, next: 0, kind: frame.kind, block: false });
        continue;
      }
      const childKind = blockKindOf(name, frame.kind, headlineTaken);
      if (childKind === 'headline') headlineTaken = true;
      builder.startBlock(childKind);
      stack.push({ nodes: node.children, next: 0, kind: childKind, block: true });
    }
  };

  const { headline, roots } = extraction;
  const headlineFirst = headline !== null && (roots.length === 0 || (headline.startIndex ?? 0) < (roots[0].startIndex ?? 0));
  if (headline && headlineFirst) walk([headline], 'paragraph');
  walk(roots.length > 0 ? roots : dom.children, 'paragraph');
  if (headline && !headlineFirst) walk([headline], 'paragraph');
  builder.endBlock();
  return { title: metaTitle(dom.children) };
}

function blockKindOf(name: string, parent: BlockKind, headlineTaken: boolean): BlockKind {
  if (name === 'h1') return headlineTaken ? 'subheadline' : 'headline';
  if (/^h[2-6]$/.test(name)) return 'subheadline';
  if (name === 'figcaption' || name === 'caption') return 'caption';
  if (name === 'li' || name === 'dd' || name === 'dt') return 'list-item';
  if (name === 'blockquote') return 'quote';
  return parent === 'headline' || parent === 'subheadline' ? 'paragraph' : parent;
}

function addText(builder: DocumentBuilder, html: MappedText, start: number, end: number): void {
  const raw = html.text.slice(start, end);
  let last = 0;
  for (const m of raw.matchAll(ENTITY)) {
    const at = m.index ?? 0;
    const decoded = entities().decodeHTML(m[0]);
    if (decoded === m[0]) continue;
    if (at > last) builder.appendMapped(html, start + last, start + at, true);
    const from = start + at;
    const to = from + m[0].length;
    const text = /^\s+$/.test(decoded) && decoded !== '\u00a0' ? ' ' : decoded;
    builder.append(text, html.map.toSource(from), html.map.toSourceEnd(to));
    last = at + m[0].length;
  }
  if (last < raw.length) builder.appendMapped(html, start + last, end, true);
}

/** The first <head>, og:title <meta> and <title> in document order, found in one walk. */
function metadataElements(nodes: HtmlNode[]): { head?: HtmlElement; og?: HtmlElement; title?: HtmlElement } {
  const found: { head?: HtmlElement; og?: HtmlElement; title?: HtmlElement } = {};
  for (const el of preOrder(nodes)) {
    const name = el.name.toLowerCase();
    if (name === 'head') found.head ??= el;
    else if (name === 'title') found.title ??= el;
    else if (name === 'meta' && el.type === 'tag' && (el.attribs.property === 'og:title' || el.attribs.name === 'og:title')) found.og ??= el;
    if (found.head && found.og && found.title) break;
  }
  return found;
}

/** og:title, else <title>, of the <head> when there is one: page metadata, never a headline of the text. */
function metaTitle(nodes: HtmlNode[]): string | null {
  let { head, og, title } = metadataElements(nodes);
  if (head) ({ og, title } = metadataElements(head.children));
  if (og?.attribs.content) return og.attribs.content.trim();
  const text = title ? textContent(title).trim() : '';
  return text || null;
}
