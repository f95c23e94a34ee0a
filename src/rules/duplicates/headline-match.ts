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
  const a = normalizeForComparison(candidate);
  const h = normalizeForComparison(headline);
  if (!a || !h) return null;
  if (a === h) return { kind: 'exact', similarity: 1 };
  const aCore = normalizeForComparison(stripSiteSuffix(candidate));
  const hCore = normalizeForComparison(stripSiteSuffix(headline));
  if (aCore === hCore && countWords(aCore) >= 3) return { kind: 'suffix', similarity: 1 };
  const lengthRatio = Math.min(aCore.length, hCore.length) / Math.max(aCore.length, hCore.length);
  if (lengthRatio < threshold - 0.1) return null;
  const score = similarity(aCore, hCore);
  return score >= threshold ? { kind: 'near', similarity: score } : null;
}

/** True when a block other than the headline is a copy of it (duplicate-headline reports those). */
export function isHeadlineCopy(doc: Document, block: Block, threshold: number): boolean {
  const headline = headlineBlock(doc);
  if (!headline || block === headline || block.kind === 'separator') return false;
  const headlineText = doc.blockText(headline);
  const text = doc.blockText(block);
  if (countWords(text) > countWords(headlineText) * 2 + 5) return false;
  return matchHeadline(text, headlineText, threshold) !== null;
}
