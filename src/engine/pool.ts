import type { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazy } from '../lazy.js';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Rule } from '../rules/types.js';
import { checkUnit } from './check.js';
import type { CheckSettings, Entry, Unit } from './units.js';

/** Loaded when a pool starts: a run in the main thread alone needs no threads. */
const workerThreads = lazy<typeof import('node:worker_threads')>('node:worker_threads');

/** Checks batches of units; each batch's entries come back in the order of its units. */
export interface Checker {
  check(batch: Unit[]): Promise<Entry[]>;
  /** Resolves once a checking thread has room for another batch (at once for the inline checker). */
  room(): Promise<void>;
  close(): Promise<void>;
}

/** Checks in this thread (--jobs 1, and custom rule sets, which cannot cross threads). */
export function inlineChecker(settings: CheckSettings, rules: readonly Rule[]): Checker {
  return {
    check: async (batch) => batch.flatMap((unit) => checkUnit(unit, settings, rules)),
    room: async () => {},
    close: async () => {},
  };
}

/**
 * A worker's heap limits, which also keep its heap small: V8 sizes a heap's
 * growth by its limit, so a worker holds ~55 MB where the unlimited main
 * thread, checking alone, lets its heap reach 250 MB between collections.
 * (Forced collections would do it too, but cost recompilations: see memory.ts.)
 * The old generation: far above what a worker keeps alive (one batch, its
 * caches), so only a pathological input reaches it; the batch that does is
 * checked again in the main thread, which has no such limit. The young
 * generation: half of V8's default, 16 MB less per worker for ~7 % more time
 * (the whole run in one worker, interleaved runs).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };

/** Batches a worker holds at most: the one it checks and the next, so it never waits for the main thread. */
const WORKER_DEPTH = 2;

interface Pending {
  batch: Unit[];
  resolve: (entries: Entry[] | Promise<Entry[]>) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
  alive: boolean;
}

/**
 * Worker threads, each with its own rules and dictionaries, loaded once. A
 * batch goes to the worker with the fewest batches waiting; the caller takes
 * results in batch order, so output never depends on which thread checked what.
 * The main thread only splits inputs and writes the report.
 */
export class WorkerPool implements Checker {
  private readonly workers: PoolWorker[];
  private nextId = 0;
  private waiting: Array<() => void> = [];

  constructor(
    jobs: number,
    settings: CheckSettings,
    private readonly inline: Checker,
  ) {
    const script = workerScript();
    this.workers = Array.from({ length: jobs }, () => {
      const w: PoolWorker = { worker: new (workerThreads().Worker)(script, { workerData: settings, resourceLimits: WORKER_LIMITS }), pending: new Map(), alive: true };
      w.worker.on('message', ({ id, entries }: { id: number; entries: Entry[] }) => {
        w.pending.get(id)?.resolve(entries);
        w.pending.delete(id);
        this.wake();
      });
      // A worker that dies (out of memory on a huge article) hands its batches back to the main thread.
      w.worker.on('error', () => this.retire(w));
      w.worker.on('exit', () => this.retire(w));
      return w;
    });
  }

  check(batch: Unit[]): Promise<Entry[]> {
    const target = this.workers.filter((w) => w.alive).sort((a, b) => a.pending.size - b.pending.size)[0];
    if (!target) return this.inline.check(batch);
    const id = this.nextId++;
    return new Promise((resolve) => {
      target.pending.set(id, { batch, resolve });
      target.worker.postMessage({ id, batch });
    });
  }

  room(): Promise<void> {
    if (this.hasRoom()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async close(): Promise<void> {
    for (const w of this.workers) w.alive = false;
    this.wake();
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  /** A live worker holds fewer than WORKER_DEPTH batches, or none is left (the main thread checks). */
  private hasRoom(): boolean {
    const alive = this.workers.filter((w) => w.alive);
    return alive.length === 0 || alive.some((w) => w.pending.size < WORKER_DEPTH);
  }

  private wake(): void {
    if (!this.hasRoom()) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  private retire(w: PoolWorker): void {
    if (!w.alive && w.pending.size === 0) return;
    w.alive = false;
    for (const { batch, resolve } of w.pending.values()) resolve(this.inline.check(batch));
    w.pending.clear();
    this.wake();
  }
}

/** The compiled worker module; under vitest (TypeScript sources) the built one in dist/. */
function workerScript(): URL | string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return new URL('./worker.js', import.meta.url);
  const built = join(PACKAGE_ROOT, 'dist', 'src', 'engine', 'worker.js');
  if (!existsSync(built)) throw new Error('worker threads need the built worker: run npm run build');
  return built;
}
