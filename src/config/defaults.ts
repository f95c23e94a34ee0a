import { DEFAULT_FIELDS, type FieldMap } from '../readers/types.js';
import type { RuleOptions, Severity } from '../rules/types.js';

export interface ScoringConfig {
  /** Penalty points per finding of each severity (MQM: minor 1, major 5, critical 25 as for non-translation). */
  weights: Record<Severity, number>;
  /** Texts shorter than this count as this long, so one finding in a 20-word item does not zero it. */
  minWords: number;
  /** Score points lost per penalty point per 100 words. */
  sensitivity: number;
}

export interface Config {
  /** Documents scoring below this (0–100) fail the gate. */
  threshold: number;
  /** Any finding at or above this severity fails the gate; null: only the score decides. */
  failOn: Severity | null;
  /** More findings than this in the whole run fail the gate; null: no limit. */
  maxFindings: number | null;
  scoring: ScoringConfig;
  rules: {
    /** Per rule id: "off", or a severity that replaces the rule's default. */
    overrides: Record<string, Severity | 'off'>;
    options: RuleOptions;
  };
  fields: FieldMap;
  /** Only files matching these globs are checked when folders are walked (empty: all supported files). */
  include: string[];
  /** Files matching these globs are skipped when folders are walked. */
  exclude: string[];
}

export const DEFAULT_CONFIG: Config = {
  threshold: 90,
  failOn: 'critical',
  maxFindings: null,
  scoring: { weights: { minor: 1, major: 5, critical: 25 }, minWords: 100, sensitivity: 5 },
  rules: {
    overrides: {},
    options: { nearDuplicateThreshold: 0.85, minRepeatParagraphWords: 8, minRepeatSentenceWords: 12, acceptedTerms: [], flaggedTerms: [] },
  },
  fields: DEFAULT_FIELDS,
  include: [],
  exclude: ['**/*.expected.json', '**/mtlint.config.json', '**/*.baseline.json'],
};
