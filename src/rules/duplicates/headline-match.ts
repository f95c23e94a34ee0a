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

/** matchHeadline() against one headline, normalised once for the many blocks compared with it. */
export function headlineMatcher(headline: string, threshold: number): (candidate: string) => HeadlineMatch | null {
  const h = normalizeForComparison(headline);
  const hCore = normalizeForComparison(stripSiteSuffix(headline));
  return (candidate) => {
    const a = normalizeForComparison(candidate);
    if (!a || !h) return null;
    if (a === h) return { kind: 'exact', similarity: 1 };
    const aCore = normalizeForComparison(stripSiteSuffix(candidate));
    if (aCore === hCore && countWords(aCore) >= 3) return { kind: 'suffix', similarity: 1 };
    const lengthRatio = Math.min(aCore.length, hCore.length) / Math.max(aCore.length, hCore.length);
    if (lengthRatio < threshold - 0.1) return null;
    const score = similarity(aCore, hCore);
    return score >= threshold ? { kind: 'near', similarity: score } : null;
  };
}

const copiesMemo = new WeakMap<Document, Map<number, Set<Block>>>();

/** The blocks other than the headline that are copies of it (duplicate-headline reports those). Memoised. */
function headlineCopies(doc: Document, threshold: number): Set<Block> {
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
      for (const block of doc.blocks) {
        if (block === headline || block.kind === 'separator' || block.end - block.start > maxLength) continue;
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
