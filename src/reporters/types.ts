import type { Report } from '../report/types.js';

export interface ReporterOptions {
  /** ANSI colours (stylish only; on when writing to a TTY). */
  color: boolean;
}

/** A reporter turns a whole report into the text of one output format. */
export type Reporter = (report: Report, options: ReporterOptions) => string;
