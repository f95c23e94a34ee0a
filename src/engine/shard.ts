import type { Config } from '../config/defaults.js';
import { readLines } from '../io/lines.js';
import { writeFileAtomic } from '../io/write.js';
import { Spool } from '../report/spool.js';
import { VERSION } from '../version.js';
import type { Entry } from './units.js';

/**
 * A shard file (`mtlint check --shard FILE`) keeps what a run knows of each document before the
 * cross-document comparison and the gate: its document findings, its run-rule records (the
 * headline keys), its suppression directives. `mtlint merge` reads the shards in order and
 * settles them as one run would, so the merged report of any split equals the unsharded report.
 * JSON Lines: a header line, then one entry per line, in input order.
 */
export const SHARD_FORMAT = 1;

export interface ShardHeader {
  mtlintShard: typeof SHARD_FORMAT;
  /** The mtlint version that wrote the shard: merge takes shards of its own version only (records and findings are not a contract). */
  version: string;
  /** The configuration the shard was checked with: every shard of a merge must have the same. */
  config: Config;
  /** The input paths of the shard run, as reported (after --path-as). */
  inputs: string[];
}

/** Shard usage problems (a file that is no shard, shards of different runs): a usage error for the CLI. */
export class ShardError extends Error {}

/** Collects a run's entries and writes them, with the header, atomically once the run is done. */
export class ShardWriter {
  private readonly entries = new Spool<Entry>();

  constructor(
    private readonly file: string,
    private readonly header: Omit<ShardHeader, 'mtlintShard' | 'version'>,
  ) {}

  add(entry: Entry): void {
    this.entries.append(entry);
  }

  async write(): Promise<void> {
    const { entries } = this;
    const header: ShardHeader = { mtlintShard: SHARD_FORMAT, version: VERSION, ...this.header };
    await writeFileAtomic(this.file, (function* () {
      yield `${JSON.stringify(header)}\n`;
      for (const entry of entries) yield `${JSON.stringify(entry)}\n`;
    })());
  }

  dispose(): void {
    this.entries.dispose();
  }
}

/** The header of a shard file; throws ShardError when the file is not a shard of this version. */
export function readShardHeader(file: string): ShardHeader {
  const first = lines(file).next();
  let header: Partial<ShardHeader> | undefined;
  try {
    header = first.done ? undefined : (JSON.parse(first.value) as Partial<ShardHeader>);
  } catch {
    header = undefined;
  }
  if (!header || header.mtlintShard !== SHARD_FORMAT || !header.config || !Array.isArray(header.inputs)) {
    throw new ShardError(`${file} is not an mtlint shard file (write one with mtlint check --shard ${file})`);
  }
  if (header.version !== VERSION) throw new ShardError(`${file} was written by mtlint ${header.version}; merge it with that version, or check the shard again with ${VERSION}`);
  return header as ShardHeader;
}

/** The entries of a shard file, in order, read in bounded memory. */
export function* readShardEntries(file: string): Generator<Entry> {
  let number = 0;
  for (const line of lines(file)) {
    if (++number === 1 || line === '') continue;
    let entry: Entry;
    try {
      entry = JSON.parse(line) as Entry;
    } catch {
      throw new ShardError(`${file}, line ${number}: not JSON (a shard file cut short?)`);
    }
    yield entry;
  }
}

function* lines(file: string): Generator<string> {
  try {
    yield* readLines(file);
  } catch (error) {
    throw new ShardError(`cannot read shard ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
