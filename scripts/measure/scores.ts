/**
 * How mtlint's document scores relate to the professional raters' MQM scores
 * (WMT23 dev, 144 distinct texts). mtlint checks a few defect classes, MQM
 * rates every error, so a modest correlation is the expected honest result.
 * Run: npm run measure:scores
 */
import { RULES } from '../../src/rules/index.js';
import { scoreDocument } from '../../src/scoring/score.js';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { findingsOf } from './mqm.js';
import { mqmArticles, type MqmArticle } from './shared-data.js';

function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) r[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

function pearson(x: number[], y: number[]): number {
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * The raters' penalty per segment for the errors mtlint looks for: leftover English (`Source
 * language fragment`) and punctuation errors on a quotation mark or bracket. MQM weights: Major 5,
 * Minor 1, Minor punctuation 0.1; the sum over the document's raters, averaged, per segment.
 */
const QUOTE_OR_BRACKET = /["'„“”‚‘’»«›‹()[\]]/;
function coveredPenalty(article: MqmArticle): number {
  let sum = 0;
  for (const seg of article.segments) {
    for (const span of seg.spans) {
      const punctuation = span.category_norm === 'Fluency/Punctuation' && QUOTE_OR_BRACKET.test(span.text);
      if (span.category_norm !== 'Accuracy/Source language fragment' && !punctuation) continue;
      sum += span.severity === 'Major' ? 5 : punctuation ? 0.1 : span.severity === 'Minor' ? 1 : 0;
    }
  }
  return sum / article.raters.length / article.segments.length;
}

const ours: number[] = [];
const human: number[] = [];
const covered: number[] = [];
const bySystem = new Map<string, { ours: number[]; human: number[] }>();
for (const article of mqmArticles()) {
  const findings = findingsOf(article, RULES);
  const words = article.target_text.split(/\s+/).filter(Boolean).length;
  const { score } = scoreDocument(findings.map((f) => f.severity), words, DEFAULT_CONFIG.scoring);
  ours.push(score);
  human.push(-article.mqm.mean_per_segment); // higher is better, as our score
  covered.push(-coveredPenalty(article));
  const s = bySystem.get(article.mt_system) ?? { ours: [], human: [] };
  s.ours.push(score);
  s.human.push(article.mqm.mean_per_segment);
  bySystem.set(article.mt_system, s);
}
const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
console.log('# mtlint scores against human MQM scores (WMT23 dev)\n');
console.log(`${ours.length} texts. Correlation of our score with the negated human MQM penalty per segment: Pearson ${pearson(ours, human).toFixed(3)}, Spearman ${pearson(ranks(ours), ranks(human)).toFixed(3)}.\n`);
console.log(`The same with the raters' penalty for the errors mtlint covers only (leftover English, punctuation errors on quotation marks and brackets): Pearson ${pearson(ours, covered).toFixed(3)}, Spearman ${pearson(ranks(ours), ranks(covered)).toFixed(3)}.\n`);
console.log('| system | mean mtlint score | mean human MQM penalty per segment |\n|---|---|---|');
for (const [system, s] of [...bySystem].sort((a, b) => mean(b[1].ours) - mean(a[1].ours))) {
  console.log(`| ${system} | ${mean(s.ours).toFixed(1)} | ${mean(s.human).toFixed(2)} |`);
}
const sys = [...bySystem.values()];
console.log(`\nSystem level (${sys.length} systems): Spearman ${pearson(ranks(sys.map((s) => mean(s.ours))), ranks(sys.map((s) => -mean(s.human)))).toFixed(3)}.`);
