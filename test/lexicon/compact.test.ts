import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompactDictionary, compile, FLAG_FORBIDDEN } from '../../src/lexicon/compact.js';
import { cacheDir } from '../../src/io/cache.js';
import { compiledPath, compileToCache, LANGUAGES, loadDictionary, loadNspell, spellers } from '../../src/lexicon/dictionaries.js';

/** Every word of the bundled corpus, in the case variants the lexicon asks about, and some non-words. */
function probeWords(): string[] {
  const words = new Set<string>(['', ' ', 'GUT', 'gut', 'Gut', 'system', 'System', 'SYSTEM', 'Hello', 'hello', 'HELLO', '1st', '21st', '11th', '12nd', 'don’t', "don't", 'xqzv', 'Straße', 'STRASSE', 'naïve', 'Ärger', 'ÄRGER']);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.endsWith('.expected.json')) {
        for (const w of readFileSync(path, 'utf8').match(/[\p{L}\p{N}’']+/gu) ?? []) {
          words.add(w);
          words.add(w.toLowerCase());
          words.add(w.toUpperCase());
          words.add(w[0].toUpperCase() + w.slice(1));
        }
      }
    }
  };
  walk(join(import.meta.dirname, '../../corpus'));
  return [...words];
}

describe('compiled dictionaries', () => {
  const words = probeWords();

  for (const language of LANGUAGES) {
    it(`${language}: answers exactly as nspell on ${words.length} probe words`, () => {
      const nspell = loadNspell(language) as unknown as { correct(word: string): boolean };
      const compiled = new CompactDictionary(compile(loadNspell(language)));
      const loaded = spellers()[language];
      const differing = words.filter((w) => compiled.correct(w) !== nspell.correct(w) || loaded.correct(w) !== nspell.correct(w));
      expect(differing).toEqual([]);
      expect(words.filter((w) => nspell.correct(w)).length).toBeGreaterThan(500);
    }, 30_000);
  }

  for (const language of LANGUAGES) {
    it(`${language}: finds every word form with its flags, and no string beside them`, () => {
      const speller = loadNspell(language);
      const compiled = new CompactDictionary(compile(speller));
      const words = Object.keys(speller.data);
      expect(compiled.size).toBe(words.length);
      expect(words.filter((w) => compiled.flagsOf(w) < 0)).toEqual([]);
      const known = new Set(words);
      // Neighbours in the sort order: a letter more or less, the last one changed, a prefix, a character beyond Latin-1.
      const neighbours = words.flatMap((w) => [`${w}a`, w.slice(0, -1), w.slice(0, -1) + String.fromCharCode(w.charCodeAt(w.length - 1) + 1), w.slice(0, 2), `${w}\u0100`]);
      expect(neighbours.filter((w) => (compiled.flagsOf(w) >= 0) !== known.has(w)).slice(0, 10)).toEqual([]);
      const forbidden = speller.flags.FORBIDDENWORD;
      if (typeof forbidden === 'string') {
        for (const w of words.filter((x) => speller.data[x]?.includes(forbidden)).slice(0, 50)) expect(compiled.flagsOf(w) & FLAG_FORBIDDEN).toBe(FLAG_FORBIDDEN);
      }
    }, 60_000);
  }

  it('rejects a file that is not a compiled dictionary', () => {
    expect(() => new CompactDictionary(new Uint8Array(64))).toThrow(/not a compiled mtlint dictionary/);
  });
});

describe('the lexicon cache', () => {
  const fresh = (): string => mkdtempSync(join(tmpdir(), 'mtlint-cache-'));

  it('is found from MTLINT_CACHE_DIR, else XDG_CACHE_HOME, else ~/.cache', () => {
    expect(cacheDir({ MTLINT_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x' })).toBe('/c');
    expect(cacheDir({ XDG_CACHE_HOME: '/x' })).toBe(join('/x', 'mtlint'));
    expect(cacheDir({})).toBe(join(homedir(), '.cache', 'mtlint'));
  });

  it('compiles on first use into the cache, then reads the cached file', () => {
    const env = { MTLINT_CACHE_DIR: fresh() };
    const path = compiledPath('en', env);
    expect(existsSync(path)).toBe(false);
    expect(loadDictionary('en', env).correct('house')).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect(readdirSync(dirname(path))).toEqual([basename(path)]);
    const written = statSync(path).mtimeMs;
    expect(loadDictionary('en', env).correct('house')).toBe(true);
    expect(statSync(path).mtimeMs).toBe(written);
  }, 30_000);

  it('replaces a damaged cache file', () => {
    const env = { MTLINT_CACHE_DIR: fresh() };
    const path = compiledPath('en', env);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, 'not a dictionary');
    expect(loadDictionary('en', env).correct('house')).toBe(true);
    expect(new CompactDictionary(readFileSync(path)).correct('house')).toBe(true);
  }, 30_000);

  it('goes on in memory when the cache cannot be written', () => {
    const blocker = join(fresh(), 'a-file');
    writeFileSync(blocker, '');
    const env = { MTLINT_CACHE_DIR: join(blocker, 'cache') };
    expect(loadDictionary('en', env).correct('house')).toBe(true);
    expect(compileToCache('en', env).written).toBe(false);
  }, 30_000);
});
