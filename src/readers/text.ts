import { basename } from 'node:path';
import { DocumentBuilder } from '../document/builder.js';
import { verbatim } from '../document/source-map.js';
import { addPlainText } from './plain-text.js';
import type { Reader } from './types.js';

export const textReader: Reader = {
  name: 'text',
  extensions: ['.txt', '.text'],
  read({ path, text, lines }) {
    const builder = new DocumentBuilder(lines);
    addPlainText(builder, verbatim(text), { headline: true });
    return { documents: [builder.build({ path, id: basename(path) })], errors: [] };
  },
};
