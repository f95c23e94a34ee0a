import type { Reporter } from './types.js';

/**
 * One line per document, in input order: each document exactly as the JSON report holds it
 * (path, id, status, score, findings …), and nothing else — the side file a map step writes
 * beside its shard, line-aligned with the documents (Dolma's attribute files have this shape).
 * The run's summary is in the JSON report, not here.
 */
export const jsonlReporter: Reporter = function* (report) {
  for (const doc of report.documents) yield `${JSON.stringify(doc)}\n`;
};
