import { DEFAULT_CONFIG } from '../src/config/defaults.js';
import type { Document } from '../src/document/document.js';
import { LineIndex } from '../src/document/line-index.js';
import { readerFor } from '../src/readers/index.js';
import { lintDocuments } from '../src/engine/lint.js';
import { ruleContext, type DocumentRule, type Rule, type RuleFinding } from '../src/rules/types.js';

/** Reads `text` as if it were a file with the given name. */
export function read(text: string, name = 'article.txt'): Document[] {
  const reader = readerFor(name);
  if (!reader) throw new Error(`no reader for ${name}`);
  return reader.read({ path: name, text, lines: new LineIndex(text), fields: DEFAULT_CONFIG.fields }).documents;
}

export function readOne(text: string, name = 'article.txt'): Document {
  const docs = read(text, name);
  if (docs.length !== 1) throw new Error(`expected one document, got ${docs.length}`);
  return docs[0];
}

export const context = ruleContext(DEFAULT_CONFIG.rules.options);

/** The flagged texts of a rule on a text article. */
export function flagged(rule: DocumentRule, text: string, name = 'article.txt'): string[] {
  const doc = readOne(text, name);
  return rule.check(doc, context).map((f: RuleFinding) => doc.text.slice(f.start, f.end));
}

/** The findings of a rule over documents read together (a run), with the id of the document each is on. */
export function flaggedRun(rule: Rule, docs: Document[]): Array<{ id: string; text: string; message: string }> {
  const found = lintDocuments(docs, [rule], DEFAULT_CONFIG);
  return docs.flatMap((d) => (found.get(d) ?? []).map((f) => ({ id: d.id, text: f.text, message: f.message })));
}

/** Line and column of a flagged span, as a "line:column" string. */
export function at(doc: Document, start: number): string {
  const p = doc.position(start);
  return `${p.line}:${p.column}`;
}
