/**
 * Chooses the near-duplicate threshold from data: similarity of distinct
 * paragraphs and headlines in real German news (which must stay below it)
 * against copies with typical scraping edits (which must reach it).
 * Run: npm run measure:duplicates
 */
import { countWords, normalizeForComparison, similarity, stripSiteSuffix } from '../../src/rules/text.js';
import { matchHeadline } from '../../src/rules/duplicates/headline-match.js';
import { mqmArticles, referenceArticles } from './shared-data.js';

const THRESHOLDS = [0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

function maxPairSimilarities(groups: string[][], minWords: number): number[] {
  const out: number[] = [];
  for (const group of groups) {
    const items = group.filter((p) => countWords(p) >= minWords).map(normalizeForComparison);
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (items[i] !== items[j]) out.push(similarity(items[i], items[j]));
  }
  return out;
}

/** Edits a scraper or CMS makes to a copy. */
function variants(text: string): Array<[string, string]> {
  const words = text.split(' ');
  const mid = Math.floor(words.length / 2);
  return [
    ['site suffix " | Politik"', `${text} | Politik`],
    ['section suffix " – Nachrichten aus aller Welt"', `${text} – Nachrichten aus aller Welt`],
    ['upper case', text.toUpperCase()],
    ['trailing punctuation', `${text.replace(/[.!?]$/, '')}.`],
    ['English quotes', text.replace(/„/g, '"').replace(/“/g, '"')],
    ['one word dropped', [...words.slice(0, mid), ...words.slice(mid + 1)].join(' ')],
    ['one word changed', [...words.slice(0, mid), 'xyzw', ...words.slice(mid + 1)].join(' ')],
    ['two words changed', words.map((w, i) => (i === 1 || i === words.length - 2 ? 'abcd' : w)).join(' ')],
  ];
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

const refs = referenceArticles();
const mqm = mqmArticles();
const paragraphGroups = [...refs.map((a) => a.paragraphs), ...mqm.map((a) => a.segments.map((s) => s.target))];
const paragraphNegatives = maxPairSimilarities(paragraphGroups, 8);
const headlines = [...refs.filter((a) => a.headline).map((a) => a.headline!), ...new Map(mqm.map((a) => [a.doc_id, a.segments[0].target])).values()];
const headlineNegatives = maxPairSimilarities([headlines.map((h) => stripSiteSuffix(h))], 3);

console.log(`# Near-duplicate threshold (Dice similarity of character bigrams)\n`);
console.log(`Negatives: ${paragraphNegatives.length} pairs of distinct paragraphs (≥8 words) within one article (WMT22/23 references, WMT23 MQM outputs); ${headlineNegatives.length} pairs of headlines of different stories.\n`);
console.log('| threshold | distinct paragraph pairs ≥ t | distinct headline pairs ≥ t |');
console.log('|---|---|---|');
for (const t of THRESHOLDS) {
  console.log(`| ${t} | ${paragraphNegatives.filter((s) => s >= t).length} (${pct(paragraphNegatives.filter((s) => s >= t).length, paragraphNegatives.length)}) | ${headlineNegatives.filter((s) => s >= t).length} |`);
}
console.log(`\nHighest distinct-paragraph similarity: ${Math.max(...paragraphNegatives).toFixed(3)}; highest distinct-headline similarity: ${Math.max(...headlineNegatives).toFixed(3)}.\n`);

const copies = new Map<string, { found: number[]; total: number }>();
for (const h of headlines.filter((x) => countWords(x) >= 4)) {
  for (const [kind, copy] of variants(h)) {
    const entry = copies.get(kind) ?? { found: THRESHOLDS.map(() => 0), total: 0 };
    entry.total++;
    THRESHOLDS.forEach((t, i) => {
      if (matchHeadline(copy, h, t)) entry.found[i]++;
    });
    copies.set(kind, entry);
  }
}
console.log(`Positives: ${headlines.length} real headlines, each copied with one scraping edit; recall of matchHeadline:\n`);
console.log(`| edit | ${THRESHOLDS.join(' | ')} |`);
console.log(`|---|${THRESHOLDS.map(() => '---').join('|')}|`);
for (const [kind, e] of copies) console.log(`| ${kind} | ${e.found.map((f) => pct(f, e.total)).join(' | ')} |`);

// Different systems' translations of the same headline: a feed that carries one story from two pipelines.
const byDoc = new Map<string, string[]>();
for (const a of mqm) byDoc.set(a.doc_id, [...(byDoc.get(a.doc_id) ?? []), normalizeForComparison(stripSiteSuffix(a.segments[0].target))]);
const sameStory = maxPairSimilarities([...byDoc.values()], 3);
console.log(`\nFor reference: ${sameStory.length} pairs of *different translations* of the same headline (not copies): ${THRESHOLDS.map((t) => `≥${t}: ${pct(sameStory.filter((s) => s >= t).length, sameStory.length)}`).join(', ')}.`);
