import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** mtlint's cache folder: `MTLINT_CACHE_DIR`, else `$XDG_CACHE_HOME/mtlint`, else `~/.cache/mtlint`. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MTLINT_CACHE_DIR) return env.MTLINT_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mtlint');
}

/**
 * Writes a cache file whole or not at all (temp file + rename, so a concurrent run never reads
 * half a file). A cache that cannot be written is no error: returns whether it was written.
 */
export function writeCacheFile(path: string, bytes: Uint8Array): boolean {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, bytes);
    renameSync(temp, path);
    return true;
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The folder itself could not be made: there is no temp file.
    }
    return false;
  }
}

/**
 * A value derived from what this machine has (its ICU data, say), computed once and kept in the
 * cache as JSON under `name`, which must change whenever the value would.
 */
export function cachedJson<T>(name: string, compute: () => T, env: NodeJS.ProcessEnv = process.env): T {
  const path = join(cacheDir(env), name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    // Not cached yet, or a damaged file: computed and written again.
  }
  const value = compute();
  writeCacheFile(path, Buffer.from(JSON.stringify(value)));
  return value;
}
