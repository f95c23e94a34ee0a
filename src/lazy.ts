import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A dependency loaded on first use rather than at start-up (Node ≥ 20.19
 * requires ES modules synchronously): `mtlint check one-file.txt` should not
 * pay for franc, diff or the Markdown parser when it does not need them.
 */
export function lazy<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
