/**
 * Sharded against unsharded: the generated corpus's JSONL feeds as one feed, checked by one
 * process (all cores, --jobs) and as `shards` shard runs side by side plus `mtlint merge`, the
 * docs/scale.md recipe without GNU parallel. Wall times (fastest of `runs`) and whether the two
 * JSON reports are byte-identical.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function run(cli: string, args: string[], cwd: string): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(0) : fail(new Error(`mtlint ${args.join(' ')} exited ${code}`))));
  });
}

export async function measureSharded(cli: string, corpusDir: string, work: string, shards: number, runs: number): Promise<string[]> {
  const feeds = readdirSync(corpusDir).filter((n) => n.endsWith('.jsonl')).sort();
  const feed = feeds.map((n) => readFileSync(join(corpusDir, n), 'utf8')).map((t) => (t.endsWith('\n') ? t : `${t}\n`)).join('');
  writeFileSync(join(work, 'feed.jsonl'), feed);
  const lines = feed.split('\n').slice(0, -1);
  const size = Math.ceil(lines.length / shards);
  const parts: Array<{ name: string; offset: number }> = [];
  for (let i = 0; i < lines.length; i += size) {
    const name = `shard.${parts.length}`;
    writeFileSync(join(work, name), `${lines.slice(i, i + size).join('\n')}\n`);
    parts.push({ name, offset: i });
  }
  const whole: number[] = [];
  const sharded: number[] = [];
  const mapped: number[] = [];
  for (let r = 0; r < runs; r++) {
    let started = performance.now();
    spawnSync(process.execPath, [cli, 'check', 'feed.jsonl', '-f', 'json:whole.json', '--exit-zero'], { cwd: work });
    whole.push(performance.now() - started);
    started = performance.now();
    await Promise.all(parts.map((p) => run(cli, ['check', p.name, '--jobs', '1', '--path-as', 'feed.jsonl', '--line-offset', String(p.offset), '--shard', `${p.name}.mtlint`], work)));
    mapped.push(performance.now() - started);
    spawnSync(process.execPath, [cli, 'merge', ...parts.map((p) => `${p.name}.mtlint`), '-f', 'json:merged.json', '--exit-zero'], { cwd: work });
    sharded.push(performance.now() - started);
  }
  const same = readFileSync(join(work, 'whole.json'), 'utf8') === readFileSync(join(work, 'merged.json'), 'utf8');
  const MB = Buffer.byteLength(feed) / 1e6;
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const best = (ms: number[]): number => Math.min(...ms);
  return [
    `| one JSONL feed of ${MB.toFixed(1)} MB (${lines.length.toLocaleString('en')} articles, the corpus's feeds) | one run, all cores | ${s(best(whole))} | ${(MB / (best(whole) / 1000)).toFixed(2)} | | | |`,
    `| | ${parts.length} shard runs side by side (--jobs 1 each) + \`mtlint merge\` | ${s(best(sharded))} | ${(MB / (best(sharded) / 1000)).toFixed(2)} | | | map ${s(best(mapped))}, merge ${s(best(sharded) - best(mapped))}; merged report ${same ? '**byte-identical**' : '**DIFFERENT**'} |`,
  ];
}
