import type { HtmlElement } from './html-tree.js';
import { LineIndex } from '../document/line-index.js';
import { concatMapped, verbatim, type MappedText } from '../document/source-map.js';
import { decodeEntitiesMapped } from './decode-mapped.js';
import { textContent } from './html-dom.js';
import { parseHtml } from './html-parse.js';
import { buildItemDocument } from './item.js';
import { FeedSplitter } from './stream/feed.js';
import { readFeed, withoutMarkup, type FeedReader } from './types.js';

/**
 * RSS 2.0 / RSS 1.0 (RDF) and Atom feeds: each <item>/<entry> is a document.
 * Escaped or CDATA HTML inside description/content is parsed as HTML with its
 * offsets mapped through the XML escaping back to the file.
 */
export const feedReader: FeedReader = {
  name: 'feed',
  extensions: ['.rss', '.atom', '.xml'],
  splitter: () => new FeedSplitter(),
  readItem(raw, { path }) {
    const { text } = raw;
    const lines = new LineIndex(text, raw.origin);
    const item = parseHtml(text, true).children.find((n): n is HtmlElement => n.type === 'tag');
    const number = raw.index + 1;
    const body = item ? bodyOf(text, item) : undefined;
    const title = item ? child(item, 'title') : undefined;
    const id = (item && idOf(item)) ?? `item ${number}`;
    if (!item || (!body && !title)) {
      return { id, line: raw.origin.line, column: raw.origin.column, message: `${item ? localName(item) : 'item'} ${number} has neither a title nor a description/content` };
    }
    return buildItemDocument(lines, {
      path,
      id,
      title: title ? elementText(text, title) : null,
      body: body ? [body.content] : [],
      html: body?.html,
    });
  },
  read(input) {
    return readFeed(this, input);
  },
  escapeText: withoutMarkup,
};

const BODY_ELEMENTS = ['content:encoded', 'content', 'description', 'summary'];

function bodyOf(source: string, item: HtmlElement): { content: MappedText; html: boolean } | undefined {
  for (const name of BODY_ELEMENTS) {
    const el = item.children.find((n): n is HtmlElement => n.type === 'tag' && n.name.toLowerCase() === name);
    if (!el || el.children.length === 0) continue;
    const type = (el.attribs.type ?? '').toLowerCase();
    if (type === 'xhtml') {
      const first = el.children[0];
      const last = el.children[el.children.length - 1];
      const start = first.startIndex ?? 0;
      return { content: verbatim(source.slice(start, (last.endIndex ?? 0) + 1), start), html: true };
    }
    return { content: elementText(source, el), html: type !== 'text' };
  }
  return undefined;
}

/** The text of an element: character data decoded, CDATA taken as it stands. */
function elementText(source: string, el: HtmlElement): MappedText {
  const parts: MappedText[] = [];
  for (const node of el.children) {
    if (node.type === 'text') {
      parts.push(decodeEntitiesMapped(source, node.startIndex ?? 0, (node.endIndex ?? 0) + 1));
    } else if (node.type === 'cdata') {
      const start = (node.startIndex ?? 0) + '<![CDATA['.length;
      const end = (node.endIndex ?? 0) + 1 - ']]>'.length;
      parts.push(verbatim(source.slice(start, end), start));
    }
  }
  return concatMapped(parts);
}

function idOf(item: HtmlElement): string | undefined {
  for (const name of ['guid', 'id']) {
    const el = child(item, name);
    const text = el ? textContent(el).trim() : '';
    if (text) return text;
  }
  const link = child(item, 'link');
  if (link) return (link.attribs.href ?? textContent(link)).trim() || undefined;
  return item.attribs['rdf:about'];
}

function child(el: HtmlElement, name: string): HtmlElement | undefined {
  return el.children.find((n): n is HtmlElement => n.type === 'tag' && n.name.toLowerCase() === name);
}

function localName(el: HtmlElement): string {
  const name = el.name.toLowerCase();
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}
