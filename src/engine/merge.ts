import type { Config } from '../config/defaults.js';
import type { ReportStream } from '../report/types.js';
import { RULES } from '../rules/index.js';
import { BaselineMatcher, type BaselineFile } from './baseline.js';
import { enabledRules } from './lint.js';
import { RunSettler } from './settle.js';
import { readShardEntries, readShardHeader, ShardError } from './shard.js';

export interface MergeOptions {
  /** Shard files (mtlint check --shard), in input order. */
  shards: readonly string[];
  /** The gate, when not the shards' own (--threshold, --fail-on, --max-findings). */
  gate?: Partial<Pick<Config, 'threshold' | 'failOn' | 'maxFindings'>>;
  includeText?: boolean;
  utf8Columns?: boolean;
  baseline?: BaselineFile;
  quiet?: boolean;
  timestamp?: string;
}

/**
 * `mtlint merge`: the shards' entries settled in order as one run settles them — the
 * cross-document comparison over every shard's records, inline directives, the baseline, the
 * scores and the gate — so the merged report of any split equals the report of one run.
 */
export function runMergeStream(options: MergeOptions): ReportStream & { dispose(): void } {
  if (options.shards.length === 0) throw new ShardError('merge needs at least one shard file');
  const headers = options.shards.map(readShardHeader);
  const configs = headers.map((h) => JSON.stringify(h.config));
  const other = configs.findIndex((c) => c !== configs[0]);
  if (other > 0) throw new ShardError(`${options.shards[other]} was checked with another configuration than ${options.shards[0]}; check every shard with the same one`);
  const config: Config = { ...headers[0].config, ...options.gate };
  const baseline = options.baseline ? new BaselineMatcher(options.baseline) : undefined;
  const settler = new RunSettler(config, enabledRules(RULES, config), {
    baseline,
    quiet: options.quiet ?? false,
    keep: { text: options.includeText ?? false, utf8Columns: options.utf8Columns ?? false },
  });
  for (const shard of options.shards) for (const entry of readShardEntries(shard)) settler.take(entry);
  // Shards of one file (split by lines) name it once; shards of different files name each.
  const files = new Set(headers.flatMap((h) => h.inputs)).size;
  return settler.finish(files, options.timestamp);
}
