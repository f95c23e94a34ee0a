/**
 * Build step: compiles the installed hunspell dictionaries into the user's
 * cache (see src/lexicon/dictionaries.ts), so the first check after a build
 * starts at once. The output is derived from dictionary-de (GPL): it lives
 * outside the package and is never committed or packed.
 */
import { compileToCache, LANGUAGES } from '../../src/lexicon/dictionaries.js';

for (const language of LANGUAGES) {
  const started = performance.now();
  const { bytes, path, written } = compileToCache(language);
  const size = `${(bytes.length / 1e6).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s`;
  console.error(written ? `lexicon: ${path} (${size})` : `lexicon: cannot write ${path}; each run compiles it in memory (${size})`);
}
