import type { Block, Document } from '../../document/document.js';
import type { DocumentRule, RuleFinding, RuleOptions } from '../types.js';
import { countWords, normalizeForComparison, quote, similarity } from '../text.js';
import { headlineBlock, isHeadlineCopy } from './headline-match.js';

const PROSE = new Set(['paragraph', 'quote', 'list-item', 'caption', 'subheadline']);
/** Above this many candidate blocks, only exact copies are searched (near copies cost O(n·window)). */
const NEAR_SEARCH_LIMIT = 2000;

interface Candidate {
  block: Block;
  key: string;
}

export const repeatedParagraph: DocumentRule = {
  meta: {
    id: 'repeated-paragraph',
    category: 'duplicates',
    severity: 'major',
    description: 'A paragraph appears twice in the article, exactly or nearly.',
  },
  check(doc, { options }) {
    return findRepeatedBlocks(doc, options).map(({ copy, original, score }) => ({
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
  for (const block of doc.blocks) {
    if (!PROSE.has(block.kind)) continue;
    const text = doc.blockText(block);
    if (countWords(text) < options.minRepeatParagraphWords) continue;
    if (isHeadlineCopy(doc, block, options.nearDuplicateThreshold)) continue;
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
  const postings = new Map<number, number[]>();
  const sizes: number[] = [];
  const claimed = new Set<Block>();
  const found: RepeatedBlock[] = [];
  const wordIds = new Map<string, number>();
  candidates.forEach((c, i) => {
    const shingles = wordTrigrams(c.key, wordIds);
    sizes.push(shingles.size);
    const shared = new Map<number, number>();
    for (const s of shingles) {
      const list = postings.get(s);
      if (list) {
        for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
        list.push(i);
      } else postings.set(s, [i]);
    }
    let best: { j: number; score: number } | undefined;
    for (const [j, count] of shared) {
      if (count * 2 < Math.max(shingles.size, sizes[j])) continue;
      const score = similarity(candidates[j].key, c.key);
      if (score >= threshold && (!best || score > best.score)) best = { j, score };
    }
    if (best && !claimed.has(c.block)) {
      claimed.add(c.block);
      found.push({ copy: c.block, original: candidates[best.j].block, score: best.score });
    }
  });
  return found;
}

const WORD_ID_RANGE = 2 ** 17;

/**
 * Word trigrams as numbers (three word ids in one safe integer). Ids wrap
 * above 2^17 distinct words; a collision only costs one extra comparison.
 */
function wordTrigrams(text: string, wordIds: Map<string, number>): Set<number> {
  const ids = text.split(' ').map((word) => {
    let id = wordIds.get(word);
    if (id === undefined) wordIds.set(word, (id = wordIds.size % WORD_ID_RANGE));
    return id;
  });
  const out = new Set<number>();
  for (let i = 0; i + 2 < ids.length; i++) out.add((ids[i] * WORD_ID_RANGE + ids[i + 1]) * WORD_ID_RANGE + ids[i + 2]);
  if (out.size === 0) out.add(-1 - (ids[0] ?? 0) - (ids.length > 1 ? ids[1] * WORD_ID_RANGE : 0));
  return out;
}

export const repeatedSentence: DocumentRule = {
  meta: {
    id: 'repeated-sentence',
    category: 'duplicates',
    severity: 'minor',
    description: 'A sentence of the article appears twice (outside repeated paragraphs).',
  },
  check(doc, { options }) {
    const inRepeatedBlock = new Set(findRepeatedBlocks(doc, options).flatMap((r) => [r.copy, r.original]));
    const headline = headlineBlock(doc);
    const seen = new Map<string, { start: number; end: number }>();
    const findings: RuleFinding[] = [];
    for (const sentence of doc.sentences) {
      if (countWords(sentence.text) < options.minRepeatSentenceWords) continue;
      const block = doc.blockAt(sentence.start);
      if (!block || block === headline || inRepeatedBlock.has(block) || !PROSE.has(block.kind)) continue;
      if (isHeadlineCopy(doc, block, options.nearDuplicateThreshold)) continue;
      const key = normalizeForComparison(sentence.text);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, sentence);
        continue;
      }
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
