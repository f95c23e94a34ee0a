import type * as Diff from 'diff';
import type { Document } from '../document/document.js';
import type { Position } from '../document/line-index.js';
import { lazy } from '../lazy.js';
import type { Finding } from '../report/types.js';

const diff = lazy<typeof Diff>('diff');

/** One change to an input file: the text between two positions replaced (as the file writes text). */
export interface FileEdit {
  start: Position;
  end: Position;
  replacement: string;
  /** The edit deletes a whole block (a duplicated headline, a separator line). */
  wholeBlock: boolean;
}

/**
 * A finding's suggestion as edits of its file: only the characters that change (a quotation's
 * marks, not its words), each where the text maps exactly to the file (an entity or an escape
 * whole, never half of one), the replacement written by `escapeText` (the reader's). A deletion
 * takes the spaces on one side with it. A string says why there is no safe edit.
 */
export function suggestionEdits(doc: Document, finding: Finding, escapeText?: (text: string) => string | undefined): FileEdit[] | string {
  const suggestion = finding.suggestion;
  if (suggestion === undefined) return 'the finding has no suggestion';
  if (doc.text.slice(finding.offset, finding.offset + finding.length) !== finding.text) return 'the flagged text is not where the finding says';
  const [base, end] = suggestion === '' ? withSpace(doc, finding.offset, finding.offset + finding.length) : [finding.offset, finding.offset + finding.length];
  const wholeBlock = suggestion === '' && isWholeBlock(doc, base, end);
  if (suggestion === '') {
    const range = doc.fileRange(base, end);
    return range ? [{ ...range, replacement: '', wholeBlock }] : 'the flagged text is not stored verbatim in the file (markup, entities or escapes inside it)';
  }
  const edits: Array<FileEdit & { textEnd: number }> = [];
  let at = 0;
  for (const part of diff().diffChars(doc.text.slice(base, end), suggestion)) {
    if (part.added) {
      const replacement = escapeText ? escapeText(part.value) : part.value;
      if (replacement === undefined) return 'the replacement would need markup escaping in this format';
      const removal = edits.at(-1);
      if (removal && removal.textEnd === at) {
        removal.replacement += replacement; // removed, then added: one replacement
        continue;
      }
      const point = doc.fileRange(base + at, base + at);
      if (!point) return 'the text around it is not stored verbatim in the file';
      edits.push({ ...point, replacement, wholeBlock: false, textEnd: at });
      continue;
    }
    const next = at + part.value.length;
    if (part.removed) {
      const range = doc.fileRange(base + at, base + next);
      if (!range) return 'the flagged text is not stored verbatim in the file (markup, entities or escapes inside it)';
      edits.push({ ...range, replacement: '', wholeBlock: false, textEnd: next });
    }
    at = next;
  }
  return edits.map(({ start, end: to, replacement }) => ({ start, end: to, replacement, wholeBlock }));
}

/**
 * A deletion takes one side's spaces with it, so no double or stray space is left: the spaces
 * after it when it starts its block or follows a space ("Titel. Auf der …" → "Auf der …"), else
 * the spaces before it ("… lassen. Die Feuerwehr …" → "… lassen.").
 */
function withSpace(doc: Document, start: number, end: number): [number, number] {
  const { text } = doc;
  const block = doc.blockAt(start);
  if (!block) return [start, end];
  const isSpace = (i: number): boolean => text[i] === ' ' || text[i] === '\t';
  if (start === block.start || isSpace(start - 1)) {
    let after = end;
    while (after < block.end && isSpace(after)) after++;
    return [start, after];
  }
  let before = start;
  while (before > block.start && isSpace(before - 1)) before--;
  return [before, end];
}

function isWholeBlock(doc: Document, start: number, end: number): boolean {
  const block = doc.blockAt(start);
  return block !== undefined && block.start === start && block.end === end;
}
