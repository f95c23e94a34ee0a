import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Rule } from '../rules/types.js';
import { checkUnit } from './check.js';
import type { CheckSettings, Entry, Unit } from './units.js';

/** Checks batches of units; results come back in the order the batches went in. */
export interface Checker {
  check(batch: Unit[]): Promise<Entry[]>;
  close(): Promise<void>;
}

/** Checks in this thread (--jobs 1, and custom rule sets, which cannot cross threads). */
export function inlineChecker(settings: CheckSettings, rules: readonly Rule[]): Checker {
  return {
    check: async (batch) => batch.flatMap((unit) => checkUnit(unit, settings, rules)),
    close: async () => {},
  };
}

interface Pending {
  resolve: (entries: Entry[]) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads, each with its own rules and dictionaries, loaded once. A
 * batch goes to the worker with the fewest batches waiting; the caller awaits
 * batches in order, so output order never depends on the number of threads.
 */
export class WorkerPool implements Checker {
  private readonly workers: Array<{ worker: Worker; pending: Map<number, Pending> }>;
  private nextId = 0;

  constructor(size: number, settings: CheckSettings) {
    const script = workerScript();
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(script, { workerData: settings });
      const pending = new Map<number, Pending>();
      worker.on('message', ({ id, entries }: { id: number; entries: Entry[] }) => {
        pending.get(id)?.resolve(entries);
        pending.delete(id);
      });
      worker.on('error', (error) => {
        for (const p of pending.values()) p.reject(error);
        pending.clear();
      });
      return { worker, pending };
    });
  }

  check(batch: Unit[]): Promise<Entry[]> {
    const target = this.workers.reduce((best, w) => (w.pending.size < best.pending.size ? w : best));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, batch });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
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
