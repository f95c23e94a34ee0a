/**
 * A hunspell dictionary compiled to one binary: every word form nspell knows
 * (affixes already applied), sorted and front-coded in blocks of BLOCK words,
 * as Latin-1 bytes with a flag byte per form. Loading is one file read and no
 * parsing (the nspell load it replaces takes ~0.7 s and ~60 MB of heap);
 * lookups are a binary search over the blocks' first words and a scan of one
 * block, comparing char codes with bytes and allocating nothing. Front coding
 * (each word stored as the length it shares with the one before and the rest)
 * makes the German file 2.1 MB instead of 6.1: its read was a twentieth of a
 * one-file check's CPU.
 *
 * `correct()` reproduces nspell's `correct()`: the exact form, then sentence
 * case for an all-caps word, then lower case, honouring ONLYINCOMPOUND,
 * FORBIDDENWORD and KEEPCASE; plus the dictionary's COMPOUNDRULE patterns
 * and ICONV conversions (the English one maps ’ to ').
 *
 * Layout (little-endian): magic "MTLX", version u32, count u32, block count
 * u32, coded bytes u32, meta bytes u32, meta JSON (UTF-8), block offsets
 * u32[blocks + 1] (4-byte aligned), then the blocks: a first word as length
 * u8, flags u8, bytes; each further word as shared length u8, rest length u8,
 * flags u8, rest bytes.
 */
export const FLAG_EXACT = 1;
export const FLAG_FORBIDDEN = 2;
export const FLAG_KEEPCASE = 4;

const MAGIC = 0x584c544d; // "MTLX"
/** The layout's version, also in the cache file's name: builds that read another layout keep their own file. */
export const LAYOUT_VERSION = 2;
const HEADER = 24;
/** Words per block: 16 keeps a block's scan short and the file within a tenth of what larger blocks give. */
const BLOCK = 16;
const MAX_WORD = 255;

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

/** A form whose case must not change (KEEPCASE) or that is no word (FORBIDDENWORD), by its flag byte (-1: not in the dictionary). */
const ignored = (flags: number): boolean => flags >= 0 && (flags & (FLAG_KEEPCASE | FLAG_FORBIDDEN)) !== 0;

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
    if (word.length > MAX_WORD) throw new Error(`word longer than ${MAX_WORD} characters in the dictionary: ${word.slice(0, 40)}…`);
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 255) throw new Error(`word outside Latin-1 in the dictionary: ${word}`);
  }
  const meta: CompactMeta = {
    compoundMin: typeof speller.flags.COMPOUNDMIN === 'number' ? speller.flags.COMPOUNDMIN : 3,
    compoundRules: speller.compoundRules.map((r) => ({ source: r.source, flags: r.flags })),
    conversions: speller.conversion.in.map(([pattern, replacement]) => ({ source: pattern.source, flags: pattern.flags, replacement })),
  };
  const flagsOf = (word: string): number => {
    const flags = speller.data[word] ?? [];
    return (
      (onlyInCompound && flags.includes(onlyInCompound) ? 0 : FLAG_EXACT) |
      (forbidden && flags.includes(forbidden) ? FLAG_FORBIDDEN : 0) |
      (keepCase && flags.includes(keepCase) ? FLAG_KEEPCASE : 0)
    );
  };
  const coded: number[] = [];
  const blockOffsets: number[] = [];
  words.forEach((word, i) => {
    if (i % BLOCK === 0) {
      blockOffsets.push(coded.length);
      coded.push(word.length, flagsOf(word));
      for (let k = 0; k < word.length; k++) coded.push(word.charCodeAt(k));
      return;
    }
    const previous = words[i - 1];
    let shared = 0;
    while (shared < word.length && shared < previous.length && word.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    coded.push(shared, word.length - shared, flagsOf(word));
    for (let k = shared; k < word.length; k++) coded.push(word.charCodeAt(k));
  });
  blockOffsets.push(coded.length);
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
  const offsetsAt = pad4(HEADER + metaBytes.length);
  const codedAt = offsetsAt + 4 * blockOffsets.length;
  const out = new Uint8Array(codedAt + coded.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, LAYOUT_VERSION, true);
  view.setUint32(8, words.length, true);
  view.setUint32(12, blockOffsets.length - 1, true);
  view.setUint32(16, coded.length, true);
  view.setUint32(20, metaBytes.length, true);
  out.set(metaBytes, HEADER);
  blockOffsets.forEach((offset, i) => view.setUint32(offsetsAt + 4 * i, offset, true));
  out.set(coded, codedAt);
  return out;
}

export class CompactDictionary {
  private readonly blockOffsets: Uint32Array;
  private readonly blocks: number;
  private readonly coded: Uint8Array;
  private readonly compoundMin: number;
  private readonly compoundRules: RegExp[];
  private readonly conversions: Array<[RegExp, string]>;
  readonly size: number;

  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < HEADER || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== LAYOUT_VERSION) throw new Error('not a compiled mtlint dictionary (or an older version): rebuild with npm run build');
    const count = view.getUint32(8, true);
    const blocks = view.getUint32(12, true);
    const codedBytes = view.getUint32(16, true);
    const metaLength = view.getUint32(20, true);
    const offsetsAt = pad4(HEADER + metaLength);
    const codedAt = offsetsAt + 4 * (blocks + 1);
    if (codedAt + codedBytes > bytes.byteLength) throw new Error('compiled dictionary is truncated: rebuild with npm run build');
    const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER, HEADER + metaLength))) as CompactMeta;
    // The offset table is 4-byte aligned within the file; copy it if the buffer itself is not.
    this.blockOffsets = (bytes.byteOffset + offsetsAt) % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + offsetsAt, blocks + 1) : new Uint32Array(bytes.slice(offsetsAt, codedAt).buffer);
    this.blocks = blocks;
    this.coded = bytes.subarray(codedAt, codedAt + codedBytes);
    this.size = count;
    this.compoundMin = meta.compoundMin;
    this.compoundRules = meta.compoundRules.map((r) => new RegExp(r.source, r.flags));
    this.conversions = meta.conversions.map((c) => [new RegExp(c.source, c.flags), c.replacement]);
  }

  /** nspell's `correct()`. Each form is looked up once: its flag byte answers all three questions. */
  correct(value: string): boolean {
    let normal = value.trim();
    if (!normal) return false;
    for (const [pattern, replacement] of this.conversions) normal = normal.replace(pattern, replacement);
    const flags = this.flagsOf(normal);
    if (this.exact(normal, flags)) return flags < 0 || (flags & FLAG_FORBIDDEN) === 0;
    if (normal.toUpperCase() === normal) {
      const sentenceCase = normal.charAt(0) + normal.slice(1).toLowerCase();
      const sentenceFlags = this.flagsOf(sentenceCase);
      if (ignored(sentenceFlags)) return false;
      if (this.exact(sentenceCase, sentenceFlags)) return true;
    }
    const lower = normal.toLowerCase();
    if (lower !== normal) {
      const lowerFlags = this.flagsOf(lower);
      if (ignored(lowerFlags)) return false;
      if (this.exact(lower, lowerFlags)) return true;
    }
    return false;
  }

  /** A form the dictionary has and may stand alone, or one its compound rules make; `flags` is the form's flagsOf(). */
  private exact(word: string, flags: number): boolean {
    if (flags >= 0) return (flags & FLAG_EXACT) !== 0;
    return word.length >= this.compoundMin && this.compoundRules.some((r) => r.test(word));
  }

  /** The word's flag byte, or -1 when the dictionary does not have it (compared in code-unit order, the order of JavaScript's default sort). */
  flagsOf(word: string): number {
    const block = this.lastBlockAtMost(word);
    if (block < 0) return -1;
    const { coded } = this;
    const end = this.blockOffsets[block + 1];
    // The first word, whole.
    let at = this.blockOffsets[block];
    const length = coded[at];
    let common = 0;
    while (common < length && common < word.length && coded[at + 2 + common] === word.charCodeAt(common)) common++;
    if (common === length && common === word.length) return coded[at + 1];
    at += 2 + length;
    // Each further word shares `shared` characters with the one before, which is below `word` and shares `common` with it.
    while (at < end) {
      const shared = coded[at];
      const rest = coded[at + 1];
      const flags = coded[at + 2];
      const bytes = at + 3;
      at = bytes + rest;
      if (shared > common) continue; // it differs from `word` where the one before did: still below
      if (shared < common) return -1; // it differs from the one before where that one matched `word`: above
      let k = 0;
      while (k < rest && shared + k < word.length && coded[bytes + k] === word.charCodeAt(shared + k)) k++;
      if (k === rest && shared + k === word.length) return flags;
      if (shared + k === word.length || (k < rest && coded[bytes + k] > word.charCodeAt(shared + k))) return -1; // above `word`
      common = shared + k;
    }
    return -1;
  }

  /** The last block whose first word is at most `word`, or -1. */
  private lastBlockAtMost(word: string): number {
    const { coded, blockOffsets } = this;
    let lo = 0;
    let hi = this.blocks - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = blockOffsets[mid];
      const length = coded[at];
      let cmp = 0;
      const n = Math.min(length, word.length);
      for (let k = 0; k < n && cmp === 0; k++) cmp = coded[at + 2 + k] - word.charCodeAt(k);
      if (cmp === 0) cmp = length - word.length;
      if (cmp <= 0) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}
