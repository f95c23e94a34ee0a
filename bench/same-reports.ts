/**
 * Whether a change kept the reports byte for byte: builds another commit in a temporary git
 * worktree and runs its CLI and this checkout's on the same inputs — the bundled corpus, generated
 * articles and, when ../shared/data is there, the real German pages and newspaper feed of
 * real-de — comparing the JSON reports (no timestamp, so equal runs give equal bytes).
 * A speed change is done when this prints no difference.
 *   npm run same-reports -- COMMIT [--articles 2500]   (builds this checkout first: its dist/ is what is compared)
 * Exit code 0 when every report is identical, 1 when one differs, 2 on bad arguments.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { generateCorpus } from './generate.js';

const [commit, ...rest] = process.argv.slice(2);
const articlesFlag = rest.indexOf('--articles');
const articles = articlesFlag >= 0 ? Number(rest[articlesFlag + 1]) : 2500;
if (!commit || !Number.isInteger(articles) || articles < 1) {
  console.error('usage: node dist/bench/same-reports.js COMMIT [--articles N]');
  process.exit(2);
}

/** The developers' data beside the checkout (as scripts/measure reads it); never needed by the product. */
const SHARED_DATA = resolve(process.env.MTLINT_SHARED_DATA ?? join(PACKAGE_ROOT, '..', 'shared', 'data'));
const work = mkdtempSync(join(tmpdir(), 'mtlint-same-'));
const reference = join(work, 'reference');
const git = (...args: string[]): string => execFileSync('git', ['-C', PACKAGE_ROOT, ...args], { encoding: 'utf8' });

/** The first document (by index) whose report differs, for the message. */
function firstDifference(a: string, b: string): string {
  const left = (JSON.parse(a) as { documents: unknown[] }).documents;
  const right = (JSON.parse(b) as { documents: unknown[] }).documents;
  if (left.length !== right.length) return `${left.length} documents against ${right.length}`;
  const i = left.findIndex((d, k) => JSON.stringify(d) !== JSON.stringify(right[k]));
  return i < 0 ? 'the summary differs' : `document ${i + 1} (${(left[i] as { path?: string }).path ?? '?'}) differs first`;
}

/** A checkout's CLI, as its package.json names it (the bin's path has changed over time). */
function binOf(root: string): string {
  const { bin } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  return join(root, typeof bin === 'string' ? bin : Object.values(bin)[0]);
}

/** The JSON report of `bin` on `input`, run from the package root so that paths are the same. */
function report(bin: string, input: string, output: string): string {
  const run = spawnSync(process.execPath, [bin, 'check', input, '-f', `json:${output}`, '--exit-zero', '--jobs', '2'], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${bin} on ${input} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  return readFileSync(output, 'utf8');
}

let differences = 0;
try {
  git('worktree', 'add', '--detach', reference, commit);
  symlinkSync(join(PACKAGE_ROOT, 'node_modules'), join(reference, 'node_modules'));
  console.log(`building ${commit} in ${reference}`);
  execFileSync('npm', ['run', 'build'], { cwd: reference, stdio: ['ignore', 'ignore', 'inherit'] });
  const generated = join(work, 'generated');
  generateCorpus(generated, articles);
  const inputs = [join(PACKAGE_ROOT, 'corpus'), generated, join(SHARED_DATA, 'real-de', 'html'), join(SHARED_DATA, 'real-de', 'news.jsonl')];
  for (const input of inputs) {
    if (!existsSync(input)) {
      console.log(`skipped ${input}: not there (../shared/data is for developers only)`);
      continue;
    }
    const before = report(binOf(reference), input, join(work, 'before.json'));
    const after = report(binOf(PACKAGE_ROOT), input, join(work, 'after.json'));
    if (before === after) console.log(`identical  ${input} (${before.length.toLocaleString('en')} bytes)`);
    else {
      differences++;
      console.log(`DIFFERENT  ${input}: ${firstDifference(before, after)}`);
    }
  }
} finally {
  if (existsSync(reference)) git('worktree', 'remove', '--force', reference);
  rmSync(work, { recursive: true, force: true });
}
process.exit(differences > 0 ? 1 : 0);
