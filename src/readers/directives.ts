import type { LineIndex } from '../document/line-index.js';

/**
 * Inline suppressions, written as HTML comments (in HTML, Markdown and on a
 * line of their own in text files):
 *   <!-- mtlint-disable-next-line english -->   the next non-blank line
 *   <!-- mtlint-disable-line straight-quotes --> this line
 *   <!-- mtlint-disable duplicates --> … <!-- mtlint-enable duplicates -->
 * Targets are rule ids or categories; none means every rule.
 */
export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  targets: string[];
  /** 1-based line of the comment. */
  line: number;
  /** For disable-next-line: the line it applies to, the next one that is neither blank nor a directive. */
  nextLine?: number;
}

export const DIRECTIVE = /<!--\s*mtlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

/** A line that holds nothing but a directive comment (text readers skip it). */
export const DIRECTIVE_LINE = /^\s*<!--\s*mtlint-[a-z-]+\b[^>]*-->\s*$/;

export function parseDirectives(text: string, lines: LineIndex): Directive[] {
  if (!text.includes('mtlint-')) return [];
  return [...text.matchAll(DIRECTIVE)].map((m) => {
    const kind = m[1] as DirectiveKind;
    const line = lines.position(m.index ?? 0).line;
    return { kind, targets: m[2].split(/[\s,]+/).filter(Boolean), line, ...(kind === 'disable-next-line' ? { nextLine: nextContentLine(lines, line) } : {}) };
  });
}

/** The first line after `line` that is not blank and not itself a directive. */
function nextContentLine(lines: LineIndex, line: number): number {
  for (let l = line + 1; l <= lines.lastLine; l++) {
    const text = lines.source.slice(lines.lineStart(l), lines.lineEnd(l));
    if (text.trim() !== '' && !DIRECTIVE_LINE.test(text)) return l;
  }
  return line + 1;
}
