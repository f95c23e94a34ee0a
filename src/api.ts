import { DEFAULT_CONFIG, type Config } from './config/defaults.js';
import { loadConfig } from './config/load.js';
import { readBaseline, type BaselineFile } from './engine/baseline.js';
import { runCheck, type RunOptions } from './engine/run.js';
import type { Report } from './report/types.js';
import { NEEDS_TEXT, NEEDS_UTF8_COLUMNS, REPORTERS } from './reporters/index.js';
import { render } from './reporters/types.js';

export interface CheckOptions {
  /**
   * The configuration: a path to a configuration file (mtlint.config.json), or settings laid over
   * the defaults key by key. Without it, the defaults; no file is looked for.
   */
  config?: string | Partial<Config>;
  /** A format of the CLI (`json`, `sarif`, `html`, …): the result's `output` is the report in it. */
  format?: string;
  /** Known findings, as a baseline file's path or its parsed content: reported as suppressed. */
  baseline?: string | BaselineFile;
  /** Report only major and critical findings. */
  quiet?: boolean;
}

export interface CheckTextOptions extends CheckOptions {
  /** The name the text is reported under; its extension picks the reader (default `article.txt`: plain text). */
  path?: string;
  /** The English original the text was translated from (enables copied-from-source). */
  source?: string;
}

export interface CheckFilesOptions extends CheckOptions {
  /** Worker threads at most (default 1: this thread). */
  jobs?: number;
}

export interface CheckResult {
  /** The report, as the JSON format writes it (docs/json-report.md). */
  report: Report;
  /** True when every document passed the gate: the CLI's exit code 0. */
  passed: boolean;
  /** The report in `options.format`, when one was asked for. */
  output?: string;
}

/** Checks one article given as a string, as `mtlint check` checks a file of that name. */
export async function checkText(text: string, options: CheckTextOptions = {}): Promise<CheckResult> {
  if (typeof text !== 'string') throw new TypeError('checkText: the text must be a string');
  return check(['-'], options, { stdinText: text, stdinFilename: options.path ?? 'article.txt', sourceText: options.source });
}

/** Checks files and folders (walked for supported files), as `mtlint check <paths..>` does. */
export async function checkFiles(paths: readonly string[], options: CheckFilesOptions = {}): Promise<CheckResult> {
  if (paths.includes('-')) throw new TypeError('checkFiles: "-" (standard input) is the CLI\'s; use checkText for a string');
  return check(paths, options, { jobs: options.jobs });
}

async function check(paths: readonly string[], options: CheckOptions, extra: Partial<RunOptions>): Promise<CheckResult> {
  const reporter = options.format === undefined ? undefined : REPORTERS[options.format];
  if (options.format !== undefined && !reporter) throw new TypeError(`unknown format "${options.format}"; formats: ${Object.keys(REPORTERS).join(', ')}`);
  const report = await runCheck({
    ...extra,
    paths,
    config: resolveConfig(options.config),
    baseline: typeof options.baseline === 'string' ? readBaseline(options.baseline) : options.baseline,
    quiet: options.quiet,
    includeText: options.format !== undefined && NEEDS_TEXT.has(options.format),
    utf8Columns: options.format !== undefined && NEEDS_UTF8_COLUMNS.has(options.format),
  });
  return { report, passed: report.summary.passedGate, output: reporter ? render(reporter, report) : undefined };
}

function resolveConfig(config: CheckOptions['config']): Config {
  if (typeof config === 'string') return loadConfig(config);
  return { ...structuredClone(DEFAULT_CONFIG), ...config };
}
