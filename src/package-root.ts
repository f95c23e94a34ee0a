import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of mtlint's package.json, found from this module (src/ under vitest, dist/src/ when built). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'mtlint') return dir;
    dir = dirname(dir);
  }
  throw new Error('mtlint: cannot find its package.json');
}

export const PACKAGE_ROOT = findRoot();

/** Reads a file of the package's data/ folder. */
function readDataFile(name: string): string {
  return readFileSync(join(PACKAGE_ROOT, 'data', name), 'utf8');
}

/** Non-empty, non-comment lines of a data file. */
export function readDataLines(name: string): string[] {
  return readDataFile(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
