/**
 * Leftover English against professional raters (WMT23 MQM, dev split):
 * recall of "Accuracy/Source language fragment" spans and the share of our
 * english findings that fall on any rater's span. Run: npm run measure:english
 */
import { RULES } from '../../src/rules/index.js';
import { clusters, distinctTexts, findingsOf, overlap, pct, type Located } from './mqm.js';
import { readJsonl, type MqmArticle } from './shared-data.js';

const FRAGMENT = 'Accuracy/Source language fragment';
const englishRules = RULES.filter((r) => r.meta.category === 'english');

const texts = distinctTexts(readJsonl<MqmArticle>('wmt23-ende-mqm/dev.jsonl'));

const isName = (text: string): boolean => {
  const words = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return words.length > 0 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || ['of', 'and', 'the', 'for', 'de', 'in'].includes(w));
};

for (const withSource of [false, true]) {
  let words = 0;
  const found = { union: 0, agreed: 0, names: 0, ordinary: 0 };
  const total = { union: 0, agreed: 0, names: 0, ordinary: 0 };
  const misses: string[] = [];
  const agreedMisses: string[] = [];
  const unmatched: string[] = [];
  let findings = 0;
  let onSpan = 0;
  const perRule = new Map<string, { n: number; onSpan: number }>();
  for (const { article, spans } of texts) {
    words += article.target_text.split(/\s+/).filter(Boolean).length;
    const ours: Located[] = findingsOf(article, englishRules, withSource);
    const fragmentClusters = clusters(spans.filter((s) => s.category_norm === FRAGMENT), article.target_text);
    for (const c of fragmentClusters) {
      const hit = ours.some((f) => overlap(f, c));
      const name = isName(c.text);
      total.union++;
      total[name ? 'names' : 'ordinary']++;
      if (c.raters.size >= 2) total.agreed++;
      if (hit) {
        found.union++;
        found[name ? 'names' : 'ordinary']++;
        if (c.raters.size >= 2) found.agreed++;
      } else {
        misses.push(c.text);
        if (c.raters.size >= 2) agreedMisses.push(c.text);
      }
    }
    for (const f of ours) {
      findings++;
      const hit = spans.some((s) => overlap(f, s));
      if (hit) onSpan++;
      else unmatched.push(`${f.ruleId}: ${f.text}`);
      const r = perRule.get(f.ruleId) ?? { n: 0, onSpan: 0 };
      r.n++;
      if (hit) r.onSpan++;
      perRule.set(f.ruleId, r);
    }
  }
  console.log(`\n## ${withSource ? 'With' : 'Without'} the English source (${texts.length} distinct MT/reference texts, ${words.toLocaleString('en')} words)\n`);
  console.log(`| "${FRAGMENT}" span clusters | found / all | recall |\n|---|---|---|`);
  console.log(`| any rater (union) | ${found.union} / ${total.union} | ${pct(found.union, total.union)} |`);
  console.log(`| marked by ≥ 2 raters | ${found.agreed} / ${total.agreed} | ${pct(found.agreed, total.agreed)} |`);
  console.log(`| names (title-case words only) | ${found.names} / ${total.names} | ${pct(found.names, total.names)} |`);
  console.log(`| ordinary English | ${found.ordinary} / ${total.ordinary} | ${pct(found.ordinary, total.ordinary)} |`);
  console.log(`\nOur english findings: ${findings} (${((1000 * findings) / words).toFixed(2)} per 1,000 words); on a span of any rater in any category: ${onSpan} (${pct(onSpan, findings)}).\n`);
  console.log(`| rule | findings | on a rater span |\n|---|---|---|`);
  for (const [id, r] of perRule) console.log(`| ${id} | ${r.n} | ${r.onSpan} (${pct(r.onSpan, r.n)}) |`);
  const top = (list: string[]): string =>
    [...list.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>())]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([t, n]) => `\`${t.replace(/\n/g, ' ')}\`${n > 1 ? ` ×${n}` : ''}`)
      .join(', ');
  console.log(`\nMost common misses: ${top(misses)}\n`);
  console.log(`Misses marked by ≥ 2 raters: ${top(agreedMisses) || 'none'}\n`);
  console.log(`Findings on no rater span: ${top(unmatched) || 'none'}`);
}
