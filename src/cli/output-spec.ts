import { REPORTERS } from '../reporters/index.js';

export interface OutputSpec {
  format: string;
  /** File to write; undefined means standard output. */
  file?: string;
}

export class UsageError extends Error {}

/**
 * `--format json:reports/report.json` names a format and its file; a bare
 * `--format json` writes to `--output` (when it is the only such format) or stdout.
 */
export function parseOutputSpecs(formats: readonly string[], output: string | undefined): OutputSpec[] {
  const specs = formats.map((raw): OutputSpec => {
    const colon = raw.indexOf(':');
    const format = colon > 0 ? raw.slice(0, colon) : raw;
    if (!REPORTERS[format]) throw new UsageError(`unknown format "${format}" (available: ${Object.keys(REPORTERS).join(', ')})`);
    return colon > 0 ? { format, file: raw.slice(colon + 1) } : { format };
  });
  const bare = specs.filter((s) => s.file === undefined);
  if (output !== undefined) {
    if (bare.length !== 1) throw new UsageError('--output needs exactly one --format without its own file (write several as --format json:FILE --format html:FILE)');
    bare[0].file = output;
  } else if (bare.length > 1) {
    throw new UsageError(`only one format can go to standard output; give the others a file (e.g. --format ${bare[1].format}:report.${bare[1].format})`);
  }
  return specs;
}
