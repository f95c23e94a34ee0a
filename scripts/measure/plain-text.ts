import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { DocumentBuilder } from '../../src/document/builder.js';
import type { Document } from '../../src/document/document.js';
import { LineIndex } from '../../src/document/line-index.js';
import { verbatim } from '../../src/document/source-map.js';
import { lintDocuments } from '../../src/engine/lint.js';
import { addPlainText } from '../../src/readers/plain-text.js';
import type { Finding } from '../../src/report/types.js';
import type { Rule } from '../../src/rules/types.js';

/** A document made from plain text, as the text reader would make it, with offsets equal to the text's. */
export function plainTextDocument(text: string, options: { headline: boolean; id?: string; source?: string }): { doc: Document; lines: LineIndex } {
  const lines = new LineIndex(text);
  const builder = new DocumentBuilder(lines);
  addPlainText(builder, verbatim(text), { headline: options.headline });
  return { doc: builder.build({ path: options.id ?? 'synthetic', id: options.id ?? 'synthetic', source: options.source }), lines };
}

/** The findings of some rules on a paragraph of plain text. */
export function lintParagraph(text: string, rules: readonly Rule[]): Finding[] {
  const { doc } = plainTextDocument(text, { headline: false });
  return lintDocuments([doc], rules, DEFAULT_CONFIG).get(doc) ?? [];
}
