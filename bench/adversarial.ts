/**
 * Adversarial inputs: runs of one character, deep nesting, one long line, a
 * document with a finding per character, huge articles. Each case is checked
 * at 1× and 4× its size in a child process (after a warm-up check, so the
 * lexicon load is not counted) and reported in ms per MB of input or of the
 * JSON report, whichever is larger (a run must at least write its report).
 * A case is flagged when its cost per MB grows by over 1.5× from 1× to 4×
 * (super-linear), or when it costs over 2× the generated corpus per MB.
 * The huge cases report peak memory: one 200 MB article and one 100 MB line
 * are each that file's error (the documented 16 MB article limit), never a
 * crash, and an 8 MB article is written in every format.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { REPORTERS } from '../src/reporters/index.js';
import { generateArticle } from './generate.js';

interface Case {
  name: string;
  ext: string;
  /** Bytes at 1×. */
  size: number;
  make: (bytes: number) => string;
}

const PROSE = 'Die Regierung hat am Montag in Berlin neue Pläne für die Energiepreise vorgestellt, sagte ein Sprecher. ';
const repeat = (unit: string, bytes: number): string => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
const KB = 1024;

export const ADVERSARIAL_CASES: Case[] = [
  { name: 'ordinary prose, one line', ext: 'txt', size: 256 * KB, make: (n) => `Titel\n\n${repeat(PROSE, n)}` },
  { name: 'run of dots', ext: 'txt', size: 256 * KB, make: (n) => `Titel\n\n${'.'.repeat(n)}` },
  { name: 'run of spaces before )', ext: 'txt', size: 256 * KB, make: (n) => `Titel\n\nA${' '.repeat(n)})` },
  { name: 'one word of 256 K letters', ext: 'txt', size: 256 * KB, make: (n) => `Titel\n\n${'a'.repeat(n)}` },
  { name: 'lines of one letter', ext: 'txt', size: 256 * KB, make: (n) => `Titel\n\n${repeat('x\n', n)}` },
  { name: 'CR line ends', ext: 'txt', size: 256 * KB, make: (n) => `Titel\r\r${repeat('x\r', n)}` },
  { name: 'run of „ (one finding each)', ext: 'txt', size: 32 * KB, make: (n) => `Titel\n\n${'„'.repeat(n)}` },
  { name: '„a repeated (nested openers)', ext: 'txt', size: 64 * KB, make: (n) => `Titel\n\n${repeat('„a ', n)}` },
  { name: 'run of ( (one finding each)', ext: 'txt', size: 32 * KB, make: (n) => `Titel\n\n${'('.repeat(n)}` },
  { name: 'run of » (one finding each)', ext: 'txt', size: 32 * KB, make: (n) => `Titel\n\n${'»'.repeat(n)}` },
  { name: 'Abstract and a run of capitals', ext: 'txt', size: 256 * KB, make: (n) => `Titel\n\nAbstract ${'A'.repeat(n)}` },
  { name: '{ and a run of : and ;', ext: 'txt', size: 256 * KB, make: (n) => `Titel\n\n${repeat(`{${':;'.repeat(199)} `, n)}` },
  { name: 'lower-case English words', ext: 'txt', size: 256 * KB, make: (n) => `Titel\n\n${repeat('der house ', n)}` },
  { name: 'URL of 256 K characters', ext: 'txt', size: 256 * KB, make: (n) => `Titel\n\nhttp://${'a'.repeat(n)}` },
  { name: 'front matter title of spaces', ext: 'md', size: 256 * KB, make: (n) => `---\ntitle:${' '.repeat(n)}x\n---\n\nText.\n` },
  { name: 'Markdown list nested on one line', ext: 'md', size: 256 * KB, make: (n) => `${'- '.repeat(n / 2)}a\n` },
  { name: 'Markdown lists nested 8 deep', ext: 'md', size: 256 * KB, make: (n) => repeat(`${'- '.repeat(8)}${PROSE}\n`, n) },
  { name: 'Markdown quotes nested on one line', ext: 'md', size: 256 * KB, make: (n) => `${'>'.repeat(n)} a\n` },
  { name: 'Markdown run of [', ext: 'md', size: 32 * KB, make: (n) => '['.repeat(n) },
  { name: 'Markdown [a]( repeated', ext: 'md', size: 256 * KB, make: (n) => repeat('[a](', n) },
  { name: 'Markdown run of backticks and <', ext: 'md', size: 256 * KB, make: (n) => repeat('`<`<!--', n) },
  { name: 'HTML nested 50 K deep', ext: 'html', size: 256 * KB, make: (n) => `<html><body>${'<div>'.repeat(n / 11)}Text${'</div>'.repeat(n / 11)}</body></html>` },
  { name: 'HTML unclosed elements', ext: 'html', size: 256 * KB, make: (n) => `<html><body>${'<b>'.repeat(n / 3)}Text</body></html>` },
  { name: 'HTML run of <', ext: 'html', size: 256 * KB, make: (n) => `<html><body><p>${'<'.repeat(n)}</p></body></html>` },
  { name: 'JSONL item of one long string', ext: 'jsonl', size: 256 * KB, make: (n) => `${JSON.stringify({ title: 'T', body: 'x'.repeat(n) })}\n` },
  { name: 'JSONL string of escapes', ext: 'jsonl', size: 256 * KB, make: (n) => `{"title":"T","body":"${'\\"'.repeat(n / 2)}"}\n` },
  { name: 'JSON nested 128 K deep', ext: 'json', size: 256 * KB, make: (n) => `${'['.repeat(n / 2)}${']'.repeat(n / 2)}` },
  { name: 'RSS item of nested tags', ext: 'rss', size: 256 * KB, make: (n) => `<rss><channel><item><title>T</title><description>${'<b>'.repeat(n / 3)}</description></item></channel></rss>` },
];

export interface AdversarialRow {
  line: string;
  flagged: boolean;
}

interface Measured {
  ms: number;
  maxRssMB: number;
}

function run(runner: string, args: string[]): Measured {
  const result = spawnSync(process.execPath, [runner, 'warm', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const last = result.stdout.trim().split('\n').pop() ?? '';
  if (!last.startsWith('{')) throw new Error(`check ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.slice(0, 500)}`);
  return JSON.parse(last) as Measured;
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The table rows: each case at 1× and 4×, against the corpus's cost per MB on one thread. */
export function measureAdversarial(work: string, corpusMsPerMB: number, runs: number): AdversarialRow[] {
  const runner = join(PACKAGE_ROOT, 'dist', 'bench', 'measure-run.js');
  const rows: AdversarialRow[] = [];
  for (const c of ADVERSARIAL_CASES) {
    const perMB = [1, 4].map((factor) => {
      const input = join(work, `adversarial.${c.ext}`);
      const report = join(work, 'adversarial.json');
      writeFileSync(input, c.make(c.size * factor));
      const ms = Math.min(...Array.from({ length: runs }, () => run(runner, [input, '--jobs', '1', '-f', `json:${report}`, '--exit-zero']).ms));
      const MB = Math.max(statSync(input).size, statSync(report).size) / 1e6;
      return { ms, MB, inputMB: statSync(input).size / 1e6, perMB: ms / MB };
    });
    const growth = perMB[1].perMB / perMB[0].perMB;
    const overCorpus = perMB[1].perMB / corpusMsPerMB;
    const flagged = growth > 1.5 || overCorpus > 2;
    const verdict = growth > 1.5 ? '**super-linear?**' : overCorpus > 2 ? '**over 2× corpus**' : 'linear';
    rows.push({
      flagged,
      line: `| ${c.name} | ${fmt(perMB[0].inputMB * 1000)} / ${fmt(perMB[1].inputMB * 1000)} KB | ${fmt(perMB[0].ms)} / ${fmt(perMB[1].ms)} ms | ${fmt(perMB[1].perMB)} | ${fmt(growth, 2)}× | ${fmt(overCorpus, 2)}× | ${verdict} |`,
    });
  }
  return rows;
}

/** Writes a file of `bytes` in pieces (never one string of that size). */
function writeLarge(path: string, bytes: number, piece: (i: number) => string): void {
  const fd = openSync(path, 'w');
  let written = 0;
  for (let i = 0; written < bytes; i++) written += writeSync(fd, piece(i));
  closeSync(fd);
}

/** Huge inputs: peak memory and time, and what the report says of them. */
export function measureHuge(work: string): string[] {
  const runner = join(PACKAGE_ROOT, 'dist', 'bench', 'measure-run.js');
  const lines: string[] = [];
  const cases: Array<[string, string, number, (i: number) => string]> = [
    ['one hard-wrapped 200 MB article', 'huge.txt', 200e6, (i) => `${generateArticle(i).paragraphs.join('\n\n')}\n\n`],
    ['one 100 MB line of text', 'line.txt', 100e6, () => PROSE.repeat(1000)],
    ['a JSONL feed whose one item is a 100 MB line', 'line.jsonl', 100e6, (i) => (i === 0 ? '{"title":"T","body":"' : PROSE.repeat(1000))],
  ];
  for (const [name, file, bytes, piece] of cases) {
    const input = join(work, file);
    writeLarge(input, bytes, piece);
    if (file.endsWith('.jsonl')) writeFileSync(input, '"}\n{"title":"Zweiter Artikel","body":"Ein kurzer Text."}\n', { flag: 'a' });
    const report = join(work, 'huge.json');
    const m = run(runner, [input, '--jobs', '1', '-f', `json:${report}`, '--exit-zero']);
    const { summary, documents } = JSON.parse(readFileSync(report, 'utf8')) as { summary: { checked: number; errors: number }; documents: Array<{ status: string; error?: string }> };
    const error = documents.find((d) => d.status === 'error')?.error;
    lines.push(`| ${name} | ${fmt(m.ms / 1000, 1)} s | **${fmt(m.maxRssMB)} MB** | ${summary.checked} checked, ${summary.errors} error: ${error ?? '—'} |`);
  }
  const article = join(work, 'eight.txt');
  writeLarge(article, 8e6, (i) => `${generateArticle(i).paragraphs.join('\n\n')}\n\n`);
  const formats = Object.keys(REPORTERS).map((f) => `${f}:${join(work, `eight.${f}`)}`);
  const m = run(runner, [article, '--jobs', '1', ...formats.flatMap((f) => ['-f', f]), '--exit-zero']);
  lines.push(`| one 8 MB article, every format (${Object.keys(REPORTERS).join(', ')}) | ${fmt(m.ms / 1000, 1)} s | **${fmt(m.maxRssMB)} MB** | ${fmt(m.ms / 8, 0)} ms per MB of input |`);
  return lines;
}
