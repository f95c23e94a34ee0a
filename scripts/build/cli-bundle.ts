/**
 * Build step: the CLI bundled into one file, dist/mtlint.mjs (the package's bin). Loading one
 * module instead of some 150 cuts start-up CPU by a third (measured in the bench); the modules
 * under dist/src stay for the library API and the worker threads. The dependencies loaded on
 * first use (franc, diff, the dictionaries) stay outside, resolved from node_modules as before.
 */
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { PACKAGE_ROOT } from '../../src/package-root.js';

buildSync({
  entryPoints: [join(PACKAGE_ROOT, 'dist', 'src', 'cli.js')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsonc-parser's UMD build requires its parts by computed paths: take its ES module build.
  mainFields: ['module', 'main'],
  // CommonJS dependencies (yargs' helpers) call require(): give the ES bundle one.
  banner: { js: "import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);" },
  legalComments: 'none',
  outfile: join(PACKAGE_ROOT, 'dist', 'mtlint.mjs'),
  logLevel: 'warning',
});
