/**
 * Whole-pipeline benchmark: generate N articles, check them as the CLI does
 * (read, tokenise, rules, score, JSON report), and print articles/s, MB/s and
 * peak memory; then a second pass breaks the time down by stage and by rule.
 * Usage: npm run bench [-- --articles 5000]
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/defaults.js';
import { readInputs, runCheck } from '../src/engine/run.js';
import { jsonReporter } from '../src/reporters/json.js';
import { RULES } from '../src/rules/index.js';
import { isRunRule } from '../src/rules/types.js';
import { lexicon } from '../src/lexicon/lexicon.js';
import { generateCorpus } from './generate.js';

const argIndex = process.argv.indexOf('--articles');
const articles = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 5000;
const dir = join(tmpdir(), `mtlint-bench-${process.pid}`);
const config = DEFAULT_CONFIG;
const context = { options: config.rules.options };
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const { files, bytes } = generateCorpus(dir, articles);
global.gc?.();
const beforeLexicon = process.memoryUsage().rss;
const lexiconStarted = performance.now();
lexicon().classify('Probe'); // loads the hunspell dictionaries once, as the first english rule would
const lexiconMs = performance.now() - lexiconStarted;
global.gc?.();
const baseRss = process.memoryUsage().rss;
let peakRss = baseRss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 5);

// Pass 1: the pipeline as the CLI runs it.
const started = performance.now();
const report = runCheck({ paths: [dir], config });
const json = jsonReporter(report, { color: false });
const total = performance.now() - started;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
clearInterval(sampler);

// Pass 2: where the time goes.
const t0 = performance.now();
const documents = readInputs({ paths: [dir], config }).entries.flatMap((e) => ('document' in e ? [e.document] : []));
const t1 = performance.now();
for (const d of documents) void [d.words, d.sentences];
const t2 = performance.now();
const ruleTimes = RULES.map((rule) => {
  const t = performance.now();
  if (isRunRule(rule)) rule.checkRun(documents, context);
  else for (const d of documents) rule.check(d, context);
  return [rule.meta.id, performance.now() - t] as const;
});
rmSync(dir, { recursive: true, force: true });

const mb = bytes / 1e6;
const words = report.summary.words;
console.log(`# mtlint benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.arch})\n`);
console.log(`input: ${report.summary.documents} articles in ${files} files, ${mb.toFixed(1)} MB, ${words.toLocaleString('en')} words; ${report.summary.findings} findings; JSON report ${(json.length / 1e6).toFixed(1)} MB\n`);
console.log(`whole pipeline: ${s(total)} — **${(report.summary.documents / (total / 1000)).toFixed(0)} articles/s, ${(mb / (total / 1000)).toFixed(2)} MB/s**; peak memory **${(peakRss / 1e6).toFixed(0)} MB RSS** (${((peakRss - baseRss) / 1e6).toFixed(0)} MB above the process at start)\n`);
console.log(`start-up: loading the German and English dictionaries takes ${s(lexiconMs)} and ${((baseRss - beforeLexicon) / 1e6).toFixed(0)} MB (once per process, included in neither figure above)\n`);
console.log(`| stage | time | ms per 1,000 words |\n|---|---|---|`);
const row = (name: string, ms: number): void => console.log(`| ${name} | ${s(ms)} | ${((ms * 1000) / words).toFixed(3)} |`);
row('read + parse', t1 - t0);
row('tokenise (words, sentences)', t2 - t1);
for (const [id, ms] of ruleTimes) row(`rule ${id}`, ms);
