import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globToRegExp, matchesAny } from './glob.js';

export interface CollectOptions {
  extensions: readonly string[];
  include: readonly string[];
  exclude: readonly string[];
}

export interface CollectedInput {
  path: string;
  /** Why this path cannot be read at all (missing, unreadable, unsupported type given explicitly). */
  error?: string;
}

/** Folders never entered when walking directories. */
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

/**
 * Expands the command line's paths to input files, sorted for a stable report.
 * Directories are walked recursively (skipping node_modules and dot-folders)
 * and yield only supported files; a file named explicitly is always an input
 * (and reported as unsupported or binary when it is one).
 */
export function collectInputs(paths: readonly string[], options: CollectOptions): CollectedInput[] {
  const include = options.include.map(globToRegExp);
  const exclude = options.exclude.map(globToRegExp);
  const wanted = (path: string): boolean =>
    (include.length === 0 || matchesAny(path, include, options.include)) && !matchesAny(path, exclude, options.exclude);
  const supported = (path: string): boolean => options.extensions.some((ext) => path.toLowerCase().endsWith(ext));

  const out: CollectedInput[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      out.push({ path: dir, error: `cannot read directory: ${(error as Error).message}` });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) walk(path);
      } else if (entry.isFile() && supported(path) && wanted(path)) {
        out.push({ path });
      }
    }
  };

  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      out.push({ path, error: 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) walk(path);
    else out.push({ path });
  }
  return out;
}
