import { compactReporter } from './compact.js';
import { githubReporter } from './github.js';
import { gitlabReporter } from './gitlab.js';
import { htmlReporter } from './html.js';
import { jsonReporter } from './json.js';
import { jsonlReporter } from './jsonl.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import { rdjsonReporter } from './rdjson.js';
import { sarifReporter } from './sarif.js';
import { stylishReporter } from './stylish.js';
import type { Reporter } from './types.js';

export const REPORTERS: Record<string, Reporter> = {
  stylish: stylishReporter,
  json: jsonReporter,
  jsonl: jsonlReporter,
  sarif: sarifReporter,
  junit: junitReporter,
  github: githubReporter,
  gitlab: gitlabReporter,
  rdjson: rdjsonReporter,
  compact: compactReporter,
  markdown: markdownReporter,
  html: htmlReporter,
};

/** Formats that need each document's extracted text in the report. */
export const NEEDS_TEXT = new Set<string>(['html']);

/** Formats that count columns in UTF-8 bytes. */
export const NEEDS_UTF8_COLUMNS = new Set<string>(['rdjson']);

export type { Reporter, ReporterOptions } from './types.js';
