/**
 * The benchmark. Prints one table: throughput single-threaded and on all
 * cores, peak memory, start-up, the bare floor (read + tokenise + write JSON)
 * and the pipeline/floor ratio, for a generated corpus and for a seed-like
 * article; then the cost of each rule, on the corpus and on one 5 MB article
 * (no rule may be super-linear). Each throughput figure is the fastest of
 * --runs runs (default 3; shared machines are noisy, and the fastest run is
 * the one least disturbed), with the highest peak memory of them. With --big
 * MB, streams one JSONL feed of that size, also with --jobs 1, and compares
 * the two reports byte for byte. Then the corpus's feeds as one feed, unsharded and over shards
 * (bench/sharded.ts). With --record, appends the run to
 * bench/results.md.
 * Then the adversarial table (bench/adversarial.ts): every case's cost per MB at 1× and 4×, against
 * the corpus. With --adversarial, only the corpus row and that table; with --rules, only the per-rule table.
 *   npm run bench [-- --articles 20000] [--runs 3] [--big 1000] [--record] [--adversarial | --rules]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, cpSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/defaults.js';
import type { Document } from '../src/document/document.js';
import { LineIndex } from '../src/document/line-index.js';
import { lintDocument } from '../src/engine/lint.js';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { readerFor } from '../src/readers/index.js';
import { RULES } from '../src/rules/index.js';
import { isRunRule, ruleContext, type Rule } from '../src/rules/types.js';
import { generateArticle, generateBigFeed, generateCorpus, seedLikeArticle } from './generate.js';
import { measureAdversarial, measureHuge } from './adversarial.js';
import { measureHtmlReader } from './html-reader.js';
import { measurePeer } from './peer.js';
import { measureReportLoad } from './report-load.js';
import { measureSharded } from './sharded.js';

const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? '') : undefined;
};
const articles = Number(flag('articles') ?? 20_000);
const bigMB = flag('big') !== undefined ? Number(flag('big')) : 0;
const record = flag('record') !== undefined;
const runs = Math.max(1, Number(flag('runs') ?? 3));
const adversarialOnly = flag('adversarial') !== undefined;
const rulesOnly = flag('rules') !== undefined;
const cores = availableParallelism();
const work = join(tmpdir(), `mtlint-bench-${process.pid}`);
const cli = join(PACKAGE_ROOT, 'dist', 'bin.cjs'); // the bin, as users run it
const modulesCli = join(PACKAGE_ROOT, 'dist', 'src', 'cli.js');
const runner = join(PACKAGE_ROOT, 'dist', 'bench', 'measure-run.js');
mkdirSync(work, { recursive: true });

interface Measured {
  ms: number;
  maxRssMB: number;
}

function measureOnce(mode: 'check' | 'floor', args: string[]): Measured {
  const result = spawnSync(process.execPath, [runner, mode, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const last = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !last.startsWith('{')) throw new Error(`${mode} ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(last) as Measured;
}


function wallMs(args: string[]): number {
  const started = performance.now();
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return performance.now() - started;
}

/** A preload that prints the process's CPU time (user + sys, ms) on stderr as it exits: start-up included. */
const cpuPreload = join(work, 'print-cpu.cjs');
writeFileSync(cpuPreload, "process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeSync(2, `\\ncpu ${(u.user + u.system) / 1000}\\n`); });\n");

/** CPU milliseconds of `node [script args]`, the whole process (node's own start-up too). */
function cpuMs(script: string[]): number {
  const result = spawnSync(process.execPath, ['--require', cpuPreload, ...script], { encoding: 'utf8' });
  const line = result.stderr.trim().split('\n').pop() ?? '';
  if (!line.startsWith('cpu ')) throw new Error(`no CPU time from node ${script.join(' ')}: ${result.stderr.slice(0, 300)}`);
  return Number(line.slice(4));
}

/** SHA-256 of a file, read in chunks (the reports of a 1 GB feed are too big to hold twice). */
function fileHash(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(1 << 20);
  for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
  closeSync(fd);
  return hash.digest('hex');
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n: number, digits = 1): string => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * Throughput rows for one input: full pipeline on 1 thread and on all cores, and the floor. The
 * three alternate (1, all, floor, 1, all, floor …), so that a slow spell of the machine falls on
 * all of them alike, and each keeps its fastest run.
 */
function throughput(name: string, input: string, bytes: number, docs: number): string[] & { msPerMB?: number } {
  const out = join(work, 'out.json');
  const configs: Array<['check' | 'floor', string[]]> = [
    ['check', [input, '--jobs', '1', '-f', `json:${out}`, '--exit-zero']],
    ['check', [input, '--jobs', String(cores), '-f', `json:${out}`, '--exit-zero']],
    ['floor', [input, out]],
  ];
  const results = configs.map((): Measured[] => []);
  for (let r = 0; r < runs; r++) configs.forEach(([mode, args], i) => results[i].push(measureOnce(mode, args)));
  const [single, all, floor] = results.map((ms) => ({ ms: Math.min(...ms.map((m) => m.ms)), maxRssMB: Math.max(...ms.map((m) => m.maxRssMB)) }));
  const mbs = (m: Measured): string => fmt(bytes / 1e6 / (m.ms / 1000), 2);
  const aps = (m: Measured): string => fmt(docs / (m.ms / 1000), 0);
  const row = (label: string, m: Measured, extra = ''): string => `| ${name} | ${label} | ${fmt(m.ms / 1000, 2)} s | **${mbs(m)}** | ${aps(m)} | ${fmt(m.maxRssMB, 0)} MB | ${extra} |`;
  return Object.assign([
    row('full rule set, 1 thread', single),
    row(`full rule set, ${cores} threads`, all, `${fmt(single.ms / all.ms, 2)}× one thread`),
    row('floor: read + tokenise + write JSON, 1 thread', floor, `pipeline/floor **${fmt(single.ms / floor.ms, 2)}×**`),
  ], { msPerMB: single.ms / (bytes / 1e6) });
}

/** Documents read from files, as the rules see them. */
function readDocuments(paths: string[]): Document[] {
  return paths.flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return readerFor(path)!.read({ path, text, lines: new LineIndex(text), fields: DEFAULT_CONFIG.fields }).documents;
  });
}

/** Milliseconds each rule takes over the documents (run rules: records and comparison). */
function ruleCosts(documents: Document[]): Map<string, number> {
  const costs = new Map<string, number>();
  const context = ruleContext(DEFAULT_CONFIG.rules.options);
  for (const d of documents) void [d.words, d.sentences]; // tokenisation is shared; it is counted in the floor
  for (const rule of RULES as Rule[]) {
    const started = performance.now();
    if (isRunRule(rule)) {
      const compare = rule.compare(context);
      for (const d of documents) {
        const r = rule.record(d, { ...context, locate: (start, end) => ({ path: d.path, documentId: d.id, offset: start, length: end - start, text: '', line: 1, column: 1, endLine: 1, endColumn: 1, fingerprint: '' }) });
        if (r !== undefined) compare(r);
      }
    } else for (const d of documents) rule.check(d, context);
    costs.set(rule.meta.id, performance.now() - started);
  }
  return costs;
}

const lines: string[] = [];
const log = (line = ''): void => {
  console.log(line);
  lines.push(line);
};

// The generated corpus.
const corpusDir = join(work, 'corpus');
const generated = generateCorpus(corpusDir, articles);
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
log(`## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${machine}\n`);
log(`Generated corpus: ${articles.toLocaleString('en')} articles in ${generated.files} files (JSONL feeds of 500, text, HTML), ${fmt(generated.bytes / 1e6)} MB, with injected defects.`);
const seedText = seedLikeArticle();
log(`Seed-like article: ${Buffer.byteLength(seedText).toLocaleString('en')} bytes shaped like the seed (headline three times, separators, English inserts and quotes, credit, navigation), 500 copies as files.`);
log(`Times: the fastest of ${runs} runs, the configurations taking turns; peak RSS: the highest of them (whole process, all threads).\n`);
if (rulesOnly) {
  perRuleTable();
  rmSync(work, { recursive: true, force: true });
  if (record) appendFileSync(join(PACKAGE_ROOT, 'bench', 'results.md'), `\n${lines.join('\n')}\n`);
  process.exit(0);
}
log('| input | run | time | MB/s | articles/s | peak RSS | notes |');
log('|---|---|---|---|---|---|---|');
const corpusRows = throughput('generated corpus', corpusDir, generated.bytes, articles);
for (const row of corpusRows) log(row);

function adversarialTable(): void {
  log(`\nAdversarial inputs, checked at 1× and 4× their size, one thread, after a warm-up (fastest of ${runs}). Cost: ms per MB of input or of the JSON report, whichever is larger; growth: the 4× cost per MB over the 1× one (over 1.5×: super-linear); against corpus: over the generated corpus's ${fmt(corpusRows.msPerMB!, 0)} ms/MB (goal ≤ 2×).\n`);
  log('| case | size 1× / 4× | time 1× / 4× | ms/MB at 4× | growth | against corpus | |');
  log('|---|---|---|---|---|---|---|');
  const rows = measureAdversarial(work, corpusRows.msPerMB!, runs);
  for (const row of rows) log(row.line);
  // The machine's speed drifts over the minutes the table takes: the corpus again, to show by how much.
  const again = Math.min(...Array.from({ length: runs }, () => measureOnce('check', [corpusDir, '--jobs', '1', '-f', `json:${join(work, 'out.json')}`, '--exit-zero']).ms)) / (generated.bytes / 1e6);
  log(`\n${rows.filter((r) => r.flagged).length} of ${rows.length} cases flagged. The corpus measured again after the table: ${fmt(again, 0)} ms/MB (${fmt(again / corpusRows.msPerMB!, 2)}× the figure above).\n`);
  log('| huge input | time | peak RSS | report |');
  log('|---|---|---|---|');
  for (const line of measureHuge(work)) log(line);
}
function perRuleTable(): void {
  // Per-rule cost on the corpus (a sample) and on one 5 MB article.
  const names = readdirSync(corpusDir).sort();
  const sampleFiles = [...names.filter((n) => n.endsWith('.jsonl')).slice(0, 4), ...names.filter((n) => !n.endsWith('.jsonl')).slice(0, 200)].map((n) => join(corpusDir, n));
  const sample = readDocuments(sampleFiles);
  const sampleMB = sample.reduce((n, d) => n + d.text.length, 0) / 1e6;
  const longArticle = join(work, 'long.txt');
  const paragraphs: string[] = [];
  for (let i = 0, size = 0; size < 5e6; i++) {
    const a = generateArticle(i);
    paragraphs.push(...a.paragraphs);
    size += a.paragraphs.join('\n\n').length;
  }
  writeFileSync(longArticle, `Ein sehr langer Artikel für die Messung\n\n${paragraphs.join('\n\n')}\n`);
  const long = readDocuments([longArticle]);
  const longMB = long[0].text.length / 1e6;
  // The same kind of text as one paragraph without a single line break, of 1 MB and of 2 MB: no rule may hang
  // on a long line, and one whose cost per MB grows from the first to the second is super-linear there.
  function oneLine(bytes: number): { doc: Document[]; MB: number } {
    const path = join(work, `paragraph-${bytes}.txt`);
    const text: string[] = [];
    for (let i = 0, size = 0; size < bytes; i++) size += (text[i] = paragraphs[i]).length + 1;
    writeFileSync(path, `Ein sehr langer Absatz für die Messung\n\n${text.join(' ')}\n`);
    const doc = readDocuments([path]);
    return { doc, MB: doc[0].text.length / 1e6 };
  }
  const paragraph = oneLine(1e6);
  const paragraph2 = oneLine(2e6);
  const tokenizeStarted = performance.now();
  void [long[0].words, long[0].sentences];
  const tokenizeMs = performance.now() - tokenizeStarted;
  const onSample = ruleCosts(sample);
  const onLong = ruleCosts(long);
  ruleCosts(oneLine(1e6).doc); // a first pass on a copy warms the code paths only such lines take (each document keeps its own analyses)
  const onParagraph = ruleCosts(paragraph.doc);
  const onParagraph2 = ruleCosts(paragraph2.doc);
  log(`\nPer-rule cost, in ms per MB of article text: on ${sample.length} generated articles (${fmt(sampleMB, 1)} MB), on one article of ${fmt(longMB, 1)} MB (${paragraphs.length.toLocaleString('en')} paragraphs), and on one paragraph (one line) of ${fmt(paragraph.MB, 1)} and of ${fmt(paragraph2.MB, 1)} MB. Tokenising the long article took ${fmt(tokenizeMs, 0)} ms. A rule is flagged super-linear when the long article costs it over 3× more per MB than articles, or the 2 MB line 1.5× more per MB than the 1 MB line; a rule that costs more per MB on one line, but no more on 2 MB than on 1 MB, is linear (costly on one line).\n`);
  log('| rule | ms/MB, articles | ms/MB, one 5 MB article | ms/MB, one 1 MB line | ms/MB, one 2 MB line | |');
  log('|---|---|---|---|---|---|');
  for (const rule of RULES) {
    const a = onSample.get(rule.meta.id)! / sampleMB;
    const b = onLong.get(rule.meta.id)! / longMB;
    const c = onParagraph.get(rule.meta.id)! / paragraph.MB;
    const d = onParagraph2.get(rule.meta.id)! / paragraph2.MB;
    const verdict = b > 3 * Math.max(a, 5) || d > 1.5 * Math.max(c, 5) ? '**super-linear?**' : c > 3 * Math.max(a, 5) ? 'linear (costly on one line)' : 'linear';
    log(`| ${rule.meta.id} | ${fmt(a, 1)} | ${fmt(b, 1)} | ${fmt(c, 1)} | ${fmt(d, 1)} | ${verdict} |`);
  }
  const total = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
  log(`| **all rules** | ${fmt(total(onSample) / sampleMB, 1)} | ${fmt(total(onLong) / longMB, 1)} | ${fmt(total(onParagraph) / paragraph.MB, 1)} | ${fmt(total(onParagraph2) / paragraph2.MB, 1)} | |`);

}

if (adversarialOnly) {
  adversarialTable();
  rmSync(work, { recursive: true, force: true });
  if (record) appendFileSync(join(PACKAGE_ROOT, 'bench', 'results.md'), `\n${lines.join('\n')}\n`);
  process.exit(0);
}

const seedDir = join(work, 'seed');
mkdirSync(seedDir);
const seed = join(work, 'seed-like.txt');
writeFileSync(seed, seedText);
for (let i = 0; i < 500; i++) writeFileSync(join(seedDir, `artikel-${i}.txt`), seedText);
for (const row of throughput('seed-like article ×500', seedDir, Buffer.byteLength(seedText) * 500, 500)) log(row);

const small = join(PACKAGE_ROOT, 'corpus/text/startup-homeoffice-sauber.txt');
const startups = Array.from({ length: 7 }, () => wallMs(['check', small, '-f', `json:${join(work, 's.json')}`]));
const seedRuns = Array.from({ length: 5 }, () => wallMs(['check', seed, '-f', `json:${join(work, 's.json')}`]));
log(`| one small file | start-up: \`mtlint check\` wall time, median of 7 | ${fmt(median(startups), 0)} ms | | | | whole process |`);
const smallArgs = ['check', small, '-f', `json:${join(work, 's.json')}`];
// Interleaved (bundled, modules, node, bundled, …), so that a slow spell of the machine falls on all three alike.
const cpuRuns = Array.from({ length: 11 }, () => ({ bundled: cpuMs([cli, ...smallArgs]), modules: cpuMs([modulesCli, ...smallArgs]), node: cpuMs(['-e', '0']) }));
const cpu = {
  bundled: median(cpuRuns.map((r) => r.bundled)),
  modules: median(cpuRuns.map((r) => r.modules)),
  node: median(cpuRuns.map((r) => r.node)),
};
log(`| one small file | start-up CPU (user + sys), median of 11 interleaved: bin (bundle + code cache) / unbundled modules / \`node -e 0\` | ${fmt(cpu.bundled, 0)} / ${fmt(cpu.modules, 0)} / ${fmt(cpu.node, 0)} ms | | | | **${fmt(cpu.bundled / cpu.node, 1)}×** \`node -e 0\` (goal ≤ 2×); the bin saves ${fmt(cpu.modules / cpu.bundled, 2)}× |`);
log(`| seed-like article | one article, wall time, median of 5 | ${fmt(median(seedRuns), 0)} ms | | | | whole process |`);
for (const row of measurePeer(cli, seedText, work, runs)) log(row);
// mtlint fix over the 500 seed-like files (a fresh copy each run: fix writes them): each file is read, linted, fixed and read back.
const fixRuns = Array.from({ length: runs }, (_, r) => {
  const copy = join(work, `fix-${r}`);
  cpSync(seedDir, copy, { recursive: true });
  return wallMs(['fix', copy]);
});
log(`| seed-like article ×500 | \`mtlint fix\` (writes the fixed files), wall time, fastest of ${runs} | ${fmt(Math.min(...fixRuns) / 1000, 2)} s | ${fmt((Buffer.byteLength(seedText) * 500) / 1e6 / (Math.min(...fixRuns) / 1000), 2)} | ${fmt(500 / (Math.min(...fixRuns) / 1000), 0)} | | whole process |`);
log(await measureReportLoad(10_000, runs));
for (const row of measureHtmlReader(runs)) log(row);

if (bigMB > 0) {
  const big = join(work, 'big.jsonl');
  const feed = generateBigFeed(big, bigMB);
  for (const jobs of [cores, 1]) {
    const m = measureOnce('check', [big, '--jobs', String(jobs), '-f', `json:${join(work, `big-${jobs}.json`)}`, '--exit-zero']);
    log(`| one JSONL feed of ${fmt(feed.bytes / 1e6, 0)} MB | streamed, ${jobs} thread${jobs > 1 ? 's' : ''}, JSON report ${fmt(statSync(join(work, `big-${jobs}.json`)).size / 1e6, 0)} MB | ${fmt(m.ms / 1000, 1)} s | ${fmt(feed.bytes / 1e6 / (m.ms / 1000), 2)} | ${fmt(feed.articles / (m.ms / 1000), 0)} | **${fmt(m.maxRssMB, 0)} MB** | ${feed.articles.toLocaleString('en')} articles |`);
  }
  const same = fileHash(join(work, `big-${cores}.json`)) === fileHash(join(work, 'big-1.json'));
  log(`| | reports with --jobs ${cores} and --jobs 1 | ${same ? '**byte-identical**' : '**DIFFERENT**'} | | | | |`);
  rmSync(big);
}

const shardWork = join(work, 'sharded');
mkdirSync(shardWork);
for (const row of await measureSharded(cli, corpusDir, shardWork, cores, runs)) log(row);
rmSync(shardWork, { recursive: true, force: true });

perRuleTable();
adversarialTable();

rmSync(work, { recursive: true, force: true });
if (record) appendFileSync(join(PACKAGE_ROOT, 'bench', 'results.md'), `\n${lines.join('\n')}\n`);
