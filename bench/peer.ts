/**
 * mtlint against a peer on the same text: Debian's pofilter (translate-toolkit), the closest
 * packaged translation-QA checker. The seed-like article ×100, as one file (mtlint: a JSONL feed
 * of 100 items; pofilter: one PO file of their paragraphs, each its own unit) and as 100 files.
 * Each tool's whole process is timed by GNU time (CPU = user + sys, children and threads
 * included), fastest of `runs`; the ratio is pofilter's CPU over mtlint's. pofilter gets the German
 * text as source and translation: there is no English source, and its checks run on either way.
 * Skipped, with the reason, when pofilter or GNU time is not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

/** CPU seconds (user + sys) of one command, by GNU time; throws when the command fails. */
function cpuSeconds(command: string, args: string[], cwd: string): number {
  const result = spawnSync(TIME, ['-f', 'mtlint-bench-cpu %U %S', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = result.stderr.split('\n').find((l) => l.startsWith('mtlint-bench-cpu '));
  if (result.status !== 0 || !line) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.slice(-300)}`);
  const [, user, sys] = line.split(' ');
  return Number(user) + Number(sys);
}

const installed = (command: string, args: string[]): boolean => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

const poString = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
const PO_HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n';

function poUnits(article: string, name: string): string {
  return article
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p, i) => `#: ${name}:${i + 1}\nmsgid ${poString(p)}\nmsgstr ${poString(p)}\n`)
    .join('\n');
}

export function measurePeer(cli: string, article: string, work: string, runs: number): string[] {
  if (!installed(TIME, ['--version'])) return ['| seed-like article ×100 | against pofilter | skipped: GNU time (/usr/bin/time, Debian `time`) is not installed | | | | |'];
  if (!installed('pofilter', ['--version'])) return ['| seed-like article ×100 | against pofilter | skipped: pofilter is not installed (Debian `translate-toolkit`) | | | | |'];
  const dir = join(work, 'peer');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'txt'), { recursive: true });
  mkdirSync(join(dir, 'po'));
  const names = Array.from({ length: 100 }, (_, i) => `artikel-${i}`);
  writeFileSync(join(dir, 'feed.jsonl'), names.map((id) => JSON.stringify({ id, text: article })).join('\n') + '\n');
  writeFileSync(join(dir, 'feed.po'), PO_HEADER + names.map((n) => poUnits(article, `${n}.txt`)).join('\n'));
  for (const n of names) {
    writeFileSync(join(dir, 'txt', `${n}.txt`), article);
    writeFileSync(join(dir, 'po', `${n}.po`), PO_HEADER + poUnits(article, `${n}.txt`));
  }
  const fastest = (measure: () => number): number => Math.min(...Array.from({ length: runs }, measure));
  const rows: string[] = [];
  for (const [label, mtlintInput, poInput] of [
    ['as one file', 'feed.jsonl', 'feed.po'],
    ['as 100 files', 'txt', 'po'],
  ] as const) {
    const mtlint = fastest(() => cpuSeconds(process.execPath, [cli, 'check', mtlintInput, '-f', 'json:report.json', '--exit-zero'], dir));
    const pofilter = fastest(() => {
      rmSync(join(dir, 'out'), { recursive: true, force: true });
      return cpuSeconds('pofilter', ['--progress=none', '-i', poInput, '-o', poInput.endsWith('.po') ? 'out.po' : 'out'], dir);
    });
    rows.push(`| seed-like article ×100, ${label} | CPU (user + sys), fastest of ${runs}: mtlint check / pofilter | ${mtlint.toFixed(2)} / ${pofilter.toFixed(2)} s | | | | **${(pofilter / mtlint).toFixed(2)}×** pofilter (goal ≥ 5×) |`);
  }
  return rows;
}
