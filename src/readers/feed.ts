import type { AnyNode, Element } from 'domhandler';
import { concatMapped, verbatim, type MappedText } from '../document/source-map.js';
import { decodeEntitiesMapped } from './decode-mapped.js';
import { parseHtml, textContent } from './html-text.js';
import { buildItemDocument } from './item.js';
import type { Reader, ReadResult } from './types.js';

/**
 * RSS 2.0 / RSS 1.0 (RDF) and Atom feeds: each <item>/<entry> is a document.
 * Escaped or CDATA HTML inside description/content is parsed as HTML with its
 * offsets mapped through the XML escaping back to the file.
 */
export const feedReader: Reader = {
  name: 'feed',
  extensions: ['.rss', '.atom', '.xml'],
  read({ path, text, lines }) {
    const dom = parseHtml(text, true);
    const root = dom.children.find((n): n is Element => n.type === 'tag');
    const rootName = root ? localName(root) : '';
    if (!root || !['rss', 'feed', 'rdf'].includes(rootName)) {
      throw new Error(`not an RSS or Atom feed (root element is ${root ? `<${root.name}>` : 'missing'})`);
    }
    const items = descendants(root, rootName === 'feed' ? 'entry' : 'item');
    const result: ReadResult = { documents: [], errors: [] };
    items.forEach((item, i) => {
      const body = bodyOf(text, item);
      const title = child(item, 'title');
      const id = idOf(item) ?? `item ${i + 1}`;
      if (!body && !title) {
        const pos = lines.position(item.startIndex ?? 0);
        result.errors.push({ id, line: pos.line, column: pos.column, message: `${localName(item)} ${i + 1} has neither a title nor a description/content` });
        return;
      }
      result.documents.push(
        buildItemDocument(lines, {
          path,
          id,
          title: title ? elementText(text, title) : null,
          body: body ? [body.content] : [],
          html: body?.html,
        }),
      );
    });
    return result;
  },
};

const BODY_ELEMENTS = ['content:encoded', 'content', 'description', 'summary'];

function bodyOf(source: string, item: Element): { content: MappedText; html: boolean } | undefined {
  for (const name of BODY_ELEMENTS) {
    const el = item.children.find((n): n is Element => n.type === 'tag' && n.name.toLowerCase() === name);
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
function elementText(source: string, el: Element): MappedText {
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

function idOf(item: Element): string | undefined {
  for (const name of ['guid', 'id']) {
    const el = child(item, name);
    const text = el ? textContent(el).trim() : '';
    if (text) return text;
  }
  const link = child(item, 'link');
  if (link) return (link.attribs.href ?? textContent(link)).trim() || undefined;
  return item.attribs['rdf:about'];
}

function child(el: Element, name: string): Element | undefined {
  return el.children.find((n): n is Element => n.type === 'tag' && n.name.toLowerCase() === name);
}

function descendants(el: Element, name: string, out: Element[] = []): Element[] {
  for (const node of el.children as AnyNode[]) {
    if (node.type !== 'tag') continue;
    const c = node as Element;
    if (localName(c) === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

function localName(el: Element): string {
  const name = el.name.toLowerCase();
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}
