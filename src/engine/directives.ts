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

export interface Suppressible {
  ruleId: string;
  category: string;
  line: number;
}

/**
 * Which findings the directives of a file suppress. Returns, for each
 * finding, the line of the directive that suppresses it (or undefined).
 */
export function suppressedBy(directives: readonly Directive[], findings: readonly Suppressible[], lines: LineIndex): Array<number | undefined> {
  if (directives.length === 0) return findings.map(() => undefined);
  const applies = (d: Directive, f: Suppressible): boolean => d.targets.length === 0 || d.targets.includes(f.ruleId) || d.targets.includes(f.category);
  return findings.map((f) => {
    let region: number | undefined;
    for (const d of directives) {
      if (d.line > f.line) break;
      if (d.kind === 'disable' && applies(d, f)) region = d.line;
      else if (d.kind === 'enable' && region !== undefined && (d.targets.length === 0 || applies(d, f))) region = undefined;
      else if (d.kind === 'disable-line' && d.line === f.line && applies(d, f)) return d.line;
      else if (d.kind === 'disable-next-line' && nextContentLine(lines, d.line) === f.line && applies(d, f)) return d.line;
    }
    return region;
  });
}

/** The first line after `line` that is not blank and not itself a directive. */
function nextContentLine(lines: LineIndex, line: number): number {
  for (let l = line + 1; l <= lines.lineCount; l++) {
    const start = lines.lineStart(l);
    const end = l < lines.lineCount ? lines.lineStart(l + 1) : lines.source.length;
    const text = lines.source.slice(start, end);
    if (text.trim() !== '' && !DIRECTIVE_LINE.test(text)) return l;
  }
  return line + 1;
}
