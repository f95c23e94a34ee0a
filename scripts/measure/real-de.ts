/**
 * Real German text that no machine translated (../shared/data/real-de/):
 *  1. article extraction on 330 web pages, scored with trafilatura's metric
 *     (a `with` snippet in the checked text is a true positive, a `without`
 *     snippet a false positive; whitespace normalised, summed over pages);
 *  2. mission findings (english, brackets, duplicates) per 1,000 words on the
 *     pages and on the Der Standard articles of news.jsonl, every finding listed.
 * Every finding here is a false alarm unless the page itself is defective.
 * Skips, saying so, when ../shared is absent.
 *   npm run measure:real [-- --list FILE [--context]] [--extraction-only]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { runCheck } from '../../src/engine/run.js';
import type { Report } from '../../src/report/types.js';
import { SHARED_DATA } from './shared-data.js';

const REAL = resolve(SHARED_DATA, 'real-de');
const MISSION = ['english', 'brackets', 'duplicates'] as const;
const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? '') : undefined;
};

interface Gold {
  url: string;
  with: string[];
  without: string[];
}

// Whitespace normalised as trafilatura's metric does; soft hyphens and zero-width characters, which
// mtlint leaves out of the checked text (a reader never sees them), are left out of the gold snippets too.
const normalise = (s: string): string => s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();

export function extractionScores(report: Report, gold: Record<string, Gold>) {
  let tp = 0, fn = 0, fp = 0, tn = 0, empty = 0;
  const perPage: Array<{ file: string; missed: string[]; leaked: string[]; words: number }> = [];
  for (const doc of report.documents) {
    const file = doc.path.split('/').pop()!;
    const g = gold[file];
    if (!g) continue;
    const text = normalise((doc.blocks ?? []).map((b) => b.text).join('\n'));
    if (doc.words === 0) empty++;
    const missed = g.with.filter((w) => !text.includes(normalise(w)));
    const leaked = g.without.filter((w) => text.includes(normalise(w)));
    tp += g.with.length - missed.length;
    fn += missed.length;
    fp += leaked.length;
    tn += g.without.length - leaked.length;
    perPage.push({ file, missed, leaked, words: doc.words });
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { tp, fn, fp, tn, empty, precision, recall, f1: (2 * tp) / (2 * tp + fp + fn), perPage };
}

function missionTable(name: string, report: Report): string {
  const words = report.summary.words;
  const n = MISSION.reduce((sum, c) => sum + report.summary.byCategory[c], 0);
  const per = (k: number): string => ((1000 * k) / words).toFixed(2);
  return `| ${name} | ${report.summary.documents} | ${words.toLocaleString('en')} | ${MISSION.map((c) => `${report.summary.byCategory[c]} (${per(report.summary.byCategory[c])})`).join(' | ')} | **${per(n)}** | ${report.summary.byCategory.typography} (${per(report.summary.byCategory.typography)}) |`;
}

/**
 * Every mission finding by rule and position. The pages' findings show the flagged text (60
 * characters at most: the pages' text is their publishers'); the news articles (CC BY-NC-SA,
 * never to be copied into the project) are listed by position only.
 * With --context, 60 characters either side are printed too, for reading on this machine only.
 */
function listing(report: Report, withMessage: boolean, withContext: boolean): string[] {
  const out: string[] = [];
  for (const doc of report.documents) {
    for (const f of doc.findings) {
      if (!(MISSION as readonly string[]).includes(f.category)) continue;
      const file = doc.path.split('/').pop();
      let line = `- \`${f.ruleId}\` ${file}${doc.id !== file ? ` ${doc.id}` : ''} ${f.line}:${f.column}`;
      if (withMessage) line += ` — \`${f.text.replace(/\s+/g, ' ').replace(/`/g, "'").slice(0, 60)}${f.text.length > 60 ? '…' : ''}\``;
      if (withContext) {
        const text = (doc.blocks ?? []).map((b) => b.text).join('\n\n');
        line += ` — in: ${text.slice(Math.max(0, f.offset - 60), f.offset + f.length + 60).replace(/\s+/g, ' ')}`;
      }
      out.push(line);
    }
  }
  return out;
}

/** Mission findings by rule, for the table in docs/measurements/real-de.md. */
function byRule(report: Report): string {
  const counts = new Map<string, number>();
  for (const doc of report.documents) for (const f of doc.findings) if ((MISSION as readonly string[]).includes(f.category)) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `\`${rule}\` ${n}`).join(', ');
}

if (!existsSync(join(REAL, 'evaldata.json'))) {
  console.log(`skipped: ${REAL} is absent (the measurement needs ../shared/data/real-de, or MTLINT_SHARED_DATA)`);
  process.exit(0);
}
const gold = JSON.parse(readFileSync(join(REAL, 'evaldata.json'), 'utf8')) as Record<string, Gold>;
const pages = readdirSync(join(REAL, 'html')).filter((f) => gold[f]).sort().map((f) => join(REAL, 'html', f));
const started = performance.now();
const pageReport = await runCheck({ paths: pages, config: DEFAULT_CONFIG, includeText: true });
const seconds = (performance.now() - started) / 1000;
const x = extractionScores(pageReport, gold);
console.log('# Real German text (../shared/data/real-de, development half)\n');
console.log(`## Article extraction: trafilatura's metric on ${x.perPage.length} pages\n`);
console.log('| extractor | precision | recall | F1 | pages with 0 words |');
console.log('|---|---|---|---|---|');
console.log(`| mtlint | ${x.precision.toFixed(3)} | ${x.recall.toFixed(3)} | **${x.f1.toFixed(3)}** | ${x.empty} |`);
console.log(`\n${x.tp} of ${x.tp + x.fn} article snippets kept, ${x.fp} of ${x.fp + x.tn} boilerplate snippets leaked; ${pages.length} pages checked in ${seconds.toFixed(1)} s (whole pipeline).\n`);
if (process.argv.includes('--extraction-only')) {
  for (const p of x.perPage) if (p.missed.length || p.leaked.length) console.log(`${p.file} words=${p.words}\n  missed: ${JSON.stringify(p.missed)}\n  leaked: ${JSON.stringify(p.leaked)}`);
  process.exit(0);
}
const newsReport = await runCheck({ paths: [join(REAL, 'news.jsonl')], config: DEFAULT_CONFIG, includeText: true });
console.log('## Mission findings per 1,000 words (every one a false alarm unless the page is itself defective)\n');
console.log(`| set | documents | words | ${MISSION.join(' | ')} | mission per 1k | typography (not a mission category) |`);
console.log(`|---|---|---|${MISSION.map(() => '---').join('|')}|---|---|`);
console.log(missionTable('real-de pages (330)', pageReport));
console.log(missionTable('real-de news.jsonl (Der Standard)', newsReport));
console.log(`\nBy rule — pages: ${byRule(pageReport)}; news.jsonl: ${byRule(newsReport)}.`);
const list = flag('list');
if (list) {
  const context = process.argv.includes('--context');
  writeFileSync(list, ['## Pages', '', ...listing(pageReport, true, context), '', '## news.jsonl (positions only: the articles are CC BY-NC-SA)', '', ...listing(newsReport, context, context), ''].join('\n'));
  console.log(`\nEvery mission finding listed in ${list}.`);
}
