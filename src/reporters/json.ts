import type { Reporter } from './types.js';

/** The JSON report (schema: schema/report.v1.schema.json). Key order is fixed, so output is byte-stable. */
export const jsonReporter: Reporter = (report) => `${JSON.stringify(report, null, 2)}\n`;
