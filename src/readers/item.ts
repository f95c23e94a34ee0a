import { DocumentBuilder } from '../document/builder.js';
import type { Document } from '../document/document.js';
import type { LineIndex } from '../document/line-index.js';
import type { MappedText } from '../document/source-map.js';
import { addHtmlText } from './html-text.js';
import { addPlainText } from './plain-text.js';

/** One item of a feed (JSON, JSONL, RSS, Atom): a title and a body, each mapped to the file. */
export interface FeedItem {
  path: string;
  id: string;
  title: MappedText | null;
  /** One string with the whole body, or one per paragraph. */
  body: MappedText[];
  /** Force HTML (RSS description, Atom content type="html"); otherwise sniffed. */
  html?: boolean;
  source?: string;
  notes?: string[];
}

const HTML_TAG = /<\/?(?:p|div|br|span|a|em|strong|b|i|u|h[1-6]|li|ul|ol|figure|figcaption|blockquote|img|table|section|article)\b[^>]*>/i;

function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

export function buildItemDocument(lines: LineIndex, item: FeedItem): Document {
  const builder = new DocumentBuilder(lines);
  if (item.title && item.title.text.trim()) {
    // The body starts a block of its own: text outside any block element (an RSS description) is a paragraph, not more headline.
    builder.startBlock('headline').appendMapped(item.title, 0, item.title.text.length, true).startBlock('paragraph');
  }
  for (const part of item.body) {
    if (item.html ?? looksLikeHtml(part.text)) addHtmlText(builder, part, { page: false });
    else addPlainText(builder, part, { headline: false });
  }
  return builder.build({ path: item.path, id: item.id, source: item.source, notes: item.notes });
}
