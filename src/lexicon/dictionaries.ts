import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../package-root.js';
import { CompactDictionary, compile, type NspellLike } from './compact.js';

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
 * `dictionary-en`, MIT/BSD). `npm run build` compiles them from the installed
 * packages into dist/lexicon (never committed); loading those takes a few
 * milliseconds. Without them, or when the installed package has another
 * version, they are compiled in memory from the packages with nspell (~1 s).
 */
export function spellers(): Spellers {
  loaded ??= { de: loadDictionary('de'), en: loadDictionary('en') };
  return loaded;
}

/** The compiled dictionary's file, named after the package version it was compiled from. */
export function compiledPath(language: Language): string {
  const pkg = JSON.parse(readFileSync(join(packageDir(language), 'package.json'), 'utf8')) as { version: string };
  return join(PACKAGE_ROOT, 'dist', 'lexicon', `${language}-${pkg.version}.bin`);
}

/** The installed package's folder (its entry module sits at the top of it). */
function packageDir(language: Language): string {
  return dirname(fileURLToPath(import.meta.resolve(PACKAGES[language])));
}

function loadDictionary(language: Language): CompactDictionary {
  const path = compiledPath(language);
  return new CompactDictionary(existsSync(path) ? readFileSync(path) : compile(loadNspell(language)));
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
