/** One change to a file's text: [start, end) replaced. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
  /** The edit deletes a whole block (a duplicated headline, a separator line): in plain text its line goes too. */
  wholeBlock: boolean;
}

/**
 * Applies edits that do not overlap. In plain text and Markdown (`plainText`), a deleted block
 * takes its line break along, and one blank line of the two it stood between, so no gap is left
 * where the line was.
 */
export function applyEdits(text: string, edits: readonly Edit[], plainText: boolean): string {
  const sorted = plainText ? mergeNeighbouringBlocks(text, edits) : [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    let { start, end } = edit;
    if (start < at) continue; // cannot happen for planned edits; never write twice
    if (plainText && edit.wholeBlock) [start, end] = wholeLines(text, Math.max(start, at), end);
    out += text.slice(at, start) + edit.replacement;
    at = end;
  }
  out += text.slice(at);
  return plainText ? sameEnding(text, out) : out;
}

/** Deleted last lines leave no blank line at the end that the file did not have. */
function sameEnding(before: string, after: string): string {
  const trailing = (s: string): number => {
    let i = s.length;
    while (i > 0 && ' \t\r\n'.includes(s[i - 1])) i--;
    return i;
  };
  const end = trailing(after);
  return end < after.length ? after.slice(0, end) + before.slice(trailing(before)) : after;
}

/** Whole-block deletions with only white space between them become one ("copy, copy, separator": one gap closed, not three). */
function mergeNeighbouringBlocks(text: string, edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  for (const edit of sorted) {
    const last = out.at(-1);
    if (last?.wholeBlock && edit.wholeBlock && edit.start >= last.end && text.slice(last.end, edit.start).trim() === '') out[out.length - 1] = { ...last, end: edit.end };
    else out.push(edit);
  }
  return out;
}

/** The lines [start, end) stands on, with the line break after them, and one blank line when it stood between two. */
function wholeLines(text: string, start: number, end: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== '') return [start, end];
  let lineEnd = end;
  while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t' || text[lineEnd] === '\r')) lineEnd++;
  if (lineEnd < text.length && text[lineEnd] !== '\n') return [start, end];
  if (lineEnd < text.length) lineEnd++; // the line break
  const blankBefore = lineStart === 0 || isBlankLineEndingAt(text, lineStart - 1);
  const blankAfter = /^[ \t\r]*\n/.exec(text.slice(lineEnd, lineEnd + 8));
  if (blankBefore && blankAfter) lineEnd += blankAfter[0].length;
  // The last line of the file: the blank line before it goes too, so the file does not end in one.
  if (lineEnd >= text.length && lineStart > 0 && isBlankLineEndingAt(text, lineStart - 1)) return [previousLineStart(text, lineStart - 1), lineEnd];
  return [lineStart, lineEnd];
}

/** Whether the line that the line break at `newline` ends is blank (or there is none before it). */
function isBlankLineEndingAt(text: string, newline: number): boolean {
  let i = newline - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i--;
  return i < 0 || text[i] === '\n';
}

/** Where the line ended by the line break at `newline` starts. */
function previousLineStart(text: string, newline: number): number {
  return text.lastIndexOf('\n', newline - 1) + 1;
}
