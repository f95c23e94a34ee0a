/**
 * Build step: compiles the installed hunspell dictionaries into
 * dist/lexicon/<language>-<version>.bin (see src/lexicon/compact.ts). The
 * output is derived from dictionary-de (GPL) and is never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compile } from '../../src/lexicon/compact.js';
import { compiledPath, LANGUAGES, loadNspell } from '../../src/lexicon/dictionaries.js';

for (const language of LANGUAGES) {
  const started = performance.now();
  const bytes = compile(loadNspell(language));
  const path = compiledPath(language);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  console.log(`lexicon: ${path} (${(bytes.length / 1e6).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
