import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkToJson, cli, tempDir } from '../e2e/cli-helpers.js';
import { CHROMIUM, launch } from './chromium.js';

const ARTICLE = 'corpus/text/energiepreise-gipfel.txt';
/** The article this project was made from, beside the checkout for developers and CI (not shipped). */
const SEED = join(process.cwd(), '../shared/seed/000_07d1f5def8834689.txt');

async function reportUrl(article = ARTICLE): Promise<string> {
  const out = join(tempDir(), 'report.html');
  await cli(['check', article, '-f', `html:${out}`]);
  return pathToFileURL(out).href;
}

async function openDocument(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}#doc-0`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector('ol.findings li');
  return page;
}

/** Clicks a control and returns the text of the file the page downloads. */
async function downloaded(page: Page, selector: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync((await download.path())!, 'utf8');
}

describe.runIf(existsSync(CHROMIUM))('the HTML report as a review desk', () => {
  let context: BrowserContext;
  let url: string;

  beforeAll(async () => {
    context = await launch();
    url = await reportUrl();
  }, 60_000);
  afterAll(async () => context?.close());

  it.each([
    ['the corpus article', ARTICLE],
    ['the seed article', SEED],
  ])('keeps an editor’s decisions on %s, exports them as a baseline the next check reads, and as CSV', async (name, article) => {
    if (!existsSync(article)) {
      console.log(`skipped for ${name}: ${article} is absent (../shared is not part of the product)`);
      return;
    }
    const page = await openDocument(context, article === ARTICLE ? url : await reportUrl(article));
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('ol.findings li');
    const items = page.locator('ol.findings li');
    await items.nth(0).locator('button.decide-accept').click();
    await items.nth(1).locator('button.decide-accept').click();
    await items.nth(2).locator('button.decide-fix').click();
    await items.nth(2).locator('input.decide-note').fill('Überschrift kürzen');
    await items.nth(2).locator('input.decide-note').press('Tab');
    expect(await items.nth(0).getAttribute('class')).toMatch(/decided-accepted/);
    expect(await items.nth(0).locator('button.decide-accept').getAttribute('aria-pressed')).toBe('true');

    // Decisions survive a reload (localStorage, keyed by fingerprint).
    await page.reload();
    await page.waitForSelector('ol.findings li');
    expect(await page.locator('ol.findings li.decided-accepted').count()).toBe(2);
    expect(await page.locator('ol.findings li.decided-fix input.decide-note').inputValue()).toBe('Überschrift kürzen');
    if (article === ARTICLE) await page.screenshot({ path: 'docs/screenshots/review.png' }); // for the README

    await page.goto(page.url().replace(/#.*$/, '#'));
    expect(await page.locator('#review-counts').textContent()).toMatch(/^Review: 2 accepted · 1 to fix · \d+ undecided$/);
    const baselineFile = join(tempDir(), 'mtlint.baseline.json');
    const baseline = await downloaded(page, '#export-baseline');
    expect(JSON.parse(baseline).findings).toHaveLength(2);
    (await import('node:fs')).writeFileSync(baselineFile, baseline);
    const next = await checkToJson([article, '--baseline', baselineFile, '--exit-zero']);
    expect(next.report.summary.suppressed.baseline).toBe(2);

    const csv = await downloaded(page, '#export-csv');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('"path","document","line","column","rule","category","severity","message","text","suggestion","decision","note","fingerprint"');
    expect(lines.filter((l) => l.includes('"accepted"'))).toHaveLength(2);
    expect(lines.find((l) => l.includes('"fix"'))).toContain('"Überschrift kürzen"');
    await page.close();
  });

  it('shows each fix as before and after, and copies the corrected article', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openDocument(context, url);
    await page.evaluate(() => localStorage.clear()); // no decisions: every safe fix applies
    await page.reload();
    await page.waitForSelector('ol.findings li');
    const fix = page.locator('ol.findings li .suggestion').filter({ hasText: 'Fix:' }).first();
    expect(await fix.locator('del').count()).toBe(1);
    await page.click('#copy-corrected');
    await page.waitForFunction(() => document.querySelector('#copy-corrected + span')?.textContent === ' copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).not.toContain('| Energiekrise');
    expect(copied.match(/zutiefst beunruhigt“ über steigende Energiepreise vor dem Wintergipfel/g)).toHaveLength(1); // the headline once: its copies are gone
    expect(copied).toContain('[for struggling families]'); // leftover English stays for a translator
    await page.close();
  });

  it('shows one defect that two rules describe as one item, counted once', async () => {
    const page = await openDocument(context, url);
    const group = page.locator('ol.findings li.defect-group').first();
    expect(await group.locator('.meta').first().textContent()).toMatch(/^One defect, 2 rules: (english-insert \+ broken-quote-insert|broken-quote-insert \+ english-insert)$/);
    expect(await group.locator('.decide').count()).toBe(1);
    expect(await page.locator('#document aside h3').textContent()).toMatch(/^Findings \(\d+ defects, 11 findings\)/);
    await page.close();
  });

  it('is usable on a 390 px phone: the findings below the article, nothing wider than the screen', async () => {
    const phone = await launch({ width: 390, height: 844 });
    try {
      const page = await openDocument(phone, url);
      const article = await page.locator('article.article').boundingBox();
      const findings = await page.locator('#document aside').boundingBox();
      expect(findings!.y).toBeGreaterThanOrEqual(article!.y + article!.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: 'docs/screenshots/phone.png' }); // for the README
    } finally {
      await phone.close();
    }
  });

  it('prints the overview with its summary and table, and a document with its findings', async () => {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-ready="true"]');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#overview .cards').isVisible()).toBe(true);
    expect(await page.locator('#docs-body tr').first().isVisible()).toBe(true);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    await page.goto(`${url}#doc-0`);
    await page.waitForSelector('ol.findings li');
    expect(await page.locator('#document ol.findings').isVisible()).toBe(true);
    expect(await page.locator('#overview').isVisible()).toBe(false);
    await page.close();
  });
});
