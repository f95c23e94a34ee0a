import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { decode } from '../io/decode.js';
import { dirname } from 'node:path';
import yargs from 'yargs';
import { DEFAULT_CONFIG, type Config } from '../config.js';
import { runCheck, DEFAULT_EXCLUDE, RunOptionsError } from '../engine/run.js';
import { REPORTERS, NEEDS_TEXT } from '../reporters/index.js';
import { RULES } from '../rules/index.js';
import type { Severity } from '../rules/types.js';
import { VERSION } from '../version.js';
import { parseOutputSpecs, UsageError } from './output-spec.js';

/** Exit codes, documented in the README. */
export const EXIT = { passed: 0, failed: 1, usage: 2 } as const;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
};

/** Runs the CLI and resolves to its exit code; never calls process.exit itself. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let exitCode: number = EXIT.passed;
  const parser = yargs(argv)
    .scriptName('mtlint')
    .usage('$0 <command> [options]\n\nChecks machine-translated German news for leftover English, garbled quotes and brackets, and duplicated headlines.')
    .command(
      ['check <paths..>', '$0 <paths..>'],
      'Check articles (files or folders: .txt .md .html .json .jsonl .rss .atom .xml)',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Files and folders to check' })
          .option('format', { alias: 'f', type: 'string', array: true, default: ['stylish'], describe: `Output format, optionally with a file: NAME or NAME:FILE; repeat for several (${Object.keys(REPORTERS).join(', ')})` })
          .option('output', { alias: 'o', type: 'string', describe: 'File for the one --format given without a file' })
          .option('threshold', { type: 'number', default: DEFAULT_CONFIG.threshold, describe: 'Quality gate: a document scoring below this (0–100) fails' })
          .option('fail-on', { type: 'string', choices: ['minor', 'major', 'critical', 'none'], default: DEFAULT_CONFIG.failOn ?? 'none', describe: 'Fail when any finding has at least this severity' })
          .option('include', { type: 'string', array: true, default: [], describe: 'Only check files matching these globs' })
          .option('exclude', { type: 'string', array: true, default: DEFAULT_EXCLUDE, describe: 'Skip files matching these globs when walking folders' })
          .option('source', { type: 'string', describe: 'The English original of the one article checked (enables source-aware checks)' })
          .option('color', { type: 'boolean', describe: 'Force colours on or off (default: on for a terminal)' })
          .option('exit-zero', { type: 'boolean', default: false, describe: 'Exit 0 even when the gate fails (reports are still written)' })
          .example('$0 check corpus/', 'Check every article under corpus/')
          .example('$0 check feed.jsonl -f json -o report.json', 'Write the JSON report to a file')
          .example('$0 check corpus -f stylish -f json:reports/report.json', 'Terminal output and a JSON report in one run')
          .example('$0 check feed.rss --threshold 95 --fail-on major', 'A stricter gate for CI')
          .example('$0 check artikel.txt --source article-en.txt', 'Compare an article with its English original'),
      (args) => {
        exitCode = check(args, io);
      },
    )
    .command('rules', 'List every rule with its category, default severity and description', () => {}, () => {
      io.stdout(listRules());
    })
    .epilogue('Exit codes: 0 gate passed, 1 gate failed (a document below the threshold, a finding at --fail-on, or an input that could not be checked), 2 usage error or nothing to check.')
    .strict()
    .demandCommand(1, 'Give a command or paths to check')
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((message, error) => {
      throw new UsageError(error?.message ?? message);
    });

  try {
    let helpOutput = '';
    await parser.parseAsync(argv, {}, (_err, _argv, output) => {
      helpOutput = output;
    });
    if (helpOutput) io.stdout(`${helpOutput}\n`);
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mtlint: ${error.message}\nRun "mtlint --help" for usage.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

interface CheckArgs {
  paths: string[] | undefined;
  format: string[];
  output?: string;
  threshold: number;
  failOn: string;
  include: string[];
  exclude: string[];
  color?: boolean;
  exitZero: boolean;
  source?: string;
}

function check(args: CheckArgs, io: CliIO): number {
  const specs = parseOutputSpecs(args.format, args.output);
  if (!(args.threshold >= 0 && args.threshold <= 100)) throw new UsageError(`--threshold must be between 0 and 100, not ${args.threshold}`);
  const config: Config = { ...DEFAULT_CONFIG, threshold: args.threshold, failOn: args.failOn === 'none' ? null : (args.failOn as Severity) };
  const report = usageErrorsOf(() =>
    runCheck({
      paths: args.paths ?? [],
      config,
      sourceText: args.source === undefined ? undefined : readSource(args.source),
      include: args.include,
      exclude: args.exclude,
      includeText: specs.some((s) => NEEDS_TEXT.has(s.format)),
    }),
  );
  if (report.summary.files === 0) {
    io.stderr(`mtlint: nothing to check in ${(args.paths ?? []).join(', ')} (no supported files found)\n`);
    return EXIT.usage;
  }
  for (const spec of specs) {
    const text = REPORTERS[spec.format](report, { color: spec.file === undefined && (args.color ?? io.isTTY) });
    if (spec.file === undefined) io.stdout(text);
    else {
      mkdirSync(dirname(spec.file), { recursive: true });
      writeFileSync(spec.file, text);
    }
  }
  if (args.exitZero) return EXIT.passed;
  return report.summary.passedGate ? EXIT.passed : EXIT.failed;
}

function usageErrorsOf<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RunOptionsError) throw new UsageError(error.message);
    throw error;
  }
}

function readSource(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new UsageError(`--source: cannot read ${path}`);
  }
  const decoded = decode(bytes);
  if (!decoded.ok) throw new UsageError(`--source: ${path}: ${decoded.reason}`);
  return decoded.text;
}

function listRules(): string {
  const rows = RULES.map((r) => [r.meta.id, r.meta.category, r.meta.severity, r.meta.description]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
  return `${rows.map((row) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  ')).join('\n')}\n`;
}
