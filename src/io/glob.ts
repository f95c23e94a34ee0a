import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';

/** A glob of --include/--exclude (or the configuration's include/exclude) that picomatch cannot compile. */
export class GlobError extends Error {}

/**
 * Whether a path matches any of the globs, by picomatch: `**`, `*`, `?`, `[…]`, `{a,b}`,
 * extglobs, and `!` to negate a pattern. Paths are matched relative to the working
 * directory, with forward slashes (`corpus/feeds/a.jsonl`); a pattern without a slash
 * matches the file's name in any folder (`*.jsonl`); dot-files match too.
 */
export function globMatcher(patterns: readonly string[], cwd = process.cwd()): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  let matchers: Array<(path: string) => boolean>;
  try {
    // picomatch's own `basename` option also cuts patterns with a slash down to the name: decided here per pattern.
    matchers = patterns.map((pattern) => {
      const match = picomatch(pattern, { dot: true, windows: false });
      return pattern.replace(/^!/, '').includes('/') ? match : (path: string) => match(path.slice(path.lastIndexOf('/') + 1));
    });
  } catch (error) {
    throw new GlobError(`invalid glob in ${patterns.join(', ')}: ${(error as Error).message}`);
  }
  const match = (path: string): boolean => matchers.some((m) => m(path));
  return (path) => {
    const given = path.replace(/\\/g, '/').replace(/^\.\//, '');
    const fromCwd = relative(cwd, resolve(cwd, path)).replace(/\\/g, '/');
    return match(fromCwd) || (isAbsolute(path) && match(given));
  };
}
