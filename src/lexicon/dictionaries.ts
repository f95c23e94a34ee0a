import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, writeCacheFile } from '../io/cache.js';
import { VERSION } from '../version.js';
import { CompactDictionary, compile, LAYOUT_VERSION, type NspellLike } from './compact.js';

export interface Spellers {
  de: CompactDictionary;
  en: CompactDictionary;
}

export type Language = keyof Spellers;

export const LANGUAGES: readonly Language[] = ['de', 'en'];

const PACKAGES: Record<Language, string> = { de: 'dictionary-de', en: 'dictionary-en' };

const require = createRequire(import.meta.url);

let loaded: Spellers | undefined;

/**
 * The German and English hunspell dictionaries (npm `dictionary-de`, GPL, and
 * `dictionary-en`, MIT/BSD). The package never ships data derived from them:
 * on first use they are compiled from the installed packages with nspell
 * (~1 s) into the user's cache (see cacheDir), and later runs read the
 * compiled file in a few milliseconds. When the cache cannot be written the
 * run goes on with the dictionary compiled in memory.
 */
export function spellers(): Spellers {
  loaded ??= { de: loadDictionary('de'), en: loadDictionary('en') };
  return loaded;
}

/** The compiled dictionary's file, named after mtlint's version, the package version it was compiled from and the file's layout. */
export function compiledPath(language: Language, env: NodeJS.ProcessEnv = process.env): string {
  return join(cacheDir(env), `lexicon-${VERSION}`, `${language}-${packageVersion(language)}-v${LAYOUT_VERSION}.bin`);
}

/** Compiles one dictionary and writes it to the cache. Returns the bytes and whether they were written. */
export function compileToCache(language: Language, env: NodeJS.ProcessEnv = process.env): { bytes: Uint8Array; path: string; written: boolean } {
  const bytes = compile(loadNspell(language));
  const path = compiledPath(language, env);
  return { bytes, path, written: writeCacheFile(path, bytes) };
}

/** One dictionary: from the cache when it holds a valid file, else compiled (and cached). */
export function loadDictionary(language: Language, env: NodeJS.ProcessEnv = process.env): CompactDictionary {
  const path = compiledPath(language, env);
  if (existsSync(path)) {
    try {
      return new CompactDictionary(readFileSync(path));
    } catch {
      // A damaged cache file: compile again and replace it.
    }
  }
  return new CompactDictionary(compileToCache(language, env).bytes);
}

/**
 * The installed package's folder. Looked up as Node looks up a bare specifier, in the node_modules
 * folders from this module's folder up; setting up Node's own resolver (package exports) costs a
 * one-file check 2 % of its CPU. The resolver is asked only when the walk finds nothing (NODE_PATH).
 */
function packageDir(language: Language): string {
  const name = PACKAGES[language];
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  try {
    return dirname(require.resolve(name));
  } catch {
    throw new Error(`mtlint: the ${name} package is not installed; reinstall mtlint (npm install mtlint) to get it`);
  }
}

function packageVersion(language: Language): string {
  return (JSON.parse(readFileSync(join(packageDir(language), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The dictionary as nspell reads it. nspell implements neither German
 * compounding nor ONLYINCOMPOUND/NEEDAFFIX, so as shipped it rejects „gut“
 * and accepts „system“: lines carrying those flags (o, h in dictionary-de)
 * are dropped before loading.
 */
export function loadNspell(language: Language): NspellLike {
  const nspell = require('nspell') as (aff: string, dic: string) => NspellLike;
  const read = (file: string): string => readFileSync(join(packageDir(language), file), 'utf8');
  const dic = read('index.dic');
  const usable = language === 'de' ? dic.split('\n').filter((line, i) => i === 0 || !/\/\S*[oh]/.test(line)).join('\n') : dic;
  return nspell(read('index.aff'), usable);
}
