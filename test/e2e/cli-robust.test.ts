import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile } from '../../src/config/load.js';
import { cli, spawnCli, tempDir } from './cli-helpers.js';

const BIN = join(process.cwd(), 'dist/src/cli.js');
const ARTICLE = 'Titel\n\nDie Ministerin sagte, das sei ein "großer Schritt" für das Land.\n';

function withArticle(name = 'artikel.txt', text = ARTICLE): { dir: string; path: string } {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, text);
  return { dir, path };
}

describe('usage errors exit 2 with one line, never a stack', () => {
  it('a typo of a command is a usage error with a suggestion, not a missing file', async () => {
    const run = await cli(['chek', 'artikel.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "chek" (did you mean "check"?)');
  });

  it('an unknown option is a usage error', async () => {
    const { path } = withArticle();
    const run = await cli(['check', path, '--formt', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown argument: formt/);
  });

  it('refuses a report path that is one of the inputs, and leaves the input as it was', async () => {
    const { dir, path } = withArticle();
    const named = await cli(['check', path, '-f', `json:${path}`]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('is one of the inputs');
    expect(readFileSync(path, 'utf8')).toBe(ARTICLE);
    writeFileSync(join(dir, 'report.json'), '{}');
    expect((await cli(['check', dir, '-f', `json:${join(dir, 'report.json')}`])).code).toBe(2);
  });

  it('an unwritable report path is one line naming the file (exit 2)', () => {
    const { path } = withArticle();
    const run = spawnCli(['check', path, '-f', 'json:/proc/mtlint/report.json']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual(['mtlint: cannot write /proc/mtlint/report.json: a folder on the path cannot be made']);
  });
});

describe('inputs that are not regular files', () => {
  it('reports a FIFO named or walked, and a dangling link, without opening them', () => {
    const { dir } = withArticle();
    spawnSync('mkfifo', [join(dir, 'leitung.txt')]);
    symlinkSync(join(dir, 'fehlt.txt'), join(dir, 'verweis.txt'));
    const named = spawnSync(process.execPath, [BIN, 'check', join(dir, 'leitung.txt'), '-f', 'compact'], { encoding: 'utf8', timeout: 60_000 });
    expect(named.status).toBe(1);
    expect(named.stdout).toContain('not a regular file (a FIFO)');
    const walked = spawnSync(process.execPath, [BIN, 'check', dir, '-f', 'compact'], { encoding: 'utf8', timeout: 60_000 });
    expect(walked.stdout).toContain('leitung.txt:1:1: error not a regular file (a FIFO)');
    expect(walked.stdout).toContain('verweis.txt:1:1: error dangling symbolic link');
    expect(walked.stdout).toContain('artikel.txt:3:');
  });
});

describe('standard input', () => {
  it('reads "-" and reports it under --stdin-filename, whose extension picks the reader', () => {
    const text = spawnSync(process.execPath, [BIN, 'check', '-', '-f', 'compact'], { input: ARTICLE, encoding: 'utf8' });
    expect(text.stdout).toMatch(/^stdin\.txt:3:\d+: minor Straight quotes/m);
    const feed = spawnSync(process.execPath, [BIN, 'check', '-', '--stdin-filename', 'feed.jsonl', '-f', 'compact'], {
      input: `${JSON.stringify({ id: 'a1', title: 'Titel', body: 'Ein "Zitat" im Text.' })}\n`,
      encoding: 'utf8',
    });
    expect(feed.stdout).toMatch(/^feed\.jsonl:1:\d+: minor Straight quotes/m);
  });
});

describe('output', () => {
  it('a closed pipe ends the run quietly, with the gate\'s exit code', () => {
    const { path } = withArticle('klammern.txt', `Titel\n\n${'Text ( '.repeat(20_000)}\n`);
    const run = spawnSync('bash', ['-c', `node ${BIN} check ${path} -f compact --exit-zero | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toBe('status=0');
  });

  it.skipIf(!existsSync('/dev/full'))('a standard output that fails (a full disk) is one line on stderr and exit 2, though the gate passes', () => {
    const { path } = withArticle('sauber.txt', 'Titel\n\nEin sauberer Satz ohne Befund.\n');
    const full = openSync('/dev/full', 'w');
    const run = spawnSync(process.execPath, [BIN, 'check', path], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    expect(run.stderr).toBe('mtlint: cannot write to standard output: ENOSPC\n');
    expect(run.status).toBe(2);
  });

  it('a run killed while it writes leaves the previous report and no temporary file behind', async () => {
    const item = (i: number): string => JSON.stringify({ id: `a${i}`, title: `Artikel ${i}`, body: `Text ${'( '.repeat(20)}` });
    const { dir, path } = withArticle('feed.jsonl', `${Array.from({ length: 4000 }, (_, i) => item(i)).join('\n')}\n`);
    const report = join(dir, 'out', 'report.json');
    mkdirSync(join(dir, 'out'));
    writeFileSync(report, 'the last good report');
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const child = spawn(process.execPath, [BIN, 'check', path, '-f', `json:${report}`], { env: { ...process.env, TMPDIR: tmp } });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // Wait (by polling, not by time) until the report's temporary file exists, then stop the run.
    let sawTemp = false;
    while (child.exitCode === null && !sawTemp) {
      sawTemp = readdirSync(join(dir, 'out')).some((f) => f.endsWith('.tmp'));
      if (!sawTemp) await new Promise((r) => setTimeout(r, 1));
    }
    child.kill('SIGTERM');
    const code = await exited;
    if (sawTemp) {
      expect(code).toBe(143);
      expect(readFileSync(report, 'utf8')).toBe('the last good report');
    } else {
      expect(JSON.parse(readFileSync(report, 'utf8')).summary.documents).toBe(4000); // finished before it could be stopped: complete
    }
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 120_000);
});

describe('configuration', () => {
  it('is found in the working directory or a folder above it, up to the repository root', () => {
    const root = tempDir();
    mkdirSync(join(root, 'repo', '.git'), { recursive: true });
    mkdirSync(join(root, 'repo', 'feeds', 'heute'), { recursive: true });
    writeFileSync(join(root, 'mtlint.config.json'), '{}'); // outside the repository: never used
    expect(findConfigFile(join(root, 'repo', 'feeds', 'heute'))).toBeUndefined();
    writeFileSync(join(root, 'repo', 'mtlint.config.json'), '{ "threshold": 80 }');
    expect(findConfigFile(join(root, 'repo', 'feeds', 'heute'))).toBe(join(root, 'repo', 'mtlint.config.json'));
    const printed = spawnCli(['check', 'a.txt', '--print-config', '--threshold', '70'], join(root, 'repo', 'feeds', 'heute'));
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout).threshold).toBe(70);
    expect(JSON.parse(spawnCli(['check', 'a.txt', '--print-config'], join(root, 'repo', 'feeds')).stdout).threshold).toBe(80);
  });
});

describe('globs (picomatch, relative to the working directory)', () => {
  it('braces, classes, negation and folder names select files', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'feeds', 'archiv'), { recursive: true });
    for (const name of ['a.txt', 'b.html', 'c.jsonl']) writeFileSync(join(dir, 'feeds', name), name.endsWith('.jsonl') ? '{"title":"T","body":"Text."}\n' : ARTICLE);
    writeFileSync(join(dir, 'feeds', 'archiv', 'd.txt'), ARTICLE);
    const files = (args: string[]): string[] => {
      const run = spawnCli(['check', 'feeds', '-f', 'json', '--exit-zero', ...args], dir);
      return (JSON.parse(run.stdout) as { documents: Array<{ path: string }> }).documents.map((d) => d.path.replace(/\\/g, '/')).sort();
    };
    expect(files(['--include', '{*.html,*.jsonl}'])).toEqual(['feeds/b.html', 'feeds/c.jsonl']);
    expect(files(['--include', '*.[h]tml'])).toEqual(['feeds/b.html']);
    expect(files(['--exclude', 'feeds/archiv/**'])).toEqual(['feeds/a.txt', 'feeds/b.html', 'feeds/c.jsonl']);
    expect(files(['--include', '!*.txt'])).toEqual(['feeds/b.html', 'feeds/c.jsonl']);
    expect(existsSync(join(dir, 'feeds'))).toBe(true);
  });
});

describe('the bundled bin (dist/bin.cjs)', () => {
  it('gives the same reports and exit code as the modules it is built from', () => {
    const bundled = join(process.cwd(), 'dist/bin.cjs');
    const dir = tempDir();
    const run = (bin: string, name: string): { status: number | null; json: string; sarif: string } => {
      const result = spawnSync(process.execPath, [bin, 'check', 'corpus', '-f', `json:${join(dir, `${name}.json`)}`, '-f', `sarif:${join(dir, `${name}.sarif`)}`], { encoding: 'utf8' });
      return { status: result.status, json: readFileSync(join(dir, `${name}.json`), 'utf8'), sarif: readFileSync(join(dir, `${name}.sarif`), 'utf8') };
    };
    const fromBundle = run(bundled, 'bundle');
    const fromModules = run(BIN, 'modules');
    expect(fromBundle).toEqual(fromModules);
    expect(spawnSync(process.execPath, [bundled, '--version'], { encoding: 'utf8' }).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    // The bin's earlier path still runs it.
    expect(run(join(process.cwd(), 'dist/mtlint.mjs'), 'earlier-path')).toEqual(fromModules);
  });

  it('writes its code cache once, runs the same from it, and replaces a damaged one', () => {
    const bundled = join(process.cwd(), 'dist/bin.cjs');
    const cache = tempDir();
    const { dir, path } = withArticle('artikel.txt', `${ARTICLE}Er sagte, the government will fight back.\n`);
    const run = (): { status: number | null; stdout: string; stderr: string } => {
      const result = spawnSync(process.execPath, [bundled, 'check', path, '-f', 'json'], { encoding: 'utf8', cwd: dir, env: { ...process.env, MTLINT_CACHE_DIR: cache } });
      return { status: result.status, stdout: result.stdout.replace(/"timestamp": "[^"]*"/, ''), stderr: result.stderr };
    };
    const codeFile = (): string => {
      const files = readdirSync(join(cache, 'code'));
      expect(files).toHaveLength(1);
      return join(cache, 'code', files[0]);
    };
    const first = run();
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('english-phrase');
    const written = readFileSync(codeFile());
    expect(written.length).toBeGreaterThan(10_000);
    expect(run()).toEqual(first);
    expect(readFileSync(codeFile()).equals(written)).toBe(true); // a cache V8 took is left as it is
    writeFileSync(codeFile(), 'not V8 code');
    expect(run()).toEqual(first);
    expect(readFileSync(codeFile()).length).toBeGreaterThan(10_000);
  });
});
