import type * as Htmlparser2 from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import type * as Entities from 'entities';
import { lazy } from '../lazy.js';
import type { BlockKind } from '../document/document.js';
import type { DocumentBuilder } from '../document/builder.js';
import type { MappedText } from '../document/source-map.js';

/** Elements whose content is never visible article text. */
const INVISIBLE = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas',
  'nav', 'button', 'select', 'option', 'form', 'input', 'textarea', 'pre', 'code', 'title', 'meta', 'link',
]);

const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'address', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'table', 'thead',
  'tbody', 'tr', 'td', 'th', 'caption', 'hr', 'br', 'details', 'summary', 'center',
]);

// Loaded on first use: checking a text file should not pay for the HTML parser.
const htmlparser2 = lazy<typeof Htmlparser2>('htmlparser2');
const entities = lazy<typeof Entities>('entities');

const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/g;

export interface HtmlMetadata {
  title: string | null;
}

/** Parses HTML with source indices, for readers that need the DOM. */
export function parseHtml(html: string, xmlMode = false) {
  return htmlparser2().parseDocument(html, { withStartIndices: true, withEndIndices: true, xmlMode, decodeEntities: true });
}

/**
 * Adds the visible text of an HTML fragment or page to a document, block by
 * block. `html` maps back to the input file, so positions stay exact even when
 * the HTML was itself escaped inside XML or JSON.
 */
export function addHtmlText(builder: DocumentBuilder, html: MappedText, options: { headline: boolean }): HtmlMetadata {
  const dom = parseHtml(html.text);
  const root = findFirst(dom.children, 'article') ?? findFirst(dom.children, 'main') ?? findFirst(dom.children, 'body');
  let headlineTaken = !options.headline;

  const walk = (nodes: AnyNode[], kind: BlockKind): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        addText(builder, html, node.startIndex ?? 0, (node.endIndex ?? 0) + 1);
        continue;
      }
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const el = node as Element;
      const name = el.name.toLowerCase();
      if (INVISIBLE.has(name) || isHidden(el)) continue;
      if (!BLOCKS.has(name)) {
        walk(el.children, kind);
        continue;
      }
      const childKind = blockKindOf(name, kind, headlineTaken);
      if (childKind === 'headline') headlineTaken = true;
      builder.startBlock(childKind);
      walk(el.children, childKind);
      builder.startBlock(kind);
    }
  };

  walk(root ? root.children : dom.children, 'paragraph');
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

function isHidden(el: Element): boolean {
  const { attribs } = el;
  return (
    'hidden' in attribs ||
    attribs['aria-hidden'] === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')
  );
}

function findFirst(nodes: AnyNode[], name: string): Element | undefined {
  for (const node of nodes) {
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    if (el.name.toLowerCase() === name) return el;
    const inner = findFirst(el.children, name);
    if (inner) return inner;
  }
  return undefined;
}

/** og:title, else <title>: page metadata, never a headline of the text. */
function metaTitle(nodes: AnyNode[]): string | null {
  const head = findFirst(nodes, 'head') ?? undefined;
  const scope = head ? head.children : nodes;
  const og = findAll(scope, 'meta').find((m) => m.attribs.property === 'og:title' || m.attribs.name === 'og:title');
  if (og?.attribs.content) return og.attribs.content.trim();
  const title = findFirst(scope, 'title');
  const text = title ? textContent(title).trim() : '';
  return text || null;
}

function findAll(nodes: AnyNode[], name: string, out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name.toLowerCase() === name) out.push(el);
    findAll(el.children, name, out);
  }
  return out;
}

export function textContent(node: AnyNode): string {
  if ('data' in node && node.type === 'text') return String(node.data);
  if ('children' in node) return (node.children as AnyNode[]).map(textContent).join('');
  return '';
}
