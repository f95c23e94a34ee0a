import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { cli, tempDir } from '../e2e/cli-helpers.js';
import { CHROMIUM, launch } from './chromium.js';

/** Writes the HTML report for some inputs and returns its file URL. */
async function htmlReport(...inputs: string[]): Promise<string> {
  const out = join(tempDir(), 'report.html');
  await cli(['check', ...inputs, '-f', `html:${out}`]);
  return pathToFileURL(out).href;
}

/** Opens a page, recording console errors and every request the page makes. */
async function open(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  return { page, errors, requests };
}

describe.runIf(existsSync(CHROMIUM))('the HTML report in Chromium', () => {
  let context: BrowserContext;
  let corpusUrl: string;

  beforeAll(async () => {
    context = await launch();
    corpusUrl = await htmlReport('corpus');
  }, 60_000);
  afterAll(async () => context?.close());

  it('loads from disk with no console error and no network request', async () => {
    const { page, errors, requests } = await open(context, corpusUrl);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(await page.locator('#docs-body tr').count()).toBe(25);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'/);
    await page.close();
  });

  it('filters and sorts the table', async () => {
    const { page } = await open(context, corpusUrl);
    await page.selectOption('#f-category', 'english');
    const english = await page.locator('#docs-body tr').count();
    expect(english).toBeGreaterThan(0);
    expect(english).toBeLessThan(25);
    await page.selectOption('#f-category', '');
    await page.selectOption('#f-status', 'passed');
    expect(await page.locator('#docs-body tr').count()).toBe(14);
    await page.selectOption('#f-status', '');
    await page.fill('#f-q', 'Cyberangriff');
    expect(await page.locator('#docs-body tr').count()).toBe(1);
    await page.fill('#f-q', '');
    const firstScore = await page.locator('#docs-body tr td').first().textContent();
    await page.click('th button[data-sort="score"]');
    expect(await page.locator('#docs-body tr td').first().textContent()).not.toBe(firstScore);
    await page.close();
  });

  it('moves between findings and documents with the keyboard', async () => {
    const { page } = await open(context, corpusUrl);
    await page.locator('#docs-body tr a').nth(1).click();
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/^#doc-\d+$/);
    await page.keyboard.press('j');
    expect(await page.evaluate(() => location.hash)).toBe(`${hash}/f-0`);
    await page.keyboard.press('j');
    expect(await page.evaluate(() => location.hash)).toBe(`${hash}/f-1`);
    expect(await page.locator('ol.findings li.current').getAttribute('id')).toBe('f-1');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MARK');
    await page.keyboard.press('k');
    expect(await page.evaluate(() => location.hash)).toBe(`${hash}/f-0`);
    await page.keyboard.press('n');
    expect(await page.evaluate(() => location.hash)).not.toBe(`${hash}/f-0`);
    await page.keyboard.press('?');
    expect(await page.locator('#help').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#help').isVisible()).toBe(false);
    await page.close();
  });

  it('opens the right finding from a deep link, also after a reload; hover shows the message', async () => {
    const { page } = await open(context, `${corpusUrl}#doc-0`);
    const index = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('mtlint-data')!.textContent!);
      return data.documents.findIndex((d: { path: string }) => d.path.endsWith('energiepreise-gipfel.txt'));
    });
    await page.goto(`${corpusUrl}#doc-${index}/f-4`);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.locator('ol.findings li.current').getAttribute('id')).toBe('f-4');
    await expect.poll(async () => (await page.locator('mark.current').allTextContents()).join('')).toBe('[energy bills]');
    await page.locator('mark.current').first().hover();
    expect(await page.locator('#tooltip').textContent()).toContain('broken-quote-insert');
    await page.close();
  });

  it('shows injected markup as text and runs none of it', async () => {
    const dir = tempDir();
    const file = join(dir, '<img src=x onerror=alert(1)>.jsonl');
    const evil = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"></script><a href="javascript:window.pwned=3">klick</a>';
    writeFileSync(file, `${JSON.stringify({ id: '</script><script>window.pwned=4</script>', title: `Titel ${evil}`, body: `Der Text „zitiert“ ${evil} und endet hier.` })}\n`);
    const { page, errors } = await open(context, await htmlReport(file));
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.locator('#docs-body tr a').first().click();
    await page.waitForSelector('.article');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('.article img, .article script, .article a, #docs-body img').count()).toBe(0);
    expect(await page.locator('.article').textContent()).toContain('<script>window.pwned=1</script>');
    expect(await page.locator('.docview h2').textContent()).toContain('<img src=x onerror="window.pwned=2">');
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes the screenshots for the README', async () => {
    mkdirSync('docs/screenshots', { recursive: true });
    const { page } = await open(context, corpusUrl);
    await page.screenshot({ path: 'docs/screenshots/overview.png' });
    const index = await page.evaluate(() =>
      JSON.parse(document.getElementById('mtlint-data')!.textContent!).documents.findIndex((d: { path: string }) => d.path.endsWith('energiepreise-gipfel.txt')),
    );
    await page.goto(`${corpusUrl}#doc-${index}/f-4`);
    await page.locator('mark.current').first().hover();
    await page.screenshot({ path: 'docs/screenshots/document.png' });
    await page.close();
  });
});

describe.runIf(existsSync(CHROMIUM))('a report of 10,000 articles', () => {
  // How fast it opens is measured in the bench (npm run bench:report), never asserted here.
  it('opens and renders document views on demand', async () => {
    const corpus = join(tempDir(), 'big');
    generateCorpus(corpus, 10_000);
    const out = join(tempDir(), 'big.html');
    await cli(['check', corpus, '-f', `html:${out}`]);
    const context = await launch();
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(out).href);
      await page.waitForSelector('html[data-ready="true"]');
      expect(await page.locator('#docs-body tr').count()).toBe(100); // one page of the table
      expect(await page.locator('.article').count()).toBe(0); // no document rendered yet
      await page.locator('#docs-body tr a').first().click();
      await page.waitForSelector('.article');
      expect(await page.locator('.article').count()).toBe(1);
    } finally {
      await context.close();
    }
  }, 240_000);
});
