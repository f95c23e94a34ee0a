import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { enabledRules } from '../../src/engine/lint.js';
import { inlineChecker, WorkerPool } from '../../src/engine/pool.js';
import type { Entry, Unit } from '../../src/engine/units.js';
import { RULES } from '../../src/rules/index.js';

/** Whether the promise settles within a few microtask turns (no event-loop turn, so no worker can answer meanwhile). */
async function settlesAtOnce(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return settled;
}

const settings = { config: DEFAULT_CONFIG, includeText: false };
const files = (dir: string): Unit[] =>
  readdirSync(dir).map((name) => ({ kind: 'file', path: join(dir, name), bytes: 0 }) as Unit);

describe('WorkerPool', () => {
  it('gives each batch the entries the main thread would, and has room only while a worker holds fewer than two batches', async () => {
    const inline = inlineChecker(settings, enabledRules(RULES, DEFAULT_CONFIG));
    const units = [...files('corpus/text'), ...files('corpus/html'), ...files('corpus/markdown')];
    const batches = units.map((unit) => [unit]);
    const pool = new WorkerPool(2, settings, inline);
    try {
      const sent: Array<Promise<Entry[]>> = [];
      const roomBefore: boolean[] = [];
      for (const batch of batches) {
        if (sent.length < 5) roomBefore.push(await settlesAtOnce(pool.room()));
        await pool.room();
        sent.push(pool.check(batch));
      }
      // Two workers, two batches each: once four are unanswered there is no room until one comes back.
      expect(roomBefore).toEqual([true, true, true, true, false]);
      const fromPool = await Promise.all(sent);
      const fromInline = await Promise.all(batches.map((b) => inline.check(b)));
      expect(fromPool).toEqual(fromInline);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('has room (the main thread) once every worker is gone', async () => {
    const pool = new WorkerPool(1, settings, inlineChecker(settings, []));
    await pool.close();
    await expect(pool.room()).resolves.toBeUndefined();
  });
});
