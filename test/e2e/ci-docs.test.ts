import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { spawnCli, tempDir } from './cli-helpers.js';

/** Every `npx mtlint …` command in docs/ci.md, in order. */
function documentedCommands(): string[][] {
  const doc = readFileSync('docs/ci.md', 'utf8');
  return [...doc.matchAll(/npx mtlint ([^\n`]+)/g)].map((m) => m[1].trim().split(/\s+/));
}

describe('the commands of docs/ci.md run for real', () => {
  const dir = tempDir();
  cpSync('corpus', join(dir, 'translated'), { recursive: true });
  mkdirSync(join(dir, 'reports'), { recursive: true });
  const commands = documentedCommands();

  it('documents a GitHub, a GitLab and a baseline command', () => {
    expect(commands.length).toBeGreaterThanOrEqual(3);
  });

  it('the baseline command writes a baseline; the workflow commands then produce their reports', () => {
    const write = commands.find((c) => c.includes('--write-baseline'))!;
    expect(spawnCli(write, dir).code).toBe(0);
    expect(existsSync(join(dir, 'mtlint.baseline.json'))).toBe(true);

    const github = commands.find((c) => c.includes('github'))!;
    const run = spawnCli(github, dir);
    expect(run.code).toBe(0); // everything known to the baseline
    expect(JSON.parse(readFileSync(join(dir, 'reports/mtlint.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(JSON.parse(readFileSync(join(dir, 'reports/mtlint.json'), 'utf8')).summary.findings).toBe(0);

    const gitlab = commands.find((c) => c.includes('junit:reports/mtlint-junit.xml'))!;
    const junit = spawnCli(gitlab, dir);
    expect(junit.code).toBe(1); // no baseline here: the corpus has defects
    expect(XMLValidator.validate(readFileSync(join(dir, 'reports/mtlint-junit.xml'), 'utf8'))).toBe(true);
    expect(junit.stdout).toMatch(/^translated\/\S+:\d+:\d+: (minor|major|critical) .+ \[[a-z-]+\]$/m);
  });
});
