/**
 * Leave-one-rater-out on WMT23 MQM dev: how much of the other raters' leftover-English spans
 * (`Source language fragment`) one professional rater covers with their own spans, and how much
 * mtlint covers of the very same spans. For each rater, on every text they rated: the other two
 * raters' spans, clustered, are the reference; a cluster counts as covered when a span of the
 * held-out rater (or a finding of mtlint's english rules) overlaps it. Shares are per rater, then
 * averaged over the raters, for both. Run: npm run measure:raters
 */
import { RULES } from '../../src/rules/index.js';
import { clusters, distinctTexts, findingsOf, overlap, pct } from './mqm.js';
import { readJsonl, type MqmArticle } from './shared-data.js';

const FRAGMENT = 'Accuracy/Source language fragment';
const englishRules = RULES.filter((r) => r.meta.category === 'english');

const texts = distinctTexts(readJsonl<MqmArticle>('wmt23-ende-mqm/dev.jsonl')).map(({ article, spans }) => ({ article, spans: spans.filter((s) => s.category_norm === FRAGMENT) }));

const perRater = new Map<string, { reference: number; byRater: number; byMtlint: number }>();
for (const { article, spans } of texts) {
  const ours = findingsOf(article, englishRules);
  for (const rater of article.raters) {
    const own = spans.filter((s) => s.rater === rater);
    const reference = clusters(spans.filter((s) => s.rater !== rater), article.target_text);
    const tally = perRater.get(rater) ?? { reference: 0, byRater: 0, byMtlint: 0 };
    for (const c of reference) {
      tally.reference++;
      if (own.some((s) => overlap(s, c))) tally.byRater++;
      if (ours.some((f) => overlap(f, c))) tally.byMtlint++;
    }
    perRater.set(rater, tally);
  }
}

const raters = [...perRater.entries()].filter(([, t]) => t.reference > 0).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
const mean = (share: (t: { reference: number; byRater: number; byMtlint: number }) => number): number => raters.reduce((n, [, t]) => n + share(t), 0) / raters.length;
console.log('\n## Leave one rater out (WMT23 MQM en→de, dev split, `Source language fragment`)\n');
console.log('| held-out rater | other raters\' clusters | covered by the rater | covered by mtlint |');
console.log('|---|---|---|---|');
for (const [rater, t] of raters) console.log(`| ${rater} | ${t.reference} | ${pct(t.byRater, t.reference)} | ${pct(t.byMtlint, t.reference)} |`);
const raterMean = mean((t) => t.byRater / t.reference);
const mtlintMean = mean((t) => t.byMtlint / t.reference);
console.log(`| **mean of ${raters.length} raters** | | **${(100 * raterMean).toFixed(1)}%** | **${(100 * mtlintMean).toFixed(1)}%** |`);
console.log(`\nmtlint ${mtlintMean >= raterMean ? 'covers at least' : 'covers less than'} what a single professional rater covers of the others' spans (dev figures).`);
