import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';

export interface Spellers {
  de: ReturnType<typeof nspell>;
  en: ReturnType<typeof nspell>;
}

let loaded: Spellers | undefined;

/**
 * The German and English hunspell dictionaries (npm `dictionary-de`, GPL, and
 * `dictionary-en`, MIT/BSD), read from the installed packages on first use
 * (~0.7 s, ~100 MB) and kept for the process.
 *
 * nspell implements neither German compounding nor the ONLYINCOMPOUND and
 * NEEDAFFIX flags, so as shipped it rejects „gut“ and accepts „system“; lines
 * carrying those flags (o, h in dictionary-de) are dropped before loading.
 */
export function spellers(): Spellers {
  if (!loaded) {
    const de = readDictionary('dictionary-de');
    const en = readDictionary('dictionary-en');
    const dic = de.dic.split('\n');
    const usable = dic.filter((line, i) => i === 0 || !/\/\S*[oh]/.test(line)).join('\n');
    loaded = { de: nspell(de.aff, usable), en: nspell(en.aff, en.dic) };
  }
  return loaded;
}

function readDictionary(name: string): { aff: string; dic: string } {
  const entry = fileURLToPath(import.meta.resolve(name));
  const read = (file: string): string => readFileSync(new URL(file, `file://${entry}`), 'utf8');
  return { aff: read('index.aff'), dic: read('index.dic') };
}
