/**
 * Build step: the CLI bundled into one file, dist/mtlint.cjs, and the bin that runs it with V8's
 * code cache, dist/bin.cjs (src/bin.ts). Loading one module instead of some 150 cuts start-up
 * CPU by a third, the code cache by about as much again (both measured in the bench); the modules
 * under dist/src stay for the library API and the worker threads. The dependencies loaded on
 * first use (franc, diff, the dictionaries) stay outside, resolved from node_modules as before.
 * Last, one check of the corpus writes the code cache, so that the first real run starts warm.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, buildSync, type Plugin } from 'esbuild';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { sha256 } from '../../src/io/hash.js';
import { asciiOnly } from './ascii.js';

// ES2022, what tsc emits, not 'node20': for that target esbuild rewrites every regex literal with
// a \p{…} escape into a `new RegExp(…)` call, built again each time its function runs.
const common = { bundle: true, platform: 'node', target: 'es2022', legalComments: 'none', logLevel: 'warning' } as const;

/**
 * string-width (yargs' help layout, three copies) builds an Intl.Segmenter and a Unicode-property
 * regex when loaded, a tenth of a check's start-up, though only --help measures text. Each import
 * of it becomes a stub that requires the real module on first call: esbuild initialises a
 * required module lazily.
 */
const lazyStringWidth: Plugin = {
  name: 'lazy-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'real' });
      return { path: real.path, namespace: 'lazy-string-width' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, (args) => ({
      contents: `let width; export default function stringWidth(text, options) { width ??= require(${JSON.stringify(args.path)}).default; return width(text, options); }`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * yargs' platform shim imports Node's assert (a fiftieth of a one-file check's CPU to load) for
 * checks of its own that hold in every run: the two it uses compare here, and load the module
 * only to throw its error when one fails.
 */
const lazyAssert: Plugin = {
  name: 'lazy-assert',
  setup(b) {
    b.onResolve({ filter: /^assert$/ }, () => ({ path: 'assert', namespace: 'lazy-assert' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-assert' }, () => ({
      contents: [
        "export function strictEqual(actual, expected, message) { if (!Object.is(actual, expected)) require('node:assert').strictEqual(actual, expected, message); }",
        "export function notStrictEqual(actual, expected, message) { if (Object.is(actual, expected)) require('node:assert').notStrictEqual(actual, expected, message); }",
      ].join('\n'),
      loader: 'js',
    }));
  },
};

const cli = await build({
  ...common,
  plugins: [lazyStringWidth, lazyAssert],
  entryPoints: [join(PACKAGE_ROOT, 'dist', 'src', 'cli.js')],
  write: false,
  // A script, not a module: V8 caches a script's compiled code (vm.Script), and Node 20 has no
  // cache for ES modules. The bin hands it `require` and its own import.meta (same folder).
  format: 'cjs',
  define: { 'import.meta': '__mtlintImportMeta' },
  // jsonc-parser's UMD build requires its parts by computed paths: take its ES module build.
  mainFields: ['module', 'main'],
  outfile: join(PACKAGE_ROOT, 'dist', 'mtlint.cjs'),
});
// The #! line gives way to the content's hash, which keys the code cache (src/bin.ts); lines keep their numbers.
const code = asciiOnly(cli.outputFiles[0].text.replace(/^#!.*\n/, ''));
writeFileSync(join(PACKAGE_ROOT, 'dist', 'mtlint.cjs'), `// sha256 ${sha256(code)}\n${code}`);

buildSync({
  ...common,
  entryPoints: [join(PACKAGE_ROOT, 'dist', 'src', 'bin.js')],
  format: 'cjs',
  banner: { js: 'var __binMeta = { url: require("node:url").pathToFileURL(__filename).href };' },
  define: { 'import.meta': '__binMeta' },
  outfile: join(PACKAGE_ROOT, 'dist', 'bin.cjs'),
});
chmodSync(join(PACKAGE_ROOT, 'dist', 'bin.cjs'), 0o755);
// The bin's earlier path, for scripts that run `node dist/mtlint.mjs`.
writeFileSync(join(PACKAGE_ROOT, 'dist', 'mtlint.mjs'), "#!/usr/bin/env node\nimport './bin.cjs';\n", { mode: 0o755 });

execFileSync(process.execPath, [join(PACKAGE_ROOT, 'dist', 'bin.cjs'), 'check', join(PACKAGE_ROOT, 'corpus'), '--format', 'json', '--exit-zero'], { stdio: ['ignore', 'ignore', 'inherit'] });
