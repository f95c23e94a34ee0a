import type { ScoringConfig } from '../config/defaults.js';
import type { Severity } from '../rules/types.js';

/**
 * MQM-style score on 0–100:
 *   penalty = Σ weight(severity of each finding)
 *   perHundredWords = 100 · penalty / max(words, minWords)
 *   score = max(0, 100 − sensitivity · perHundredWords), rounded to one decimal.
 */
export function scoreDocument(severities: readonly Severity[], words: number, config: ScoringConfig): { penalty: number; score: number } {
  const penalty = severities.reduce((sum, s) => sum + config.weights[s], 0);
  const perHundredWords = (100 * penalty) / Math.max(words, config.minWords);
  const score = Math.max(0, 100 - config.sensitivity * perHundredWords);
  return { penalty, score: Math.round(score * 10) / 10 };
}
