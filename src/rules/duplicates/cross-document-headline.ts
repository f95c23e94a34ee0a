import type { Block, Document } from '../../document/document.js';
import type { RunFinding, RunRule } from '../types.js';
import { countWords, normalizeForComparison, quote, similarity, stripSiteSuffix } from '../text.js';
import { headlineBlock } from './headline-match.js';

interface Entry {
  doc: Document;
  block: Block;
  key: string;
  words: string[];
}

/** How many of a headline's rarest words serve as keys to find near-identical headlines. */
const RARE_KEYS = 3;

export const crossDocumentHeadline: RunRule = {
  meta: {
    id: 'cross-document-headline',
    category: 'duplicates',
    severity: 'major',
    description: 'Two documents of one run carry the same or nearly the same headline (a story published twice).',
  },
  checkRun(documents, { options }) {
    const entries = collect(documents);
    const frequency = new Map<string, number>();
    for (const e of entries) for (const w of new Set(e.words)) frequency.set(w, (frequency.get(w) ?? 0) + 1);

    const exact = new Map<string, Entry>();
    const byRareWord = new Map<string, Entry[]>();
    const findings: RunFinding[] = [];
    for (const entry of entries) {
      let original = exact.get(entry.key);
      let score = 1;
      const keys = [...new Set(entry.words)].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0)).slice(0, RARE_KEYS);
      if (!original) {
        for (const candidate of candidates(keys, byRareWord)) {
          const ratio = Math.min(entry.key.length, candidate.key.length) / Math.max(entry.key.length, candidate.key.length);
          if (ratio < options.nearDuplicateThreshold - 0.1) continue;
          const s = similarity(entry.key, candidate.key);
          if (s >= options.nearDuplicateThreshold && s > (score === 1 ? 0 : score)) {
            original = candidate;
            score = s;
          }
        }
      }
      if (original) {
        findings.push({ document: entry.doc, finding: toFinding(entry, original, score) });
        continue;
      }
      exact.set(entry.key, entry);
      for (const k of keys) {
        const list = byRareWord.get(k) ?? [];
        list.push(entry);
        byRareWord.set(k, list);
      }
    }
    return findings;
  },
};

/** Earlier headlines that share most of this one's rarest words (all of them when it has fewer than two). */
function candidates(keys: string[], byRareWord: Map<string, Entry[]>): Entry[] {
  const hits = new Map<Entry, number>();
  for (const k of keys) for (const e of byRareWord.get(k) ?? []) hits.set(e, (hits.get(e) ?? 0) + 1);
  const needed = Math.min(2, keys.length);
  return [...hits].filter(([, n]) => n >= needed).map(([e]) => e);
}

function collect(documents: readonly Document[]): Entry[] {
  const entries: Entry[] = [];
  for (const doc of documents) {
    const block = headlineBlock(doc);
    if (!block) continue;
    const core = stripSiteSuffix(doc.blockText(block));
    if (countWords(core) < 3) continue;
    const key = normalizeForComparison(core);
    entries.push({ doc, block, key, words: key.match(/[\p{L}\p{N}]{3,}/gu) ?? [] });
  }
  return entries;
}

function toFinding(entry: Entry, original: Entry, score: number) {
  const where = `${original.doc.path}:${original.doc.position(original.block.start).line}`;
  const how = score === 1 ? 'Same headline' : `Nearly the same headline (${Math.round(score * 100)}% similar)`;
  return {
    start: entry.block.start,
    end: entry.block.end,
    message: `${how} as document "${original.doc.id}" (${where}): ${quote(entry.doc.blockText(entry.block))}`,
    related: [{ message: `the headline of document "${original.doc.id}"`, start: original.block.start, end: original.block.end, document: original.doc }],
  };
}
