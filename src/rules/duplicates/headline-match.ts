import type { Block, Document } from '../../document/document.js';
import { countWords, normalizeForComparison, similarity, stripSiteSuffix } from '../text.js';

export type HeadlineMatch = { kind: 'exact' | 'suffix' | 'near'; similarity: number };

/** The article's headline block: its first block, when the reader marked it as one. */
export function headlineBlock(doc: Document): Block | undefined {
  const first = doc.blocks[0];
  return first?.kind === 'headline' ? first : undefined;
}

/**
 * Whether `candidate` is a copy of `headline`: the same after normalisation,
 * the same but for a site/section suffix, or near (similarity ≥ threshold).
 */
export function matchHeadline(candidate: string, headline: string, threshold: number): HeadlineMatch | null {
  return headlineMatcher(headline, threshold)(candidate);
}

interface HeadlineMatcher {
  (candidate: string): HeadlineMatch | null;
  /** No candidate shorter than this (in code units) can match: a block this short needs no look. */
  minLength: number;
}

/** matchHeadline() against one headline, normalised once for the many blocks compared with it. */
export function headlineMatcher(headline: string, threshold: number): HeadlineMatcher {
  const h = normalizeForComparison(headline);
  const hCore = normalizeForComparison(stripSiteSuffix(headline));
  // A candidate's core is no longer than its normalised self (a prefix of it, normalised), so one that
  // normalises to under this many characters is too short for any kind of match (see the length ratio).
  const minNormalised = (threshold - 0.1) * hCore.length;
  const match = (candidate: string): HeadlineMatch | null => {
    const a = normalizeForComparison(candidate);
    if (!a || !h) return null;
    if (a === h) return { kind: 'exact', similarity: 1 };
    if (a.length < minNormalised) return null;
    const aCore = normalizeForComparison(stripSiteSuffix(candidate));
    if (aCore === hCore && countWords(aCore) >= 3) return { kind: 'suffix', similarity: 1 };
    const lengthRatio = Math.min(aCore.length, hCore.length) / Math.max(aCore.length, hCore.length);
    if (lengthRatio < threshold - 0.1) return null;
    const score = similarity(aCore, hCore);
    return score >= threshold ? { kind: 'near', similarity: score } : null;
  };
  // Lower-casing at most doubles a text's length (İ → i̇), and nothing else in normalisation adds to it.
  return Object.assign(match, { minLength: Math.min(h.length, minNormalised) / 2 });
}

const copiesMemo = new WeakMap<Document, Map<number, Set<Block>>>();

/** The blocks other than the headline that are copies of it (duplicate-headline reports those). Memoised. */
export function headlineCopies(doc: Document, threshold: number): ReadonlySet<Block> {
  let byThreshold = copiesMemo.get(doc);
  if (!byThreshold) copiesMemo.set(doc, (byThreshold = new Map()));
  let copies = byThreshold.get(threshold);
  if (!copies) {
    copies = new Set();
    const headline = headlineBlock(doc);
    if (headline) {
      const headlineText = doc.blockText(headline);
      const maxLength = headlineText.length * 2 + 40;
      const match = headlineMatcher(headlineText, threshold);
      for (let blockIndex = 0; blockIndex < doc.blocks.length; blockIndex++) {
        const block = doc.blocks[blockIndex];
        const length = block.end - block.start;
        if (block === headline || block.kind === 'separator' || length > maxLength || length < match.minLength) continue;
        if (match(doc.blockText(block))) copies.add(block);
      }
    }
    byThreshold.set(threshold, copies);
  }
  return copies;
}

export function isHeadlineCopy(doc: Document, block: Block, threshold: number): boolean {
  return headlineCopies(doc, threshold).has(block);
}
