import type { Document } from '../../document/document.js';
import { quote } from '../text.js';

/** "12:40": where an offset of the document stands in the input file. */
export function at(doc: Document, offset: number): string {
  const p = doc.position(offset);
  return `${p.line}:${p.column}`;
}

/** The words around an offset, within its block, for a message: "…sagte er „Ja, …". */
export function around(doc: Document, offset: number, width = 40): string {
  const block = doc.blockAt(offset);
  const from = Math.max(block?.start ?? 0, offset - width);
  const to = Math.min(block?.end ?? doc.text.length, offset + width);
  const text = `${from > (block?.start ?? 0) ? '…' : ''}${doc.text.slice(from, to)}${to < (block?.end ?? 0) ? '…' : ''}`;
  return quote(text, width * 2 + 2);
}

/** The sentence around an offset, for messages that quote the whole broken sentence. */
export function sentenceAround(doc: Document, start: number, end: number): string {
  const sentences = doc.sentencesAcross(start, end);
  const from = sentences[0]?.start ?? start;
  const to = sentences[sentences.length - 1]?.end ?? end;
  return quote(doc.text.slice(from, to), 200);
}
