import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { spawnCli, tempDir } from './cli-helpers.js';

/**
 * A feed whose headlines repeat across what become shard boundaries: items 2, 9 and 14 copy the
 * headlines of items 0, 3 and 8; every third item has no id (its id is its line).
 */
function feed(): string {
  const headlines = [
    'Sturm über Norddeutschland: Bahn stellt Fernverkehr ein',
    'Zinsentscheid: EZB hält den Leitzins stabil',
    'Waldbrände in Griechenland: Tausende Touristen evakuiert',
    'Bundestag beschließt neues Heizungsgesetz',
    'Streik bei der Lufthansa: Hunderte Flüge fallen aus',
    'Neue Studie: Deutsche lesen wieder mehr Bücher',
    'Hochwasser in Bayern: Pegel steigen weiter',
    'Autoindustrie meldet Rekordabsatz bei E-Autos',
    'Mieten in Großstädten steigen um acht Prozent',
    'Erster Schnee in den Alpen sorgt für Staus',
    'Forscher entdecken neue Käferart im Schwarzwald',
    'Landtag debattiert über kostenlose Schulbusse',
    'Museum zeigt verschollene Gemälde aus Privatbesitz',
    'Handballerinnen gewinnen Auftakt der Europameisterschaft',
    'Stadtwerke senken zum Jahreswechsel die Strompreise',
    'Polizei warnt vor falschen Handwerkern an der Haustür',
  ];
  const copyOf: Record<number, number> = { 2: 0, 9: 3, 14: 8 };
  const items = [];
  for (let i = 0; i < 16; i++) {
    const title = headlines[copyOf[i] ?? i];
    const body = `Die Behörden teilten am Montag mit, dass die Lage unter Kontrolle sei. Meldung ${i}: Die Ermittlungen dauern an, and further updates will follow.`;
    items.push(JSON.stringify(i % 3 === 1 ? { title, body } : { id: `m-${i}`, title, body }));
  }
  return `${items.join('\n')}\n`;
}

/** Cuts `text` into `n` shards at line ends; each with the number of lines before it. */
function cut(text: string, n: number): Array<{ text: string; offset: number }> {
  const lines = text.split('\n').slice(0, -1);
  const size = Math.ceil(lines.length / n);
  const shards = [];
  for (let i = 0; i < lines.length; i += size) shards.push({ text: `${lines.slice(i, i + size).join('\n')}\n`, offset: i });
  return shards;
}

const FORMATS = ['json', 'jsonl', 'sarif', 'rdjson', 'html', 'stylish'];
const formatArgs = (dir: string, stem: string): string[] => FORMATS.flatMap((f) => ['-f', `${f}:${join(dir, `${stem}.${f}`)}`]);

describe('sharded runs merge into the report of one run', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'feed.jsonl'), feed());
  const whole = spawnCli(['check', 'feed.jsonl', ...formatArgs(dir, 'whole')], dir);

  it.each([2, 3, 4])('split in %i: every format byte for byte, the exit code too', (n) => {
    const shards = cut(feed(), n);
    expect(shards.length).toBe(n);
    shards.forEach((shard, i) => {
      writeFileSync(join(dir, `part${n}.${i}`), shard.text);
      const run = spawnCli(['check', `part${n}.${i}`, '--path-as', 'feed.jsonl', '--line-offset', String(shard.offset), '--shard', `part${n}.${i}.mtlint`], dir);
      expect(run.code, run.stderr).toBe(0); // a shard run leaves the gate to the merge
      expect(run.stdout).toBe(''); // and prints no report unless asked
    });
    const merged = spawnCli(['merge', ...shards.map((_, i) => `part${n}.${i}.mtlint`), ...formatArgs(dir, `merged${n}`)], dir);
    expect(merged.code).toBe(whole.code);
    for (const f of FORMATS) expect(readFileSync(join(dir, `merged${n}.${f}`), 'utf8'), f).toBe(readFileSync(join(dir, `whole.${f}`), 'utf8'));
  });

  it('finds the headline copies across shards, pointing into the feed', () => {
    const report = JSON.parse(readFileSync(join(dir, 'merged4.json'), 'utf8')) as Report;
    const copies = report.documents.flatMap((d) => d.findings.filter((f) => f.ruleId === 'cross-document-headline').map((f) => ({ id: d.id, line: f.line, related: f.related?.[0].line })));
    // Item 14 (line 15, shard 4) copies item 8 (line 9, shard 3); item 9 (shard 3) copies item 3 (shard 1).
    expect(copies).toEqual([
      { id: 'm-2', line: 3, related: 1 },
      { id: 'm-9', line: 10, related: 4 },
      { id: 'm-14', line: 15, related: 9 },
    ]);
    expect(report.summary.files).toBe(1);
  });

  it('a shard alone does not see the copies its shard lacks (what merge is for)', () => {
    const report = JSON.parse(spawnCli(['check', 'part4.3', '--path-as', 'feed.jsonl', '--line-offset', '12', '-f', 'json'], dir).stdout) as Report;
    expect(report.documents.map((d) => d.id)).toEqual(['m-12', 'line 14', 'm-14', 'm-15']);
    expect(report.documents.flatMap((d) => d.findings).some((f) => f.ruleId === 'cross-document-headline')).toBe(false);
  });

  it('takes a shard on standard input, as a map step pipes it', () => {
    const shard = cut(feed(), 4)[2];
    const piped = spawnSync(process.execPath, [join(process.cwd(), 'dist/src/cli.js'), 'check', '-', '--stdin-filename', 'feed.jsonl', '--line-offset', String(shard.offset), '--shard', 'piped.mtlint', '-f', 'jsonl'], { cwd: dir, input: shard.text, encoding: 'utf8' });
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['m-8', 'm-9', 'line 11', 'm-11']);
    expect(readFileSync(join(dir, 'piped.mtlint'), 'utf8')).toBe(readFileSync(join(dir, 'part4.2.mtlint'), 'utf8'));
  });

  it('refuses what it cannot merge, as a usage error', () => {
    const notShard = spawnCli(['merge', 'feed.jsonl'], dir);
    expect([notShard.code, notShard.stderr]).toEqual([2, 'mtlint: feed.jsonl is not an mtlint shard file (write one with mtlint check --shard feed.jsonl)\n']);
    writeFileSync(join(dir, 'strict.json'), '{ "threshold": 99 }');
    expect(spawnCli(['check', 'part2.0', '--path-as', 'feed.jsonl', '--shard', 'strict.mtlint', '-c', 'strict.json'], dir).code).toBe(0);
    const mixed = spawnCli(['merge', 'strict.mtlint', 'part2.1.mtlint'], dir);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/part2\.1\.mtlint was checked with another configuration than strict\.mtlint/);
    expect(spawnCli(['check', 'part2.0', 'part2.1', '--path-as', 'feed.jsonl'], dir).stderr).toMatch(/--path-as needs exactly one input file, found 2/);
  });

  it('takes the gate from the command line over the shards’ configuration', () => {
    const shards = cut(feed(), 2).map((_, i) => `part2.${i}.mtlint`);
    expect(spawnCli(['merge', ...shards, '--threshold', '0', '--fail-on', 'none'], dir).code).toBe(0);
    expect(spawnCli(['merge', ...shards, '--exit-zero'], dir).code).toBe(0);
    expect(spawnCli(['merge', ...shards], dir).code).toBe(1);
  });
});

describe('the GNU parallel recipe of docs/scale.md, run as written', () => {
  const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasParallel)('gives the report of one run (skipped without GNU parallel: .ci/run installs it)', () => {
    const doc = readFileSync('docs/scale.md', 'utf8');
    const recipe = /## GNU parallel[\s\S]*?```sh\n([\s\S]*?)```/.exec(doc)![1];
    const dir = tempDir();
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'mtlint'), `#!/bin/sh\nexec "${process.execPath}" "${join(process.cwd(), 'dist/src/cli.js')}" "$@"\n`);
    chmodSync(join(bin, 'mtlint'), 0o755);
    writeFileSync(join(dir, 'feed.jsonl'), feed());
    const run = spawnSync('bash', ['-euo', 'pipefail', '-c', recipe], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, HOME: dir } });
    expect(run.status, run.stderr).toBe(1); // the merge's gate: the feed has defects
    expect(readdirSync(dir).filter((f) => f.endsWith('.mtlint'))).toHaveLength(4);
    expect(spawnCli(['check', 'feed.jsonl', '-f', 'json:whole.json', '-f', 'html:whole.html'], dir).code).toBe(1); // the recipe's formats: the HTML report puts the text in the JSON too
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(readFileSync(join(dir, 'whole.json'), 'utf8'));
  });
});
