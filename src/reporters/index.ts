import { jsonReporter } from './json.js';
import { stylishReporter } from './stylish.js';
import type { Reporter } from './types.js';

export const REPORTERS: Record<string, Reporter> = {
  stylish: stylishReporter,
  json: jsonReporter,
};

/** Formats that need each document's extracted text in the report. */
export const NEEDS_TEXT = new Set<string>();

export type { Reporter, ReporterOptions } from './types.js';
