/**
 * Synthetic recall of leftover English: English words, phrases, bracketed
 * inserts and whole sentences taken from the English sources of WMT22/23 and
 * injected into clean professional German paragraphs. Also counts findings on
 * the untouched paragraphs. Run: npm run measure:english-synthetic
 */
import { picker, rng } from '../../bench/random.js';
import { splitSentences, tokenizeWords } from '../../src/document/tokenize.js';
import type { Finding } from '../../src/report/types.js';
import { lintParagraph } from './plain-text.js';
import { RULES } from '../../src/rules/index.js';
import { pct } from './mqm.js';
import { readJsonl, type RefArticle } from './shared-data.js';

const englishRules = RULES.filter((r) => r.meta.category === 'english');

const random = rng(42);
const pick = picker(random);

const articles = [...readJsonl<RefArticle>('wmt23-ende-refs/news-dev.jsonl'), ...readJsonl<RefArticle>('wmt22-ende-refs/news.jsonl').filter((a) => a.reference === 'refA')];
const german = articles.flatMap((a) => a.segments.map((s) => s.reference)).filter((p) => tokenizeWords(p).length >= 12);
const englishSentences = articles.flatMap((a) => a.segments.flatMap((s) => splitSentences(s.source).map((x) => x.text))).filter((s) => tokenizeWords(s).length >= 6);

const check = (text: string): Finding[] => lintParagraph(text, englishRules);

/** A random run of n words from an English sentence that is not only a name. */
function englishSlice(n: number): string {
  for (;;) {
    const words = tokenizeWords(pick(englishSentences)).map((w) => w.text);
    if (words.length < n) continue;
    const at = Math.floor(random() * (words.length - n + 1));
    const slice = words.slice(at, at + n);
    if (slice.some((w) => /^\p{Ll}/u.test(w))) return slice.join(' ');
  }
}

/** Inserts `insert` after a word in the middle of the paragraph; returns the text and the inserted span. */
function inject(paragraph: string, insert: string): { text: string; start: number; end: number } {
  const words = tokenizeWords(paragraph);
  const after = words[Math.floor(words.length * (0.3 + random() * 0.4))];
  const start = after.end + 1;
  return { text: `${paragraph.slice(0, after.end)} ${insert}${paragraph.slice(after.end)}`, start, end: start + insert.length };
}

type Case = { type: string; size: string; make: (p: string) => { text: string; start: number; end: number } };
const cases: Case[] = [
  { type: 'word', size: '1', make: (p) => inject(p, englishSlice(1)) },
  ...[2, 3, 5, 8].map((n) => ({ type: 'phrase', size: n === 8 ? '8+' : String(n), make: (p: string) => inject(p, englishSlice(n === 8 ? 8 + Math.floor(random() * 5) : n)) })),
  ...[1, 2, 3, 5].map((n) => ({ type: 'insert [..]', size: String(n), make: (p: string) => inject(p, `[${englishSlice(n)}]`) })),
  {
    type: 'sentence',
    size: '6+',
    make: (p) => {
      const first = splitSentences(p)[0];
      const sentence = pick(englishSentences);
      const start = first.end + 1;
      return { text: `${p.slice(0, first.end)} ${sentence}${p.slice(first.end)}`, start, end: start + sentence.length };
    },
  },
];

const TRIALS = 400;
console.log(`# Synthetic recall of leftover English\n`);
console.log(`${german.length} clean German paragraphs (WMT23 refA, WMT22 refA) × ${TRIALS} injections per row of English taken from the WMT22/23 English sources (slices that are only names are not used).\n`);
console.log('| injected | words | found | recall |\n|---|---|---|---|');
for (const c of cases) {
  let found = 0;
  for (let i = 0; i < TRIALS; i++) {
    const { text, start, end } = c.make(pick(german));
    const findings = check(text);
    if (findings.some((f) => f.offset < end && start < f.offset + f.length)) found++;
    else if (process.env.SHOW_MISSES === c.type + c.size) console.error(`miss: ${text.slice(Math.max(0, start - 40), end + 30)}  ⟦${text.slice(start, end)}⟧`);
  }
  console.log(`| ${c.type} | ${c.size} | ${found} / ${TRIALS} | ${pct(found, TRIALS)} |`);
}

let originalFindings = 0;
let originalWords = 0;
for (const p of german) {
  originalWords += tokenizeWords(p).length;
  originalFindings += check(p).length;
}
console.log(`\nOn the ${german.length} untouched paragraphs (${originalWords.toLocaleString('en')} words): ${originalFindings} english findings.`);
