import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { ruleHelpUri } from '../../src/reporters/sarif.js';
import { LAYOUT_VERSION } from '../../src/lexicon/compact.js';

const ROOT = join(import.meta.dirname, '../..');
const npm = (args: string[], cwd = ROOT): string => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The tarball `npm pack` makes of the built package (the global setup built dist/). */
let tarball: string;
let files: string[];

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'mtlint-pack-'));
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', out])) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(out, basename(packed.filename));
  files = packed.files.map((f) => f.path);
}, 60_000);

describe('npm pack', () => {
  it('ships the library, its data, schema, assets and rule pages', () => {
    for (const path of ['package.json', 'README.md', 'LICENSE', 'dist/mtlint.mjs', 'dist/mtlint.cjs', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/cli.js', 'dist/src/engine/worker.js', 'dist/assets/report.js', 'schema/report.v1.schema.json', 'assets/report.css', 'data/anglicisms.txt', 'docs/json-report.md']) {
      expect(files).toContain(path);
    }
    for (const rule of RULES) expect(files).toContain(`docs/rules/${rule.meta.id}.md`);
  });

  it('links every SARIF helpUri to a page the tarball holds', () => {
    for (const rule of RULES) {
      const uri = new URL(ruleHelpUri(rule.meta.id, '1.2.3'));
      expect(uri.pathname.startsWith('/mtlint@1.2.3/')).toBe(true);
      expect(files).toContain(uri.pathname.slice('/mtlint@1.2.3/'.length));
    }
  });

  it('ships no benchmark, script, test, source map or data derived from dictionary-de (GPL)', () => {
    const unwanted = files.filter((f) => /^(dist\/(bench|scripts|test|lexicon)|bench|scripts|test|src|corpus)\//.test(f) || /\.(map|bin|dic|aff)$/.test(f) || /lexicon\/.*\.(bin|json)$/.test(f));
    expect(unwanted).toEqual([]);
    // Whatever the file is called: nothing in the tarball is as large as a compiled dictionary (1.7 and 6.1 MB; the bundled CLI is under 1 MB).
    const listing = execFileSync('tar', ['-tvzf', tarball], { encoding: 'utf8' });
    const largest = Math.max(...listing.trim().split('\n').map((line) => Number(line.split(/\s+/)[2])));
    expect(largest).toBeLessThan(1_000_000);
  });
});

describe('installed from the tarball', () => {
  let app: string;

  beforeAll(() => {
    // An install without the network: the tarball unpacked as node_modules/mtlint, and the runtime dependencies
    // (only those: `npm ls --omit=dev`) linked from this checkout's node_modules, so an undeclared one fails.
    app = mkdtempSync(join(tmpdir(), 'mtlint-app-'));
    const modules = join(app, 'node_modules');
    mkdirSync(join(modules, 'mtlint'), { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'mtlint'), '--strip-components=1']);
    const production = npm(['ls', '--omit=dev', '--all', '--parseable']).trim().split('\n');
    for (const path of production) {
      const name = relative(join(ROOT, 'node_modules'), path);
      if (name.startsWith('..') || name === '' || name.includes('node_modules')) continue;
      mkdirSync(dirname(join(modules, name)), { recursive: true });
      symlinkSync(path, join(modules, name), 'dir');
    }
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  }, 60_000);

  const run = (file: string, code: string, cache = join(app, 'cache')): string => {
    writeFileSync(join(app, file), code);
    return execFileSync(process.execPath, [file], { cwd: app, encoding: 'utf8', env: { ...process.env, MTLINT_CACHE_DIR: cache } });
  };

  it('import { checkText } from "mtlint" checks a string, and compiles the lexicon into the user cache', () => {
    const out = run(
      'check.mjs',
      `import { checkText, SCHEMA_VERSION } from 'mtlint';
       const result = await checkText('Berlin. Die Regierung sagte, sie werde the new policy sofort umsetzen.\\n', { path: 'artikel.txt', format: 'compact' });
       console.log(JSON.stringify({ passed: result.passed, schema: SCHEMA_VERSION, path: result.report.documents[0].path, rules: result.report.documents[0].findings.map((f) => f.ruleId), output: result.output }));`,
    );
    const result = JSON.parse(out) as { passed: boolean; schema: number; path: string; rules: string[]; output: string };
    expect(result.schema).toBe(1);
    expect(result.path).toBe('artikel.txt');
    expect(result.rules).toContain('english-phrase');
    expect(result.output).toMatch(/^artikel\.txt:1:\d+: /m);
    const version = (pkg: string): string => (JSON.parse(readFileSync(join(ROOT, pkg, 'package.json'), 'utf8')) as { version: string }).version;
    const compiled = join(app, 'cache', `lexicon-${version('.')}`, `de-${version('node_modules/dictionary-de')}-v${LAYOUT_VERSION}.bin`);
    expect(statSync(compiled).size).toBeGreaterThan(1_000_000);
  }, 60_000);

  it('require("mtlint") works from CommonJS (Node ≥ 20.19 loads the ES module synchronously)', () => {
    expect(run('check.cjs', `console.log(typeof require('mtlint').checkFiles);`).trim()).toBe('function');
  });

  it('the bin (the bundled CLI) runs from the install and checks a file', () => {
    writeFileSync(join(app, 'artikel.txt'), 'Die Regierung sagte: “Wir machen das.”\n');
    const bin = join(app, 'node_modules/mtlint', (JSON.parse(readFileSync(join(app, 'node_modules/mtlint/package.json'), 'utf8')) as { bin: { mtlint: string } }).bin.mtlint);
    const out = execFileSync(process.execPath, [bin, 'check', 'artikel.txt', '--format', 'compact', '--exit-zero'], { cwd: app, encoding: 'utf8', env: { ...process.env, MTLINT_CACHE_DIR: join(app, 'cache') } });
    expect(out).toMatch(/^artikel\.txt:1:22: minor English quotation marks .*\[english-quotes\]$/m);
    execFileSync(process.execPath, [bin, 'check', 'artikel.txt', '-f', 'html:report.html', '--exit-zero'], { cwd: app, env: { ...process.env, MTLINT_CACHE_DIR: join(app, 'cache') } });
    expect(readFileSync(join(app, 'report.html'), 'utf8')).toContain('mtlint-decisions-v1'); // the bundled page script, inlined
  }, 60_000);
});
