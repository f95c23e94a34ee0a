/**
 * How long the HTML report of 10,000 generated articles takes to open in
 * Debian's Chromium: from the start of navigation to the table drawn, as the
 * page measures it (data-ready-ms). A timing, so it lives here and not in
 * npm test. Skips, saying so, when Chromium is absent.
 *   npm run bench:report [-- --articles 10000] [--runs 3]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { generateCorpus } from './generate.js';

const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? '') : undefined;
};
const CHROMIUM = process.env.MTLINT_CHROMIUM ?? '/usr/bin/chromium';
const GOAL_MS = 3000;

export async function measureReportLoad(articles: number, runs: number): Promise<string> {
  if (!existsSync(CHROMIUM)) return `| report of ${articles.toLocaleString('en')} articles | skipped: no Chromium at ${CHROMIUM} | | | | |`;
  const work = mkdtempSync(join(tmpdir(), 'mtlint-report-load-'));
  try {
    const corpus = join(work, 'corpus');
    mkdirSync(corpus);
    generateCorpus(corpus, articles);
    const out = join(work, 'report.html');
    spawnSync(process.execPath, [join(PACKAGE_ROOT, 'dist', 'src', 'cli.js'), 'check', corpus, '-f', `html:${out}`], { encoding: 'utf8' });
    const context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    });
    const times: number[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const page = await context.newPage();
        await page.goto(pathToFileURL(out).href);
        await page.waitForSelector('html[data-ready="true"]');
        times.push(Number(await page.locator('html').getAttribute('data-ready-ms')));
        await page.close();
      }
    } finally {
      await context.close();
    }
    const best = Math.min(...times);
    const verdict = best <= GOAL_MS ? `within the ${GOAL_MS} ms goal` : `over the ${GOAL_MS} ms goal`;
    return `| report of ${articles.toLocaleString('en')} articles | HTML report opened in Chromium (navigation to table drawn), best of ${runs} | ${best.toFixed(0)} ms | ${(statSync(out).size / 1e6).toFixed(1)} MB page | | ${verdict} |`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('report-load.js')) {
  console.log(await measureReportLoad(Number(flag('articles') ?? 10_000), Math.max(1, Number(flag('runs') ?? 3))));
}
