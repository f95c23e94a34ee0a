import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Config } from '../config/defaults.js';
import { collectInputs, type CollectedInput } from '../io/collect.js';
import { spoolStdin, spoolText } from '../io/stdin.js';
import { SUPPORTED_EXTENSIONS } from '../readers/index.js';
import type { Report, ReportStream } from '../report/types.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { BaselineMatcher, type BaselineFile } from './baseline.js';
import { inputUnits } from './inputs.js';
import { GarbageSchedule } from './memory.js';
import { enabledRules } from './lint.js';
import { inlineChecker, WorkerPool, type Checker } from './pool.js';
import { RunSettler } from './settle.js';
import { ShardWriter } from './shard.js';
import { unitWeight, type Entry, type Unit } from './units.js';

export interface RunOptions {
  paths: readonly string[];
  config: Config;
  /** Rules to run instead of the shipped ones (in this thread only). */
  rules?: readonly Rule[];
  /** Keep each document's extracted text in the report (the HTML report needs it). */
  includeText?: boolean;
  /** Give findings UTF-8 byte columns (`utf8Column`, `utf8EndColumn`): rdjson needs them. */
  utf8Columns?: boolean;
  /** The English original of a single-article input (--source). */
  sourceText?: string;
  /** Known findings: reported as suppressed, not counted for the gate (--baseline). */
  baseline?: BaselineFile;
  /** Report only major and critical findings (--quiet). */
  quiet?: boolean;
  /** An ISO time to stamp the report with (--timestamp); none by default, for byte-identical output. */
  timestamp?: string;
  /** Worker threads at most (--jobs); 1 checks in this thread, as do inputs under 8 MB per thread. Default 1 here, the number of cores in the CLI. */
  jobs?: number;
  /** Input per worker thread below which fewer threads are used (default MIN_BYTES_PER_THREAD); tests lower it to use threads on small inputs. */
  minBytesPerThread?: number;
  /** The name standard input (the path `-`) is reported under; its extension picks the reader (default stdin.txt). */
  stdinFilename?: string;
  /** Text read in place of standard input for the path `-` (the API's checkText). */
  stdinText?: string;
  /** Report the one input under this path (--path-as): a shard of a feed, named as the feed. */
  pathAs?: string;
  /** Lines of the reported file before the input's first line (--line-offset): a shard's positions point into the whole feed. */
  lineOffset?: number;
  /** Also write the run's entries to this shard file, for `mtlint merge` (--shard). */
  shard?: string;
  /** Called as the run goes: inputs fully read of all inputs, documents reported so far. */
  onProgress?: (filesRead: number, files: number, documents: number) => void;
}

/** The options do not fit the inputs (a usage error for the CLI). */
export class RunOptionsError extends Error {}

/**
 * Units are sent to the checker in batches of about this weight (see unitWeight): some twenty
 * news articles, or a dozen feed items. Measured on two cores against 32 KB and 256 KB: a few per
 * cent faster (a worker's next batch is never far behind), with no more memory. Files used to
 * count 32 KB each whatever their size, so batches of two 2.5 KB articles went back and forth
 * faster than the main thread answered, and workers waited (~5 % of their time).
 */
const BATCH_WEIGHT = 64 * 1024;
const MAX_BATCH_UNITS = 64;
/** Batches per thread sent and not yet taken, at most: bounds the results held while an earlier batch is still being checked. */
const BATCHES_AHEAD = 4;

export const DEFAULT_JOBS = availableParallelism();

/**
 * Below this much input per thread, worker threads cost more than they save: each starts in ~150 ms
 * and warms up its own JIT. Measured on two cores against one: 0.87× at 5 MB, 0.94× at 10 MB,
 * 1.12× at 23 MB, 1.4× at 94 MB.
 */
export const MIN_BYTES_PER_THREAD = 8 * 1024 * 1024;

/** Threads for a run: at most `jobs`, one per 8 MB of input; small runs stay in the main thread. */
function threadsFor(inputs: readonly CollectedInput[], jobs: number, perThread = MIN_BYTES_PER_THREAD): number {
  if (jobs === 1) return 1;
  let bytes = 0;
  for (const input of inputs) {
    if (input.error) continue;
    try {
      bytes += statSync(input.readFrom ?? input.path).size;
    } catch {
      // reported when the file is read
    }
    if (bytes >= jobs * perThread) return jobs;
  }
  return Math.max(1, Math.min(jobs, Math.floor(bytes / perThread)));
}

/**
 * Reads every input, runs the rules, applies suppressions and the baseline,
 * scores and reports, streaming: documents are checked in batches (in worker
 * threads with jobs > 1), taken back in input order, and spooled, so memory
 * does not grow with the input. One bad file never stops the run. The caller
 * disposes of the report when done with it.
 */
export async function runCheckStream(options: RunOptions): Promise<ReportStream & { dispose(): void }> {
  const { config } = options;
  const rules = enabledRules(options.rules ?? RULES, config);
  const keep = { text: options.includeText ?? false, utf8Columns: options.utf8Columns ?? false };
  const lineOffset = options.lineOffset ?? 0;
  // A shard keeps everything any merged format may need; this run's own report keeps what was asked for.
  const settings = { config, includeText: keep.text || !!options.shard, utf8Columns: keep.utf8Columns || !!options.shard, sourceText: options.sourceText, lineOffset };
  const inputs = collectInputs(options.paths, { extensions: SUPPORTED_EXTENSIONS, include: config.include, exclude: config.exclude, stdinFilename: options.stdinFilename });
  if (options.pathAs !== undefined) renameInput(inputs, options.pathAs);
  if (lineOffset !== 0 && inputs.length !== 1) throw new RunOptionsError(`--line-offset needs exactly one input file, found ${inputs.length}`);
  const stdin = inputs.some((i) => i.stdin) ? (options.stdinText !== undefined ? spoolText(options.stdinText) : spoolStdin()) : undefined;
  for (const input of inputs) if (input.stdin) input.readFrom = stdin!.path;
  const jobs = options.rules ? 1 : threadsFor(inputs, Math.max(1, Math.floor(options.jobs ?? 1)), options.minBytesPerThread);
  const baseline = options.baseline ? new BaselineMatcher(options.baseline) : undefined;
  const settler = new RunSettler(config, rules, { baseline, quiet: options.quiet ?? false, keep });
  const shard = options.shard ? new ShardWriter(options.shard, { config, inputs: inputs.map((i) => i.path) }) : undefined;
  let filesRead = 0;
  let documents = 0;
  // With workers, this thread keeps the report and the run rules' memory (the kept headlines) and runs no
  // rules, so compacting collections cost it little. Checking here, they would cost recompilations.
  const garbage = jobs > 1 ? new GarbageSchedule() : undefined;
  const take = (entries: Entry[]): void => {
    for (const entry of entries) {
      shard?.add(entry);
      settler.take(entry);
    }
    documents += entries.length;
    options.onProgress?.(filesRead, inputs.length, documents);
  };

  const inline = inlineChecker(settings, rules);
  const checker: Checker = jobs > 1 ? new WorkerPool(jobs, settings, inline) : inline;
  // Batches sent and not yet taken, in input order. A finished batch waits here until those before it are taken.
  const queue: Array<{ entries?: Entry[]; done: Promise<Entry[]> }> = [];
  const takeFinished = (): void => {
    while (queue[0]?.entries) take(queue.shift()!.entries!);
  };
  try {
    let batch: Unit[] = [];
    let weight = 0;
    const send = async (): Promise<void> => {
      const sent: (typeof queue)[number] = { done: checker.check(batch) };
      void sent.done.then((entries) => (sent.entries = entries));
      queue.push(sent);
      batch = [];
      weight = 0;
      // The next batch goes out as soon as any thread has room, not when the oldest batch is back:
      // one slow batch holds up only the taking of later results, up to BATCHES_AHEAD of them.
      while (queue.length >= BATCHES_AHEAD * jobs) take(await queue.shift()!.done);
      await checker.room();
      takeFinished();
    };
    for (const unit of inputUnits(inputs, (done) => (filesRead = done), lineOffset)) {
      batch.push(unit);
      weight += unitWeight(unit);
      garbage?.checked(unitWeight(unit));
      if (weight >= BATCH_WEIGHT || batch.length >= MAX_BATCH_UNITS) await send();
    }
    if (batch.length > 0) await send();
    while (queue.length > 0) take(await queue.shift()!.done);
    await shard?.write();
  } finally {
    await checker.close();
    stdin?.dispose();
    shard?.dispose();
  }
  const report = settler.finish(inputs.length, options.timestamp);
  if (options.sourceText !== undefined && report.summary.checked !== 1) {
    report.dispose();
    throw new RunOptionsError(`--source needs exactly one article to check, found ${report.summary.checked}`);
  }
  return report;
}

/** --path-as: the one input is read where it is and reported under `name` (its extension picks the reader). */
function renameInput(inputs: CollectedInput[], name: string): void {
  if (inputs.length !== 1) throw new RunOptionsError(`--path-as needs exactly one input file, found ${inputs.length}`);
  const [input] = inputs;
  input.readFrom ??= input.path;
  input.path = name;
}

/** The whole run with the report in memory (tests, scripts, small inputs). */
export async function runCheck(options: RunOptions): Promise<Report> {
  const stream = await runCheckStream(options);
  try {
    return { ...stream, documents: [...stream.documents] };
  } finally {
    stream.dispose();
  }
}
