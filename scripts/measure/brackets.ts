/**
 * Quotation marks and brackets: agreement with professional raters (WMT23 MQM
 * punctuation spans that contain a quotation mark) and synthetic recall per
 * defect type on clean German paragraphs. Run: npm run measure:brackets
 */
import { picker, rng } from '../../bench/random.js';
import { tokenizeWords } from '../../src/document/tokenize.js';
import type { Finding } from '../../src/report/types.js';
import { lintParagraph } from './plain-text.js';
import { RULES } from '../../src/rules/index.js';
import { clusters, findingsOf, overlap, pct, targetSpans } from './mqm.js';
import { mqmArticles, readJsonl, type RefArticle } from './shared-data.js';

const QUOTE_MARK = /[„“”"»«‚‘’‹›']/;
const rules = RULES.filter((r) => r.meta.category === 'brackets' || r.meta.category === 'typography' || r.meta.id === 'english-insert');
const ours = (f: Finding): boolean => f.category === 'brackets' || f.category === 'typography';

// ---- agreement with raters -------------------------------------------------
{
  let agreed = 0;
  let agreedFound = 0;
  let anyQuoteClusters = 0;
  let findings = 0;
  let onAgreed = 0;
  let onAny = 0;
  const byRule = new Map<string, { n: number; onAny: number }>();
  for (const article of mqmArticles()) {
    const punctuation = targetSpans(article).filter((s) => s.category_norm === 'Fluency/Punctuation' && QUOTE_MARK.test(s.text));
    const groups = clusters(punctuation, article.target_text);
    const found = findingsOf(article, rules).filter(ours);
    for (const c of groups) {
      anyQuoteClusters++;
      if (c.raters.size < 2) continue;
      agreed++;
      if (found.some((f) => overlap(f, c))) agreedFound++;
    }
    for (const f of found) {
      findings++;
      const any = groups.some((c) => overlap(f, c));
      if (groups.some((c) => c.raters.size >= 2 && overlap(f, c))) onAgreed++;
      if (any) onAny++;
      const r = byRule.get(f.ruleId) ?? { n: 0, onAny: 0 };
      r.n++;
      if (any) r.onAny++;
      byRule.set(f.ruleId, r);
    }
  }
  console.log('# Quotation marks and brackets: measurements\n');
  console.log('## Agreement with professional raters (WMT23 MQM, dev split, 144 distinct texts)\n');
  console.log(`"Fluency/Punctuation" span clusters that contain a quotation mark: ${anyQuoteClusters}; marked by ≥ 2 raters: ${agreed}.\n`);
  console.log(`| measure | value |\n|---|---|`);
  console.log(`| share of the ≥ 2-rater clusters our brackets/typography findings cover | ${agreedFound} / ${agreed} = ${pct(agreedFound, agreed)} |`);
  console.log(`| share of our ${findings} findings on a ≥ 2-rater cluster | ${onAgreed} = ${pct(onAgreed, findings)} |`);
  console.log(`| share of our findings on a quote-mark punctuation span of any rater | ${onAny} = ${pct(onAny, findings)} |\n`);
  console.log(`| rule | findings | on a rater's quote-mark span |\n|---|---|---|`);
  for (const [id, r] of byRule) console.log(`| ${id} | ${r.n} | ${r.onAny} (${pct(r.onAny, r.n)}) |`);
}

// ---- synthetic recall ------------------------------------------------------
const random = rng(7);
const pick = picker(random);
const check = (text: string): Finding[] => lintParagraph(text, rules).filter(ours);

const wmt23 = readJsonl<RefArticle>('wmt23-ende-refs/news-dev.jsonl');
const wmt22 = readJsonl<RefArticle>('wmt22-ende-refs/news.jsonl');
const refs = [...wmt23, ...wmt22];
// WMT23: its paragraphs; WMT22: each excerpt's sentences joined (it has no paragraph breaks).
const paragraphs = [...wmt23.flatMap((a) => a.segments.map((s) => s.reference)), ...wmt22.map((a) => a.segments.map((s) => s.reference).join(' '))].filter(
  (p) => tokenizeWords(p).length >= 10,
);
const findingsOnOriginals = paragraphs.map((p) => check(p).length);
const originals = paragraphs.filter((_, i) => findingsOnOriginals[i] === 0);
const quoted = originals.filter((p) => /„[^„“]{3,}“/.test(p));
const englishSlices = refs.flatMap((a) => a.segments.map((s) => s.source)).flatMap((s) => {
  const words = s.split(/\s+/).filter((w) => /^\p{Ll}+$/u.test(w));
  return words.length >= 3 ? [words.slice(0, 3).join(' ')] : [];
});

/** The i-th „…“ pair of a paragraph: [open, close] offsets. */
function pairs(p: string): Array<[number, number]> {
  return [...p.matchAll(/„[^„“]{3,}?“/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length - 1]);
}

function wordStarts(p: string): number[] {
  return tokenizeWords(p).map((w) => w.start);
}

interface Injection {
  name: string;
  expects: string[];
  pool: string[];
  inject: (p: string) => { text: string; at: number };
}

const replaceAt = (s: string, at: number, by: string, length = 1): string => s.slice(0, at) + by + s.slice(at + length);
const insertAt = (s: string, at: number, what: string): string => s.slice(0, at) + what + s.slice(at);

const injections: Injection[] = [
  { name: 'opening „ dropped', expects: ['unmatched-quote'], pool: quoted, inject: (p) => { const [o] = pick(pairs(p)); return { text: replaceAt(p, o, ''), at: o }; } },
  { name: 'closing “ dropped', expects: ['unclosed-quote'], pool: quoted, inject: (p) => { const [o, c] = pick(pairs(p)); return { text: replaceAt(p, c, ''), at: o }; } },
  { name: 'pair swapped to English “…”', expects: ['english-quotes'], pool: quoted, inject: (p) => { const [o, c] = pick(pairs(p)); return { text: replaceAt(replaceAt(p, c, '”'), o, '“'), at: o }; } },
  { name: 'English opening “ with German closing “', expects: ['quote-mismatch'], pool: quoted, inject: (p) => { const [o] = pick(pairs(p)); return { text: replaceAt(p, o, '“'), at: o }; } },
  { name: 'closing “ replaced by ”', expects: ['quote-mismatch'], pool: quoted, inject: (p) => { const [o, c] = pick(pairs(p)); return { text: replaceAt(p, c, '”'), at: o }; } },
  { name: 'closing “ replaced by „ (opening mark in closing position)', expects: ['misplaced-quote'], pool: quoted, inject: (p) => { const [, c] = pick(pairs(p)); return { text: replaceAt(p, c, '„'), at: c }; } },
  { name: 'pair replaced by straight "…"', expects: ['straight-quotes'], pool: quoted, inject: (p) => { const [o, c] = pick(pairs(p)); return { text: replaceAt(replaceAt(p, c, '"'), o, '"'), at: o }; } },
  {
    name: 'English [insert] inside a quotation',
    expects: ['broken-quote-insert'],
    pool: quoted,
    inject: (p) => {
      const [o, c] = pick(pairs(p));
      const inside = wordStarts(p).filter((w) => w > o + 1 && w < c - 1);
      const at = inside.length > 0 ? pick(inside) : o + 1;
      return { text: insertAt(p, at, `[${pick(englishSlices)}] `), at };
    },
  },
  {
    name: 'crossed brackets ( [ ) ]',
    expects: ['crossed-brackets'],
    pool: originals,
    inject: (p) => {
      const starts = wordStarts(p);
      const i = Math.floor(random() * (starts.length - 4));
      const [a, b, c, d] = [starts[i], starts[i + 1], starts[i + 2], starts[i + 3]];
      return { text: insertAt(insertAt(insertAt(insertAt(p, d, '] '), c, ') '), b, '['), a, '('), at: a };
    },
  },
  { name: 'bracket left open', expects: ['unclosed-bracket'], pool: originals, inject: (p) => { const at = pick(wordStarts(p)); return { text: insertAt(p, at, '('), at }; } },
  {
    name: 'stray closing bracket',
    expects: ['unmatched-bracket'],
    pool: originals,
    inject: (p) => {
      const w = pick(tokenizeWords(p).slice(1));
      return { text: insertAt(p, w.end, ')'), at: w.end };
    },
  },
];

const TRIALS = 300;
console.log('\n## Synthetic recall\n');
console.log(`Clean paragraphs: ${paragraphs.length} professional German paragraphs (WMT23 refA paragraphs; WMT22 refA/refB excerpts, sentences joined) of ≥ 10 words. Before any injection our brackets/typography rules find ${findingsOnOriginals.reduce((a, b) => a + b, 0)} problems in ${paragraphs.length - originals.length} of them — each listed and explained in clean-text.md (translator slips, quotations cut by the excerpt boundaries); the other ${originals.length} are the originals injected into, ${quoted.length} of which contain a „…“ pair. ${TRIALS} injections per defect type.\n`);
console.log('| defect injected | expected rule | found | recall |\n|---|---|---|---|');
for (const inj of injections) {
  let found = 0;
  for (let i = 0; i < TRIALS; i++) {
    const { text } = inj.inject(pick(inj.pool));
    const got = check(text);
    if (got.some((f) => inj.expects.includes(f.ruleId))) found++;
    else if (process.env.SHOW_MISSES && inj.name.startsWith(process.env.SHOW_MISSES)) console.error(`miss: ${text.slice(0, 300)} => ${got.map((f) => f.ruleId).join(',')}`);
  }
  console.log(`| ${inj.name} | ${inj.expects.join(', ')} | ${found} / ${TRIALS} | ${pct(found, TRIALS)} |`);
}
console.log(`\nOn the untouched originals the same rules find nothing: each injected defect above is the only thing to find.`);
