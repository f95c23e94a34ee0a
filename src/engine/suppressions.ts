import type { LineIndex } from '../document/line-index.js';
import { DIRECTIVE_LINE, type Directive } from '../readers/directives.js';

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
