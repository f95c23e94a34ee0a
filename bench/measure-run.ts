/**
 * Child process of the benchmark: runs one check (or the floor) and prints
 * {ms, maxRssMB, documents} as JSON on its last line. Separate processes keep
 * each run's peak memory its own.
 *   node dist/bench/measure-run.js check <mtlint check arguments…>
 *   node dist/bench/measure-run.js floor <input> <output.json>
 *   node dist/bench/measure-run.js warm <mtlint check arguments…>   (one small check first: lexicon loaded, code warm)
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { main } from '../src/cli/main.js';
import { DEFAULT_CONFIG } from '../src/config/defaults.js';
import { runCheckStream } from '../src/engine/run.js';
import { jsonReporter } from '../src/reporters/json.js';
import type { DocumentRule } from '../src/rules/types.js';

/** The floor's only "rule": word and sentence tokenisation, which every real rule builds on. */
const tokenizeOnly: DocumentRule = {
  meta: { id: 'tokenize', category: 'encoding', severity: 'minor', description: 'Tokenises words and sentences; reports nothing.' },
  check(doc) {
    void doc.words;
    void doc.sentences;
    return [];
  },
};

const [mode, ...args] = process.argv.slice(2);
const quiet = { stdout: () => {}, stderr: (t: string) => void process.stderr.write(t), isTTY: false };
if (mode === 'warm') await main(['check', join(PACKAGE_ROOT, 'corpus'), '-f', 'json:/dev/null', '--jobs', '1', '--exit-zero'], quiet);
const started = performance.now();
let documents = 0;
if (mode === 'check' || mode === 'warm') {
  await main(['check', ...args], quiet);
} else if (mode === 'floor') {
  const [input, output] = args;
  const report = await runCheckStream({ paths: [input], config: DEFAULT_CONFIG, rules: [tokenizeOnly] });
  const fd = openSync(output, 'w');
  for (const piece of jsonReporter(report, { color: false })) writeSync(fd, piece);
  closeSync(fd);
  documents = report.summary.documents;
  report.dispose();
} else {
  throw new Error(`unknown mode ${mode}`);
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, documents }));
