import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkToJson, spawnCli, tempDir } from './cli-helpers.js';

const CORPUS = join(process.cwd(), 'corpus');

function copyOfCorpus(): string {
  const dir = join(tempDir(), 'corpus');
  cpSync(CORPUS, dir, { recursive: true });
  return dir;
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('mtlint fix on the bundled corpus', () => {
  it('fixes every fixable finding; check afterwards shows only findings without a safe fix', async () => {
    const dir = copyOfCorpus();
    const before = await checkToJson([dir, '--exit-zero']);
    const run = spawnCli(['fix', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^mtlint fix: \d+ findings fixed in \d+ files; \d+ left for a person \(\d+ leftover English: that needs a translator/m);
    const after = await checkToJson([dir, '--exit-zero']);
    const fixable = new Set(['duplicate-headline', 'headline-in-body', 'headline-site-suffix', 'repeated-paragraph', 'repeated-sentence', 'navigation-leftover', 'separator-line', 'english-genitive', 'quote-mismatch', 'english-quotes', 'misplaced-quote', 'straight-quotes', 'mixed-quote-styles', 'entity-leftover']);
    const left = after.report.documents.flatMap((d) => d.findings.filter((f) => fixable.has(f.ruleId) && f.suggestion !== undefined).map((f) => `${d.id} ${f.ruleId} ${f.text}`));
    expect(left).toEqual([]);
    const english = (r: typeof before.report): number => r.documents.flatMap((d) => d.findings).filter((f) => f.category === 'english').length;
    expect(english(after.report)).toBe(english(before.report)); // leftover English is never rewritten
    expect(after.report.summary.findings).toBeLessThan(before.report.summary.findings);
    expect(spawnCli(['fix', dir]).stderr).toMatch(/mtlint fix: 0 findings fixed in 0 files/); // idempotent
  }, 60_000);

  it('--dry-run writes nothing and prints a patch that patch -p0 applies to the same result', () => {
    const dry = copyOfCorpus();
    const real = copyOfCorpus();
    const untouched = files(dry);
    const patch = spawnCli(['fix', '.', '--dry-run'], dry);
    expect(patch.code).toBe(0);
    expect(patch.stdout).toMatch(/^--- text\/energiepreise-gipfel\.txt\n\+\+\+ text\/energiepreise-gipfel\.txt\n@@ /m);
    expect(files(dry)).toEqual(untouched);
    execFileSync('patch', ['-p0', '--quiet'], { cwd: dry, input: patch.stdout });
    spawnCli(['fix', '.'], real);
    expect(files(dry)).toEqual(files(real));
  }, 60_000);

  it('keeps a fixed file’s permissions, and refuses a rule without a safe fix', () => {
    const dir = tempDir();
    const file = join(dir, 'artikel.txt');
    writeFileSync(file, 'Titel der Meldung\n\nDer Minister sagte "Nein" und ging.\n');
    chmodSync(file, 0o640);
    expect(spawnCli(['fix', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('Titel der Meldung\n\nDer Minister sagte „Nein“ und ging.\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    const refused = spawnCli(['fix', file, '--rule', 'english-word']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/english-word has no safe fix/);
    expect(spawnCli(['fix', join(dir, 'missing.txt')]).code).toBe(1);
  });

  it('check --fix fixes first and then checks what is left', () => {
    const dir = tempDir();
    const file = join(dir, 'artikel.txt');
    writeFileSync(file, 'Titel der Meldung\n\nDer Minister sagte "Nein" und ging.\n');
    const run = spawnCli(['check', file, '--fix', '-f', 'compact']);
    expect(run.stderr).toMatch(/fixed 1 \(straight-quotes 1\)/);
    expect(run.stdout).not.toMatch(/straight-quotes/);
    expect(run.code).toBe(0);
  });
});

