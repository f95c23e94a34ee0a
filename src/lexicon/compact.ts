/**
 * A hunspell dictionary compiled to one binary: every word form nspell knows
 * (affixes already applied), sorted, as Latin-1 bytes with an offset table
 * and a flag byte per form. Loading is one file read and no parsing (the
 * nspell load it replaces takes ~0.7 s and ~60 MB of heap); lookups are a
 * binary search that compares char codes with bytes, allocating nothing.
 *
 * `correct()` reproduces nspell's `correct()`: the exact form, then sentence
 * case for an all-caps word, then lower case, honouring ONLYINCOMPOUND,
 * FORBIDDENWORD and KEEPCASE; plus the dictionary's COMPOUNDRULE patterns
 * and ICONV conversions (the English one maps ’ to ').
 *
 * Layout (little-endian): magic "MTLX", version u32, count u32, wordBytes u32,
 * metaBytes u32, meta JSON (UTF-8), then offsets u32[count + 1], flags
 * u8[count], words (Latin-1), each part padded to 4 bytes.
 */
export const FLAG_EXACT = 1;
export const FLAG_FORBIDDEN = 2;
export const FLAG_KEEPCASE = 4;

const MAGIC = 0x584c544d; // "MTLX"
const VERSION = 1;

export interface CompactMeta {
  compoundMin: number;
  compoundRules: Array<{ source: string; flags: string }>;
  conversions: Array<{ source: string; flags: string; replacement: string }>;
}

/** The part of an nspell instance the compiler reads. */
export interface NspellLike {
  data: Record<string, string[]>;
  flags: Record<string, unknown>;
  compoundRules: RegExp[];
  conversion: { in: Array<[RegExp, string]> };
}

const pad4 = (n: number): number => (n + 3) & ~3;

export function compile(speller: NspellLike): Uint8Array {
  const flagOf = (name: string): string | undefined => {
    const value = speller.flags[name];
    return typeof value === 'string' ? value : undefined;
  };
  const onlyInCompound = flagOf('ONLYINCOMPOUND');
  const forbidden = flagOf('FORBIDDENWORD');
  const keepCase = flagOf('KEEPCASE');
  const words = Object.keys(speller.data).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (let wordIndex = 0; wordIndex < words.length; wordIndex++) {
    const word = words[wordIndex];
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 255) throw new Error(`word outside Latin-1 in the dictionary: ${word}`);
  }
  const meta: CompactMeta = {
    compoundMin: typeof speller.flags.COMPOUNDMIN === 'number' ? speller.flags.COMPOUNDMIN : 3,
    compoundRules: speller.compoundRules.map((r) => ({ source: r.source, flags: r.flags })),
    conversions: speller.conversion.in.map(([pattern, replacement]) => ({ source: pattern.source, flags: pattern.flags, replacement })),
  };
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
  const wordBytes = words.reduce((n, w) => n + w.length, 0);
  const headerSize = 20;
  const metaAt = headerSize;
  const offsetsAt = pad4(metaAt + metaBytes.length);
  const flagsAt = offsetsAt + 4 * (words.length + 1);
  const wordsAt = pad4(flagsAt + words.length);
  const out = new Uint8Array(wordsAt + wordBytes);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, words.length, true);
  view.setUint32(12, wordBytes, true);
  view.setUint32(16, metaBytes.length, true);
  out.set(metaBytes, metaAt);
  let at = 0;
  words.forEach((word, i) => {
    view.setUint32(offsetsAt + 4 * i, at, true);
    const flags = speller.data[word] ?? [];
    out[flagsAt + i] =
      (onlyInCompound && flags.includes(onlyInCompound) ? 0 : FLAG_EXACT) |
      (forbidden && flags.includes(forbidden) ? FLAG_FORBIDDEN : 0) |
      (keepCase && flags.includes(keepCase) ? FLAG_KEEPCASE : 0);
    for (let k = 0; k < word.length; k++) out[wordsAt + at + k] = word.charCodeAt(k);
    at += word.length;
  });
  view.setUint32(offsetsAt + 4 * words.length, at, true);
  return out;
}

export class CompactDictionary {
  private readonly offsets: Uint32Array;
  private readonly flags: Uint8Array;
  private readonly words: Uint8Array;
  private readonly compoundMin: number;
  private readonly compoundRules: RegExp[];
  private readonly conversions: Array<[RegExp, string]>;
  readonly size: number;

  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) throw new Error('not a compiled mtlint dictionary (or an older version): rebuild with npm run build');
    const count = view.getUint32(8, true);
    const wordBytes = view.getUint32(12, true);
    const metaLength = view.getUint32(16, true);
    const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + metaLength))) as CompactMeta;
    const offsetsAt = pad4(20 + metaLength);
    const flagsAt = offsetsAt + 4 * (count + 1);
    const wordsAt = pad4(flagsAt + count);
    if (wordsAt + wordBytes > bytes.byteLength) throw new Error('compiled dictionary is truncated: rebuild with npm run build');
    // The offset table is 4-byte aligned within the file; copy it if the buffer itself is not.
    const offsetBytes = bytes.subarray(offsetsAt, flagsAt);
    this.offsets = (bytes.byteOffset + offsetsAt) % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + offsetsAt, count + 1) : new Uint32Array(offsetBytes.slice().buffer);
    this.flags = bytes.subarray(flagsAt, flagsAt + count);
    this.words = bytes.subarray(wordsAt, wordsAt + wordBytes);
    this.size = count;
    this.compoundMin = meta.compoundMin;
    this.compoundRules = meta.compoundRules.map((r) => new RegExp(r.source, r.flags));
    this.conversions = meta.conversions.map((c) => [new RegExp(c.source, c.flags), c.replacement]);
  }

  /** nspell's `correct()`. */
  correct(value: string): boolean {
    let normal = value.trim();
    if (!normal) return false;
    for (const [pattern, replacement] of this.conversions) normal = normal.replace(pattern, replacement);
    if (this.exact(normal)) return !this.hasFlag(normal, FLAG_FORBIDDEN);
    if (normal.toUpperCase() === normal) {
      const sentenceCase = normal.charAt(0) + normal.slice(1).toLowerCase();
      if (this.ignored(sentenceCase)) return false;
      if (this.exact(sentenceCase)) return true;
    }
    const lower = normal.toLowerCase();
    if (lower !== normal) {
      if (this.ignored(lower)) return false;
      if (this.exact(lower)) return true;
    }
    return false;
  }

  private ignored(word: string): boolean {
    return this.hasFlag(word, FLAG_KEEPCASE) || this.hasFlag(word, FLAG_FORBIDDEN);
  }

  private exact(word: string): boolean {
    const i = this.indexOf(word);
    if (i >= 0) return (this.flags[i] & FLAG_EXACT) !== 0;
    return word.length >= this.compoundMin && this.compoundRules.some((r) => r.test(word));
  }

  private hasFlag(word: string, flag: number): boolean {
    const i = this.indexOf(word);
    return i >= 0 && (this.flags[i] & flag) !== 0;
  }

  /** Binary search in code-unit order (the order of JavaScript's default sort). */
  private indexOf(word: string): number {
    const { offsets, words } = this;
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = offsets[mid];
      const length = offsets[mid + 1] - start;
      let cmp = 0;
      const n = Math.min(length, word.length);
      for (let k = 0; k < n && cmp === 0; k++) cmp = words[start + k] - word.charCodeAt(k);
      if (cmp === 0) cmp = length - word.length;
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
