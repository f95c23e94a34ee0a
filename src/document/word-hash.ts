/**
 * A word's hash, computed by the tokenizer as it reads the word, so that the
 * rules can look words up in a WordTable without hashing them again: every
 * word of every article is looked up several times (lexicon, name triggers).
 * FNV-1a over the UTF-16 code units, cut to 30 bits (an unboxed number in V8).
 */
export function hashWord(text: string, start = 0, end = text.length): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return hashEnd(h);
}

export const HASH_START = 0x811c9dc5;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);
export const hashEnd = (h: number): number => (h ^ (h >>> 15)) & 0x3fffffff;

/**
 * Words → values, keyed by hashWord(): open addressing over typed arrays, the
 * word itself compared to settle collisions. Holds at most `limit` words;
 * past that it starts afresh, so a feed's growing vocabulary cannot grow
 * memory. It starts small and doubles as it fills (a one-file run holds a
 * few hundred words). Keys are copied: a word is usually a slice of a whole
 * article, which the table would otherwise keep alive.
 */
export class WordTable<V> {
  private keys!: Array<string | undefined>;
  private values!: Array<V | undefined>;
  private hashes!: Int32Array;
  private mask = 0;
  private count = 0;

  constructor(private readonly limit = 50_000) {
    this.allocate(Math.min(INITIAL_CAPACITY, capacityFor(limit)));
  }

  get size(): number {
    return this.count;
  }

  get(word: string, hash = hashWord(word)): V | undefined {
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const key = this.keys[i];
      if (key === undefined) return undefined;
      if (this.hashes[i] === hash && key === word) return this.values[i];
    }
  }

  set(word: string, value: V, hash = hashWord(word)): void {
    if (this.count >= this.limit) this.clear();
    else if (2 * this.count >= this.mask + 1) this.grow();
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const key = this.keys[i];
      if (key === undefined) {
        this.keys[i] = ownCopy(word);
        this.hashes[i] = hash;
        this.values[i] = value;
        this.count++;
        return;
      }
      if (this.hashes[i] === hash && key === word) {
        this.values[i] = value;
        return;
      }
    }
  }

  clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.hashes.fill(0);
    this.count = 0;
  }

  private allocate(capacity: number): void {
    this.mask = capacity - 1;
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
  }

  /** Twice the room, every word moved to its place in it (the count and the keys' copies stay). */
  private grow(): void {
    const { keys, values, hashes } = this;
    this.allocate(2 * keys.length);
    for (let from = 0; from < keys.length; from++) {
      if (keys[from] === undefined) continue;
      let i = hashes[from] & this.mask;
      while (this.keys[i] !== undefined) i = (i + 1) & this.mask;
      this.keys[i] = keys[from];
      this.hashes[i] = hashes[from];
      this.values[i] = values[from];
    }
  }
}

const INITIAL_CAPACITY = 1024;

/** The room `limit` words need at a load of a half at most: a power of two. */
function capacityFor(limit: number): number {
  let capacity = INITIAL_CAPACITY;
  while (capacity < limit * 2) capacity *= 2;
  return capacity;
}

/** A string that shares no memory with the (possibly much longer) string it was sliced from. */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}
