import type { LocatedSpan, RelatedSpanAt, RunRule, RunRuleFinding } from '../types.js';
import { bigramProfile, countWords, normalizeForComparison, profileSimilarity, quote, stripSiteSuffix, wordRuns } from '../text.js';
import { headlineBlock } from './headline-match.js';
import { ownCopy } from '../../document/word-hash.js';

interface HeadlineRecord {
  /** The headline without a site suffix, normalised for comparison. */
  key: string;
  headline: LocatedSpan;
}

/** An earlier headline, kept for comparison: only what a finding on a later copy needs. */
interface Kept {
  key: string;
  at: RelatedSpanAt;
  /** Made when first compared. */
  profile?: Uint32Array;
  evicted?: boolean;
  /** candidates(): the call that last counted this headline, and its count there. */
  stamp?: number;
  hits?: number;
}

/** How many words of a headline (those with the smallest hashes: a bottom-k sketch) index it for near matches. */
const SKETCH_WORDS = 4;
/** A word indexing more headlines than this is too common to find candidates by; it is no longer used. */
const MAX_POSTINGS = 256;
/** At most this many earlier headlines are compared with one headline. */
const MAX_COMPARISONS = 64;
/** Distinct headlines kept for comparison (the most recent ones): bounds memory on feeds of any length. */
export const HEADLINE_WINDOW = 50_000;

export const crossDocumentHeadline: RunRule<HeadlineRecord> = {
  meta: {
    id: 'cross-document-headline',
    category: 'duplicates',
    severity: 'major',
    description: 'Two documents of one run carry the same or nearly the same headline (a story published twice).',
  },
  record(doc, { locate }) {
    const block = headlineBlock(doc);
    if (!block) return undefined;
    const core = stripSiteSuffix(doc.blockText(block));
    if (countWords(core) < 3) return undefined;
    return { key: normalizeForComparison(core), headline: locate(block.start, block.end) };
  },
  compare({ options }) {
    const exact = new Map<string, Kept>();
    const postings = new Map<string, Kept[]>();
    const order: Kept[] = [];
    const paths = new Map<string, string>();
    return (record) => {
      let original = exact.get(record.key);
      let score = 1;
      const sketch = bottomWords(record.key);
      if (!original) {
        let profile: Uint32Array | undefined;
        for (const candidate of candidates(sketch, postings)) {
          const ratio = Math.min(record.key.length, candidate.key.length) / Math.max(record.key.length, candidate.key.length);
          if (ratio < options.nearDuplicateThreshold - 0.1) continue;
          profile ??= bigramProfile(record.key);
          candidate.profile ??= bigramProfile(candidate.key);
          const s = profileSimilarity(profile, candidate.profile, record.key, candidate.key);
          if (s >= options.nearDuplicateThreshold && (!original || s > score)) {
            original = candidate;
            score = s;
          }
        }
      }
      if (original) return [toFinding(record, original, score)];
      const { path, documentId, text, line, column, endLine, endColumn } = record.headline;
      if (!paths.has(path)) paths.set(path, path);
      // Own copies: in the main thread the strings may be slices of whole articles, which must not stay alive.
      const kept: Kept = { key: ownCopy(record.key), at: { path: paths.get(path)!, documentId: ownCopy(documentId), text: ownCopy(text), line, column, endLine, endColumn }, stamp: 0, hits: 0 };
      exact.set(kept.key, kept);
      order.push(kept);
      for (const word of sketch) {
        const list = postings.get(word);
        if (!list) postings.set(ownCopy(word), [kept]); // the word is a slice of the record's key
        else if (list.length <= MAX_POSTINGS) list.push(kept);
      }
      if (order.length > HEADLINE_WINDOW) evict(order, exact, postings);
      return [];
    };
  },
};

/** Forgets the oldest half of the window (in one go, so eviction costs O(1) per headline). */
function evict(order: Kept[], exact: Map<string, Kept>, postings: Map<string, Kept[]>): void {
  const gone = order.splice(0, order.length - HEADLINE_WINDOW / 2);
  for (const k of gone) {
    k.evicted = true;
    if (exact.get(k.key) === k) exact.delete(k.key);
  }
  for (const [word, list] of postings) {
    const live = list.filter((k) => !k.evicted);
    if (live.length === 0) postings.delete(word);
    else if (live.length !== list.length) postings.set(word, live);
  }
}

/**
 * Earlier headlines sharing at least two of this one's sketch words (all of
 * them when it has fewer than two). Near-identical headlines share most of
 * their words, so most of their smallest-hash words too; the sketch does not
 * depend on the other documents, so a run can be compared as it streams.
 */
function candidates(sketch: string[], postings: Map<string, Kept[]>): Kept[] {
  // Hits are counted on the kept headlines themselves, under this call's stamp: no map per call
  // (a common word's list has up to MAX_POSTINGS headlines, and this runs for every document).
  const stamp = ++candidateStamp;
  const touched: Kept[] = [];
  for (const word of sketch) {
    const list = postings.get(word);
    if (!list || list.length > MAX_POSTINGS) continue;
    for (const r of list) {
      if (r.stamp === stamp) r.hits!++;
      else {
        r.stamp = stamp;
        r.hits = 1;
        touched.push(r);
      }
    }
  }
  const needed = Math.min(2, sketch.length);
  const found: Kept[] = [];
  for (const r of touched) {
    if (r.hits! < needed) continue;
    found.push(r);
    if (found.length === MAX_COMPARISONS) break;
  }
  return found;
}

let candidateStamp = 0;

function bottomWords(key: string): string[] {
  const words = [...new Set(wordRuns(key, 3))];
  return words
    .map((w) => [fnv1a(w), w] as const)
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1))
    .slice(0, SKETCH_WORDS)
    .map(([, w]) => w);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function toFinding(record: HeadlineRecord, original: Kept, score: number): RunRuleFinding {
  const how = score === 1 ? 'Same headline' : `Nearly the same headline (${Math.round(score * 100)}% similar)`;
  const first = original.at;
  return {
    at: record.headline,
    message: `${how} as document "${first.documentId}" (${first.path}:${first.line}): ${quote(record.headline.text)}`,
    related: [{ message: `the headline of document "${first.documentId}"`, at: first }],
  };
}
