import type { Directive } from '../readers/directives.js';

export interface Suppressible {
  ruleId: string;
  category: string;
  line: number;
}

/**
 * Which findings the directives of a file suppress. Returns, for each
 * finding, the line of the directive that suppresses it (or undefined).
 */
export function suppressedBy(directives: readonly Directive[], findings: readonly Suppressible[]): Array<number | undefined> {
  if (directives.length === 0) return findings.map(() => undefined);
  const applies = (d: Directive, f: Suppressible): boolean => d.targets.length === 0 || d.targets.includes(f.ruleId) || d.targets.includes(f.category);
  return findings.map((f) => {
    let region: number | undefined;
    for (const d of directives) {
      if (d.line > f.line) break;
      if (d.kind === 'disable' && applies(d, f)) region = d.line;
      else if (d.kind === 'enable' && region !== undefined && (d.targets.length === 0 || applies(d, f))) region = undefined;
      else if (d.kind === 'disable-line' && d.line === f.line && applies(d, f)) return d.line;
      else if (d.kind === 'disable-next-line' && d.nextLine === f.line && applies(d, f)) return d.line;
    }
    return region;
  });
}
