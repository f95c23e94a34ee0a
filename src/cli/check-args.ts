import type { Options, PositionalOptions } from 'yargs';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import { CONFIG_FILE } from '../config/load.js';
import { DEFAULT_JOBS } from '../engine/run.js';
import { REPORTERS } from '../reporters/index.js';

/** `mtlint check`'s arguments, as the command's handler reads them. */
export interface CheckArgs {
  paths: string[] | undefined;
  format?: string[];
  output?: string;
  config?: string;
  threshold?: number;
  failOn?: string;
  maxFindings?: number;
  quiet: boolean;
  baseline?: string;
  writeBaseline?: string;
  source?: string;
  include?: string[];
  exclude?: string[];
  color?: boolean;
  progress?: boolean;
  timestamp: boolean;
  exitZero: boolean;
  jobs?: number;
  printConfig: boolean;
  stdinFilename?: string;
  fix: boolean;
  fixDryRun: boolean;
  pathAs?: string;
  lineOffset?: number;
  shard?: string;
}

export const CHECK_PATHS: PositionalOptions = { type: 'string', array: true, demandOption: true, describe: 'Files and folders to check; - reads standard input' };

/** `mtlint check`'s options: what yargs is given, and what the plain parser reads. */
export const CHECK_OPTIONS = {
  format: { alias: 'f', type: 'string', array: true, describe: `Output format, optionally with a file: NAME or NAME:FILE; repeat for several (${Object.keys(REPORTERS).join(', ')}) [default: stylish; none with --shard]` },
  output: { alias: 'o', type: 'string', describe: 'File for the one --format given without a file' },
  config: { alias: 'c', type: 'string', describe: `Configuration file (default: the nearest ${CONFIG_FILE} in the working directory or above it, up to the repository root)` },
  'print-config': { type: 'boolean', default: false, describe: 'Print the configuration that applies (defaults, file and command line merged) as JSON, and check nothing' },
  'stdin-filename': { type: 'string', describe: 'The name standard input (the path -) is reported under; its extension picks the reader (default: stdin.txt)' },
  threshold: { type: 'number', describe: `Quality gate: a document scoring below this (0–100) fails [default: ${DEFAULT_CONFIG.threshold}]` },
  'fail-on': { type: 'string', choices: ['minor', 'major', 'critical', 'none'], describe: `Fail when any finding has at least this severity [default: ${DEFAULT_CONFIG.failOn}]` },
  'max-findings': { type: 'number', describe: 'Fail when the run has more findings than this' },
  quiet: { alias: 'q', type: 'boolean', default: false, describe: 'Report only major and critical findings (minor ones are not reported and do not count)' },
  baseline: { type: 'string', describe: 'Report only findings not in this baseline file (known ones are counted as suppressed)' },
  'write-baseline': { type: 'string', describe: "Write today's findings to a baseline file" },
  jobs: { alias: 'j', type: 'number', describe: `Worker threads checking in parallel; 1 checks in the main thread [default: the number of cores, ${DEFAULT_JOBS} here]` },
  source: { type: 'string', describe: 'The English original of the one article checked (enables source-aware checks)' },
  include: { type: 'string', array: true, describe: 'Only check files matching these globs when walking folders' },
  exclude: { type: 'string', array: true, describe: 'Skip files matching these globs when walking folders' },
  color: { type: 'boolean', describe: 'Force colours on or off (default: on for a terminal)' },
  progress: { type: 'boolean', describe: 'Progress line on stderr for runs over a second (default: on a terminal, never in CI); --no-progress turns it off' },
  timestamp: { type: 'boolean', default: false, describe: 'Stamp JSON, SARIF and JUnit output with the time (off: byte-identical output for identical input)' },
  'exit-zero': { type: 'boolean', default: false, describe: 'Exit 0 even when the gate fails (reports are still written)' },
  fix: { type: 'boolean', default: false, describe: 'Apply the safe fixes first (as mtlint fix), then check what is left' },
  'fix-dry-run': { type: 'boolean', default: false, describe: 'Print the safe fixes as a unified diff (as mtlint fix --dry-run) and check nothing' },
  'path-as': { type: 'string', describe: 'Report the one input under this path (a shard of a feed, named as the feed); its extension picks the reader' },
  'line-offset': { type: 'number', describe: "Lines of the reported file before the input's first line (a shard cut from a feed at that line), so positions point into the whole feed" },
  shard: { type: 'string', describe: 'Also write this run as a shard file for mtlint merge; the run then exits 0 once its reports and the shard are written (merge applies the gate)' },
} satisfies Record<string, Options & { type: 'string' | 'number' | 'boolean'; alias?: string; choices?: string[] }>;

/** `mtlint merge`'s options: check's, by name, so that a flag means the same in both; the gate's defaults come from the shards. */
export const MERGE_OPTIONS = {
  format: { ...CHECK_OPTIONS.format, default: ['stylish'], describe: `Output format, optionally with a file: NAME or NAME:FILE; repeat for several (${Object.keys(REPORTERS).join(', ')})` },
  output: CHECK_OPTIONS.output,
  threshold: { ...CHECK_OPTIONS.threshold, describe: "Quality gate: a document scoring below this (0–100) fails [default: the shards' configuration]" },
  'fail-on': { ...CHECK_OPTIONS['fail-on'], describe: "Fail when any finding has at least this severity [default: the shards' configuration]" },
  'max-findings': CHECK_OPTIONS['max-findings'],
  quiet: CHECK_OPTIONS.quiet,
  baseline: CHECK_OPTIONS.baseline,
  'write-baseline': { ...CHECK_OPTIONS['write-baseline'], describe: 'Write the merged findings to a baseline file' },
  color: CHECK_OPTIONS.color,
  timestamp: CHECK_OPTIONS.timestamp,
  'exit-zero': CHECK_OPTIONS['exit-zero'],
} satisfies Partial<Record<keyof typeof CHECK_OPTIONS, Options>>;

type OptionName = keyof typeof CHECK_OPTIONS;
type OptionSpec = (typeof CHECK_OPTIONS)[OptionName] & { alias?: string; array?: boolean; choices?: string[]; default?: boolean };

/** `--name` and its alias `-x` → the option. */
const FLAGS = new Map<string, OptionName>();
for (const [name, spec] of Object.entries(CHECK_OPTIONS) as Array<[OptionName, OptionSpec]>) {
  FLAGS.set(`--${name}`, name);
  if (spec.alias) FLAGS.set(`-${spec.alias}`, name);
}

const camelCase = (name: string): string => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * `mtlint check`'s arguments read without yargs, for the forms a script or CI job writes: paths,
 * `--name value`, `--name=value`, `-x value`, flags and `--no-flag`, list options given once or
 * more. Gives what yargs would give the command (the same option table, tested on many argument
 * lists), or undefined for anything else — a help or version request, an unknown or camel-cased
 * option, a number yargs would coerce, another option given twice, `--`, flags run together —
 * which yargs then reads, so that every form it takes and every message it gives stay as they
 * were. Loading and setting up yargs is a twentieth of a one-file check's CPU.
 */
export function parsePlainCheck(argv: readonly string[]): CheckArgs | undefined {
  const values: Record<string, unknown> = {};
  const paths: string[] = [];
  for (const [name, spec] of Object.entries(CHECK_OPTIONS) as Array<[OptionName, OptionSpec]>) if (spec.default !== undefined) values[camelCase(name)] = spec.default;
  const given = new Set<OptionName>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (!token.startsWith('-')) {
      paths.push(token);
      continue;
    }
    const equals = token.startsWith('--') ? token.indexOf('=') : -1;
    const flag = equals > 0 ? token.slice(0, equals) : token;
    const inline = equals > 0 ? token.slice(equals + 1) : undefined;
    const negated = !FLAGS.has(flag) && flag.startsWith('--no-') ? FLAGS.get(`--${flag.slice(5)}`) : undefined;
    const name = FLAGS.get(flag) ?? negated;
    if (name === undefined) return undefined;
    const spec: OptionSpec = CHECK_OPTIONS[name];
    if (given.has(name) && !spec.array) return undefined; // yargs makes a list of an option given twice
    given.add(name);
    const key = camelCase(name);
    if (spec.type === 'boolean') {
      // yargs reads `--quiet false` and `--quiet=true` as values of the flag.
      if (inline !== undefined || argv[i + 1] === 'true' || argv[i + 1] === 'false') return undefined;
      values[key] = negated === undefined;
      continue;
    }
    if (negated !== undefined) return undefined;
    if (spec.array) {
      // yargs gives a list option every argument up to the next option, and adds a repeat's to them.
      if (inline !== undefined) return undefined;
      const list = (values[key] as string[] | undefined) ?? [];
      const before = list.length;
      while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) list.push(argv[++i]);
      if (list.length === before) return undefined;
      values[key] = list;
      continue;
    }
    const value = inline ?? (i + 1 < argv.length && !argv[i + 1].startsWith('-') ? argv[++i] : undefined);
    if (value === undefined || value === '') return undefined;
    if (spec.type === 'number') {
      if (!PLAIN_NUMBER.test(value)) return undefined;
      values[key] = Number(value);
    } else {
      if (spec.choices && !spec.choices.includes(value)) return undefined;
      values[key] = value;
    }
  }
  if (paths.length === 0) return undefined;
  return { ...values, paths } as unknown as CheckArgs;
}
