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
}

export const DIRECTIVE = /<!--\s*mtlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

/** A line that holds nothing but a directive comment (text readers skip it). */
export const DIRECTIVE_LINE = /^\s*<!--\s*mtlint-[a-z-]+\b[^>]*-->\s*$/;

export function parseDirectives(text: string, lines: LineIndex): Directive[] {
  if (!text.includes('mtlint-')) return [];
  return [...text.matchAll(DIRECTIVE)].map((m) => ({
    kind: m[1] as DirectiveKind,
    targets: m[2].split(/[\s,]+/).filter(Boolean),
    line: lines.position(m.index ?? 0).line,
  }));
}
