import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { DEFAULT_CONFIG, type Config } from '../config/defaults.js';
import { CONFIG_FILE, ConfigError, findConfigFile, loadConfig } from '../config/load.js';
import { STARTER_CONFIG } from '../config/starter.js';
import { BaselineError, readBaseline, toBaseline } from '../engine/baseline.js';
import { runMergeStream } from '../engine/merge.js';
import { DEFAULT_JOBS, runCheckStream, RunOptionsError } from '../engine/run.js';
import { ShardError } from '../engine/shard.js';
import { fixFiles, fixSummary, patchOf } from '../fix/run.js';
import { decode } from '../io/decode.js';
import { GlobError } from '../io/glob.js';
import { OutputError, writeFileAtomic } from '../io/write.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { SUPPORTED_EXTENSIONS } from '../readers/index.js';
import { NEEDS_TEXT, NEEDS_UTF8_COLUMNS, REPORTERS } from '../reporters/index.js';
import type { ReportStream } from '../report/types.js';
import { render } from '../reporters/types.js';
import { RULES, ruleById } from '../rules/index.js';
import { CATEGORIES, type Severity } from '../rules/types.js';
import { VERSION } from '../version.js';
import { CHECK_OPTIONS, CHECK_PATHS, MERGE_OPTIONS, parsePlainCheck, type CheckArgs } from './check-args.js';
import { parseOutputSpecs, UsageError, type OutputSpec } from './output-spec.js';
import { Progress } from './progress.js';

/** Exit codes, documented in the README. */
export const EXIT = { passed: 0, failed: 1, usage: 2 } as const;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** Where the progress line goes (a terminal's stderr), if anywhere. */
  progress?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/**
 * Standard output that a closed pipe (`mtlint check … | head -1`) ends quietly: later output is
 * dropped and the run exits as its gate says. Any other failure to write it (a full disk) is one
 * line on stderr and exit 2, set once the run is done. Node makes process.stdout and stderr on first
 * use, loading its stream modules for a pipe (16 ms of CPU in `node -e`, ~7 ms of a one-file check): a run
 * that writes only files never asks for them.
 */
function processIO(): CliIO {
  let closed = false;
  let watched = false;
  const watchStdout = (): void => {
    watched = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (closed) return;
      closed = true;
      if (error.code === 'EPIPE') return;
      process.stderr.write(`mtlint: cannot write to standard output: ${error.code ?? error.message}\n`);
      outputFailed = true;
      // The stream reports the failure a turn after the write, possibly after the run has set its exit code.
      process.exitCode = EXIT.usage;
    });
  };
  return {
    stdout: (t) => {
      if (!watched) watchStdout();
      if (!closed) process.stdout.write(t);
    },
    stderr: (t) => process.stderr.write(t),
    get isTTY() {
      return Boolean(process.stdout.isTTY);
    },
    get progress() {
      return process.stderr.isTTY ? process.stderr : undefined;
    },
    env: process.env,
  };
}

/** `-` (standard input) as yargs is given it: yargs drops a lone dash from positionals. */
const STDIN_ARGUMENT = '\u0000stdin';

/** Standard output failed other than by a closed pipe: the run exits 2. */
let outputFailed = false;

/** The exit code of a run that main() says ends with `code`: 2 when standard output has failed meanwhile. */
export function finalExitCode(code: number): number {
  return outputFailed ? EXIT.usage : code;
}

const COMMANDS = ['check', 'merge', 'fix', 'rules', 'init'];

/**
 * `mtlint check PATHS…` runs as the default command (`mtlint PATHS…`): yargs
 * renders a named command's whole help before running it, a tenth of the
 * start-up of a one-file check. Help requests and arguments that name a
 * command keep the named form.
 */
function asDefaultCommand(argv: string[]): string[] {
  if (argv[0] !== 'check' || argv.length < 2) return argv;
  const rest = argv.slice(1);
  return rest.some((a) => COMMANDS.includes(a) || a === '--help' || a === '-h' || a === '--version') ? argv : rest;
}

/**
 * A first argument that is no file, no folder and no option, but a word a letter or two from a
 * command (`mtlint chek a.txt`): a typo, reported as a usage error rather than checked as a path.
 */
function commandTypo(argv: string[], cwd: string): string | undefined {
  const first = argv[0];
  if (first === undefined || first.startsWith('-') || COMMANDS.includes(first) || /[./\\]/.test(first) || existsSync(resolve(cwd, first))) return undefined;
  const close = COMMANDS.find((c) => editDistance(first.toLowerCase(), c) <= 2);
  return close && `unknown command "${first}" (did you mean "${close}"?)`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** Runs the CLI and resolves to its exit code; never calls process.exit itself. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const typo = commandTypo(argv, io.cwd ?? process.cwd());
  if (typo) {
    io.stderr(`mtlint: ${typo}\nRun "mtlint --help" for usage.\n`);
    return EXIT.usage;
  }
  argv = asDefaultCommand(argv).map((a) => (a === '-' ? STDIN_ARGUMENT : a));
  try {
    // A command's name anywhere may be what yargs runs (it picks the command before it knows check's options).
    const plain = argv.some((a) => COMMANDS.includes(a)) ? undefined : parsePlainCheck(argv);
    return plain ? await check(plain, io) : await parseWithYargs(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof BaselineError || error instanceof RunOptionsError || error instanceof GlobError || error instanceof OutputError || error instanceof ShardError) {
      io.stderr(`mtlint: ${error.message}\n${error instanceof UsageError ? 'Run "mtlint --help" for usage.\n' : ''}`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** Every command, help and version, and the check arguments parsePlainCheck leaves to yargs (loaded only then). */
async function parseWithYargs(argv: string[], io: CliIO): Promise<number> {
  const { default: yargs } = await import('yargs');
  let exitCode: number = EXIT.passed;
  const parser = yargs(argv)
    .scriptName('mtlint')
    .usage('$0 <command> [options]\n\nChecks machine-translated German news for leftover English, garbled quotes and brackets, and duplicated headlines.')
    .command(
      ['check <paths..>', '$0 <paths..>'],
      'Check articles (files or folders: .txt .md .html .json .jsonl .rss .atom .xml)',
      (y) =>
        y
          .positional('paths', CHECK_PATHS)
          .options(CHECK_OPTIONS)
          .example('$0 check corpus/', 'Check every article under corpus/')
          .example('$0 check feed.jsonl -f json -o report.json', 'Write the JSON report to a file')
          .example('$0 check corpus -f stylish -f json:reports/report.json -f sarif:reports/mtlint.sarif', 'Several formats in one run')
          .example('$0 check feed.rss --threshold 95 --fail-on major', 'A stricter gate for CI')
          .example('$0 check feeds/ --write-baseline mtlint.baseline.json', 'Record the known findings …')
          .example('$0 check feeds/ --baseline mtlint.baseline.json', '… and fail only on new ones')
          .example('$0 check artikel.txt --source article-en.txt', 'Compare an article with its English original'),
      async (args) => {
        exitCode = await check(args as unknown as CheckArgs, io);
      },
    )
    .command(
      'merge <shards..>',
      'Merge shard files (mtlint check --shard) into one report, as if one run had checked every shard in order: cross-document duplicates across shards, scores, the gate and the exit code',
      (y) =>
        y
          .positional('shards', { type: 'string', array: true, demandOption: true, describe: 'Shard files, in input order' })
          .options(MERGE_OPTIONS)
          .example('$0 merge shard.*.mtlint -f json:report.json -f html:report.html', 'One report from the shards of a split feed'),
      async (args) => {
        exitCode = await merge(args as unknown as MergeArgs, io);
      },
    )
    .command(
      'fix <paths..>',
      'Apply the safe fixes (duplicated headlines, separator and navigation lines, site suffixes, quotation marks, entity leftovers) to the files, atomically; leftover English stays for a translator',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Files and folders to fix' })
          .option('dry-run', { type: 'boolean', default: false, describe: 'Print a unified diff (apply with patch -p0 or git apply -p0) instead of writing the files' })
          .option('rule', { type: 'string', array: true, describe: 'Fix only these rules' })
          .option('category', { type: 'string', array: true, choices: [...CATEGORIES], describe: 'Fix only these categories' })
          .option('config', { alias: 'c', type: 'string', describe: `Configuration file (default: the nearest ${CONFIG_FILE})` })
          .option('baseline', { type: 'string', describe: 'Leave the findings this baseline knows as they are' })
          .option('include', { type: 'string', array: true, describe: 'Only fix files matching these globs when walking folders' })
          .option('exclude', { type: 'string', array: true, describe: 'Skip files matching these globs when walking folders' })
          .example('$0 fix corpus/ --dry-run > fixes.patch', 'See what would change')
          .example('$0 fix feed.jsonl --category duplicates boilerplate', 'Fix only scraping leftovers'),
      async (args) => {
        exitCode = await fix(args as unknown as FixArgs, io);
      },
    )
    .command('rules', 'List every rule: id, category, default severity, description', () => {}, () => {
      io.stdout(listRules());
    })
    .command(
      'init',
      `Write a commented starter ${CONFIG_FILE} to the working directory`,
      (y) => y.option('force', { type: 'boolean', default: false, describe: 'Overwrite an existing file' }),
      (args) => {
        const path = `${io.cwd ?? process.cwd()}/${CONFIG_FILE}`;
        if (existsSync(path) && !args.force) throw new UsageError(`${CONFIG_FILE} already exists (use --force to overwrite)`);
        writeFileSync(path, STARTER_CONFIG);
        io.stdout(`Wrote ${CONFIG_FILE}\n`);
      },
    )
    .epilogue('Exit codes: 0 gate passed, 1 gate failed (a document below the threshold, a finding at --fail-on, more findings than --max-findings, or an input that could not be checked), 2 usage or configuration error, or nothing to check.')
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

  let helpOutput = '';
  await parser.parseAsync(argv, {}, (_err, _argv, output) => {
    helpOutput = output;
  });
  if (helpOutput) io.stdout(`${helpOutput}\n`);
  return exitCode;
}

type MergeArgs = Pick<CheckArgs, 'format' | 'output' | 'threshold' | 'failOn' | 'maxFindings' | 'quiet' | 'baseline' | 'writeBaseline' | 'color' | 'timestamp' | 'exitZero'> & {
  shards: string[];
};

/** Defaults, then the configuration file, then the command line. */
function resolveConfig(args: Partial<Pick<CheckArgs, 'config' | 'threshold' | 'failOn' | 'maxFindings' | 'include' | 'exclude'>>, cwd: string | undefined): Config {
  const file = args.config ?? findConfigFile(cwd);
  const config = file ? loadConfig(file) : structuredClone(DEFAULT_CONFIG);
  Object.assign(config, gateOptions(args));
  if (args.include) config.include = args.include;
  if (args.exclude) config.exclude = args.exclude;
  return config;
}

/** The gate options given on the command line (--threshold, --fail-on, --max-findings), checked. */
function gateOptions(args: Pick<CheckArgs, 'threshold' | 'failOn' | 'maxFindings'>): Partial<Pick<Config, 'threshold' | 'failOn' | 'maxFindings'>> {
  const gate: Partial<Pick<Config, 'threshold' | 'failOn' | 'maxFindings'>> = {};
  if (args.threshold !== undefined) {
    if (!(args.threshold >= 0 && args.threshold <= 100)) throw new UsageError(`--threshold must be between 0 and 100, not ${args.threshold}`);
    gate.threshold = args.threshold;
  }
  if (args.failOn !== undefined) gate.failOn = args.failOn === 'none' ? null : (args.failOn as Severity);
  if (args.maxFindings !== undefined) {
    if (!(Number.isInteger(args.maxFindings) && args.maxFindings >= 0)) throw new UsageError(`--max-findings must be a whole number ≥ 0, not ${args.maxFindings}`);
    gate.maxFindings = args.maxFindings;
  }
  return gate;
}

interface FixArgs {
  paths: string[] | undefined;
  dryRun: boolean;
  rule?: string[];
  category?: string[];
  config?: string;
  baseline?: string;
  include?: string[];
  exclude?: string[];
}

async function fix(args: FixArgs, io: CliIO): Promise<number> {
  const paths = (args.paths ?? []).map((p) => (p === STDIN_ARGUMENT ? '-' : p));
  for (const id of args.rule ?? []) {
    const rule = ruleById(id);
    if (!rule) throw new UsageError(`unknown rule "${id}" (mtlint rules lists them)`);
    if (!rule.meta.fixable) throw new UsageError(`${id} has no safe fix (fixable rules: ${RULES.filter((r) => r.meta.fixable).map((r) => r.meta.id).join(', ')})`);
  }
  const config = resolveConfig({ config: args.config, include: args.include, exclude: args.exclude }, io.cwd);
  const run = await fixFiles(paths, { config, rules: args.rule, categories: args.category, baseline: args.baseline ? readBaseline(args.baseline) : undefined, dryRun: args.dryRun });
  if (run.files.length === 0) {
    io.stderr(`mtlint: nothing to fix in ${paths.join(', ')} (no supported files found)\n`);
    return EXIT.usage;
  }
  if (args.dryRun) for (const file of run.files) io.stdout(patchOf(file, io.cwd));
  io.stderr(fixSummary(run, args.dryRun));
  return run.files.some((f) => f.error) ? EXIT.failed : EXIT.passed;
}

async function check(args: CheckArgs, io: CliIO): Promise<number> {
  args.paths = args.paths?.map((p) => (p === STDIN_ARGUMENT ? '-' : p));
  const specs = parseOutputSpecs(args.format ?? (args.shard === undefined || args.output !== undefined ? ['stylish'] : []), args.output);
  const config = resolveConfig(args, io.cwd);
  if (args.printConfig) {
    io.stdout(`${JSON.stringify(config, null, 2)}\n`);
    return EXIT.passed;
  }
  if (args.fix || args.fixDryRun) {
    const fixed = await fixFiles(args.paths ?? [], { config, baseline: args.baseline ? readBaseline(args.baseline) : undefined, dryRun: args.fixDryRun });
    if (args.fixDryRun) {
      for (const file of fixed.files) io.stdout(patchOf(file, io.cwd));
      io.stderr(fixSummary(fixed, true));
      return fixed.files.some((f) => f.error) ? EXIT.failed : EXIT.passed;
    }
    io.stderr(fixSummary(fixed, false));
  }
  refuseInputsAsOutputs(args.paths ?? [], [...specs.map((s) => s.file), args.writeBaseline], io.cwd ?? process.cwd());
  if (args.jobs !== undefined && !(Number.isInteger(args.jobs) && args.jobs >= 1)) throw new UsageError(`--jobs must be a whole number ≥ 1, not ${args.jobs}`);
  if (args.lineOffset !== undefined && !(Number.isInteger(args.lineOffset) && args.lineOffset >= 0)) throw new UsageError(`--line-offset must be a whole number ≥ 0, not ${args.lineOffset}`);
  if (args.shard !== undefined) refuseInputsAsOutputs(args.paths ?? [], [args.shard], io.cwd ?? process.cwd());
  const progress = new Progress(() => (io.progress !== undefined && Progress.shouldShow(io.env ?? {}, io.isTTY, true, args.progress) ? io.progress : undefined));
  const report = await runCheckStream({
    paths: args.paths ?? [],
    config,
    jobs: args.jobs ?? DEFAULT_JOBS,
    sourceText: args.source === undefined ? undefined : readSource(args.source),
    baseline: args.baseline ? readBaseline(args.baseline) : undefined,
    quiet: args.quiet,
    timestamp: args.timestamp ? new Date().toISOString() : undefined,
    includeText: specs.some((s) => NEEDS_TEXT.has(s.format)),
    utf8Columns: specs.some((s) => NEEDS_UTF8_COLUMNS.has(s.format)),
    stdinFilename: args.stdinFilename,
    pathAs: args.pathAs,
    lineOffset: args.lineOffset,
    shard: args.shard,
    onProgress: (filesRead, files, documents) => progress.update(filesRead, files, documents),
  });
  try {
    progress.done();
    if (report.summary.files === 0) {
      io.stderr(`mtlint: nothing to check in ${(args.paths ?? []).join(', ')} (no supported files found)\n`);
      return EXIT.usage;
    }
    await writeReports(report, specs, args, io);
  } finally {
    report.dispose();
  }
  return exitFor(report, { ...args, exitZero: args.exitZero || args.shard !== undefined }, io);
}

async function merge(args: MergeArgs, io: CliIO): Promise<number> {
  const specs = parseOutputSpecs(args.format ?? ['stylish'], args.output);
  refuseInputsAsOutputs(args.shards, [...specs.map((s) => s.file), args.writeBaseline], io.cwd ?? process.cwd());
  const report = runMergeStream({
    shards: args.shards,
    gate: gateOptions(args),
    includeText: specs.some((s) => NEEDS_TEXT.has(s.format)),
    utf8Columns: specs.some((s) => NEEDS_UTF8_COLUMNS.has(s.format)),
    baseline: args.baseline ? readBaseline(args.baseline) : undefined,
    quiet: args.quiet,
    timestamp: args.timestamp ? new Date().toISOString() : undefined,
  });
  try {
    await writeReports(report, specs, args, io);
  } finally {
    report.dispose();
  }
  return exitFor(report, args, io);
}

/** The baseline, then every format asked for: to standard output or atomically to its file. */
async function writeReports(report: ReportStream, specs: OutputSpec[], args: { writeBaseline?: string; color?: boolean }, io: CliIO): Promise<void> {
  if (args.writeBaseline) await writeFileAtomic(args.writeBaseline, [`${JSON.stringify(toBaseline(report.documents), null, 2)}\n`]);
  for (const spec of specs) {
    const pieces = REPORTERS[spec.format](report, { color: spec.file === undefined && (args.color ?? io.isTTY) });
    if (spec.file === undefined) for (const piece of pieces) io.stdout(piece);
    else await writeFileAtomic(spec.file, pieces);
  }
  const stepSummary = io.env?.GITHUB_STEP_SUMMARY;
  if (stepSummary && specs.some((s) => s.format === 'github')) appendStepSummary(stepSummary, render(REPORTERS.markdown, report));
}

function exitFor(report: ReportStream, args: { baseline?: string; exitZero: boolean }, io: CliIO): number {
  if (args.baseline && report.summary.baselineGone !== undefined) {
    io.stderr(`mtlint: baseline ${args.baseline}: ${report.summary.suppressed.baseline} known finding(s) suppressed, ${report.summary.baselineGone} baseline entr${report.summary.baselineGone === 1 ? 'y' : 'ies'} gone, ${report.summary.findings} new.\n`);
  }
  if (outputFailed) return EXIT.usage;
  if (args.exitZero) return EXIT.passed;
  return report.summary.passedGate ? EXIT.passed : EXIT.failed;
}

/** GitHub's step summary file is shared by the job's steps: appended to, never replaced. */
function appendStepSummary(file: string, markdown: string): void {
  try {
    appendFileSync(file, `${markdown}\n`);
  } catch (error) {
    throw new OutputError(`cannot append the step summary to ${file} ($GITHUB_STEP_SUMMARY): ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * A report or baseline path that names an input (a file given, or a supported file inside a
 * folder given) would overwrite an article with its own report: refused before anything runs.
 */
function refuseInputsAsOutputs(paths: readonly string[], outputs: ReadonlyArray<string | undefined>, cwd: string): void {
  const inputs = paths.filter((p) => p !== '-').map((p) => resolve(cwd, p));
  for (const output of outputs) {
    if (output === undefined) continue;
    const target = resolve(cwd, output);
    for (const input of inputs) {
      const inside = relative(input, target);
      const named = target === input;
      const walked = !named && inside !== '' && !inside.startsWith('..') && !inside.startsWith(sep) && isDirectory(input) && existsSync(target) && SUPPORTED_EXTENSIONS.some((ext) => target.toLowerCase().endsWith(ext));
      if (named || walked) throw new UsageError(`the output ${output} is one of the inputs (${named ? 'named on the command line' : 'inside a folder checked'}); write it elsewhere`);
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
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
  const rows = RULES.map((r) => [r.meta.id, r.meta.category, r.meta.severity, r.meta.fixable ? 'fixable' : '', r.meta.description]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length)));
  const lines = rows.map((row) => row.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell)).join('  '));
  return `${lines.join('\n')}\n\n"fixable": mtlint fix applies its suggestions. Each rule is documented in ${join(PACKAGE_ROOT, 'docs', 'rules')}/<rule-id>.md.\n`;
}
