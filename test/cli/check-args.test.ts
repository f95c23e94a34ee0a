import { describe, expect, it } from 'vitest';
import yargs from 'yargs';
import { CHECK_OPTIONS, CHECK_PATHS, MERGE_OPTIONS, parsePlainCheck } from '../../src/cli/check-args.js';

const KEYS = ['paths', ...Object.keys(CHECK_OPTIONS).map((k) => k.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()))];

/** What yargs hands `mtlint check`'s handler for these arguments (its keys only), or the message it fails with. */
async function byYargs(argv: string[]): Promise<Record<string, unknown> | string> {
  let parsed: Record<string, unknown> | undefined;
  try {
    await yargs(argv)
      .command(['check <paths..>', '$0 <paths..>'], 'check', (y) => y.positional('paths', CHECK_PATHS).options(CHECK_OPTIONS), (args) => {
        parsed = args as Record<string, unknown>;
      })
      .strict()
      .exitProcess(false)
      .fail((message, error) => {
        throw new Error(error?.message ?? message);
      })
      .parseAsync();
  } catch (error) {
    return `fails: ${(error as Error).message}`;
  }
  if (!parsed) return 'no command ran';
  return Object.fromEntries(KEYS.filter((k) => parsed![k] !== undefined).map((k) => [k, parsed![k]]));
}

const defined = (args: object): Record<string, unknown> => Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined));

/** A small seeded generator, so that a failure names an argument list that fails again. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const TOKENS = [
  'a.txt', 'corpus', '\u0000stdin', 'json', 'json:out.json', '5', '95', '0.5', '08', '1e2', '-3', 'true', 'false', 'major', 'none', 'loud', '',
  '--format', '-f', '--format=json', '--output', '-o', '--config', '-c', '--print-config', '--stdin-filename', '--threshold', '--threshold=80',
  '--fail-on', '--fail-on=major', '--max-findings', '--quiet', '-q', '--no-quiet', '--baseline', '--write-baseline', '--jobs', '-j', '--jobs=2',
  '--source', '--include', '--exclude', '--color', '--no-color', '--progress', '--no-progress', '--timestamp', '--exit-zero', '--fix',
  '--fix-dry-run', '--path-as', '--line-offset', '--shard', '--exitZero', '-qj', '--', '--help', '--version', '--no-format', '--unknown',
];

describe('parsePlainCheck', () => {
  it('reads the forms scripts write as yargs does', async () => {
    const lists = [
      ['corpus', '--format', 'stylish', '--format', 'json:reports/report.json', '--format', 'html:reports/report.html', '--exit-zero'],
      ['feed.jsonl', '--jobs', '1', '-f', 'json:out.json', '--exit-zero'],
      ['a.txt', '-f', 'json', '-o', 'report.json', '--threshold', '95', '--fail-on', 'major', '--no-progress'],
      ['\u0000stdin', '--stdin-filename', 'feed.jsonl', '--path-as', 'feed.jsonl', '--line-offset', '200', '--shard', 's.json'],
      ['a.txt', 'b.md', '--include', '*.txt', '*.md', '--exclude', 'archiv/**', '-q', '--timestamp', '--color'],
      ['--threshold=90', '--fail-on=none', 'a.txt', '-c', 'mtlint.config.json', '--baseline', 'b.json', '--max-findings', '0'],
    ];
    for (const argv of lists) {
      const plain = parsePlainCheck(argv);
      expect(plain, argv.join(' ')).toBeDefined();
      expect(defined(plain!), argv.join(' ')).toEqual(await byYargs(argv));
    }
  });

  it('leaves to yargs what it does not read, and where it reads, reads as yargs does (2,000 random argument lists)', async () => {
    const next = random(20261203);
    let read = 0;
    for (let n = 0; n < 2000; n++) {
      const argv = Array.from({ length: 1 + Math.floor(next() * 7) }, () => TOKENS[Math.floor(next() * TOKENS.length)]);
      const plain = parsePlainCheck(argv);
      if (plain === undefined) continue;
      read++;
      expect(defined(plain), JSON.stringify(argv)).toEqual(await byYargs(argv));
    }
    expect(read).toBeGreaterThan(100); // the comparison is not empty
  });

  it('leaves help, version, unknown options, repeats and flag groups to yargs', () => {
    for (const argv of [['--help'], ['a.txt', '--version'], ['a.txt', '--exitZero'], ['a.txt', '-qj', '2'], ['a.txt', '--threshold', '1', '--threshold', '2'], ['a.txt', '--', 'b'], ['a.txt', '--quiet', 'false'], ['--format', 'json'], ['a.txt', '--jobs', '-1']]) {
      expect(parsePlainCheck(argv), argv.join(' ')).toBeUndefined();
    }
  });
});

describe('MERGE_OPTIONS', () => {
  it("gives every flag of mtlint merge check's name, alias, type and choices", () => {
    const shape = (spec: object): unknown => {
      const { alias, type, array, choices } = spec as { alias?: string; type: string; array?: boolean; choices?: string[] };
      return { alias, type, array, choices };
    };
    for (const [name, spec] of Object.entries(MERGE_OPTIONS)) {
      expect(Object.keys(CHECK_OPTIONS), name).toContain(name);
      expect(shape(spec), name).toEqual(shape(CHECK_OPTIONS[name as keyof typeof CHECK_OPTIONS]));
    }
    expect(Object.keys(MERGE_OPTIONS)).toEqual(expect.arrayContaining(['format', 'threshold', 'fail-on', 'baseline', 'exit-zero']));
  });
});
