import type { Block, Document } from '../../document/document.js';
import type { DocumentRule, RuleFinding, RuleOptions } from '../types.js';
import type { Span } from '../../document/tokenize.js';
import { bigramProfile, comparisonHash, countWords, normalizeForComparison, profileSimilarity, quote } from '../text.js';
import { headlineBlock, headlineCopies } from './headline-match.js';

const PROSE = new Set(['paragraph', 'quote', 'list-item', 'caption', 'subheadline']);
/** Above this many candidate blocks, only exact copies are searched (near copies cost O(n·window)). */
const NEAR_SEARCH_LIMIT = 2000;

interface Candidate {
  block: Block;
  key: string;
}

/**
 * Two near copies that differ only in numbers: counters, times and dates of page furniture
 * ("Teilen auf Facebook: 0", "Antwort von Max, 16.10.19 10:08"), or a list of quests, levels or
 * scores, not a paragraph pasted twice.
 */
function differInNumbersOnly(a: string, b: string): boolean {
  const count = new Map<string, number>();
  for (const w of a.split(' ')) count.set(w, (count.get(w) ?? 0) + 1);
  for (const w of b.split(' ')) count.set(w, (count.get(w) ?? 0) - 1);
  let differing = 0;
  for (const [word, n] of count) {
    if (n === 0) continue;
    if (!/\d/.test(word)) return false;
    differing++;
  }
  return differing > 0;
}

export const repeatedParagraph: DocumentRule = {
  meta: {
    id: 'repeated-paragraph',
    fixable: true,
    category: 'duplicates',
    severity: 'major',
    description: 'A paragraph appears twice in the article, exactly or nearly.',
  },
  check(doc, { options }) {
    return findRepeatedBlocks(doc, options)
      .filter(({ copy, original }) => !quotesTheOther(copy, original))
      .map(({ copy, original, score }) => ({
      start: copy.start,
      end: copy.end,
      message:
        score === 1
          ? `Repeated paragraph: ${quote(doc.blockText(copy), 60)} already stands on line ${doc.position(original.start).line}.`
          : `Nearly repeated paragraph (${Math.round(score * 100)}% similar to line ${doc.position(original.start).line}): ${quote(doc.blockText(copy), 60)}.`,
      suggestion: '',
      related: [{ message: 'the first occurrence', start: original.start, end: original.end }],
    }));
  },
};

/**
 * One copy in a quotation block and the other not: the page quotes itself (a pull quote, a forum
 * reply quoting the post it answers), which is no scraping leftover. Both quoted, or neither, is a repeat.
 */
function quotesTheOther(a: Block, b: Block): boolean {
  return (a.kind === 'quote') !== (b.kind === 'quote');
}

/**
 * Whether the text has at least `min` words as countWords() counts them (runs
 * of letters and digits). Each tokenizer word holds at least one such run, so
 * enough tokenizer words settle it without reading the text again.
 */
function hasWords(doc: Document, span: { start: number; end: number }, text: string, min: number): boolean {
  if (span.end - span.start < 2 * min - 1) return false; // min words need a character between each two
  return doc.wordCountIn(span.start, span.end) >= min || countWords(text) >= min;
}

export interface RepeatedBlock {
  copy: Block;
  original: Block;
  score: number;
}

const memo = new WeakMap<Document, WeakMap<RuleOptions, RepeatedBlock[]>>();

/** Later copies of earlier prose blocks; headline copies are left to duplicate-headline. Memoised per document. */
function findRepeatedBlocks(doc: Document, options: RuleOptions): RepeatedBlock[] {
  let byOptions = memo.get(doc);
  if (!byOptions) memo.set(doc, (byOptions = new WeakMap()));
  let result = byOptions.get(options);
  if (!result) byOptions.set(options, (result = computeRepeatedBlocks(doc, options)));
  return result;
}

function computeRepeatedBlocks(doc: Document, options: RuleOptions): RepeatedBlock[] {
  const candidates: Candidate[] = [];
  const headlineCopy = headlineCopies(doc, options.nearDuplicateThreshold);
  for (let blockIndex = 0; blockIndex < doc.blocks.length; blockIndex++) {
    const block = doc.blocks[blockIndex];
    if (!PROSE.has(block.kind) || block.end - block.start < 2 * options.minRepeatParagraphWords - 1) continue;
    const text = doc.blockText(block);
    if (!hasWords(doc, block, text, options.minRepeatParagraphWords)) continue;
    if (headlineCopy.has(block)) continue;
    candidates.push({ block, key: normalizeForComparison(text) });
  }

  const found: RepeatedBlock[] = [];
  const firstByKey = new Map<string, Block>();
  const unmatched: Candidate[] = [];
  for (const c of candidates) {
    const original = firstByKey.get(c.key);
    if (original) found.push({ copy: c.block, original, score: 1 });
    else {
      firstByKey.set(c.key, c.block);
      unmatched.push(c);
    }
  }
  if (unmatched.length <= NEAR_SEARCH_LIMIT) found.push(...nearCopies(unmatched, options.nearDuplicateThreshold));
  return found.sort((a, b) => a.copy.start - b.copy.start);
}

/**
 * Near copies: only pairs that share at least half of their word trigrams are
 * compared character by character (a Dice similarity of 0.85 on character
 * bigrams changes about one word in seven, which leaves more than half of the
 * word trigrams intact), so long articles do not cost n² string comparisons.
 */
function nearCopies(candidates: Candidate[], threshold: number): RepeatedBlock[] {
  if (candidates.length < 2) return [];
  const postings = new TrigramPostings(candidates.reduce((sum, c) => sum + c.key.length, 0));
  const sizes = new Int32Array(candidates.length);
  const profiles: Array<Uint32Array | undefined> = [];
  const profile = (i: number): Uint32Array => (profiles[i] ??= bigramProfile(candidates[i].key));
  const found: RepeatedBlock[] = [];
  // Shared-trigram counts per earlier candidate, in one array reset after each use.
  const shared = new Int32Array(candidates.length);
  const touched: number[] = [];
  candidates.forEach((c, i) => {
    forEachWordTrigram(c.key, (trigram) => {
      let earlier = postings.add(trigram, i);
      if (earlier === DUPLICATE) return;
      sizes[i]++;
      for (; earlier !== NONE; earlier = postings.next(earlier)) {
        const j = postings.holder(earlier);
        if (shared[j]++ === 0) touched.push(j);
      }
    });
    let best: { j: number; score: number } | undefined;
    for (const j of touched) {
      const count = shared[j];
      shared[j] = 0;
      if (count * 2 < Math.max(sizes[i], sizes[j])) continue;
      const score = profileSimilarity(profile(j), profile(i), candidates[j].key, c.key);
      if (score < threshold || differInNumbersOnly(candidates[j].key, c.key)) continue;
      if (!best || score > best.score || (score === best.score && j < best.j)) best = { j, score };
    }
    touched.length = 0;
    if (best) found.push({ copy: c.block, original: candidates[best.j].block, score: best.score });
  });
  return found;
}

const NONE = -1;
const DUPLICATE = -2;

/**
 * Which candidates hold each word trigram, as an open-addressing table of typed arrays with a
 * linked list of holders per trigram (latest first): one per article, no Map or Set per paragraph.
 */
class TrigramPostings {
  private keys: Int32Array;
  private heads: Int32Array;
  private readonly holders: number[] = [];
  private readonly nexts: number[] = [];
  private used = 0;

  constructor(textLength: number) {
    let capacity = 64;
    while (capacity < textLength / 2) capacity *= 2; // a trigram per word, a word per 4 characters or more: load ≤ 1/2
    this.keys = new Int32Array(capacity).fill(NONE);
    this.heads = new Int32Array(capacity);
  }

  /** Records that `holder` has `trigram`; returns the trigram's earlier holders (a list entry, or NONE), or DUPLICATE when `holder` had it already. */
  add(trigram: number, holder: number): number {
    if (this.used * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = trigram & mask;
    while (this.keys[slot] !== NONE && this.keys[slot] !== trigram) slot = (slot + 1) & mask;
    const entry = this.holders.length;
    if (this.keys[slot] === NONE) {
      this.keys[slot] = trigram;
      this.used++;
      this.holders.push(holder);
      this.nexts.push(NONE);
      this.heads[slot] = entry;
      return NONE;
    }
    const head = this.heads[slot];
    if (this.holders[head] === holder) return DUPLICATE;
    this.holders.push(holder);
    this.nexts.push(head);
    this.heads[slot] = entry;
    return head;
  }

  holder(entry: number): number {
    return this.holders[entry];
  }

  next(entry: number): number {
    return this.nexts[entry];
  }

  private grow(): void {
    const { keys, heads } = this;
    this.keys = new Int32Array(keys.length * 2).fill(NONE);
    this.heads = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let old = 0; old < keys.length; old++) {
      if (keys[old] === NONE) continue;
      let slot = keys[old] & mask;
      while (this.keys[slot] !== NONE) slot = (slot + 1) & mask;
      this.keys[slot] = keys[old];
      this.heads[slot] = heads[old];
    }
  }
}

/** Hashes are cut to 30 bits: V8 keeps such numbers unboxed (Smis). */
const SMI = 0x3fffffff;

/**
 * The word trigrams of a normalised text (words separated by single spaces),
 * each as a 30-bit hash, computed without allocating the words (a text of two words
 * gives its one bigram). A collision only costs one extra comparison.
 */
function forEachWordTrigram(text: string, emit: (hash: number) => void): void {
  let w1 = 0;
  let w2 = 0;
  let words = 0;
  let h = 0x811c9dc5;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c !== 32) {
      h = Math.imul(h ^ c, 0x01000193);
      continue;
    }
    const w = h >>> 0;
    h = 0x811c9dc5;
    words++;
    if (words >= 3) emit((Math.imul(Math.imul(w1, 0x9e3779b1) ^ w2, 0x85ebca6b) ^ w) & SMI);
    w1 = w2;
    w2 = w;
  }
  if (words < 3) emit((Math.imul(w1, 0x9e3779b1) ^ w2) & SMI);
}

export const repeatedSentence: DocumentRule = {
  meta: {
    id: 'repeated-sentence',
    fixable: true,
    category: 'duplicates',
    severity: 'minor',
    description: 'A sentence of the article appears twice (outside repeated paragraphs).',
  },
  check(doc, { options }) {
    const inRepeatedBlock = new Set(findRepeatedBlocks(doc, options).flatMap((r) => [r.copy, r.original]));
    const headline = headlineBlock(doc);
    const seen = new Map<string, Span>();
    const headlineCopy = headlineCopies(doc, options.nearDuplicateThreshold);
    const findings: RuleFinding[] = [];
    const candidates: Array<{ sentence: Span; block: Block; hash: number }> = [];
    const { sentences } = doc;
    for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
      const sentence = sentences[sentenceIndex];
      if (!hasWords(doc, sentence, sentence.text, options.minRepeatSentenceWords)) continue;
      const block = doc.blockAt(sentence.start);
      if (!block || block === headline || inRepeatedBlock.has(block) || !PROSE.has(block.kind)) continue;
      if (headlineCopy.has(block)) continue;
      candidates.push({ sentence, block, hash: comparisonHash(sentence.text) });
    }
    // Only sentences that share a comparison hash can be copies: the others are never normalised.
    const hashCounts = new Map<number, number>();
    for (const c of candidates) hashCounts.set(c.hash, (hashCounts.get(c.hash) ?? 0) + 1);
    for (const { sentence, block, hash } of candidates) {
      if (hashCounts.get(hash) === 1) continue;
      const key = normalizeForComparison(sentence.text);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, sentence);
        continue;
      }
      if (quotesTheOther(doc.blockAt(first.start)!, block)) continue;
      findings.push({
        start: sentence.start,
        end: sentence.end,
        message: `Repeated sentence: ${quote(sentence.text, 60)} already stands on line ${doc.position(first.start).line}.`,
        suggestion: '',
        related: [{ message: 'the first occurrence', start: first.start, end: first.end }],
      });
    }
    return findings;
  },
};
