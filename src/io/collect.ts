import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { globMatcher } from './glob.js';

export interface CollectOptions {
  extensions: readonly string[];
  include: readonly string[];
  exclude: readonly string[];
  /** The name standard input is reported under (and read as: its extension picks the reader). */
  stdinFilename?: string;
}

export interface CollectedInput {
  path: string;
  /** Why this path cannot be read at all (missing, not a regular file, a dangling link). */
  error?: string;
  /** Read from standard input (named `-` on the command line). */
  stdin?: boolean;
  /** The file to read, when not `path` (standard input, copied to a temporary file). */
  readFrom?: string;
}

/** Folders never entered when walking directories. */
const SKIPPED_DIRECTORIES = new Set(['node_modules']);
export const STDIN_NAME = 'stdin.txt';

/**
 * Expands the command line's paths to input files, sorted for a stable report.
 * Directories are walked recursively (skipping node_modules and dot-folders,
 * following links to files and, once each, to folders) and yield only
 * supported files. A file named explicitly is always an input (and reported as
 * unsupported or binary when it is one); `-` is standard input. Anything that
 * is not a regular file — a FIFO, a socket, a device, a dangling link — is
 * reported as an error, never opened, so a run cannot hang on it.
 */
export function collectInputs(paths: readonly string[], options: CollectOptions): CollectedInput[] {
  const included = globMatcher(options.include);
  const excluded = globMatcher(options.exclude);
  const wanted = (path: string): boolean => (options.include.length === 0 || included(path)) && !excluded(path);
  const supported = (path: string): boolean => options.extensions.some((ext) => path.toLowerCase().endsWith(ext));
  const visited = new Set<string>();

  const out: CollectedInput[] = [];
  const walk = (dir: string): void => {
    try {
      const real = realpathSync(dir);
      if (visited.has(real)) return; // a link back into a folder already walked
      visited.add(real);
    } catch {
      // reported by readdir below
    }
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
        continue;
      }
      if (!supported(path) && !entry.isSymbolicLink()) continue;
      let stat: Stats;
      try {
        stat = statSync(path); // follows a link
      } catch {
        if (supported(path) && wanted(path)) out.push({ path, error: 'dangling symbolic link (its target does not exist)' });
        continue;
      }
      if (stat.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) walk(path);
      } else if (supported(path) && wanted(path)) {
        out.push(stat.isFile() ? { path } : { path, error: notRegular(stat) });
      }
    }
  };

  for (const path of paths) {
    if (path === '-') {
      out.push({ path: options.stdinFilename ?? STDIN_NAME, stdin: true });
      continue;
    }
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch {
      let link = false;
      try {
        link = lstatSync(path).isSymbolicLink();
      } catch {
        // not there at all
      }
      out.push({ path, error: link ? 'dangling symbolic link (its target does not exist)' : 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) walk(path);
    else if (stat.isFile()) out.push({ path });
    else out.push({ path, error: notRegular(stat) });
  }
  return out;
}

function notRegular(stat: Stats): string {
  const kind = stat.isFIFO() ? 'a FIFO' : stat.isSocket() ? 'a socket' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : 'not a file';
  return `not a regular file (${kind}); to check a stream, pipe it to standard input and name it "-"`;
}
