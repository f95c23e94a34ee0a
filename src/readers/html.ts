import { basename } from 'node:path';
import { DocumentBuilder } from '../document/builder.js';
import { verbatim } from '../document/source-map.js';
import { addHtmlText } from './html-text.js';
import { withoutMarkup, type Reader } from './types.js';

/** HTML pages: the visible text of <article>, else <main>, else <body>. */
export const htmlReader: Reader = {
  name: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  read({ path, text, lines }) {
    const builder = new DocumentBuilder(lines);
    const meta = addHtmlText(builder, verbatim(text), { page: true });
    const title = builder.headlineText() ?? meta.title;
    return { documents: [builder.build({ path, id: basename(path), title })], errors: [] };
  },
  escapeText: withoutMarkup,
};
