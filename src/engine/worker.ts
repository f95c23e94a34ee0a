import { parentPort, workerData } from 'node:worker_threads';
import { RULES } from '../rules/index.js';
import { checkUnit } from './check.js';
import { enabledRules } from './lint.js';
import type { CheckSettings, Entry, Unit } from './units.js';

/** A worker thread of the pool: checks the batches it is sent, with the shipped rules. */
const settings = workerData as CheckSettings;
const rules = enabledRules(RULES, settings.config);

parentPort?.on('message', ({ id, batch }: { id: number; batch: Unit[] }) => {
  const entries: Entry[] = batch.flatMap((unit) => checkUnit(unit, settings, rules));
  parentPort?.postMessage({ id, entries });
});
