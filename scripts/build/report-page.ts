/**
 * Build step: bundles the HTML report's script (src/report-page/, TypeScript checked by `tsc`
 * with the DOM types) into one file, dist/assets/report.js, which the HTML reporter inlines into
 * every report. Not minified: a report's script stays readable.
 */
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { PACKAGE_ROOT } from '../../src/package-root.js';

buildSync({
  entryPoints: [join(PACKAGE_ROOT, 'src', 'report-page', 'main.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  charset: 'utf8',
  legalComments: 'none',
  outfile: join(PACKAGE_ROOT, 'dist', 'assets', 'report.js'),
  logLevel: 'warning',
});
