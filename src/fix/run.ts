import type * as Diff from 'diff';
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { collectInputs } from '../io/collect.js';
import { writeFileAtomic } from '../io/write.js';
import { lazy } from '../lazy.js';
import { SUPPORTED_EXTENSIONS } from '../readers/index.js';
import { planFix, type FilePlan, type FixOptions } from './plan.js';

const diff = lazy<typeof Diff>('diff');

export interface FixRun {
  files: FilePlan[];
  /** Files written (none with dryRun). */
  written: number;
}

/**
 * Fixes files and folders (walked like `check`), one file at a time: plans its fixes and, unless
 * `dryRun`, writes it atomically with its permissions kept. A file that cannot be read or fixed is
 * left untouched and says why; the others go on.
 */
export async function fixFiles(paths: readonly string[], options: FixOptions & { dryRun?: boolean }): Promise<FixRun> {
  const inputs = collectInputs(paths, { extensions: SUPPORTED_EXTENSIONS, include: options.config.include, exclude: options.config.exclude });
  const files: FilePlan[] = [];
  let written = 0;
  for (const input of inputs) {
    if (input.stdin) {
      files.push(failed(input.path, 'standard input cannot be fixed in place; give the file'));
      continue;
    }
    if (input.error) {
      files.push(failed(input.path, input.error));
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(input.path);
    } catch (error) {
      files.push(failed(input.path, `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
      continue;
    }
    const plan = planFix(input.path, bytes, options);
    files.push(plan);
    if (options.dryRun || plan.error || plan.after === plan.before) continue;
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && !plan.after.startsWith('\uFEFF') ? '\uFEFF' : '';
    try {
      await writeFileAtomic(input.path, [bom, plan.after], { mode: statSync(input.path).mode & 0o7777 });
      written++;
    } catch (error) {
      // The file is as it was (the write goes to a temporary file first); the other files go on.
      files[files.length - 1] = { ...plan, after: plan.before, fixed: [], error: (error as Error).message };
    }
  }
  return { files, written };
}

function failed(path: string, error: string): FilePlan {
  return { path, before: '', after: '', fixed: [], skipped: [], remaining: [], error };
}

/** A unified diff of one planned file, paths relative to `cwd` (apply with `patch -p0` or `git apply -p0`). */
export function patchOf(plan: FilePlan, cwd = process.cwd()): string {
  if (plan.after === plan.before) return '';
  const name = relative(cwd, plan.path).split('\\').join('/');
  return diff()
    .createTwoFilesPatch(name, name, plan.before, plan.after, undefined, undefined, { context: 3 })
    .replace(/^Index: .*\n=+\n/, '');
}

/** One line per file that changed or has something left, and the totals: what a person still has to do. */
export function fixSummary(run: FixRun, dryRun: boolean): string {
  const lines: string[] = [];
  const count = (ids: string[]): string => [...ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>())].map(([id, n]) => `${id} ${n}`).join(', ');
  let fixed = 0;
  let left = 0;
  let english = 0;
  let errors = 0;
  for (const f of run.files) {
    if (f.error) {
      errors++;
      lines.push(`${f.path}: not fixed: ${f.error}`);
      continue;
    }
    const rest = [...f.remaining, ...f.skipped.map((s) => s.finding)];
    fixed += f.fixed.length;
    left += rest.length;
    english += rest.filter((r) => r.category === 'english').length;
    if (f.fixed.length === 0 && rest.length === 0) continue;
    const parts = [];
    if (f.fixed.length > 0) parts.push(`${dryRun ? 'would fix' : 'fixed'} ${f.fixed.length} (${count(f.fixed.map((x) => x.ruleId))})`);
    if (rest.length > 0) parts.push(`${rest.length} left for a person (${count(rest.map((x) => x.ruleId))})`);
    lines.push(`${f.path}: ${parts.join('; ')}`);
    for (const s of f.skipped) lines.push(`  ${s.finding.line}:${s.finding.column} ${s.finding.ruleId} not fixed: ${s.reason}`);
  }
  const files = run.files.filter((f) => f.fixed.length > 0).length;
  lines.push(
    `mtlint fix: ${fixed} finding${fixed === 1 ? '' : 's'} ${dryRun ? 'would be fixed' : 'fixed'} in ${files} file${files === 1 ? '' : 's'}` +
      `; ${left} left for a person${english > 0 ? ` (${english} leftover English: that needs a translator, mtlint never rewrites it)` : ''}` +
      (errors > 0 ? `; ${errors} file${errors === 1 ? '' : 's'} not fixed` : '') +
      '.',
  );
  return `${lines.join('\n')}\n`;
}
