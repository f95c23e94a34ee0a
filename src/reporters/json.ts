import { STREAMED, streamJson, type Reporter } from './types.js';

/** The JSON report (schema: schema/report.v1.schema.json). Key order is fixed, so output is byte-stable. */
export const jsonReporter: Reporter = function* (report) {
  const { schemaVersion, tool, timestamp, summary, documents } = report;
  yield* streamJson({ schemaVersion, tool, ...(timestamp ? { timestamp } : {}), summary, documents: STREAMED }, documents);
  yield '\n';
};
