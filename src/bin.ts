#!/usr/bin/env node
/**
 * The package's bin: runs the CLI bundle (dist/mtlint.cjs, built from src/cli.ts) with V8's code
 * cache. Parsing and compiling the bundle's functions was a third of the CPU of a one-file check;
 * the cache holds them compiled, as a run left them, in mtlint's cache folder. It is keyed by the
 * bundle's content hash (the bundle's first line, written by the build: V8 itself checks a cache
 * only by the source's length) and the Node version, written by the first run that finds none
 * (`npm run build` runs one on the corpus) or finds it rejected (another V8, other flags), and a
 * cache that cannot be written is no error.
 *
 * Built as a CommonJS script (dist/bin.cjs): an ES module bin makes Node set up its ES module
 * loader, a twentieth of a one-file check's CPU. The bundle's import.meta is the bin's: its URL,
 * and a resolve() by the CommonJS resolver (only yargs' `extends`, which mtlint does not use, asks).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constants, Script } from 'node:vm';
import { cacheDir, writeCacheFile } from './io/cache.js';

const bundle = fileURLToPath(new URL('./mtlint.cjs', import.meta.url));
const source = readFileSync(bundle, 'utf8');
const hash = /^\/\/ sha256 ([0-9a-f]{64})\n/.exec(source)?.[1];
const cachePath = hash && join(cacheDir(), 'code', `mtlint-${hash.slice(0, 32)}-node${process.versions.node}-${process.arch}.bin`);

let cachedData: Buffer | undefined;
try {
  if (cachePath) cachedData = readFileSync(cachePath);
} catch {
  // No cache yet: this run writes it.
}
const script = new Script(`(function (require, __mtlintImportMeta) {${source}\n})`, {
  filename: bundle,
  cachedData,
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
if (cachePath && (cachedData === undefined || script.cachedDataRejected)) process.once('exit', () => writeCacheFile(cachePath, script.createCachedData()));
const bundleRequire = createRequire(bundle);
const meta = { url: import.meta.url, resolve: (specifier: string): string => pathToFileURL(bundleRequire.resolve(specifier)).href };
(script.runInThisContext() as (require: NodeRequire, meta: Pick<ImportMeta, 'url' | 'resolve'>) => void)(bundleRequire, meta);
